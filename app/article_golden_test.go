package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/stitchmark/stitchmark/annotate"
	"github.com/stitchmark/stitchmark/corpus"
)

// assertMarkup compares canvas c with the golden testdata/name, rewriting
// it first under -update.
func assertMarkup(t *testing.T, name string, c fyne.Canvas) {
	t.Helper()
	if updateGoldens() {
		path := filepath.Join("testdata", name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(test.RenderToMarkup(c)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	test.AssertRendersToMarkup(t, name, c)
}

// fixSuggestions replaces the annotator's findings with a fixed list, so
// that goldens do not move with the pre-annotation rules.
func fixSuggestions(p *articlePanel, sugs []annotate.Suggestion) {
	p.sugg.all = sugs
	p.showSpans()
}

func TestArticlePanelGoldens(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	c := d.win.Canvas()
	at := runeIndex(p.view.Text, "王磊")
	date := runeIndex(p.view.Text, "9月14日")
	if at < 0 || date < 0 {
		t.Fatal("王磊 or 9月14日 is not in the first article")
	}
	fixSuggestions(p, []annotate.Suggestion{{Start: date, End: date + 5, Label: "DATE", Score: 0.9, Rule: "date"}})
	assertMarkup(t, "article/open.xml", c)

	p.selectFragment(2, true)
	p.applyLabel("PER", at, at+2)
	fixSuggestions(p, []annotate.Suggestion{{Start: date, End: date + 5, Label: "DATE", Score: 0.9, Rule: "date"}})
	p.text.SetSelection(at, at+2)
	assertMarkup(t, "article/labeled.xml", c)

	p.selectFragment(4, true)
	p.breakBeforeSelected()
	settleArticle(p)
	fixSuggestions(p, nil)
	assertMarkup(t, "article/broken.xml", c)

	d.art = 0
	p.show(0)
	d.palette.reload()
	assertMarkup(t, "article/empty.xml", c)
}

func TestJoinMarkerGolden(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(newTheme())
	setLanguage("en")
	t.Cleanup(func() { setLanguage("") })
	joins := []corpus.JoinRecord{
		{From: 3, To: 23, Score: 0.97, Reason: "了|解"},
		{From: 7, To: 25, Score: 0.72, Reason: "王忠想", Decision: corpus.DecisionConfirmed},
		{From: 49, To: 67, Score: 0.41, Decision: corpus.DecisionCreated},
	}
	var objs []fyne.CanvasObject
	for _, j := range joins {
		objs = append(objs, newJoinMarker(j))
	}
	w := test.NewTempWindow(t, container.NewVBox(objs...))
	w.Resize(fyne.NewSize(400, 120))
	assertMarkup(t, "article/joinmarkers.xml", w.Canvas())
}
