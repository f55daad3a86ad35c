package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/annotate"
	"github.com/stitchmark/stitchmark/corpus"
)

// articlePanel is the centre of the desk: the open article's fragments in
// reading order with a join marker between each two, the actions on joins
// and fragments, and the article's text in one SpanText for labeling.
//
// The fragment list and the text relate through the selected fragment:
// tapping a row puts the text cursor at the start of that fragment, and
// moving the cursor in the text selects the fragment under it. Fragment
// actions (break, split, move, attach after, unassign, fix text) apply to
// the selected fragment.
type articlePanel struct {
	d    *desk
	id   corpus.ArticleID
	view *corpus.ArticleView // nil when no article is shown
	sel  int                 // position of the selected fragment, -1 none

	title   *widget.Label
	status  *widget.Label
	rows    *fyne.Container   // fragment rows and join markers, alternating
	scroll  *container.Scroll // holds rows
	frags   []*fragmentRow
	rowsKey string // what the rows show, see rowsKey
	text    *SpanText
	exact   *widget.Check // character precision
	sugInfo *widget.Label // how many suggestions are shown
	body    fyne.CanvasObject
	empty   fyne.CanvasObject
	root    *fyne.Container

	sugg *suggester
	// labels are the project's label types, by hotkey and name.
	labels []corpus.Label
}

// newArticlePanel makes the article panel of d and registers its reload and
// show hooks with the desk. A panel made again (after a language change)
// keeps the annotator of the one it replaces.
func newArticlePanel(d *desk) *articlePanel {
	var ann *annotate.Annotator
	if d.article != nil { // rebuilt (language change): keep what it learnt
		ann = d.article.sugg.ann
	}
	p := &articlePanel{d: d, sel: -1, sugg: newSuggester(ann)}
	p.build()
	d.onRefresh = append(d.onRefresh, p.reload)
	d.onShow = append(d.onShow, p.show)
	if d.win != nil {
		p.addShortcuts(d.win.Canvas())
	}
	return p
}

// object is the panel's canvas object.
func (p *articlePanel) object() fyne.CanvasObject { return p.root }

// build makes the panel's widgets.
func (p *articlePanel) build() {
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Truncation = fyne.TextTruncateEllipsis
	p.status = widget.NewLabel("")
	p.rows = container.NewVBox()
	p.text = NewSpanText()
	p.wireText()
	p.exact = widget.NewCheck(T("Exact characters (Alt)"), p.text.SetCharPrecision)
	p.sugInfo = widget.NewLabel("")
	header := container.NewBorder(nil, nil, nil, p.status, p.title)
	tools := container.New(layout.NewRowWrapLayout(), p.joinButtons()...)
	labeling := container.New(layout.NewRowWrapLayout(), p.labelButtons()...)
	p.scroll = container.NewVScroll(p.rows)
	p.text.Scroll = container.NewVScroll(container.NewPadded(p.text))
	textArea := container.NewBorder(labeling, nil, nil, nil, p.text.Scroll)
	split := container.NewVSplit(p.scroll, textArea)
	split.SetOffset(0.35)
	p.body = container.NewBorder(container.NewVBox(header, tools), nil, nil, nil, split)
	p.empty = container.NewCenter(widget.NewLabel(T("No article open: pick one in the navigator or the page map.")))
	p.root = container.NewStack(p.empty, p.body)
	p.body.Hide()
}

// joinButtons are the buttons of the join and fragment actions.
func (p *articlePanel) joinButtons() []fyne.CanvasObject {
	b := func(label string, icon fyne.Resource, f func()) fyne.CanvasObject {
		return widget.NewButtonWithIcon(T(label), icon, f)
	}
	return []fyne.CanvasObject{
		b("Confirm joins", theme.ConfirmIcon(), p.confirmJoins),
		b("Break join", theme.ContentCutIcon(), p.breakBeforeSelected),
		b("Attach…", theme.ContentAddIcon(), p.attachAfterSelected),
		b("Up", theme.MoveUpIcon(), func() { p.moveSelected(-1) }),
		b("Down", theme.MoveDownIcon(), func() { p.moveSelected(1) }),
		b("Split here", theme.ViewRestoreIcon(), p.splitAtSelected),
		b("Merge…", theme.ContentPasteIcon(), p.mergeDialog),
		b("Unassign", theme.ContentRemoveIcon(), p.unassignSelected),
		b("Fix text…", theme.DocumentCreateIcon(), p.editSelected),
		b("Gold & next", theme.MediaFastForwardIcon(), p.markGold),
	}
}

// labelButtons are the buttons over the text.
func (p *articlePanel) labelButtons() []fyne.CanvasObject {
	return []fyne.CanvasObject{
		widget.NewButtonWithIcon(T("Accept all suggestions"), theme.ConfirmIcon(), p.acceptAll),
		widget.NewButtonWithIcon(T("Label all occurrences…"), theme.SearchReplaceIcon(), p.labelAllDialog),
		p.exact, p.sugInfo,
	}
}

// show opens article id in the panel.
func (p *articlePanel) show(id corpus.ArticleID) {
	if id != p.id {
		p.sel = -1
	}
	p.id = id
	p.reload()
}

// reload reads the article again from the store and redraws the panel; an
// article that no longer exists (merged away, undone) empties it.
func (p *articlePanel) reload() {
	if p.d.proj == nil || p.id == 0 {
		p.clear()
		return
	}
	v, err := p.d.proj.Article(p.id)
	if errors.Is(err, corpus.ErrNotFound) {
		p.clear()
		return
	}
	if err != nil {
		p.d.showError(err)
		return
	}
	labels, err := p.d.proj.Labels()
	if err != nil {
		p.d.showError(err)
		return
	}
	p.labels = labels
	p.setView(v)
}

// clear shows the empty state.
func (p *articlePanel) clear() {
	p.id, p.view, p.sel, p.frags, p.rowsKey = 0, nil, -1, nil, ""
	p.rows.RemoveAll()
	p.body.Hide()
	p.empty.Show()
}

// setView draws article v.
func (p *articlePanel) setView(v *corpus.ArticleView) {
	textChanged := p.view == nil || p.view.ID != v.ID || p.view.Text != v.Text
	p.view = v
	if p.sel >= len(v.Fragments) {
		p.sel = len(v.Fragments) - 1
	}
	p.title.SetText(fmt.Sprintf("%s  %s", v.RecordID, v.Title))
	p.status.SetText(statusText(v.Status))
	p.fillRows()
	if textChanged {
		p.text.SetText(v.Text)
	}
	p.showSpans()
	p.empty.Hide()
	p.body.Show()
	if textChanged || p.sugg.stale {
		p.sugg.analyse(v.Text, p.analysed) // last: its result may apply at once
	}
}

// fillRows rebuilds the fragment rows and join markers when the fragments
// or joins changed; otherwise it only moves the selection highlight.
func (p *articlePanel) fillRows() {
	joins := liveJoins(p.view)
	key := rowsKey(p.view, joins)
	if key == p.rowsKey {
		for i, r := range p.frags {
			r.setSelected(i == p.sel)
		}
		return
	}
	p.rowsKey = key
	p.rows.RemoveAll()
	p.frags = p.frags[:0]
	broken := brokenJoins(p.view)
	for i, f := range p.view.Fragments {
		if i > 0 {
			p.rows.Add(p.marker(i-1, joins[i-1]))
		}
		p.rows.Add(p.row(i, f))
		for _, j := range broken[f.ID] {
			p.rows.Add(p.brokenMarker(i, j))
		}
	}
	if e := p.view.End; e != nil {
		p.rows.Add(p.endMarker(e))
	}
	p.rows.Refresh()
}

// endMarker shows the stitcher's judgement that the article ends at its
// last fragment; its menu attaches a fragment after it (endMenu).
func (p *articlePanel) endMarker(e *corpus.EndView) *joinMarker {
	m := newJoinMarker(endRecord(e))
	m.onTapped = func() { p.selectFragment(len(p.view.Fragments)-1, true) }
	m.onSecondary = func(at fyne.Position) { p.popUp(p.endMenu(e), at) }
	return m
}

// endMenu is the end marker's menu: attach the block the stitcher would
// go on in (when it is in the project), or choose a fragment to attach.
func (p *articlePanel) endMenu(e *corpus.EndView) *fyne.Menu {
	last := len(p.view.Fragments) - 1
	best := fyne.NewMenuItem(fmt.Sprintf(T("Attach block %d here (the stitcher's best guess)"), e.Next), func() { p.attachFragment(e.NextID, last+1) })
	best.Disabled = e.NextID == 0
	return fyne.NewMenu("", best, fyne.NewMenuItem(T("Attach a fragment after this one…"), func() { p.attachAfter(last) }))
}

// brokenJoins lists the broken joins of v by the fragment they start at,
// so that a person sees where a fragment used to continue; a broken join
// made again since is left out.
func brokenJoins(v *corpus.ArticleView) map[corpus.FragmentID][]corpus.JoinView {
	next := map[corpus.FragmentID]corpus.FragmentID{}
	for i := 0; i+1 < len(v.Fragments); i++ {
		next[v.Fragments[i].ID] = v.Fragments[i+1].ID
	}
	out := map[corpus.FragmentID][]corpus.JoinView{}
	for _, j := range v.Joins {
		if j.Decision == corpus.DecisionBroken && next[j.From] != j.To {
			out[j.From] = append(out[j.From], j)
		}
	}
	return out
}

// brokenMarker shows the broken join j from the fragment at pos; its menu
// attaches the fragment it led to back after pos.
func (p *articlePanel) brokenMarker(pos int, j corpus.JoinView) *joinMarker {
	m := newJoinMarker(corpus.JoinRecord{From: j.FromBlock, To: j.ToBlock, Score: j.Score, Reason: j.Reason, Decision: j.Decision})
	m.onTapped = func() { p.selectFragment(pos, true) }
	m.onSecondary = func(at fyne.Position) {
		item := fyne.NewMenuItem(fmt.Sprintf(T("Attach block %d here again"), j.ToBlock), func() { p.attachFragment(j.To, pos+1) })
		item.Disabled = j.To == 0
		p.popUp(fyne.NewMenu("", item), at)
	}
	return m
}

// rowsKey sums up what the fragment rows show: fragments, kinds, texts,
// joins and the end.
func rowsKey(v *corpus.ArticleView, joins []corpus.JoinRecord) string {
	var b strings.Builder
	for _, f := range v.Fragments {
		fmt.Fprintf(&b, "%d/%s/%s|", f.ID, f.Kind, f.Text)
	}
	for _, j := range joins {
		fmt.Fprintf(&b, "%d>%d/%g/%s/%s|", j.From, j.To, j.Score, j.Decision, j.Reason)
	}
	for _, j := range v.Joins {
		fmt.Fprintf(&b, "%d>%d/%s|", j.From, j.To, j.Decision)
	}
	if e := v.End; e != nil {
		fmt.Fprintf(&b, "end %d/%g/%s", e.Block, e.Score, e.Decision)
	}
	return b.String()
}

// row makes the row of the fragment at position pos.
func (p *articlePanel) row(pos int, f corpus.FragmentView) *fragmentRow {
	r := newFragmentRow(f)
	r.selected = pos == p.sel
	r.onTapped = func() { p.selectFragment(pos, true) }
	r.onSecondary = func(at fyne.Position) { p.popUp(p.fragmentMenu(pos), at) }
	r.onKind = func(k corpus.Kind) { p.setKind(pos, k) }
	p.frags = append(p.frags, r)
	return r
}

// marker makes the join marker between positions after and after+1.
func (p *articlePanel) marker(after int, j corpus.JoinRecord) *joinMarker {
	m := newJoinMarker(j)
	m.onTapped = func() { p.selectFragment(after+1, true) }
	m.onSecondary = func(at fyne.Position) { p.popUp(p.joinMenu(after), at) }
	return m
}

// liveJoins returns, for each two consecutive fragments of v, the join
// between them as a record; a pair with no stored join (a person put them
// together) gets decision "created" and score 0.
func liveJoins(v *corpus.ArticleView) []corpus.JoinRecord {
	n := len(v.Fragments)
	out := make([]corpus.JoinRecord, 0, max(n-1, 0))
	for i := 0; i+1 < n; i++ {
		from, to := v.Fragments[i], v.Fragments[i+1]
		rec := corpus.JoinRecord{From: from.Block, To: to.Block, Decision: corpus.DecisionCreated}
		for _, j := range v.Joins {
			if j.From == from.ID && j.To == to.ID && j.Decision != corpus.DecisionBroken {
				rec = corpus.JoinRecord{From: j.FromBlock, To: j.ToBlock, Score: j.Score, Reason: j.Reason, Decision: j.Decision}
				break
			}
		}
		out = append(out, rec)
	}
	return out
}

// selectFragment selects the fragment at pos; with moveCursor the text
// cursor goes to its start.
func (p *articlePanel) selectFragment(pos int, moveCursor bool) {
	if p.view == nil || pos < 0 || pos >= len(p.view.Fragments) {
		return
	}
	p.sel = pos
	for i, r := range p.frags {
		r.setSelected(i == pos)
	}
	if moveCursor {
		at := p.view.Refs[pos].Start
		p.text.SetSelection(at, at)
	}
}

// reveal scrolls the fragment list to the fragment at pos, with the join
// and the fragment above it in view, and the text to its start.
func (p *articlePanel) reveal(pos int) {
	if p.view == nil || pos < 0 || pos >= len(p.frags) {
		return
	}
	p.scroll.Refresh() // lays the rows out at their new size
	y := p.frags[max(0, pos-1)].Position().Y
	maxY := max(0, p.rows.MinSize().Height-p.scroll.Size().Height)
	p.scroll.ScrollToOffset(fyne.NewPos(0, max(0, min(maxY, y))))
	p.text.ScrollTo(p.view.Refs[pos].Start)
}

// fragmentAt returns the position of the fragment holding text offset at
// (the previous one on a separator), or -1.
func fragmentAt(refs []corpus.FragmentRef, at int) int {
	found := -1
	for i, r := range refs {
		if r.Start <= at {
			found = i
		}
	}
	return found
}

// selected returns the selected fragment's position, telling the person
// to pick one when there is none.
func (p *articlePanel) selected() (int, bool) {
	if p.view == nil {
		return -1, false
	}
	if p.sel < 0 || p.sel >= len(p.view.Fragments) {
		p.d.say(T("Select a fragment first: click its row or put the cursor in its text."))
		return -1, false
	}
	return p.sel, true
}

// popUp shows menu at the absolute position at.
func (p *articlePanel) popUp(menu *fyne.Menu, at fyne.Position) {
	c := fyne.CurrentApp().Driver().CanvasForObject(p.root)
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(menu, c, at)
}
