package app

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// sentence and its word breaks (as gse cuts it: 市委/常委/、/常务/副/市长/王磊/
// 出席/会议/并/讲话/。).
const sentence = "市委常委、常务副市长王磊出席会议并讲话。"

var sentenceBreaks = []int{0, 2, 4, 5, 7, 8, 10, 12, 14, 16, 17, 19, 20}

// newSpanTextWindow shows a SpanText with text in an unpadded test window
// of the given width, with the desk's theme (the bundled font makes the
// measurements machine-independent).
func newSpanTextWindow(t testing.TB, text string, width float32) (*SpanText, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newTheme())
	st := NewSpanText()
	st.SetText(text)
	w := test.NewTempWindow(t, st)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(width, 300))
	return st, w
}

// runePoint returns the canvas position at fraction frac across rune i,
// halfway down its line.
func runePoint(st *SpanText, i int, frac float32) fyne.Position {
	l := st.renderer.layout
	li := l.lineOf(i)
	p := fyne.NewPos(l.x[i]+frac*l.w[i], st.renderer.lineTop(li)+st.renderer.textH/2)
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(st).Add(p)
}

// drag drags over the canvas from one point to another (fyne's test.Drag
// reports the end point and the distance moved).
func drag(c fyne.Canvas, from, to fyne.Position) {
	test.Drag(c, to, to.X-from.X, to.Y-from.Y)
}

func TestSpanTextDragSelects(t *testing.T) {
	x := runeIndex(sentence, "王磊")
	tests := []struct {
		name      string
		breaks    []int
		precise   bool
		from, to  float32 // fractions across 王 and 磊
		wantStart int
		wantEnd   int
	}{
		{name: "王磊 snaps outwards to its word", breaks: sentenceBreaks, from: 0.75, to: 0.25, wantStart: x, wantEnd: x + 2},
		{name: "王磊 edge to edge without breaks", from: 0.25, to: 0.75, wantStart: x, wantEnd: x + 2},
		{name: "王磊 with character precision keeps the characters", breaks: sentenceBreaks, precise: true, from: 0.25, to: 0.25, wantStart: x, wantEnd: x + 1},
		{name: "backwards over 王磊 snaps too", breaks: sentenceBreaks, from: 1.25, to: -0.75, wantStart: x, wantEnd: x + 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, w := newSpanTextWindow(t, sentence, 600)
			st.SetWordBreaks(tt.breaks)
			st.SetCharPrecision(tt.precise)
			var got [2]int
			st.OnSelect = func(s, e int) { got = [2]int{s, e} }
			drag(w.Canvas(), runePoint(st, x, tt.from), runePoint(st, x+1, tt.to))
			s, e := st.Selection()
			if s != tt.wantStart || e != tt.wantEnd {
				t.Errorf("selection = [%d,%d), want [%d,%d) (%q)", s, e, tt.wantStart, tt.wantEnd, string([]rune(sentence)[s:e]))
			}
			if got != [2]int{tt.wantStart, tt.wantEnd} {
				t.Errorf("OnSelect got %v, want [%d %d]", got, tt.wantStart, tt.wantEnd)
			}
			if w.Canvas().Focused() != st {
				t.Error("dragging did not focus the widget")
			}
		})
	}
}

func TestSpanTextDoubleTapSelectsWord(t *testing.T) {
	x := runeIndex(sentence, "王磊")
	tests := []struct {
		name       string
		breaks     []int
		precise    bool
		at         int
		start, end int
	}{
		{name: "on 磊 selects 王磊", breaks: sentenceBreaks, at: x + 1, start: x, end: x + 2},
		{name: "on 磊 by character", breaks: sentenceBreaks, precise: true, at: x + 1, start: x + 1, end: x + 2},
		{name: "on 。 at the end", breaks: sentenceBreaks, at: len([]rune(sentence)) - 1, start: 19, end: 20},
		{name: "on 副 without breaks", at: x - 3, start: x - 3, end: x - 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, _ := newSpanTextWindow(t, sentence, 600)
			st.SetWordBreaks(tt.breaks)
			st.SetCharPrecision(tt.precise)
			p := runePoint(st, tt.at, 0.9).Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(st))
			st.DoubleTapped(&fyne.PointEvent{Position: p})
			if s, e := st.Selection(); s != tt.start || e != tt.end {
				t.Errorf("selection = [%d,%d), want [%d,%d)", s, e, tt.start, tt.end)
			}
		})
	}
}

// press sends key to the focused object of c.
func press(c fyne.Canvas, key fyne.KeyName) {
	c.Focused().TypedKey(&fyne.KeyEvent{Name: key})
}

// withShift runs f with Shift held on the focused object of c.
func withShift(c fyne.Canvas, f func()) {
	k := c.Focused().(desktop.Keyable)
	k.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	f()
	k.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

func TestSpanTextShiftArrows(t *testing.T) {
	x := runeIndex(sentence, "王磊")
	tests := []struct {
		name      string
		precise   bool
		cursor    int
		keys      []fyne.KeyName
		wantStart int
		wantEnd   int
	}{
		{name: "Shift+→ extends over 王磊", cursor: x, keys: []fyne.KeyName{fyne.KeyRight}, wantStart: x, wantEnd: x + 2},
		{name: "Shift+→ twice adds 出席", cursor: x, keys: []fyne.KeyName{fyne.KeyRight, fyne.KeyRight}, wantStart: x, wantEnd: x + 4},
		{name: "Shift+→ by character", precise: true, cursor: x, keys: []fyne.KeyName{fyne.KeyRight}, wantStart: x, wantEnd: x + 1},
		{name: "Shift+← from after 王磊", cursor: x + 2, keys: []fyne.KeyName{fyne.KeyLeft}, wantStart: x, wantEnd: x + 2},
		{name: "Shift+Home selects to the line start", cursor: x, keys: []fyne.KeyName{fyne.KeyHome}, wantStart: 0, wantEnd: x},
		{name: "Shift+End selects to the line end", cursor: x, keys: []fyne.KeyName{fyne.KeyEnd}, wantStart: x, wantEnd: len([]rune(sentence))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, w := newSpanTextWindow(t, sentence, 600)
			st.SetWordBreaks(sentenceBreaks)
			st.SetCharPrecision(tt.precise)
			w.Canvas().Focus(st)
			st.SetSelection(tt.cursor, tt.cursor)
			withShift(w.Canvas(), func() {
				for _, k := range tt.keys {
					press(w.Canvas(), k)
				}
			})
			if s, e := st.Selection(); s != tt.wantStart || e != tt.wantEnd {
				t.Errorf("selection = [%d,%d), want [%d,%d)", s, e, tt.wantStart, tt.wantEnd)
			}
		})
	}
}

func TestSpanTextArrowsMoveCursor(t *testing.T) {
	x := runeIndex(sentence, "王磊")
	st, w := newSpanTextWindow(t, sentence, 600)
	st.SetWordBreaks(sentenceBreaks)
	c := w.Canvas()
	c.Focus(st)
	st.SetSelection(x, x)
	press(c, fyne.KeyRight)
	if s, e := st.Selection(); s != x+2 || e != x+2 {
		t.Fatalf("→ from %d: [%d,%d), want cursor at %d", x, s, e, x+2)
	}
	st.alt = true
	press(c, fyne.KeyLeft)
	st.alt = false
	if s, e := st.Selection(); s != x+1 || e != x+1 {
		t.Fatalf("Alt+← : [%d,%d), want cursor at %d", s, e, x+1)
	}
	st.SetSelection(x, x+2)
	press(c, fyne.KeyRight)
	if s, e := st.Selection(); s != x+2 || e != x+2 {
		t.Fatalf("→ with a selection: [%d,%d), want the cursor at its end %d", s, e, x+2)
	}
}

func TestSpanTextCopyAndSelectAll(t *testing.T) {
	x := runeIndex(sentence, "王磊")
	st, w := newSpanTextWindow(t, sentence, 600)
	w.Canvas().Focus(st)
	st.SetSelection(x, x+2)
	st.TypedShortcut(&fyne.ShortcutCopy{})
	if got := fyne.CurrentApp().Clipboard().Content(); got != "王磊" {
		t.Errorf("copied %q, want 王磊", got)
	}
	st.TypedShortcut(&fyne.ShortcutSelectAll{})
	if s, e := st.Selection(); s != 0 || e != len([]rune(sentence)) {
		t.Errorf("select all = [%d,%d), want [0,%d)", s, e, len([]rune(sentence)))
	}
}

func TestSpanTextLabelKeys(t *testing.T) {
	x := runeIndex(sentence, "王磊")
	date := runeIndex(sentence, "市长")
	spans := []TextSpan{{ID: 7, Start: date, End: date + 2, Label: "ORG", Color: color.NRGBA{R: 200, A: 255}}}
	tests := []struct {
		name       string
		start, end int
		key        string
		want       [3]int
	}{
		{name: "1 labels the selected 王磊", start: x, end: x + 2, key: "1", want: [3]int{1, x, x + 2}},
		{name: "9 labels the selected 王磊", start: x, end: x + 2, key: "9", want: [3]int{9, x, x + 2}},
		{name: "3 relabels 市长 under the cursor", start: date + 1, end: date + 1, key: "3", want: [3]int{3, date, date + 2}},
		{name: "2 relabels 市长 with the cursor just after it", start: date + 2, end: date + 2, key: "2", want: [3]int{2, date, date + 2}},
		{name: "no selection and no span does nothing", start: 1, end: 1, key: "1", want: [3]int{-1, -1, -1}},
		{name: "0 is not a label key", start: x, end: x + 2, key: "0", want: [3]int{-1, -1, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, w := newSpanTextWindow(t, sentence, 600)
			st.SetSpans(spans)
			got := [3]int{-1, -1, -1}
			st.OnLabelKey = func(k, s, e int) { got = [3]int{k, s, e} }
			w.Canvas().Focus(st)
			st.SetSelection(tt.start, tt.end)
			test.Type(st, tt.key)
			if got != tt.want {
				t.Errorf("OnLabelKey got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSpanTextSpanKeys(t *testing.T) {
	x := runeIndex(sentence, "王磊")
	h := runeIndex(sentence, "会议")
	spans := []TextSpan{
		{ID: 1, Start: x, End: x + 2, Label: "PER"},
		{ID: 2, Start: h, End: h + 2, Label: "ORG", Suggested: true},
	}
	tests := []struct {
		name   string
		cursor int
		key    fyne.KeyName
		want   string // which callback, with which position
		pos    int
	}{
		{name: "Delete inside 王磊", cursor: x + 1, key: fyne.KeyDelete, want: "delete", pos: x + 1},
		{name: "Delete just after 王磊", cursor: x + 2, key: fyne.KeyDelete, want: "delete", pos: x + 1},
		{name: "Delete at 王", cursor: x, key: fyne.KeyDelete, want: "delete", pos: x},
		{name: "Enter inside the suggested 会议", cursor: h + 1, key: fyne.KeyReturn, want: "accept", pos: h + 1},
		{name: "keypad Enter just after 会议", cursor: h + 2, key: fyne.KeyEnter, want: "accept", pos: h + 1},
		{name: "Backspace at 会", cursor: h, key: fyne.KeyBackspace, want: "reject", pos: h},
		{name: "Backspace far from any span", cursor: 1, key: fyne.KeyBackspace, want: "reject", pos: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, w := newSpanTextWindow(t, sentence, 600)
			st.SetSpans(spans)
			var got string
			pos := -1
			st.OnDelete = func(p int) { got, pos = "delete", p }
			st.OnAccept = func(p int) { got, pos = "accept", p }
			st.OnReject = func(p int) { got, pos = "reject", p }
			w.Canvas().Focus(st)
			st.SetSelection(tt.cursor, tt.cursor)
			press(w.Canvas(), tt.key)
			if got != tt.want || pos != tt.pos {
				t.Errorf("got %s(%d), want %s(%d)", got, pos, tt.want, tt.pos)
			}
		})
	}
}

func TestSpanTextResizeKeys(t *testing.T) {
	x := runeIndex(sentence, "王磊")
	tests := []struct {
		name    string
		precise bool
		run     func(st *SpanText)
		want    [3]int64
	}{
		{name: "] grows 王磊 by 出席", run: func(st *SpanText) { test.Type(st, "]") }, want: [3]int64{5, int64(x), int64(x + 4)}},
		{name: "{ grows 王磊 by 市长", run: func(st *SpanText) { test.Type(st, "{") }, want: [3]int64{5, int64(x - 2), int64(x + 2)}},
		{name: "[ shrinks 王磊 by a character", precise: true, run: func(st *SpanText) { test.Type(st, "[") }, want: [3]int64{5, int64(x), int64(x + 1)}},
		{name: "} shrinks 王磊 at its start", precise: true, run: func(st *SpanText) { test.Type(st, "}") }, want: [3]int64{5, int64(x + 1), int64(x + 2)}},
		{name: "[ cannot empty 王磊 by a word", run: func(st *SpanText) { test.Type(st, "[") }, want: [3]int64{-1, -1, -1}},
		{name: "Ctrl+→ grows 王磊", run: func(st *SpanText) {
			st.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierShortcutDefault})
		}, want: [3]int64{5, int64(x), int64(x + 4)}},
		{name: "Ctrl+Shift+← grows 王磊 at its start", run: func(st *SpanText) {
			st.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
		}, want: [3]int64{5, int64(x - 2), int64(x + 2)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, w := newSpanTextWindow(t, sentence, 600)
			st.SetWordBreaks(sentenceBreaks)
			st.SetCharPrecision(tt.precise)
			st.SetSpans([]TextSpan{{ID: 5, Start: x, End: x + 2, Label: "PER"}})
			got := [3]int64{-1, -1, -1}
			st.OnResize = func(id int64, s, e int) { got = [3]int64{id, int64(s), int64(e)} }
			w.Canvas().Focus(st)
			st.SetSelection(x+1, x+1)
			tt.run(st)
			if got != tt.want {
				t.Errorf("OnResize got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSpanTextWrapsChinese(t *testing.T) {
	st, _ := newSpanTextWindow(t, sentence, 600)
	em := st.renderer.textSize
	st.Resize(fyne.NewSize(6*em+1, 100))
	l := st.renderer.layout
	want := []string{"市委常委、常", "务副市长王磊", "出席会议并讲", "话。"}
	got := lineTexts(l.runes, l.lines)
	if len(got) != len(want) {
		t.Fatalf("lines = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("lines = %q, want %q", got, want)
		}
		if st.renderer.lines[i].Text != want[i] {
			t.Errorf("canvas text of line %d = %q, want %q", i, st.renderer.lines[i].Text, want[i])
		}
	}
	if h := st.MinSize().Height; h != 4*l.lineHeight {
		t.Errorf("MinSize height = %v, want 4 lines of %v", h, l.lineHeight)
	}
	if h := st.Size().Height; h < 4*l.lineHeight {
		t.Errorf("height = %v, less than 4 lines of %v", h, l.lineHeight)
	}
}

// longSpans returns n spans of 3 code points spread over text of length
// size, every third one suggested and every fifth flagged.
func longSpans(size, n int) []TextSpan {
	spans := make([]TextSpan, n)
	step := size / n
	for i := range spans {
		spans[i] = TextSpan{ID: int64(i), Start: i * step, End: i*step + 3, Label: "PER",
			Suggested: i%3 == 0, Flagged: i%5 == 0}
	}
	return spans
}

func TestSpanTextLongText(t *testing.T) {
	text := string(longText(5000))
	st, w := newSpanTextWindow(t, text, 500)
	st.SetSpans(longSpans(5000, 300))
	r := st.renderer
	l := r.layout
	if len(l.lines) < 5000/40 {
		t.Fatalf("%d lines for 5,000 characters in 500 px", len(l.lines))
	}
	visible := 0
	for _, rect := range r.spanRects {
		if rect.Visible() {
			visible++
		}
	}
	if visible < 300 {
		t.Errorf("%d span rectangles visible, want at least one per span (300)", visible)
	}
	for i := 0; i < 5000; i += 37 {
		if []rune(text)[i] == '\n' {
			continue
		}
		p := runePoint(st, i, 0.25).Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(st))
		if got := st.hit(p); got != i {
			t.Fatalf("hit on rune %d = %d", i, got)
		}
	}
	w.Canvas().Focus(st)
	drag(w.Canvas(), runePoint(st, 4000, 0.25), runePoint(st, 4100, 0.25))
	if s, e := st.Selection(); s != 4000 || e != 4100 {
		t.Errorf("drag over [4000,4100) selected [%d,%d)", s, e)
	}
}

func TestSpanTextMarkup(t *testing.T) {
	text := "菏泽市委常委、常务副市长王磊出席会议。"
	st, w := newSpanTextWindow(t, text, 200)
	x := runeIndex(text, "王磊")
	h := runeIndex(text, "菏泽")
	st.SetSpans([]TextSpan{
		{ID: 1, Start: x, End: x + 2, Label: "PER", Color: color.NRGBA{R: 0xe5, G: 0x39, B: 0x35, A: 0xff}},
		{ID: 2, Start: h, End: h + 2, Label: "LOC", Color: color.NRGBA{R: 0x1e, G: 0x88, B: 0xe5, A: 0xff}, Suggested: true},
	})
	st.SetSelection(runeIndex(text, "会议"), runeIndex(text, "会议")+2)
	assertMarkup(t, "spantext/basic.xml", w.Canvas())
}

func BenchmarkRelayout(b *testing.B) {
	text := string(longText(5000))
	b.Run("selection", func(b *testing.B) {
		st, _ := newSpanTextWindow(b, text, 800)
		st.SetSpans(longSpans(5000, 300))
		if !st.renderer.placed || len(st.renderer.spanRects) < 300 {
			b.Fatal("the widget is not laid out")
		}
		for i := 0; b.Loop(); i++ {
			s := (i * 13) % 4900
			st.SetSelection(s, s+60)
		}
	})
	b.Run("new span", func(b *testing.B) {
		st, _ := newSpanTextWindow(b, text, 800)
		spans := longSpans(5000, 300)
		st.SetSpans(spans)
		for i := 0; b.Loop(); i++ {
			s := (i * 13) % 4900
			st.SetSpans(append(spans[:300:300], TextSpan{ID: 999, Start: s, End: s + 2, Label: "LOC"}))
		}
	})
	b.Run("width", func(b *testing.B) {
		st, _ := newSpanTextWindow(b, text, 800)
		st.SetSpans(longSpans(5000, 300))
		for i := 0; b.Loop(); i++ {
			st.Resize(fyne.NewSize(float32(600+i%2*200), 300))
		}
	})
}
