package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// Window geometry.
const (
	windowWidth  = 1360
	windowHeight = 860
)

// newDesk makes the window of a and its panels, with no project open yet.
func newDesk(a fyne.App) *desk {
	a.Settings().SetTheme(newTheme())
	setLanguage(a.Preferences().StringWithFallback(prefLanguage, ""))
	d := &desk{app: a, win: a.NewWindow("Stitchmark")}
	d.win.Resize(fyne.NewSize(windowWidth, windowHeight))
	d.win.SetMaster()
	d.win.SetOnClosed(d.closed)
	d.build()
	return d
}

// build (re)creates the panels, the layout and the menus, e.g. after the
// language changed.
func (d *desk) build() {
	d.nav = newNavigator(d)
	d.pageMap = newPageMap()
	d.pageMap.onTapped = d.blockTapped
	d.mapInfo = widget.NewLabel("")
	d.mapInfo.Wrapping = fyne.TextWrapWord
	d.mapInfo.SizeName = theme.SizeNameCaptionText
	d.pageMap.onHover = d.mapInfo.SetText
	d.statusLine = widget.NewLabel("")
	d.statusLine.Truncation = fyne.TextTruncateEllipsis
	d.busyBar = widget.NewProgressBarInfinite()
	d.busyBar.Hide()
	d.buildPanels()
	d.win.SetContent(d.layout())
	d.win.SetMainMenu(d.mainMenu())
	d.addShortcuts()
	d.refresh()
	if d.art != 0 {
		d.openArticle(d.art)
	}
}

// layout arranges navigator | page map | article | palette in splits whose
// offsets come from the preferences, under the key hint bar and over the
// status line.
func (d *desk) layout() fyne.CanvasObject {
	p := d.app.Preferences()
	d.mapScroll = container.NewVScroll(d.pageMap)
	mapPanel := container.NewBorder(widget.NewLabelWithStyle(T("Page map"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		d.mapInfo, nil, nil, d.mapScroll)
	d.splitArticle = container.NewHSplit(d.centre(), d.right())
	d.splitArticle.SetOffset(p.FloatWithFallback(prefSplitArticle, defaultSplitArticle))
	d.splitMap = container.NewHSplit(mapPanel, d.splitArticle)
	d.splitMap.SetOffset(p.FloatWithFallback(prefSplitMap, defaultSplitMap))
	d.splitNav = container.NewHSplit(d.nav.object(), d.splitMap)
	d.splitNav.SetOffset(p.FloatWithFallback(prefSplitNav, defaultSplitNav))
	bottom := container.NewBorder(nil, nil, nil, d.busyBar, d.statusLine)
	return container.NewBorder(d.hintBar(), bottom, nil, nil, d.splitNav)
}

// saveLayout stores the split offsets in the preferences.
func (d *desk) saveLayout() {
	if d.splitNav == nil {
		return
	}
	p := d.app.Preferences()
	p.SetFloat(prefSplitNav, d.splitNav.Offset)
	p.SetFloat(prefSplitMap, d.splitMap.Offset)
	p.SetFloat(prefSplitArticle, d.splitArticle.Offset)
}

// blockTapped opens the article of a tapped page-map block.
func (d *desk) blockTapped(b corpus.BlockInfo) {
	if b.Article == 0 {
		d.say(T("This block belongs to no article: attach it from the article view."))
		return
	}
	d.openArticle(b.Article)
}

// say shows a message in the status line.
func (d *desk) say(msg string) {
	if d.statusLine != nil {
		d.statusLine.SetText(msg)
	}
}

// closed saves the layout and closes the project when the window closes;
// Run calls it again once the app has stopped, which does nothing if it
// already ran.
func (d *desk) closed() {
	if d.shut {
		return
	}
	d.smokef("window closed\n")
	d.shut = true
	d.saveLayout()
	if d.proj != nil {
		if err := d.proj.Close(); err != nil {
			fyne.LogError("stitchmark: closing the project", err)
		}
		d.proj = nil
		d.smokef("project closed\n")
	}
}

// setBusy shows state (e.g. "stitching…") in the title and a running bar
// in the status line; "" ends it.
func (d *desk) setBusy(state string) {
	d.busy = state
	if state == "" {
		d.busyBar.Stop()
		d.busyBar.Hide()
	} else {
		d.busyBar.Show()
		d.busyBar.Start()
	}
	d.say(state)
	d.updateTitle()
}

// buildPanels makes the article panel and the label palette, which
// register their reload and show hooks.
func (d *desk) buildPanels() {
	d.onRefresh, d.onShow = nil, nil
	d.article = newArticlePanel(d)
	d.palette = newLabelPalette(d)
	d.applyCharPrecision()
}

// applyCharPrecision sets the article panel's "exact characters" switch
// from the preference.
func (d *desk) applyCharPrecision() {
	if d.article != nil && d.article.exact != nil {
		d.article.exact.SetChecked(d.app.Preferences().BoolWithFallback(prefCharPrecision, false))
	}
}

// centre is the article panel.
func (d *desk) centre() fyne.CanvasObject { return d.article.object() }

// right is the label palette.
func (d *desk) right() fyne.CanvasObject { return d.palette.object() }
