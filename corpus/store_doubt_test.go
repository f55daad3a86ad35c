package corpus

import "testing"

// TestDoubt checks that an article's doubt is the least confident of its
// joins and its end nobody has reviewed, in its view, in its page's
// doubts and for MostDoubtful alike; that reviewing, breaking or
// unassigning takes joins out of it; and that an end counts only while
// its fragment is the article's last.
func TestDoubt(t *testing.T) {
	// The first article of testPageText: 市委巡察组… | 本报讯… | 王忠想… | 痛；…
	// and the second: 关爱孤寡老人 | 本报讯 重阳节前夕… | 记者 杨飞.
	scores := [][]float64{{0.95, 0.62, 0.8}, {0.88, 0.99}}
	ends := []float64{0.7, 0.5}
	join := func(s float64) Doubt { return Doubt{Score: s} }
	end := func(s float64) Doubt { return Doubt{Score: s, End: true} }
	tests := []struct {
		name string
		do   func(p *Project, a []ArticleID) error
		want []Doubt // each article's
	}{
		{"市委巡察组 as stitched", func(*Project, []ArticleID) error { return nil }, []Doubt{join(0.62), end(0.5)}},
		{"every join and the end confirmed", func(p *Project, a []ArticleID) error { return p.ConfirmJoins(a[0]) }, []Doubt{NoDoubt, end(0.5)}},
		{"the weakest join broken", func(p *Project, a []ArticleID) error { _, err := p.BreakJoin(a[0], 1); return err }, []Doubt{join(0.95), end(0.5)}},
		{"a join made by hand is reviewed", func(p *Project, a []ArticleID) error {
			b, err := p.BreakJoin(a[0], 1)
			if err != nil {
				return err
			}
			return p.MergeArticles(a[0], b) // 本报讯… | 王忠想… joined again, by hand
		}, []Doubt{end(0.7), end(0.5)}},
		{"the fragment after the weakest join unassigned", func(p *Project, a []ArticleID) error {
			v, err := p.Article(a[0])
			if err != nil {
				return err
			}
			return p.Unassign(v.Fragments[2].ID) // 王忠想…: 痛；… follows 本报讯… by hand
		}, []Doubt{end(0.7), end(0.5)}},
		{"痛；… attached after 记者 杨飞 takes its end along", func(p *Project, a []ArticleID) error {
			v, err := p.Article(a[0])
			if err != nil {
				return err
			}
			return p.Attach(a[1], v.Fragments[3].ID, 3)
		}, []Doubt{join(0.62), end(0.7)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, page, arts := doubtFixture(t, scores, ends)
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
				if got := v.Doubt(); got != tt.want[k] {
					t.Errorf("article %d: view doubt %+v, want %+v", k, got, tt.want[k])
				}
			}
			all, err := p.Articles(page) // the fixture's and any the action made
			if err != nil {
				t.Fatal(err)
			}
			lowest, at := NoDoubt, ArticleID(0)
			for _, a := range all {
				v, err := p.Article(a.ID)
				if err != nil {
					t.Fatal(err)
				}
				d := v.Doubt()
				got, ok := doubts[a.ID]
				if !ok {
					got = NoDoubt
				}
				if got != d {
					t.Errorf("article %q: page doubt %+v, view %+v", a.Title, got, d)
				}
				if !d.None() && (lowest.None() || d.Score < lowest.Score) {
					lowest, at = d, a.ID
				}
			}
			id, d, ok, err := p.MostDoubtful(0.9)
			if err != nil || ok != (!lowest.None() && lowest.Score < 0.9) || (ok && (id != at || d != lowest)) {
				t.Errorf("MostDoubtful = %d, %+v, %v, %v; want article %d at %+v", id, d, ok, err, at, lowest)
			}
		})
	}
}

// doubtFixture makes a project holding testPageText stitched by its
// headlines, with the joins of each article scored as scores give and
// its end as ends give.
func doubtFixture(t *testing.T, scores [][]float64, ends []float64) (*Project, PageID, []ArticleID) {
	t.Helper()
	p := newProject(t)
	pg := NewPage("测试.txt", testPageText)
	st := headlineStitch(pg)
	for a, s := range scores {
		for k := range st.Articles[a].Joins {
			st.Articles[a].Joins[k].Score = s[k]
		}
		st.Articles[a].End = &End{Score: ends[a], Next: -1, Reason: "test"}
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
