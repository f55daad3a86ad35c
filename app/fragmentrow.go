package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

var _ fyne.Widget = (*fragmentRow)(nil)
var _ fyne.SecondaryTappable = (*fragmentRow)(nil)

// fragmentRow is one fragment of the article view: its kind (a select to
// change it), its block number on the page and the start of its text. A
// tap selects it; a right click opens its context menu.
type fragmentRow struct {
	widget.BaseWidget
	frag     corpus.FragmentView
	selected bool

	// onTapped runs on a primary tap.
	onTapped func()
	// onSecondary runs on a right click with the absolute position.
	onSecondary func(pos fyne.Position)
	// onKind runs when the person picks another kind.
	onKind func(corpus.Kind)
}

// newFragmentRow returns a row for f.
func newFragmentRow(f corpus.FragmentView) *fragmentRow {
	r := &fragmentRow{frag: f}
	r.ExtendBaseWidget(r)
	return r
}

// setSelected highlights the row or not.
func (r *fragmentRow) setSelected(on bool) {
	if r.selected == on {
		return
	}
	r.selected = on
	r.Refresh()
}

// Tapped is part of fyne.Tappable.
func (r *fragmentRow) Tapped(*fyne.PointEvent) {
	if r.onTapped != nil {
		r.onTapped()
	}
}

// TappedSecondary is part of fyne.SecondaryTappable.
func (r *fragmentRow) TappedSecondary(e *fyne.PointEvent) {
	if r.onTapped != nil {
		r.onTapped()
	}
	if r.onSecondary != nil {
		r.onSecondary(e.AbsolutePosition)
	}
}

// CreateRenderer is part of fyne.Widget.
func (r *fragmentRow) CreateRenderer() fyne.WidgetRenderer {
	kind := widget.NewSelect(kindNames(), nil)
	kind.SetSelected(kindName(r.frag.Kind))
	kind.OnChanged = func(name string) {
		if k, ok := kindByName(name); ok && k != r.frag.Kind && r.onKind != nil {
			r.onKind(k)
		}
	}
	block := widget.NewLabel("")
	block.TextStyle = fyne.TextStyle{Monospace: true}
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	rr := &fragmentRowRenderer{r: r, bg: canvas.NewRectangle(color.Transparent),
		kind: kind, block: block, text: text}
	rr.Refresh()
	return rr
}

// kindNames lists the translated names of every kind, in display order.
func kindNames() []string {
	names := make([]string, len(corpus.Kinds))
	for i, k := range corpus.Kinds {
		names[i] = kindName(k)
	}
	return names
}

// kindName is the translated name of k.
func kindName(k corpus.Kind) string { return T(string(k)) }

// kindByName is the kind whose translated name is name.
func kindByName(name string) (corpus.Kind, bool) {
	for _, k := range corpus.Kinds {
		if kindName(k) == name {
			return k, true
		}
	}
	return "", false
}

// fragmentRowRenderer lays a fragment row out: kind select, block number,
// text, over a background that shows the selection.
type fragmentRowRenderer struct {
	r     *fragmentRow
	bg    *canvas.Rectangle
	kind  *widget.Select
	block *widget.Label
	text  *widget.Label
}

// kindWidth is the width of the kind select, wide enough for every kind
// name in both languages.
const kindWidth = 128

// Layout is part of fyne.WidgetRenderer.
func (rr *fragmentRowRenderer) Layout(size fyne.Size) {
	rr.bg.Resize(size)
	ks := rr.kind.MinSize()
	ks.Width = fyne.Max(ks.Width, kindWidth)
	rr.kind.Move(fyne.NewPos(0, (size.Height-ks.Height)/2))
	rr.kind.Resize(ks)
	bs := rr.block.MinSize()
	rr.block.Move(fyne.NewPos(ks.Width, (size.Height-bs.Height)/2))
	rr.block.Resize(bs)
	x := ks.Width + bs.Width
	ts := rr.text.MinSize()
	rr.text.Move(fyne.NewPos(x, (size.Height-ts.Height)/2))
	rr.text.Resize(fyne.NewSize(fyne.Max(size.Width-x, 0), ts.Height))
}

// MinSize is part of fyne.WidgetRenderer.
func (rr *fragmentRowRenderer) MinSize() fyne.Size {
	ks := rr.kind.MinSize()
	bs := rr.block.MinSize()
	ts := rr.text.MinSize()
	h := fyne.Max(ks.Height, fyne.Max(bs.Height, ts.Height))
	return fyne.NewSize(fyne.Max(ks.Width, kindWidth)+bs.Width+ts.Width, h)
}

// Refresh is part of fyne.WidgetRenderer.
func (rr *fragmentRowRenderer) Refresh() {
	f := rr.r.frag
	if rr.r.selected {
		v := fyne.CurrentApp().Settings().ThemeVariant()
		rr.bg.FillColor = rr.r.Theme().Color(theme.ColorNameSelection, v)
	} else {
		rr.bg.FillColor = color.Transparent
	}
	rr.bg.Refresh()
	if name := kindName(f.Kind); rr.kind.Selected != name {
		rr.kind.SetSelected(name)
	}
	rr.block.SetText(fmt.Sprintf("#%d", f.Block))
	rr.text.SetText(f.Text)
}

// Objects is part of fyne.WidgetRenderer.
func (rr *fragmentRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.bg, rr.kind, rr.block, rr.text}
}

// Destroy is part of fyne.WidgetRenderer.
func (rr *fragmentRowRenderer) Destroy() {}
