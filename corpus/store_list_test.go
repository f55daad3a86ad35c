package corpus

import "testing"

// TestArticlesWeakest checks that an article's weakest join is the lowest
// score among its joins nobody has reviewed, in the listing and in the
// view alike, and that reviewing or breaking joins takes them out of it.
func TestArticlesWeakest(t *testing.T) {
	// The first article of testPageText: 市委巡察组… | 本报讯… | 王忠想… | 痛；…
	scores := []float64{0.95, 0.62, 0.8}
	tests := []struct {
		name string
		do   func(p *Project, a ArticleID) error
		want float64
	}{
		{"市委巡察组 as stitched", func(*Project, ArticleID) error { return nil }, 0.62},
		{"every join confirmed", func(p *Project, a ArticleID) error { return p.ConfirmJoins(a) }, -1},
		{"the weakest join broken", func(p *Project, a ArticleID) error { _, err := p.BreakJoin(a, 1); return err }, 0.95},
		{"a join made by hand is reviewed", func(p *Project, a ArticleID) error {
			if _, err := p.BreakJoin(a, 1); err != nil {
				return err
			}
			return p.MergeArticles(a, lastID(t, p)) // 本报讯… | 王忠想… joined again, by hand
		}, 0.8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newProject(t)
			pg := NewPage("测试.txt", testPageText)
			st := headlineStitch(pg)
			for k := range st.Articles[0].Joins {
				st.Articles[0].Joins[k].Score = scores[k]
			}
			page, err := p.AddPage(pg, st)
			if err != nil {
				t.Fatal(err)
			}
			list, err := p.Articles(page)
			if err != nil {
				t.Fatal(err)
			}
			a := list[0].ID
			if err := tt.do(p, a); err != nil {
				t.Fatal(err)
			}
			if list, err = p.Articles(page); err != nil || list[0].ID != a {
				t.Fatalf("articles %+v, %v", list, err)
			}
			if list[0].Weakest != tt.want {
				t.Errorf("listed weakest %v, want %v", list[0].Weakest, tt.want)
			}
			v, err := p.Article(a)
			if err != nil {
				t.Fatal(err)
			}
			if v.Weakest != tt.want {
				t.Errorf("view weakest %v, want %v", v.Weakest, tt.want)
			}
		})
	}
}

// lastID returns the id of the article listed last in p.
func lastID(t *testing.T, p *Project) ArticleID {
	t.Helper()
	list, err := p.Articles(0)
	if err != nil || len(list) == 0 {
		t.Fatalf("articles %+v, %v", list, err)
	}
	return list[len(list)-1].ID
}
