package corpus

import "testing"

// TestWeakest checks that an article's weakest join is the lowest score
// among its joins nobody has reviewed, in its view, in its page's doubts
// and for MostDoubtful alike, and that reviewing, breaking or unassigning
// takes joins out of it.
func TestWeakest(t *testing.T) {
	// The first article of testPageText: 市委巡察组… | 本报讯… | 王忠想… | 痛；…
	// and the second: 关爱孤寡老人 | 本报讯 重阳节前夕… | 记者 杨飞.
	scores := [][]float64{{0.95, 0.62, 0.8}, {0.88, 0.99}}
	tests := []struct {
		name string
		do   func(p *Project, a []ArticleID) error
		want []float64 // each article's weakest join
	}{
		{"市委巡察组 as stitched", func(*Project, []ArticleID) error { return nil }, []float64{0.62, 0.88}},
		{"every join confirmed", func(p *Project, a []ArticleID) error { return p.ConfirmJoins(a[0]) }, []float64{-1, 0.88}},
		{"the weakest join broken", func(p *Project, a []ArticleID) error { _, err := p.BreakJoin(a[0], 1); return err }, []float64{0.95, 0.88}},
		{"a join made by hand is reviewed", func(p *Project, a []ArticleID) error {
			b, err := p.BreakJoin(a[0], 1)
			if err != nil {
				return err
			}
			return p.MergeArticles(a[0], b) // 本报讯… | 王忠想… joined again, by hand
		}, []float64{0.8, 0.88}},
		{"the fragment after the weakest join unassigned", func(p *Project, a []ArticleID) error {
			v, err := p.Article(a[0])
			if err != nil {
				return err
			}
			return p.Unassign(v.Fragments[2].ID) // 王忠想…: 痛；… follows 本报讯… by hand
		}, []float64{0.95, 0.88}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, page, arts := weakestFixture(t, scores)
			if err := tt.do(p, arts); err != nil {
				t.Fatal(err)
			}
			doubts, err := p.Doubts(page)
			if err != nil {
				t.Fatal(err)
			}
			for k, a := range arts {
				v, err := p.Article(a)
				if err != nil {
					t.Fatal(err)
				}
				if got := v.Weakest(); got != tt.want[k] {
					t.Errorf("article %d: view weakest %v, want %v", k, got, tt.want[k])
				}
			}
			all, err := p.Articles(page) // the fixture's and any the action made
			if err != nil {
				t.Fatal(err)
			}
			lowest, at := 2.0, ArticleID(0)
			for _, a := range all {
				v, err := p.Article(a.ID)
				if err != nil {
					t.Fatal(err)
				}
				w := v.Weakest()
				got, ok := doubts[a.ID]
				if !ok {
					got = -1
				}
				if got != w {
					t.Errorf("article %q: page doubts %v, view %v", a.Title, got, w)
				}
				if w >= 0 && w < lowest {
					lowest, at = w, a.ID
				}
			}
			id, score, ok, err := p.MostDoubtful(0.9)
			if err != nil || ok != (lowest < 0.9) || (ok && (id != at || score != lowest)) {
				t.Errorf("MostDoubtful = %d, %v, %v, %v; want article %d at %v", id, score, ok, err, at, lowest)
			}
		})
	}
}

// weakestFixture makes a project holding testPageText stitched by its
// headlines, with the joins of each article scored as scores give.
func weakestFixture(t *testing.T, scores [][]float64) (*Project, PageID, []ArticleID) {
	t.Helper()
	p := newProject(t)
	pg := NewPage("测试.txt", testPageText)
	st := headlineStitch(pg)
	for a, s := range scores {
		for k := range st.Articles[a].Joins {
			st.Articles[a].Joins[k].Score = s[k]
		}
	}
	page, err := p.AddPage(pg, st)
	if err != nil {
		t.Fatal(err)
	}
	list, err := p.Articles(page)
	if err != nil || len(list) != len(scores) {
		t.Fatalf("articles %+v, %v", list, err)
	}
	var arts []ArticleID
	for _, a := range list {
		arts = append(arts, a.ID)
	}
	return p, page, arts
}
