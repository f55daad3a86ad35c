package app

import (
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/stitchmark/stitchmark/corpus"
)

// updateGoldens reports whether the -update flag asks to rewrite the UI
// goldens. The flag is registered here unless another test file of the
// package already did.
func updateGoldens() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata/")
	}
}

// stitchReal stitches pg with the default stitcher (loads the dictionary).
func stitchReal(t testing.TB, pg *corpus.Page) corpus.Stitching {
	t.Helper()
	s, err := corpus.DefaultStitcher()
	if err != nil {
		t.Fatal(err)
	}
	return s.Stitch(pg)
}

// stitchGold is the reading-order gold of the sample page with fixed join
// scores in the three confidence bands, and every third article's end
// doubted more than its joins, so that goldens do not move when the
// stitcher's model does.
func stitchGold(t testing.TB, pg *corpus.Page) corpus.Stitching {
	t.Helper()
	g, err := corpus.ReadGold("../../shared/samples/heze-daily-2020-09-15.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	scores := []float64{0.97, 0.72, 0.41}
	ends := []float64{0.98, 0.95, 0.33}
	st := corpus.Stitching{Source: pg.Source, Unassigned: g.Unassigned}
	n := 0
	for k, a := range g.Articles {
		art := corpus.Article{Title: a.Title, Blocks: a.Blocks,
			End: &corpus.End{Score: ends[k%len(ends)], Next: -1, Reason: "no block could follow"}}
		for i := 0; i+1 < len(a.Blocks); i++ {
			art.Joins = append(art.Joins, corpus.Join{From: a.Blocks[i], To: a.Blocks[i+1],
				Score: scores[n%len(scores)], Reason: fmt.Sprintf("测试衔接 %d", n)})
			n++
		}
		st.Articles = append(st.Articles, art)
	}
	return st
}

// articleDesk is a desk on a temporary project holding the sample page
// stitched by stitch, with the article panel and the palette in a test
// window, showing the first article with its analysis applied.
func articleDesk(t testing.TB, stitch func(testing.TB, *corpus.Page) corpus.Stitching) (*desk, *articlePanel) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newTheme()) // the bundled font: measurements do not depend on the machine
	setLanguage("en")
	t.Cleanup(func() { setLanguage("") })
	proj, err := corpus.CreateProject(filepath.Join(t.TempDir(), "desk.stitchmark"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = proj.Close() })
	pg := corpus.SamplePage()
	page, err := proj.AddPage(pg, stitch(t, pg))
	if err != nil {
		t.Fatal(err)
	}
	d := &desk{app: a, proj: proj, page: page}
	d.win = test.NewTempWindow(t, nil)
	d.article = newArticlePanel(d)
	d.palette = newLabelPalette(d)
	split := container.NewHSplit(d.article.object(), d.palette.object())
	split.SetOffset(0.78)
	d.win.SetContent(split)
	d.win.Resize(fyne.NewSize(1100, 800))
	t.Cleanup(d.article.sugg.busy.Wait)
	// Analyse in place: the test driver runs fyne.Do on the calling
	// goroutine, so a background analysis would race the test
	// (TestAnalysisInBackground covers the real path).
	d.article.sugg.spawn = func(f func()) { f() }
	arts, err := proj.Articles(page)
	if err != nil || len(arts) == 0 {
		t.Fatalf("articles of the sample page: %v, %v", arts, err)
	}
	d.openArticle(arts[0].ID)
	return d, d.article
}

// settleArticle waits until the article text's analysis has been applied.
func settleArticle(p *articlePanel) { p.sugg.busy.Wait() }

// blocksOf lists the block numbers of article id in reading order (nil when
// it does not exist).
func blocksOf(t *testing.T, proj *corpus.Project, id corpus.ArticleID) []int {
	t.Helper()
	v, err := proj.Article(id)
	if errors.Is(err, corpus.ErrNotFound) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []int
	for _, f := range v.Fragments {
		out = append(out, f.Block)
	}
	return out
}

// articleWithHead finds the article of page whose first block is block.
func articleWithHead(t *testing.T, d *desk, block int) corpus.ArticleID {
	t.Helper()
	arts, err := d.proj.Articles(d.page)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if b := blocksOf(t, d.proj, a.ID); len(b) > 0 && b[0] == block {
			return a.ID
		}
	}
	t.Fatalf("no article starts with block %d", block)
	return 0
}

func TestBreakAndReattachJoin(t *testing.T) {
	d, p := articleDesk(t, stitchReal)
	before := blocksOf(t, d.proj, p.id)
	if len(before) < 3 {
		t.Fatalf("the first article has blocks %v; the test needs three or more", before)
	}
	cut := len(before) - 2 // break the join before the second-to-last fragment
	p.selectFragment(cut, true)
	p.breakBeforeSelected()
	settleArticle(p)
	if got := blocksOf(t, d.proj, p.id); !reflect.DeepEqual(got, before[:cut]) {
		t.Fatalf("after the break the article is %v, want %v", got, before[:cut])
	}
	if got := len(p.frags); got != cut {
		t.Errorf("the panel shows %d fragment rows, want %d", got, cut)
	}
	last := p.rows.Objects[len(p.rows.Objects)-1]
	if m, ok := last.(*joinMarker); !ok || m.join.Decision != corpus.DecisionBroken || m.join.To != before[cut] {
		t.Errorf("no broken join marker to block %d after the last row: %T %v", before[cut], last, last)
	}
	tail := articleWithHead(t, d, before[cut])
	if got := blocksOf(t, d.proj, tail); !reflect.DeepEqual(got, before[cut:]) {
		t.Fatalf("the new article is %v, want %v", got, before[cut:])
	}

	// Re-attach both fragments through the attach dialog, in order: the
	// first alone, the second with what is left of its article (a merge).
	for i, b := range before[cut:] {
		pos := cut + i - 1
		blocks, err := d.proj.PageBlocks(d.page)
		if err != nil {
			t.Fatal(err)
		}
		ad := newAttachDialog(p, pos, attachCandidates(blocks, p.id, nil))
		chosen := -1
		for k, c := range ad.cands {
			if c.Block == b {
				chosen = k
			}
		}
		if chosen < 0 {
			t.Fatalf("block %d is not offered for attaching: %v", b, ad.cands)
		}
		ad.list.Select(chosen)
		ad.whole.SetChecked(i == 1) // first the fragment alone, then the rest of its article
		ad.attach()
		settleArticle(p)
	}
	if got := blocksOf(t, d.proj, p.id); !reflect.DeepEqual(got, before) {
		t.Fatalf("after re-attaching the article is %v, want %v", got, before)
	}
	if got := blocksOf(t, d.proj, tail); got != nil {
		t.Errorf("the emptied article still has blocks %v", got)
	}
	joins := liveJoins(p.view)
	if j := joins[cut-1]; j.Decision != corpus.DecisionCreated {
		t.Errorf("the re-made join %d→%d has decision %q, want created", j.From, j.To, j.Decision)
	}
	markers := 0
	for _, o := range p.rows.Objects {
		if m, ok := o.(*joinMarker); ok && m.join.To != endOfArticle {
			markers++
		}
	}
	if markers != len(before)-1 {
		t.Errorf("%d join markers shown, want %d", markers, len(before)-1)
	}
	last = p.rows.Objects[len(p.rows.Objects)-1]
	if m, ok := last.(*joinMarker); !ok || m.join.To != endOfArticle || m.join.From != before[len(before)-1] {
		t.Errorf("no marker of the stitcher's end at block %d after the last row: %T %v", before[len(before)-1], last, last)
	}
}

func TestFragmentActions(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	before := blocksOf(t, d.proj, p.id) // gold: 0 1 2 3 23 24
	tests := []struct {
		name string
		do   func()
		want []int
	}{
		{"move the third fragment up", func() { p.selectFragment(2, true); p.moveSelected(-1) }, []int{0, 2, 1, 3, 23, 24}},
		{"and down again", func() { p.moveSelected(1) }, before},
		{"send the last to the tray", func() { p.selectFragment(5, true); p.unassignSelected() }, []int{0, 1, 2, 3, 23}},
		{"split at block 23", func() { p.selectFragment(4, true); p.splitAtSelected() }, []int{0, 1, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.do()
			settleArticle(p)
			if got := blocksOf(t, d.proj, p.id); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("article = %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("change a kind", func(t *testing.T) {
		p.setKind(1, corpus.KindBody)
		if got := p.view.Fragments[1].Kind; got != corpus.KindBody {
			t.Errorf("kind = %s, want body", got)
		}
		if got := p.frags[1].frag.Kind; got != corpus.KindBody {
			t.Errorf("the row shows kind %s, want body", got)
		}
	})
	t.Run("merge the split-off tail back", func(t *testing.T) {
		p.merge(articleWithHead(t, d, 23))
		settleArticle(p)
		if got := blocksOf(t, d.proj, p.id); !reflect.DeepEqual(got, []int{0, 1, 2, 3, 23}) {
			t.Errorf("article = %v, want [0 1 2 3 23]", got)
		}
	})
	t.Run("confirm joins", func(t *testing.T) {
		p.confirmJoins()
		if p.view.Status != corpus.StatusJoinsChecked {
			t.Errorf("status = %s, want joins-checked", p.view.Status)
		}
		for _, j := range liveJoins(p.view) {
			if j.Decision == corpus.DecisionNone {
				t.Errorf("join %d→%d still unreviewed", j.From, j.To)
			}
		}
	})
	t.Run("fix a text", func(t *testing.T) {
		f := p.view.Fragments[0]
		p.saveText(f, "市危化品专项整治会议要求")
		settleArticle(p)
		if got := p.view.Fragments[0].Text; got != "市危化品专项整治会议要求" {
			t.Errorf("text = %q", got)
		}
	})
	t.Run("mark gold moves on", func(t *testing.T) {
		gold := p.id
		p.markGold()
		settleArticle(p)
		v, err := d.proj.Article(gold)
		if err != nil {
			t.Fatal(err)
		}
		if v.Status != corpus.StatusGold {
			t.Errorf("status = %s, want gold", v.Status)
		}
		if p.id == gold || d.art == gold {
			t.Errorf("still on the gold article %d", gold)
		}
	})
}

func TestDragLabelAndUndo(t *testing.T) {
	d, p := articleDesk(t, stitchReal)
	d.addShortcuts()
	c := d.win.Canvas()
	x := runeIndex(p.view.Text, "王磊")
	if x < 0 {
		t.Fatalf("王磊 is not in the first article %q", p.view.Text)
	}
	drag(c, runePoint(p.text, x, 0.25), runePoint(p.text, x+1, 0.75))
	if s, e := p.text.Selection(); s != x || e != x+2 {
		t.Fatalf("dragging over 王磊 selected [%d,%d) %q, want [%d,%d)", s, e, string([]rune(p.view.Text)[s:e]), x, x+2)
	}
	if c.Focused() != p.text {
		t.Fatal("the text does not have the focus after the drag")
	}
	if want := fragmentAt(p.view.Refs, x); p.sel != want {
		t.Errorf("selected fragment %d, want %d (the one holding 王磊)", p.sel, want)
	}

	test.Type(p.text, "1")
	v, err := d.proj.Article(p.id)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Spans) != 1 {
		t.Fatalf("spans after pressing 1: %v, want exactly one", v.Spans)
	}
	if sp := v.Spans[0]; sp.Start != x || sp.End != x+2 || sp.Label != "PER" || sp.Text != "王磊" || sp.Origin != corpus.OriginHuman {
		t.Errorf("span = %+v, want [%d,%d) PER 王磊 human", sp, x, x+2)
	}
	drawn := false
	for _, ts := range p.text.Spans() {
		drawn = drawn || (!ts.Suggested && ts.Start == x && ts.End == x+2 && ts.Label == "PER")
	}
	if !drawn {
		t.Error("the new span is not drawn in the text")
	}

	p.text.TypedShortcut(&fyne.ShortcutUndo{}) // Ctrl+Z while the text has the focus
	settleArticle(p)
	if v, err = d.proj.Article(p.id); err != nil {
		t.Fatal(err)
	}
	if len(v.Spans) != 0 {
		t.Errorf("spans after Ctrl+Z: %v, want none", v.Spans)
	}
	if len(p.view.Spans) != 0 {
		t.Errorf("the panel still shows spans %v after Ctrl+Z", p.view.Spans)
	}
}

func TestDeleteAndResizeKeys(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	c := d.win.Canvas()
	x := runeIndex(p.view.Text, "王磊")
	p.applyLabel("PER", x, x+2)
	c.Focus(p.text)
	p.text.SetCharPrecision(true)
	p.text.SetSelection(x+1, x+1)
	test.Type(p.text, "]") // grow the end by one character
	if sp := p.view.Spans[0]; sp.Start != x || sp.End != x+3 {
		t.Fatalf("after ] the span is [%d,%d), want [%d,%d)", sp.Start, sp.End, x, x+3)
	}
	p.text.SetSelection(x+1, x+1)
	p.text.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if len(p.view.Spans) != 0 {
		t.Errorf("Delete left spans %v", p.view.Spans)
	}
}

// BenchmarkLabelAction measures one labeling round trip as the person sees
// it: pressing a label key on a selection (a store action committed with
// fsync, the article read back, spans and suggestions redrawn), then Delete
// on it. The annotator's new analysis after learning the span runs in place
// here (in the app it runs in the background), so this is an upper bound.
func BenchmarkLabelAction(b *testing.B) {
	d, p := articleDesk(b, stitchGold)
	x := runeIndex(p.view.Text, "王磊")
	d.win.Canvas().Focus(p.text)
	b.ResetTimer()
	for b.Loop() {
		p.text.SetSelection(x, x+2)
		test.Type(p.text, "1")
		p.text.SetSelection(x+1, x+1)
		p.text.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	}
	b.StopTimer()
	if len(p.view.Spans) != 0 {
		b.Fatalf("spans left: %v", p.view.Spans)
	}
	settleArticle(p)
}

// BenchmarkOpenArticle measures showing an article: reading it from the
// store and building its rows, join markers and text (the analysis runs in
// the background and is not counted).
func BenchmarkOpenArticle(b *testing.B) {
	d, p := articleDesk(b, stitchGold)
	arts, err := d.proj.Articles(d.page)
	if err != nil {
		b.Fatal(err)
	}
	p.sugg.spawn = func(f func()) { go f() }
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		p.show(arts[i%len(arts)].ID)
		b.StopTimer()
		settleArticle(p)
		b.StartTimer()
	}
}

func TestAnalysisInBackground(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	arts, err := d.proj.Articles(d.page)
	if err != nil {
		t.Fatal(err)
	}
	p.sugg.spawn = func(f func()) { go f() }
	p.show(arts[1].ID) // nothing else touches the panel until it settles
	settleArticle(p)
	if p.sugg.text != p.view.Text {
		t.Fatal("the analysis of the second article was not applied")
	}
	if len(p.sugg.breaks) < 2 || p.sugg.breaks[len(p.sugg.breaks)-1] != runeLen(p.view.Text) {
		t.Errorf("word breaks %v do not cover the text", p.sugg.breaks)
	}
	if len(p.suggestions()) == 0 {
		t.Error("no suggestions in the second article (it has dates: 9月15日)")
	}
	if len(p.text.Spans()) != len(p.view.Spans)+len(p.suggestions()) {
		t.Errorf("the text draws %d spans, want the %d suggestions", len(p.text.Spans()), len(p.suggestions()))
	}
}

func TestRebuiltPanelKeepsWhatItLearnt(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	again := newArticlePanel(d)
	if again.sugg.ann != p.sugg.ann {
		t.Error("the rebuilt panel has a new annotator: what it learnt is lost")
	}
	if fresh := newSuggester(nil); fresh.ann == p.sugg.ann {
		t.Error("a new suggester shares the annotator")
	}
}

func TestAnalysisAfterClose(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	arts, err := d.proj.Articles(d.page)
	if err != nil {
		t.Fatal(err)
	}
	var later func()
	p.sugg.spawn = func(f func()) { later = f }
	p.show(arts[1].ID)
	d.closed() // the window closes while the analysis still runs
	if later == nil {
		t.Fatal("showing an article started no analysis")
	}
	later() // must not touch the closed project
	if len(p.suggestions()) != 0 {
		t.Error("suggestions shown after the project closed")
	}
}
