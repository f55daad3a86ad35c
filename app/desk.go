package app

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// desk is the one window's state; every method runs on the Fyne goroutine
// unless named ...Async.
type desk struct {
	app  fyne.App
	win  fyne.Window
	proj *corpus.Project // the open project; nil before one is open
	page corpus.PageID   // the page shown in the page map
	art  corpus.ArticleID

	// panels
	article *articlePanel // centre: the article's fragments, joins and text
	palette *labelPalette // right: labels with hotkeys and counts
	nav     *navigator    // left: pages → articles
	pageMap *pageMap      // the page's blocks coloured by article

	// window parts (shell.go)
	mapInfo      *widget.Label // description of the hovered page-map block
	statusLine   *widget.Label // last message: undone action, import result
	busyBar      *widget.ProgressBarInfinite
	hint         fyne.CanvasObject // the key hint bar, nil once dismissed
	mapScroll    *container.Scroll
	splitNav     *container.Split
	splitMap     *container.Split
	splitArticle *container.Split

	// shut is set once the window has closed.
	shut bool
	// jobs counts the background jobs running (tests wait for them).
	jobs sync.WaitGroup
	// waitUp holds background jobs queued by whenUp until up is called,
	// once the window is shown (Run sets it; tests do not).
	waitUp bool
	upJobs []func()

	// smoke receives progress lines for the smoke test (STITCHMARK_SMOKE=1);
	// nil otherwise. started is when Run began.
	smoke   io.Writer
	started time.Time

	// preview is what the page map shows while no page is stored yet: the
	// sample page's blocks, unassigned, while it is being stitched.
	preview []corpus.BlockInfo

	// onRefresh are further reload hooks run by refresh, in order (the
	// article panel and the label palette register theirs; build resets
	// them before it makes the panels again).
	onRefresh []func()
	// onShow are hooks run by openArticle with the article shown.
	onShow []func(corpus.ArticleID)
	// busy is the state shown in the title instead of "saved" while a
	// background job runs, e.g. "stitching…"; "" when idle.
	busy string
}

// act runs a store action on the UI goroutine (store calls are fast), shows
// an error dialog on failure, then refreshes the window; the title says
// "saved" once the action is committed.
func (d *desk) act(name string, f func() error) {
	if d.proj == nil {
		d.showError(errNoProject)
		return
	}
	if err := f(); err != nil {
		d.showError(fmt.Errorf("%s: %w", T(name), err))
	}
	d.refresh()
}

// background runs f on a goroutine and applies done (on success) or shows
// the error, on the UI goroutine; nothing is applied once the window has
// closed.
func (d *desk) background(f func() error, done func()) {
	d.jobs.Add(1)
	go func() {
		defer d.jobs.Done()
		err := f()
		fyne.Do(func() {
			if d.shut {
				return
			}
			if err != nil {
				d.showError(err)
				return
			}
			if done != nil {
				done()
			}
		})
	}()
}

// whenUp runs f once the window is shown (at once if it is, or if nothing
// waits for it), so that heavy background jobs do not slow the first paint.
func (d *desk) whenUp(f func()) {
	if d.waitUp {
		d.upJobs = append(d.upJobs, f)
		return
	}
	f()
}

// up marks the window shown and runs the jobs queued by whenUp.
func (d *desk) up() {
	d.waitUp = false
	jobs := d.upJobs
	d.upJobs = nil
	for _, f := range jobs {
		f()
	}
}

// showError shows err in a dialog over the window, its message prefixed
// with a translated "Error".
func (d *desk) showError(err error) {
	if err == nil {
		return
	}
	fyne.LogError("stitchmark", err)
	if d.win == nil {
		return
	}
	dialog.ShowError(fmt.Errorf("%s: %w", T("Error"), err), d.win)
}

// Errors of the desk.
var (
	// errNoProject is shown when an action needs a project and none is open.
	errNoProject = errors.New("app: no project is open")
	// errUsage marks a bad command line.
	errUsage = errors.New("app: bad command line")
)

// refresh reloads the navigator counts, page map, article panel, palette
// counts and title.
func (d *desk) refresh() {
	d.checkView()
	if d.nav != nil {
		d.nav.reload()
	}
	d.showPage(d.page)
	for _, f := range d.onRefresh {
		f()
	}
	d.updateTitle()
}

// checkView forgets the page and article shown if an action (an undone
// import, a merge) removed them, falling back to the first page.
func (d *desk) checkView() {
	if d.proj == nil {
		return
	}
	if d.art != 0 {
		if _, err := d.proj.Article(d.art); errors.Is(err, corpus.ErrNotFound) {
			d.art = 0
		}
	}
	pages, err := d.proj.Pages()
	if err != nil {
		return
	}
	for _, p := range pages {
		if p.ID == d.page {
			return
		}
	}
	d.page = 0
	if len(pages) > 0 {
		d.page = pages[0].ID
	}
}

// openArticle shows an article in the centre and selects it in the
// navigator and the page map.
func (d *desk) openArticle(id corpus.ArticleID) {
	if d.proj == nil {
		return
	}
	info, err := d.findArticle(id)
	if err != nil {
		d.showError(err)
		return
	}
	d.art = id
	if info.Page != d.page {
		d.page = info.Page
	}
	d.showPage(d.page)
	if d.nav != nil {
		d.nav.selectArticle(info)
	}
	for _, f := range d.onShow {
		f(id)
	}
	d.updateTitle()
}

// findArticle returns the listing of article id.
func (d *desk) findArticle(id corpus.ArticleID) (corpus.ArticleInfo, error) {
	v, err := d.proj.Article(id)
	if err != nil {
		return corpus.ArticleInfo{}, err
	}
	return v.ArticleInfo, nil
}

// showPage loads page into the page map, with the current article marked.
func (d *desk) showPage(page corpus.PageID) {
	if d.pageMap == nil {
		return
	}
	if d.proj == nil || page == 0 {
		d.pageMap.setBlocks(d.preview, nil, 0)
		return
	}
	blocks, err := d.proj.PageBlocks(page)
	if err != nil {
		d.showError(err)
		return
	}
	arts, err := d.proj.Articles(page)
	if err != nil {
		d.showError(err)
		return
	}
	d.pageMap.setBlocks(blocks, arts, d.art)
	d.scrollMapTo(d.art)
}

// scrollMapTo scrolls the page map so that the first block of article id
// is in view.
func (d *desk) scrollMapTo(id corpus.ArticleID) {
	y, ok := d.pageMap.topOf(id)
	if !ok || d.mapScroll == nil {
		return
	}
	view := d.mapScroll.Size().Height
	if off := d.mapScroll.Offset.Y; y >= off && y+mapMinBlock <= off+view {
		return
	}
	d.mapScroll.ScrollToOffset(fyne.NewPos(0, max(0, y-2*mapMinBlock)))
}

// nextArticle shows the next article needing work (status other than gold)
// after the current one, in page and article order, wrapping around.
func (d *desk) nextArticle() {
	if d.proj == nil {
		return
	}
	list, err := d.proj.ArticlesByStatus(corpus.StatusAuto, corpus.StatusJoinsChecked, corpus.StatusLabeled)
	if err != nil {
		d.showError(err)
		return
	}
	var cur corpus.ArticleInfo
	if d.art != 0 {
		if cur, err = d.findArticle(d.art); err != nil {
			d.showError(err)
			return
		}
	}
	if id, ok := nextOf(list, cur); ok {
		d.openArticle(id)
		return
	}
	dialog.ShowInformation(T("All done"), T("Every article is gold."), d.win)
}

// nextOf returns the first article of list after cur in (page, ordinal)
// order, wrapping around to the first; it returns cur itself only when it
// is the one article in list.
func nextOf(list []corpus.ArticleInfo, cur corpus.ArticleInfo) (corpus.ArticleID, bool) {
	var first, next *corpus.ArticleInfo
	for i := range list {
		a := &list[i]
		if first == nil || before(*a, *first) {
			first = a
		}
		if before(cur, *a) && (next == nil || before(*a, *next)) {
			next = a
		}
	}
	switch {
	case next != nil:
		return next.ID, true
	case first != nil:
		return first.ID, true
	}
	return 0, false
}

// before reports whether a comes before b in (page, ordinal) order.
func before(a, b corpus.ArticleInfo) bool {
	if a.Page != b.Page {
		return a.Page < b.Page
	}
	return a.Ordinal < b.Ordinal
}
