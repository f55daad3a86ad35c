package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestDoubtText(t *testing.T) {
	t.Cleanup(func() { setLanguage("") })
	join := func(s float64) corpus.Doubt { return corpus.Doubt{Score: s} }
	end := func(s float64) corpus.Doubt { return corpus.Doubt{Score: s, End: true} }
	tests := []struct {
		name, lang string
		doubt      corpus.Doubt
		want       string
	}{
		{"a doubtful join", "en", join(0.41), "weak join 41% · "},
		{"可疑衔接", "zh", join(0.41), "弱衔接 41% · "},
		{"a doubtful end", "en", end(0.71), "weak end 71% · "},
		{"可疑结尾", "zh", end(0.71), "弱结尾 71% · "},
		{"just under the line reads under it", "en", join(0.897), "weak join 89% · "},
		{"at the line", "en", join(0.9), ""},
		{"an end at the line", "zh", end(0.9), ""},
		{"reviewed", "zh", corpus.NoDoubt, ""},
	}
	if got := doubtText(join(0.75), 0.7); got != "" {
		t.Errorf("a join at 0.75 under a line of 70%%: %q, want none", got)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setLanguage(tt.lang)
			if got := doubtText(tt.doubt, corpus.Doubtful); got != tt.want {
				t.Errorf("doubtText(%+v) = %q, want %q", tt.doubt, got, tt.want)
			}
		})
	}
}

// TestGoToDoubtful walks the sample page's joins and ends weakest first:
// each call opens the article with the project's least confident
// unreviewed join or end and selects the fragment after that join, or the
// last one and says why the article may go on; confirming an article's
// joins moves on.
func TestGoToDoubtful(t *testing.T) {
	d := doubtDesk(t)
	arts := goldArticles(t, d)
	seen := map[corpus.ArticleID]bool{}
	ends := 0
	for range arts {
		d.statusLine.SetText("")
		d.goToDoubtful()
		settleArticle(d.article)
		want, _, ok, err := d.proj.MostDoubtful(corpus.Doubtful)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		if d.art != want || seen[want] {
			t.Fatalf("opened article %d, want %d (seen before: %v)", d.art, want, seen[want])
		}
		seen[want] = true
		v := d.article.view
		pos, doubt := d.article.sel, v.Doubt()
		switch {
		case doubt.End && pos != len(v.Fragments)-1:
			t.Fatalf("article %d: selected fragment %d, not its last, whose end is doubted at %v", d.art, pos, doubt.Score)
		case doubt.End && !strings.HasPrefix(d.statusLine.Text, "Weak end"):
			t.Errorf("article %d: a weak end, and the status says %q", d.art, d.statusLine.Text)
		case !doubt.End && (pos <= 0 || weakestJoinInto(v, pos) != doubt.Score):
			t.Fatalf("article %d: selected fragment %d, not the one after the weakest join %v", d.art, pos, doubt.Score)
		}
		if doubt.End {
			ends++
		}
		checkRevealed(t, d.article, pos)
		d.act("Confirm all joins", func() error { return d.proj.ConfirmJoins(d.art) })
	}
	if len(seen) == 0 || ends == 0 || ends == len(seen) {
		t.Fatalf("%d doubtful articles on the sample page, %d of them by their end: the test checks joins or ends alone", len(seen), ends)
	}
	d.goToDoubtful()
	if got := d.statusLine.Text; !strings.HasPrefix(got, "No doubtful joins or ends left") {
		t.Errorf("with every doubtful join and end reviewed the status says %q", got)
	}
}

// doubtDesk is shellDesk with the article's analysis run in place: the
// test driver runs fyne.Do on the calling goroutine, so an analysis on a
// goroutine of its own would touch the text while the test does.
func doubtDesk(t *testing.T) *desk {
	return doubtDeskWith(t, stitchGold)
}

// doubtDeskWith is doubtDesk with the sample page stitched by stitch.
func doubtDeskWith(t *testing.T, stitch func(testing.TB, *corpus.Page) corpus.Stitching) *desk {
	d := shellDeskWith(t, stitch)
	d.article.sugg.spawn = func(f func()) { f() }
	return d
}

// stitchBands is the sample page's gold with each article's joins in one
// band of confidence, the bands taking turns: 0.97, 0.85, 0.65 and 0.45;
// every end is sure.
func stitchBands(t testing.TB, pg *corpus.Page) corpus.Stitching {
	st := stitchGold(t, pg)
	bands := []float64{0.97, 0.85, 0.65, 0.45}
	for k := range st.Articles {
		a := &st.Articles[k]
		for i := range a.Joins {
			a.Joins[i].Score = bands[k%len(bands)]
		}
		a.End.Score = 0.99
	}
	return st
}

// checkRevealed fails unless the fragment at pos is in view in p's
// fragment list, and the line of its start in the text.
func checkRevealed(t *testing.T, p *articlePanel, pos int) {
	t.Helper()
	top, view := p.scroll.Offset.Y, p.scroll.Size().Height
	if y := p.frags[pos].Position().Y; y < top || y+p.frags[pos].Size().Height > top+view {
		t.Errorf("fragment %d at %v is out of the list's view %v–%v", pos, y, top, top+view)
	}
	l := p.text.layout()
	y := float32(l.lineOf(p.view.Refs[pos].Start)) * l.lineHeight
	s := p.text.Scroll
	if y < s.Offset.Y || y+l.lineHeight > s.Offset.Y+s.Size().Height+1 {
		t.Errorf("the text of fragment %d at %v is out of view %v–%v", pos, y, s.Offset.Y, s.Offset.Y+s.Size().Height)
	}
}

// weakestJoinInto is the score of the unreviewed join into the fragment at
// pos of v, or -2 when there is none.
func weakestJoinInto(v *corpus.ArticleView, pos int) float64 {
	for _, j := range v.Joins {
		if j.To == v.Fragments[pos].ID && j.From == v.Fragments[pos-1].ID && j.Decision == corpus.DecisionNone {
			return j.Score
		}
	}
	return -2
}

// TestNavigatorDoubtfulFilter lists the doubtful articles at each doubt
// line the settings offer: exactly those whose least confident
// unreviewed join or end is below the line.
func TestNavigatorDoubtfulFilter(t *testing.T) {
	d := doubtDeskWith(t, stitchBands)
	n := d.nav
	for _, a := range goldArticles(t, d)[:2] {
		d.act("Confirm all joins", func() error { return d.proj.ConfirmJoins(a.ID) })
	}
	all := goldArticles(t, d)
	doubts, err := d.proj.Doubts(d.page)
	if err != nil {
		t.Fatal(err)
	}
	n.setFilter(T("Doubtful joins or ends"))
	counts := map[int]bool{}
	for _, line := range doubtLines {
		s := d.loadSettings()
		s.doubtLine = line
		d.applySettings(d.loadSettings(), s)
		want := 0
		for _, a := range all {
			if dt, ok := doubts[a.ID]; ok && doubtful(dt, line) {
				want++
			}
		}
		if line == corpus.Doubtful && (want == 0 || want == len(all)) {
			t.Fatalf("%d of %d articles doubtful: the filter cannot be told from none or all", want, len(all))
		}
		ids := n.children(n.children("")[0])
		if len(ids) != want {
			t.Errorf("line %v: the filter lists %d articles, want the %d doubtful ones", line, len(ids), want)
		}
		for _, uid := range ids {
			if a := n.articleByNode(uid); !doubtful(doubts[a.ID], line) {
				t.Errorf("line %v: listed %q, whose doubt is %+v", line, a.Title, n.doubtOf(a.ID))
			}
		}
		counts[want] = true
	}
	if len(counts) < 2 {
		t.Errorf("every line lists as many articles: the test cannot tell the lines apart")
	}
}

// TestEndMenuAttachesTheBestGuess opens each article of the stitched
// sample page whose end the stitcher doubts and checks that the end
// marker's first menu item attaches the block it would go on in, as one
// undoable action.
func TestEndMenuAttachesTheBestGuess(t *testing.T) {
	d, p := articleDesk(t, stitchReal)
	arts, err := d.proj.Articles(d.page)
	if err != nil {
		t.Fatal(err)
	}
	tried := 0
	for _, a := range arts {
		v, err := d.proj.Article(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if e := v.End; e == nil || !doubtful(v.Doubt(), corpus.Doubtful) || !v.Doubt().End || e.NextID == 0 {
			continue
		}
		tried++
		before := blocksOf(t, d.proj, a.ID)
		d.openArticle(a.ID)
		settleArticle(p)
		next := p.view.End.Next
		menu := p.endMenu(p.view.End)
		if item := menu.Items[0]; item.Disabled || !strings.Contains(item.Label, fmt.Sprint(next)) {
			t.Fatalf("article %q: first item %q (disabled %v), want one attaching block %d", a.Title, item.Label, item.Disabled, next)
		}
		menu.Items[0].Action()
		settleArticle(p)
		if got := blocksOf(t, d.proj, a.ID); !slices.Equal(got, append(slices.Clone(before), next)) {
			t.Errorf("article %q after attaching the best guess: %v, want %v then %d", a.Title, got, before, next)
		}
		if _, err := d.proj.Undo(); err != nil {
			t.Fatal(err)
		}
		if got := blocksOf(t, d.proj, a.ID); !slices.Equal(got, before) {
			t.Errorf("article %q after undo: %v, want %v", a.Title, got, before)
		}
	}
	if tried == 0 {
		t.Fatal("no doubtful end on the sample page: the test checks nothing")
	}
}
