package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

const (
	// tagScale is the size of a span's label tag relative to the text.
	tagScale = 0.65
	// lineGap is the space below each line.
	lineGap = 2
	// spanAlpha is the opacity of a labeled span's background.
	spanAlpha = 0x55
	// minChars is the width of the narrowest SpanText, in CJK characters.
	minChars = 8
)

// spanTextRenderer draws a SpanText: one canvas.Text per line, rectangles
// for spans (filled, or outlined for suggestions), red underlines for
// flagged spans, a small label tag above each span's start, the selection
// and the cursor. A selection change moves and refreshes only the selection
// rectangles and the cursor; a span change only the span objects.
type spanTextRenderer struct {
	t      *SpanText
	layout *textLayout
	width  float32
	placed bool // whether the objects match layout

	textSize, tagSize float32
	textH, tagH       float32

	lines      []*canvas.Text
	spanRects  []*canvas.Rectangle
	underlines []*canvas.Rectangle
	tags       []*canvas.Text
	sel        []*canvas.Rectangle
	cursor     *canvas.Rectangle
	objects    []fyne.CanvasObject
}

var _ fyne.WidgetRenderer = (*spanTextRenderer)(nil)

// newSpanTextRenderer returns a renderer for t.
func newSpanTextRenderer(t *SpanText) *spanTextRenderer {
	r := &spanTextRenderer{t: t, cursor: canvas.NewRectangle(color.Transparent)}
	r.cursor.Hide()
	r.rebuildObjects()
	return r
}

// Destroy does nothing.
func (r *spanTextRenderer) Destroy() {}

// Objects returns the drawn objects, back to front.
func (r *spanTextRenderer) Objects() []fyne.CanvasObject {
	return r.objects
}

// MinSize is a few characters wide and as tall as the text wrapped to the
// current width.
func (r *spanTextRenderer) MinSize() fyne.Size {
	r.measureFonts()
	w := minChars * r.textSize
	width := r.width
	if width <= 0 {
		width = max(w, r.t.Size().Width)
	}
	return fyne.NewSize(w, r.heightFor(width))
}

// Layout lays the text out for size's width and places every object.
func (r *spanTextRenderer) Layout(size fyne.Size) {
	r.ensureLayout(size.Width)
	if !r.placed {
		r.placeAll()
	}
}

// Refresh re-measures (the theme may have changed), lays out and redraws
// every object.
func (r *spanTextRenderer) Refresh() {
	r.layout = nil
	r.textSize = 0
	if r.t.Size().Width <= 0 {
		return
	}
	r.ensureLayout(r.t.Size().Width)
	r.placeAll()
	for _, o := range r.objects {
		canvas.Refresh(o)
	}
}

// heightFor returns the height of the text wrapped to width.
func (r *spanTextRenderer) heightFor(width float32) float32 {
	r.ensureLayout(width)
	return r.layout.height()
}

// measureFonts reads the text and tag sizes from the theme.
func (r *spanTextRenderer) measureFonts() {
	if r.textSize > 0 {
		return
	}
	th := r.t.Theme()
	r.textSize = th.Size(theme.SizeNameText)
	r.tagSize = r.textSize * tagScale
	r.textH = fyne.MeasureText("中Ag", r.textSize, fyne.TextStyle{}).Height
	r.tagH = fyne.MeasureText("PER", r.tagSize, fyne.TextStyle{Bold: true}).Height
}

// ensureLayout wraps the text to width unless it already is.
func (r *spanTextRenderer) ensureLayout(width float32) {
	if r.layout != nil && width == r.width {
		return
	}
	r.measureFonts()
	font := r.t.Theme().Font(fyne.TextStyle{}).Name()
	w := measureRunes(r.t.runes, font, r.textSize, fyne.TextStyle{})
	r.layout = newTextLayout(r.t.runes, w, max(width, r.textSize), r.tagH+r.textH+lineGap)
	r.width = width
	r.placed = false
}

// placeAll places lines, spans and selection.
func (r *spanTextRenderer) placeAll() {
	r.placeLines()
	r.placeSpans()
	r.placeSelection()
	r.rebuildObjects()
	r.placed = true
}

// lineTop returns the y of line li's text (below its tag strip).
func (r *spanTextRenderer) lineTop(li int) float32 {
	return float32(li)*r.layout.lineHeight + r.tagH
}

// placeLines makes one canvas.Text per line.
func (r *spanTextRenderer) placeLines() {
	fg := r.color(theme.ColorNameForeground)
	lines := r.layout.lines
	for len(r.lines) < len(lines) {
		r.lines = append(r.lines, canvas.NewText("", fg))
	}
	for i, l := range lines {
		txt := r.lines[i]
		end := l.end
		if end > l.start && r.t.runes[end-1] == '\n' {
			end--
		}
		setText(txt, string(r.t.runes[l.start:end]), r.textSize, fg, fyne.TextStyle{})
		txt.Move(fyne.NewPos(0, r.lineTop(i)))
		txt.Resize(fyne.NewSize(l.width, r.textH))
		txt.Show()
	}
	for _, txt := range r.lines[len(lines):] {
		txt.Hide()
	}
}

// placeSpans places the span rectangles, underlines and tags.
func (r *spanTextRenderer) placeSpans() {
	nRect, nLine, nTag := 0, 0, 0
	n := len(r.t.runes)
	for _, s := range r.t.spans {
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		c := r.spanColor(s)
		for k, seg := range r.layout.segments(s.Start, s.End) {
			r.placeSpanRect(nRect, seg, s, c)
			nRect++
			if s.Flagged {
				r.placeUnderline(nLine, seg)
				nLine++
			}
			if k == 0 {
				r.placeTag(nTag, seg, s, c)
				nTag++
			}
		}
	}
	hideRects(r.spanRects[nRect:])
	hideRects(r.underlines[nLine:])
	for _, tag := range r.tags[nTag:] {
		tag.Hide()
	}
}

// placeSpanRect places span rectangle i over seg: filled, or outlined for a
// suggestion.
func (r *spanTextRenderer) placeSpanRect(i int, seg segment, s TextSpan, c color.NRGBA) {
	if i == len(r.spanRects) {
		r.spanRects = append(r.spanRects, canvas.NewRectangle(color.Transparent))
	}
	rect := r.spanRects[i]
	rect.CornerRadius = 3
	if s.Suggested {
		rect.FillColor = color.Transparent
		rect.StrokeColor = c
		rect.StrokeWidth = 1.5
	} else {
		rect.FillColor = color.NRGBA{R: c.R, G: c.G, B: c.B, A: spanAlpha}
		rect.StrokeColor = color.Transparent
		rect.StrokeWidth = 0
	}
	rect.Move(fyne.NewPos(seg.x0, r.lineTop(seg.line)))
	rect.Resize(fyne.NewSize(seg.x1-seg.x0, r.textH))
	rect.Show()
}

// placeUnderline places flagged underline i below seg.
func (r *spanTextRenderer) placeUnderline(i int, seg segment) {
	if i == len(r.underlines) {
		r.underlines = append(r.underlines, canvas.NewRectangle(color.Transparent))
	}
	u := r.underlines[i]
	u.FillColor = r.color(theme.ColorNameError)
	u.Move(fyne.NewPos(seg.x0, r.lineTop(seg.line)+r.textH))
	u.Resize(fyne.NewSize(seg.x1-seg.x0, 2))
	u.Show()
}

// placeTag places label tag i above the start of seg; a suggestion's tag
// ends in "?".
func (r *spanTextRenderer) placeTag(i int, seg segment, s TextSpan, c color.NRGBA) {
	if i == len(r.tags) {
		r.tags = append(r.tags, canvas.NewText("", c))
	}
	tag := r.tags[i]
	label := s.Label
	if s.Suggested {
		label += "?"
	}
	setText(tag, label, r.tagSize, c, fyne.TextStyle{Bold: true, Italic: s.Suggested})
	tag.Move(fyne.NewPos(seg.x0, float32(seg.line)*r.layout.lineHeight))
	tag.Resize(fyne.NewSize(seg.x1-seg.x0, r.tagH))
	tag.Show()
}

// placeSelection places the selection rectangles and the cursor.
func (r *spanTextRenderer) placeSelection() {
	s, e := r.t.Selection()
	segs := r.layout.segments(s, e)
	selColor := r.color(theme.ColorNameSelection)
	for i, seg := range segs {
		if i == len(r.sel) {
			r.sel = append(r.sel, canvas.NewRectangle(selColor))
		}
		rect := r.sel[i]
		rect.FillColor = selColor
		rect.Move(fyne.NewPos(seg.x0, r.lineTop(seg.line)))
		rect.Resize(fyne.NewSize(seg.x1-seg.x0, r.textH))
		rect.Show()
	}
	hideRects(r.sel[len(segs):])
	r.placeCursor()
}

// placeCursor shows a thin bar at the caret while the widget has the focus.
func (r *spanTextRenderer) placeCursor() {
	if !r.t.focused {
		r.cursor.Hide()
		return
	}
	li := r.layout.lineOf(r.t.caret)
	r.cursor.FillColor = r.color(theme.ColorNamePrimary)
	r.cursor.Move(fyne.NewPos(r.layout.caretX(li, r.t.caret)-1, r.lineTop(li)))
	r.cursor.Resize(fyne.NewSize(2, r.textH))
	r.cursor.Show()
}

// updateSelection redraws only the selection and the cursor.
func (r *spanTextRenderer) updateSelection() {
	if r.layout == nil || !r.placed {
		return
	}
	before := len(r.sel)
	r.placeSelection()
	if len(r.sel) != before {
		r.rebuildObjects()
	}
	for _, rect := range r.sel {
		canvas.Refresh(rect)
	}
	canvas.Refresh(r.cursor)
}

// updateSpans redraws only the span objects.
func (r *spanTextRenderer) updateSpans() {
	if r.layout == nil || !r.placed {
		return
	}
	before := len(r.spanRects) + len(r.underlines) + len(r.tags)
	r.placeSpans()
	if len(r.spanRects)+len(r.underlines)+len(r.tags) != before {
		r.rebuildObjects()
	}
	for _, o := range r.spanRects {
		canvas.Refresh(o)
	}
	for _, o := range r.underlines {
		canvas.Refresh(o)
	}
}

// rebuildObjects lists the objects back to front: spans, selection, text,
// underlines, tags, cursor.
func (r *spanTextRenderer) rebuildObjects() {
	objs := make([]fyne.CanvasObject, 0, len(r.spanRects)+len(r.sel)+len(r.lines)+len(r.underlines)+len(r.tags)+1)
	for _, o := range r.spanRects {
		objs = append(objs, o)
	}
	for _, o := range r.sel {
		objs = append(objs, o)
	}
	for _, o := range r.lines {
		objs = append(objs, o)
	}
	for _, o := range r.underlines {
		objs = append(objs, o)
	}
	for _, o := range r.tags {
		objs = append(objs, o)
	}
	r.objects = append(objs, r.cursor)
}

// color returns the theme colour name in the current variant.
func (r *spanTextRenderer) color(name fyne.ThemeColorName) color.Color {
	return r.t.Theme().Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}

// spanColor returns s's colour, opaque, or the theme's primary colour.
func (r *spanTextRenderer) spanColor(s TextSpan) color.NRGBA {
	c := s.Color
	if c == nil {
		c = r.color(theme.ColorNamePrimary)
	}
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = 0xff
	return n
}

// setText updates txt and refreshes it (which re-renders its texture) only
// when something changed.
func setText(txt *canvas.Text, text string, size float32, c color.Color, style fyne.TextStyle) {
	if txt.Text == text && txt.TextSize == size && txt.Color == c && txt.TextStyle == style {
		return
	}
	txt.Text, txt.TextSize, txt.Color, txt.TextStyle = text, size, c, style
	canvas.Refresh(txt)
}

// hideRects hides unused pooled rectangles.
func hideRects(rects []*canvas.Rectangle) {
	for _, rect := range rects {
		rect.Hide()
	}
}
