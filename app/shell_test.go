package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// shellDesk is the whole desk made by newDesk, in English, on a temporary
// project holding the sample page stitched as its gold says, showing the
// first article.
func shellDesk(t *testing.T) *desk {
	t.Helper()
	return shellDeskWith(t, stitchGold)
}

// shellDeskWith is shellDesk with the sample page stitched by stitch.
func shellDeskWith(t *testing.T, stitch func(testing.TB, *corpus.Page) corpus.Stitching) *desk {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "en")
	t.Cleanup(func() { setLanguage("") })
	proj, err := corpus.CreateProject(filepath.Join(t.TempDir(), "菏泽日报.stitchmark"))
	if err != nil {
		t.Fatal(err)
	}
	pg := corpus.SamplePage()
	if _, err := proj.AddPage(pg, stitch(t, pg)); err != nil {
		t.Fatal(err)
	}
	d := newDesk(a)
	d.win.Resize(fyne.NewSize(windowWidth, windowHeight))
	d.setProject(proj)
	t.Cleanup(func() { closeDesk(d) })
	settleArticle(d.article)
	return d
}

// closeDesk waits for the desk's background work and closes its window
// (and so its project) unless it is closed already.
func closeDesk(d *desk) {
	d.jobs.Wait()
	settleArticle(d.article)
	if !d.shut {
		d.win.Close()
	}
}

// goldArticles lists the sample's articles as stored, in page order.
func goldArticles(t *testing.T, d *desk) []corpus.ArticleInfo {
	t.Helper()
	arts, err := d.proj.Articles(d.page)
	if err != nil || len(arts) < 3 {
		t.Fatalf("articles of the sample page: %d, %v", len(arts), err)
	}
	return arts
}

// rowTexts fills a navigator row for uid and returns its two lines.
func rowTexts(n *navigator, uid widget.TreeNodeID, branch bool) (string, string) {
	row := n.create(branch)
	n.update(uid, branch, row)
	objs := row.(*fyne.Container).Objects
	return objs[0].(*widget.Label).Text, objs[1].(*widget.Label).Text
}

func TestNavigatorListsArticles(t *testing.T) {
	d := shellDesk(t)
	arts := goldArticles(t, d)
	n := d.nav
	pages := n.children("")
	if len(pages) != 1 {
		t.Fatalf("the navigator lists %d pages, want 1", len(pages))
	}
	title, info := rowTexts(n, pages[0], true)
	if title != "heze-daily-2020-09-15" || info != fmt.Sprintf("%d articles", len(arts)) {
		t.Errorf("page row %q / %q", title, info)
	}
	ids := n.children(pages[0])
	if len(ids) != len(arts) {
		t.Fatalf("the page lists %d articles, want %d", len(ids), len(arts))
	}
	boxes := test.WidgetRenderer(d.pageMap).(*pageMapRenderer).boxes
	for i, uid := range ids {
		title, info := rowTexts(n, uid, false)
		want := fmt.Sprintf("%d %s", arts[i].Ordinal, arts[i].Title)
		if title != want || !strings.HasPrefix(info, doubtText(n.doubtOf(arts[i].ID), d.doubtLine())+"auto · ") {
			t.Errorf("row %d: %q / %q, want %q / %sauto · …", i, title, info, want, doubtText(n.doubtOf(arts[i].ID), d.doubtLine()))
		}
		row := n.create(false)
		n.update(uid, false, row)
		swatch := row.(*fyne.Container).Objects[2].(*canvas.Rectangle).FillColor
		for j, b := range d.pageMap.blocks {
			if b.Article == arts[i].ID && boxes[j].FillColor != swatch {
				t.Errorf("article %d: swatch %v, page-map block %d %v", i+1, swatch, b.Block, boxes[j].FillColor)
			}
		}
	}
	if n.summary != fmt.Sprintf("0 of %d articles gold", len(arts)) || n.progress.Value != 0 {
		t.Errorf("progress %q %v before any gold", n.summary, n.progress.Value)
	}

	d.act("Mark gold", func() error { return d.proj.SetStatus(arts[1].ID, corpus.StatusGold) })
	_, info = rowTexts(n, n.children(pages[0])[1], false)
	if !strings.HasPrefix(info, doubtText(n.doubtOf(arts[1].ID), d.doubtLine())+"gold · ") {
		t.Errorf("the article marked gold shows %q", info)
	}
	if want := 1 / float64(len(arts)); n.progress.Value != want {
		t.Errorf("progress %v after one gold, want %v", n.progress.Value, want)
	}

	filters := []struct {
		name   string
		status corpus.Status
		want   int
	}{
		{"只看金标", corpus.StatusGold, 1},
		{"只看自动", corpus.StatusAuto, len(arts) - 1},
		{"只看已标注", corpus.StatusLabeled, 0},
		{"全部", "", len(arts)},
	}
	for _, f := range filters {
		t.Run(f.name, func(t *testing.T) {
			choice := T("All articles")
			if f.status != "" {
				choice = statusText(f.status)
			}
			n.filterBy.SetSelected(choice)
			if got := len(n.children(pages[0])); got != f.want {
				t.Errorf("filter %q lists %d articles, want %d", choice, got, f.want)
			}
		})
	}
}

func TestNavigatorSelectOpensArticle(t *testing.T) {
	d := shellDesk(t)
	arts := goldArticles(t, d)
	d.nav.tree.Select(articleID(arts[2].ID))
	settleArticle(d.article)
	if d.art != arts[2].ID || d.article.id != arts[2].ID {
		t.Errorf("selecting article 3 shows %d in the desk and %d in the panel, want %d", d.art, d.article.id, arts[2].ID)
	}
	if d.pageMap.current != arts[2].ID {
		t.Errorf("the page map marks %d, want %d", d.pageMap.current, arts[2].ID)
	}
}

func TestPageMapClickOpensArticle(t *testing.T) {
	d := shellDesk(t)
	arts := goldArticles(t, d)
	if d.art != arts[0].ID {
		t.Fatalf("the desk opened article %d, want the first, %d", d.art, arts[0].ID)
	}
	ys, _ := d.pageMap.tops()
	click := func(i int) {
		test.TapAt(d.pageMap, fyne.NewPos(8, ys[i]+3))
		settleArticle(d.article)
	}
	var target, stray = -1, -1
	for i, b := range d.pageMap.blocks {
		if target < 0 && b.Article == arts[1].ID {
			target = i
		}
		if stray < 0 && b.Article == 0 {
			stray = i
		}
	}
	if target < 0 || stray < 0 {
		t.Fatalf("no block of article 2 (%d) or no unassigned block (%d)", target, stray)
	}
	click(target)
	if d.art != arts[1].ID || d.article.id != arts[1].ID {
		t.Errorf("clicking block %d opened %d (panel %d), want article %d", d.pageMap.blocks[target].Block, d.art, d.article.id, arts[1].ID)
	}
	if d.pageMap.current != arts[1].ID {
		t.Errorf("the map marks article %d after the click", d.pageMap.current)
	}
	click(stray)
	if d.art != arts[1].ID {
		t.Errorf("clicking unassigned block %d changed the article to %d", d.pageMap.blocks[stray].Block, d.art)
	}
	if !strings.Contains(d.statusLine.Text, "no article") {
		t.Errorf("status line after clicking an unassigned block: %q", d.statusLine.Text)
	}
}

// spanCount is the number of spans of article id.
func spanCount(t *testing.T, d *desk, id corpus.ArticleID) int {
	t.Helper()
	v, err := d.proj.Article(id)
	if err != nil {
		t.Fatal(err)
	}
	return len(v.Spans)
}

func TestUndoRedoShortcuts(t *testing.T) {
	d := shellDesk(t)
	id := d.art
	c := d.win.Canvas().(fyne.Shortcutable)

	d.act("Add span", func() error {
		_, err := d.proj.AddSpan(id, 0, 3, "LOC", corpus.OriginHuman)
		return err
	})
	if n := spanCount(t, d, id); n != 1 {
		t.Fatalf("%d spans after adding one", n)
	}
	c.TypedShortcut(&fyne.ShortcutUndo{})
	if n := spanCount(t, d, id); n != 0 {
		t.Errorf("%d spans after Ctrl+Z, want 0", n)
	}
	if !strings.HasPrefix(d.statusLine.Text, "Undone:") {
		t.Errorf("status after undo: %q", d.statusLine.Text)
	}
	c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if n := spanCount(t, d, id); n != 1 {
		t.Errorf("%d spans after Ctrl+Shift+Z, want 1", n)
	}
	c.TypedShortcut(&fyne.ShortcutUndo{})
	c.TypedShortcut(&fyne.ShortcutRedo{})
	if n := spanCount(t, d, id); n != 1 {
		t.Errorf("%d spans after Ctrl+Z, Ctrl+Y, want 1", n)
	}
}

func TestUndoImportAndEmptyHistory(t *testing.T) {
	d := shellDesk(t)
	c := d.win.Canvas().(fyne.Shortcutable)
	c.TypedShortcut(&fyne.ShortcutUndo{}) // the page import
	if d.page != 0 || d.art != 0 || len(d.nav.children("")) != 0 || len(d.pageMap.blocks) != 0 {
		t.Errorf("after undoing the import: page %d, article %d, %d pages listed, %d blocks mapped",
			d.page, d.art, len(d.nav.children("")), len(d.pageMap.blocks))
	}
	c.TypedShortcut(&fyne.ShortcutUndo{})
	if !strings.Contains(d.statusLine.Text, "Nothing to undo") {
		t.Errorf("status after undoing everything: %q", d.statusLine.Text)
	}
	if top := d.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("an empty history shows a dialog: %v", top)
	}
	c.TypedShortcut(&fyne.ShortcutRedo{})
	if d.page == 0 || len(d.nav.children("")) != 1 || len(d.pageMap.blocks) == 0 {
		t.Errorf("after redoing the import: page %d, %d pages listed, %d blocks mapped", d.page, len(d.nav.children("")), len(d.pageMap.blocks))
	}
}

func TestEditMenuShortcuts(t *testing.T) {
	d := shellDesk(t)
	// The driver runs a main-menu item whose shortcut has the name of the
	// keys pressed before the focused widget sees them, so undo works
	// whatever has the focus.
	want := map[string]string{
		"Undo": (&fyne.ShortcutUndo{}).ShortcutName(),
		"Redo": (&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}).ShortcutName(),
	}
	found := 0
	for _, m := range d.win.MainMenu().Items {
		for _, it := range m.Items {
			if name, ok := want[it.Label]; ok {
				found++
				if it.Shortcut == nil || it.Shortcut.ShortcutName() != name {
					t.Errorf("menu item %s has shortcut %v, want %s", it.Label, it.Shortcut, name)
				}
			}
		}
	}
	if found != len(want) {
		t.Errorf("found %d of the Undo and Redo items", found)
	}
	var labels []string
	for _, m := range d.win.MainMenu().Items {
		labels = append(labels, m.Label)
	}
	if got := strings.Join(labels, " "); got != "File Edit View Article Help" {
		t.Errorf("main menus %q, want File Edit View Article Help", got)
	}
}

func TestNextArticleSkipsGold(t *testing.T) {
	d := shellDesk(t)
	arts := goldArticles(t, d)
	d.act("Mark gold", func() error { return d.proj.SetStatus(arts[1].ID, corpus.StatusGold) })
	d.nextArticle()
	if d.art != arts[2].ID {
		t.Errorf("next after article 1 opened %d, want article 3 (%d): article 2 is gold", d.art, arts[2].ID)
	}
}

func TestTitleShowsSaveState(t *testing.T) {
	d := shellDesk(t)
	if got := d.win.Title(); got != "Stitchmark — 菏泽日报 — saved" {
		t.Errorf("title %q", got)
	}
	d.setBusy("stitching…")
	if got := d.win.Title(); got != "Stitchmark — 菏泽日报 — stitching…" {
		t.Errorf("title while busy %q", got)
	}
	d.setBusy("")
	if got := d.win.Title(); !strings.HasSuffix(got, "— saved") {
		t.Errorf("title after the job %q", got)
	}
}

func TestHintBarDismiss(t *testing.T) {
	d := shellDesk(t)
	if !d.hint.Visible() {
		t.Fatal("the key hint bar is hidden on first use")
	}
	bar := d.hint.(*fyne.Container).Objects[1].(*fyne.Container)
	var closeBtn *widget.Button
	for _, o := range bar.Objects {
		if b, ok := o.(*widget.Button); ok {
			closeBtn = b
		}
	}
	test.Tap(closeBtn)
	if d.hint.Visible() || !d.app.Preferences().Bool(prefHintDismissed) {
		t.Error("the hint bar stays after its close button")
	}
	d.build()
	if d.hint.Visible() {
		t.Error("the dismissed hint bar is back after a rebuild")
	}
	d.showHintBar()
	if !d.hint.Visible() {
		t.Error("View › Show the key hint bar does not show it")
	}
}

func TestDeskGolden(t *testing.T) {
	d := shellDesk(t)
	fixSuggestions(d.article, nil)
	assertMarkup(t, "shell/desk.xml", d.win.Canvas())
}

func TestCreateAndSwitchProject(t *testing.T) {
	d := shellDesk(t)
	first := d.proj.Path()
	path := filepath.Join(t.TempDir(), "新语料")
	d.createProject(path)
	if d.proj == nil || d.proj.Path() != path+projectExt {
		t.Fatalf("new project at %v, want %s", d.proj, path+projectExt)
	}
	if len(d.nav.children("")) != 0 || len(d.pageMap.blocks) != 0 || d.art != 0 {
		t.Errorf("a new project shows %d pages, %d blocks, article %d", len(d.nav.children("")), len(d.pageMap.blocks), d.art)
	}
	recent := d.recentMenu().Items
	if len(recent) != 2 || recent[0].Label != path+projectExt || recent[1].Label != first {
		t.Errorf("recent projects %v", recent)
	}
	recent[1].Action()
	settleArticle(d.article)
	if d.proj.Path() != first || len(d.nav.children("")) != 1 || d.art == 0 {
		t.Errorf("back to %s: %d pages, article %d", d.proj.Path(), len(d.nav.children("")), d.art)
	}
	if got := d.app.Preferences().String(prefLastProject); got != first {
		t.Errorf("last project %q, want %q", got, first)
	}
}

// BenchmarkOpenDesk measures the desk's own part of a start: building the
// window's panels and opening the sample project on its first article
// (headless; the real window adds the GL start-up, see scripts/smoke.sh).
func BenchmarkOpenDesk(b *testing.B) {
	path := filepath.Join(b.TempDir(), "基准.stitchmark")
	proj, err := corpus.CreateProject(path)
	if err != nil {
		b.Fatal(err)
	}
	pg := corpus.SamplePage()
	if _, err := proj.AddPage(pg, stitchGold(b, pg)); err != nil {
		b.Fatal(err)
	}
	if err := proj.Close(); err != nil {
		b.Fatal(err)
	}
	a := test.NewTempApp(b)
	a.Preferences().SetString(prefLanguage, "en")
	b.Cleanup(func() { setLanguage("") })
	b.ResetTimer()
	for range b.N {
		d := newDesk(a)
		d.win.Resize(fyne.NewSize(windowWidth, windowHeight))
		if err := d.openProject(path); err != nil {
			b.Fatal(err)
		}
		if d.art == 0 {
			b.Fatal("no article shown")
		}
		b.StopTimer()
		closeDesk(d)
		b.StartTimer()
	}
}
