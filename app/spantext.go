package app

import (
	"image/color"
	"slices"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// TextSpan is one span drawn by a SpanText over the code points [Start,
// End) of its text: a filled background with a small Label tag, outlined
// instead when Suggested, underlined in red when Flagged. ID is the
// caller's and comes back in OnResize.
type TextSpan struct {
	ID        int64
	Start     int
	End       int
	Label     string
	Color     color.Color
	Suggested bool
	Flagged   bool
}

// SpanText is the span-labeling text widget: it shows a text wrapped to
// its width (Chinese between any two characters, Latin words at spaces),
// its spans, a selection and a cursor, and turns mouse and keys into
// labeling callbacks. All offsets are code points, end exclusive.
//
// Mouse: press to place the cursor, drag to select, Shift+press to extend,
// double-click to select a word.
// Selections snap to the word breaks (SetWordBreaks) unless Alt is held or
// character precision is on (SetCharPrecision).
//
// Keys:
//   - ←/→ move by one word (one character with character precision or Alt),
//     ↑/↓ by line, Home/End to the line's ends, Ctrl+Home/End to the text's;
//     with Shift they extend the selection; Esc clears it; Ctrl+A selects
//     all, Ctrl+C copies the selection
//   - 1–9: OnLabelKey with the selection, or with the span under the cursor
//     (relabel)
//   - Delete: OnDelete; Enter: OnAccept; Backspace: OnReject — each with the
//     position under the cursor (see spanPos)
//   - ] or Ctrl+→ grows the span under the cursor at its end, [ or Ctrl+←
//     shrinks it there; { or Ctrl+Shift+← grows it at its start, } or
//     Ctrl+Shift+→ shrinks it there (one word, or one character with
//     character precision): OnResize with the new edges
//
// Shortcuts the widget does not use (Ctrl+Z, Ctrl+Enter, …) are passed on
// to the window's canvas, so canvas shortcuts keep working while it has
// the focus; main menu shortcuts are handled by Fyne before it.
type SpanText struct {
	widget.BaseWidget

	// OnLabelKey is called with hotkey 1–9 and the range to label.
	OnLabelKey func(hotkey, start, end int)
	// OnDelete is called on Delete: remove the span at pos.
	OnDelete func(pos int)
	// OnAccept is called on Enter: accept the suggestion at pos.
	OnAccept func(pos int)
	// OnReject is called on Backspace: reject the suggestion at pos.
	OnReject func(pos int)
	// OnResize is called to move the edges of span id to [start, end).
	OnResize func(id int64, start, end int)
	// OnSelect is called when the user changes the selection (after a drag,
	// a click or a key); not for SetSelection.
	OnSelect func(start, end int)
	// Scroll, when set, is the container.Scroll that holds the widget:
	// dragging a selection past its top or bottom edge scrolls it by the
	// distance beyond the edge, on every pointer move (it does not keep
	// scrolling while the pointer rests outside).
	Scroll *container.Scroll

	runes         []rune
	spans         []TextSpan
	breaks        []int
	charPrecision bool

	// anchor is the fixed end of the selection, caret the moving one.
	anchor, caret int
	// press is where the current drag started; dragging while one runs.
	press           int
	pressed         bool
	dragging        bool
	dragPrecise     bool
	shift, alt      bool
	focused         bool
	renderer        *spanTextRenderer
	lastSelectStart int
	lastSelectEnd   int
}

var (
	_ fyne.Widget         = (*SpanText)(nil)
	_ fyne.Focusable      = (*SpanText)(nil)
	_ fyne.Draggable      = (*SpanText)(nil)
	_ fyne.DoubleTappable = (*SpanText)(nil)
	_ fyne.Shortcutable   = (*SpanText)(nil)
	_ desktop.Mouseable   = (*SpanText)(nil)
	_ desktop.Keyable     = (*SpanText)(nil)
	_ desktop.Cursorable  = (*SpanText)(nil)
)

// NewSpanText returns an empty SpanText.
func NewSpanText() *SpanText {
	t := &SpanText{}
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer returns the widget's renderer.
func (t *SpanText) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	r := newSpanTextRenderer(t)
	t.renderer = r
	return r
}

// SetText replaces the text, clears the selection and redraws everything.
// Spans are kept; set them again for the new text.
func (t *SpanText) SetText(text string) {
	t.runes = []rune(text)
	t.anchor, t.caret = 0, 0
	t.Refresh()
}

// Text returns the text shown.
func (t *SpanText) Text() string {
	return string(t.runes)
}

// SetSpans replaces the spans and redraws only them. Spans outside the
// text or empty are not drawn.
func (t *SpanText) SetSpans(spans []TextSpan) {
	t.spans = slices.Clone(spans)
	sort.SliceStable(t.spans, func(i, j int) bool { return t.spans[i].Start < t.spans[j].Start })
	if t.renderer != nil {
		t.renderer.updateSpans()
	}
}

// Spans returns a copy of the spans shown, sorted by start.
func (t *SpanText) Spans() []TextSpan {
	return slices.Clone(t.spans)
}

// Selection returns the selected code points [start, end); start == end is
// a cursor without a selection.
func (t *SpanText) Selection() (start, end int) {
	return min(t.anchor, t.caret), max(t.anchor, t.caret)
}

// SetSelection selects [start, end), clamped to the text, and moves the
// cursor to end. It redraws only the selection and does not call OnSelect.
func (t *SpanText) SetSelection(start, end int) {
	t.setSelection(t.clamp(start), t.clamp(end))
}

// SetWordBreaks sets the word boundaries (code points) that selections snap
// to; nil snaps to every character. 0 and the text's end are always breaks.
func (t *SpanText) SetWordBreaks(breaks []int) {
	if breaks == nil {
		t.breaks = nil
		return
	}
	t.breaks = slices.Clone(breaks)
	slices.Sort(t.breaks)
	t.breaks = slices.Compact(t.breaks)
}

// SetCharPrecision turns snapping to word breaks off (on) or back on (off).
func (t *SpanText) SetCharPrecision(on bool) {
	t.charPrecision = on
}

// CharPrecision reports whether snapping to word breaks is off.
func (t *SpanText) CharPrecision() bool {
	return t.charPrecision
}

// Cursor returns the text cursor shape for the mouse pointer.
func (t *SpanText) Cursor() desktop.Cursor {
	return desktop.TextCursor
}

// Resize lays the text out for the new width and grows the height to fit
// every line, so the widget scrolls correctly inside a vertical Scroll.
func (t *SpanText) Resize(size fyne.Size) {
	if t.renderer != nil {
		size.Height = max(size.Height, t.renderer.heightFor(size.Width))
	}
	t.BaseWidget.Resize(size)
}

// setSelection sets anchor and caret and redraws the selection.
func (t *SpanText) setSelection(anchor, caret int) {
	t.anchor, t.caret = anchor, caret
	if t.renderer != nil {
		t.renderer.updateSelection()
	}
}

// notifySelect calls OnSelect when the selection differs from the one last
// reported.
func (t *SpanText) notifySelect() {
	s, e := t.Selection()
	if s == t.lastSelectStart && e == t.lastSelectEnd {
		return
	}
	t.lastSelectStart, t.lastSelectEnd = s, e
	if t.OnSelect != nil {
		t.OnSelect(s, e)
	}
}

// clamp limits pos to [0, len].
func (t *SpanText) clamp(pos int) int {
	return max(0, min(pos, len(t.runes)))
}

// precise reports whether selections ignore word breaks.
func (t *SpanText) precise() bool {
	return t.charPrecision || t.alt || t.breaks == nil
}

// snapDown returns the last word break at or before pos.
func (t *SpanText) snapDown(pos int) int {
	i := sort.SearchInts(t.breaks, pos+1) - 1
	if i < 0 {
		return 0
	}
	return t.clamp(t.breaks[i])
}

// snapUp returns the first word break at or after pos.
func (t *SpanText) snapUp(pos int) int {
	i := sort.SearchInts(t.breaks, pos)
	if i == len(t.breaks) {
		return len(t.runes)
	}
	return t.clamp(t.breaks[i])
}

// nextStop returns the position one step (word or character) after pos.
func (t *SpanText) nextStop(pos int, precise bool) int {
	if precise {
		return t.clamp(pos + 1)
	}
	return t.snapUp(pos + 1)
}

// prevStop returns the position one step (word or character) before pos.
func (t *SpanText) prevStop(pos int, precise bool) int {
	if precise {
		return t.clamp(pos - 1)
	}
	return t.snapDown(pos - 1)
}

// selectRange selects from press to pos, snapped outwards to word breaks
// unless precise.
func (t *SpanText) selectRange(press, pos int, precise bool) {
	switch {
	case precise:
		t.setSelection(press, pos)
	case pos >= press:
		t.setSelection(t.snapDown(press), t.snapUp(pos))
	default:
		t.setSelection(t.snapUp(press), t.snapDown(pos))
	}
}

// hit returns the caret position at p (widget coordinates).
func (t *SpanText) hit(p fyne.Position) int {
	if t.renderer == nil || t.renderer.layout == nil {
		return 0
	}
	return t.renderer.layout.hit(p)
}

// spanAt returns the index of the span containing code point pos, labeled
// spans first (or suggestions first when suggested), -1 if none.
func (t *SpanText) spanAt(pos int, suggested bool) int {
	found := -1
	for i, s := range t.spans {
		if s.Start > pos {
			break
		}
		if pos < s.End {
			if s.Suggested == suggested {
				return i
			}
			if found < 0 {
				found = i
			}
		}
	}
	return found
}

// spanPos returns the position "under the cursor" for Delete, Enter,
// Backspace and the resize keys: the selection's start, or the cursor; when
// no span contains it but one ends right there (the cursor just after a
// span), the position of that span's last character.
func (t *SpanText) spanPos(suggested bool) int {
	pos, _ := t.Selection()
	if t.spanAt(pos, suggested) >= 0 || pos == 0 {
		return pos
	}
	if t.spanAt(pos-1, suggested) >= 0 {
		return pos - 1
	}
	return pos
}

// MouseDown focuses the widget and places the cursor (Shift extends the
// selection).
func (t *SpanText) MouseDown(ev *desktop.MouseEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil {
		c.Focus(t)
	}
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	pos := t.hit(ev.Position)
	t.dragPrecise = t.precise() || ev.Modifier&fyne.KeyModifierAlt != 0
	if ev.Modifier&fyne.KeyModifierShift != 0 || t.shift {
		t.press = t.anchor
		t.selectRange(t.anchor, pos, t.dragPrecise)
	} else {
		t.press = pos
		t.setSelection(pos, pos)
	}
	t.pressed = true
	t.notifySelect()
}

// MouseUp ends a press.
func (t *SpanText) MouseUp(*desktop.MouseEvent) {
	t.pressed = false
}

// Dragged extends the selection from where the drag started to the
// pointer, snapped to word breaks, and scrolls Scroll at its edges.
func (t *SpanText) Dragged(ev *fyne.DragEvent) {
	if !t.dragging {
		t.dragging = true
		if !t.pressed {
			// no MouseDown came first (e.g. a touch screen or a test)
			t.press = t.hit(ev.Position.Subtract(ev.Dragged))
			t.dragPrecise = t.precise()
			if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil {
				c.Focus(t)
			}
		}
	}
	t.selectRange(t.press, t.hit(ev.Position), t.dragPrecise)
	t.autoScroll(ev.Position)
}

// DragEnd finishes a drag selection and reports it.
func (t *SpanText) DragEnd() {
	t.dragging = false
	t.pressed = false
	t.notifySelect()
}

// autoScroll scrolls Scroll when p (widget coordinates) lies above or
// below its visible area.
func (t *SpanText) autoScroll(p fyne.Position) {
	s := t.Scroll
	if s == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(t).Y + p.Y - d.AbsolutePositionForObject(s).Y
	dy := float32(0)
	switch {
	case y < 0:
		dy = y
	case y > s.Size().Height:
		dy = y - s.Size().Height
	default:
		return
	}
	maxY := max(0, s.Content.Size().Height-s.Size().Height)
	s.ScrollToOffset(fyne.NewPos(s.Offset.X, max(0, min(maxY, s.Offset.Y+dy))))
}

// ScrollTo scrolls Scroll, when set, so that the line holding rune offset
// pos is at its top, or as near as the end of the text allows.
func (t *SpanText) ScrollTo(pos int) {
	s, l := t.Scroll, t.layout()
	if s == nil || l == nil {
		return
	}
	s.Refresh() // sizes the content to the text now shown
	y := float32(l.lineOf(t.clamp(pos))) * l.lineHeight
	maxY := max(0, s.Content.MinSize().Height-s.Size().Height)
	s.ScrollToOffset(fyne.NewPos(s.Offset.X, max(0, min(maxY, y))))
}

// DoubleTapped selects the word (or, without word breaks or with
// character precision, the character) under the pointer.
func (t *SpanText) DoubleTapped(ev *fyne.PointEvent) {
	l := t.layout()
	if l == nil || len(t.runes) == 0 {
		return
	}
	pos := l.runeAt(ev.Position)
	if t.precise() {
		t.setSelection(pos, pos+1)
	} else {
		t.setSelection(t.snapDown(pos), t.snapUp(pos+1))
	}
	t.notifySelect()
}

// FocusGained shows the cursor.
func (t *SpanText) FocusGained() {
	t.focused = true
	if t.renderer != nil {
		t.renderer.updateSelection()
	}
}

// FocusLost hides the cursor and forgets held modifier keys.
func (t *SpanText) FocusLost() {
	t.focused = false
	t.shift, t.alt = false, false
	if t.renderer != nil {
		t.renderer.updateSelection()
	}
}

// KeyDown tracks Shift and Alt (Shift+arrow arrives as a plain TypedKey).
func (t *SpanText) KeyDown(ev *fyne.KeyEvent) {
	t.setModifier(ev.Name, true)
}

// KeyUp tracks Shift and Alt.
func (t *SpanText) KeyUp(ev *fyne.KeyEvent) {
	t.setModifier(ev.Name, false)
}

// setModifier records whether Shift or Alt is held.
func (t *SpanText) setModifier(key fyne.KeyName, down bool) {
	switch key {
	case desktop.KeyShiftLeft, desktop.KeyShiftRight:
		t.shift = down
	case desktop.KeyAltLeft, desktop.KeyAltRight:
		t.alt = down
	}
}

// TypedRune handles the label keys 1–9 and the resize keys [ ] { }.
func (t *SpanText) TypedRune(r rune) {
	switch {
	case r >= '1' && r <= '9':
		t.labelKey(int(r - '0'))
	case r == ']':
		t.resizeSpan(false, true)
	case r == '[':
		t.resizeSpan(false, false)
	case r == '{':
		t.resizeSpan(true, true)
	case r == '}':
		t.resizeSpan(true, false)
	}
}

// TypedKey handles cursor movement and Delete, Enter, Backspace.
func (t *SpanText) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyDelete:
		if t.OnDelete != nil {
			t.OnDelete(t.spanPos(false))
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if t.OnAccept != nil {
			t.OnAccept(t.spanPos(true))
		}
	case fyne.KeyBackspace:
		if t.OnReject != nil {
			t.OnReject(t.spanPos(true))
		}
	case fyne.KeyEscape:
		t.setSelection(t.caret, t.caret)
		t.notifySelect()
	default:
		t.moveKey(ev.Name, t.shift, t.precise(), false)
	}
}

// TypedShortcut handles Alt+arrows (move by character), Ctrl+arrows (resize
// the span under the cursor), Ctrl+Home/End, copy and select all; any other
// shortcut goes to the window's canvas.
func (t *SpanText) TypedShortcut(s fyne.Shortcut) {
	switch sc := s.(type) {
	case *desktop.CustomShortcut:
		if t.shortcut(sc) {
			return
		}
	case *fyne.ShortcutCopy:
		start, end := t.Selection()
		if start < end {
			fyne.CurrentApp().Clipboard().SetContent(string(t.runes[start:end]))
		}
		return
	case *fyne.ShortcutSelectAll:
		t.setSelection(0, len(t.runes))
		t.notifySelect()
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil {
		if sc, ok := c.(fyne.Shortcutable); ok {
			sc.TypedShortcut(s)
		}
	}
}

// shortcut runs a modified key the widget uses and reports whether it did.
func (t *SpanText) shortcut(cs *desktop.CustomShortcut) bool {
	shift := cs.Modifier&fyne.KeyModifierShift != 0
	mods := cs.Modifier &^ fyne.KeyModifierShift
	switch {
	case mods == fyne.KeyModifierAlt:
		return t.moveKey(cs.KeyName, shift, true, false)
	case mods == fyne.KeyModifierShortcutDefault || mods == fyne.KeyModifierControl:
		switch cs.KeyName {
		case fyne.KeyRight:
			t.resizeSpan(shift, !shift)
		case fyne.KeyLeft:
			t.resizeSpan(shift, shift)
		case fyne.KeyHome, fyne.KeyEnd:
			return t.moveKey(cs.KeyName, shift, true, true)
		default:
			return false
		}
		return true
	}
	return false
}

// moveKey moves the cursor for an arrow, Home or End key (whole text for
// Home/End when toText), extending the selection when extend, and reports
// whether key was one of them.
func (t *SpanText) moveKey(key fyne.KeyName, extend, precise, toText bool) bool {
	pos, ok := t.keyTarget(key, precise, toText)
	if !ok {
		return false
	}
	switch {
	case extend:
		t.setSelection(t.anchor, pos)
	case t.anchor != t.caret && (key == fyne.KeyLeft || key == fyne.KeyRight):
		s, e := t.Selection()
		pos = s
		if key == fyne.KeyRight {
			pos = e
		}
		t.setSelection(pos, pos)
	default:
		t.setSelection(pos, pos)
	}
	t.notifySelect()
	return true
}

// keyTarget returns where key moves the caret.
func (t *SpanText) keyTarget(key fyne.KeyName, precise, toText bool) (int, bool) {
	switch key {
	case fyne.KeyLeft:
		return t.prevStop(t.caret, precise), true
	case fyne.KeyRight:
		return t.nextStop(t.caret, precise), true
	case fyne.KeyHome:
		if toText {
			return 0, true
		}
		return t.lineEdge(false), true
	case fyne.KeyEnd:
		if toText {
			return len(t.runes), true
		}
		return t.lineEdge(true), true
	case fyne.KeyUp:
		return t.lineMove(-1), true
	case fyne.KeyDown:
		return t.lineMove(1), true
	}
	return 0, false
}

// lineEdge returns the start or end of the caret's line.
func (t *SpanText) lineEdge(end bool) int {
	l := t.layout()
	if l == nil {
		return t.caret
	}
	line := l.lines[l.lineOf(t.caret)]
	if !end {
		return line.start
	}
	if line.end > line.start && t.runes[line.end-1] == '\n' {
		return line.end - 1
	}
	return line.end
}

// lineMove returns the position at the caret's x on the line delta lines
// away.
func (t *SpanText) lineMove(delta int) int {
	l := t.layout()
	if l == nil {
		return t.caret
	}
	li := l.lineOf(t.caret)
	next := li + delta
	if next < 0 {
		return 0
	}
	if next >= len(l.lines) {
		return len(t.runes)
	}
	x := l.caretX(li, t.caret)
	return l.hit(fyne.NewPos(x, (float32(next)+0.5)*l.lineHeight))
}

// layout returns the current layout, nil before the first one.
func (t *SpanText) layout() *textLayout {
	if t.renderer == nil {
		return nil
	}
	return t.renderer.layout
}

// labelKey calls OnLabelKey with the selection, or with the span under the
// cursor when nothing is selected.
func (t *SpanText) labelKey(hotkey int) {
	if t.OnLabelKey == nil {
		return
	}
	s, e := t.Selection()
	if s < e {
		t.OnLabelKey(hotkey, s, e)
		return
	}
	if i := t.spanAt(t.spanPos(false), false); i >= 0 {
		t.OnLabelKey(hotkey, t.spans[i].Start, t.spans[i].End)
	}
}

// resizeSpan moves one edge (the start when atStart) of the span under the
// cursor one step outwards (grow) or inwards, and calls OnResize.
func (t *SpanText) resizeSpan(atStart, grow bool) {
	i := t.spanAt(t.spanPos(false), false)
	if i < 0 || t.OnResize == nil {
		return
	}
	sp := t.spans[i]
	start, end := sp.Start, sp.End
	precise := t.precise()
	switch {
	case atStart && grow:
		start = t.prevStop(start, precise)
	case atStart:
		start = t.nextStop(start, precise)
	case grow:
		end = t.nextStop(end, precise)
	default:
		end = t.prevStop(end, precise)
	}
	if start >= end || (start == sp.Start && end == sp.End) {
		return
	}
	t.OnResize(sp.ID, start, end)
}
