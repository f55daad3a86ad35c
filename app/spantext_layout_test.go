package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// unitWidths gives every rune width 1 except '\n' (0), so a line of width
// n holds n characters.
func unitWidths(runes []rune) []float32 {
	w := make([]float32, len(runes))
	for i, r := range runes {
		if r != '\n' {
			w[i] = 1
		}
	}
	return w
}

// lineTexts returns the text of every line.
func lineTexts(runes []rune, lines []textLine) []string {
	var out []string
	for _, l := range lines {
		out = append(out, string(runes[l.start:l.end]))
	}
	return out
}

var wrapTests = []struct {
	name  string
	text  string
	width float32
	want  []string
}{
	{name: "chinese breaks between any two characters", text: "菏泽市委常委会议召开", width: 4,
		want: []string{"菏泽市委", "常委会议", "召开"}},
	{name: "closing punctuation hangs at the line end", text: "王磊出席会议。并讲话", width: 6,
		want: []string{"王磊出席会议。", "并讲话"}},
	{name: "latin words wrap at spaces", text: "stray and word", width: 7,
		want: []string{"stray ", "and ", "word"}},
	{name: "a word longer than the line is split", text: "abcdefghij", width: 4,
		want: []string{"abcd", "efgh", "ij"}},
	{name: "latin after chinese moves whole", text: "记者马琳 photo", width: 7,
		want: []string{"记者马琳 ", "photo"}},
	{name: "newline ends a line", text: "本报讯\n记者", width: 10,
		want: []string{"本报讯\n", "记者"}},
	{name: "trailing newline makes an empty last line", text: "会议\n", width: 10,
		want: []string{"会议\n", ""}},
	{name: "empty text has one empty line", text: "", width: 10, want: []string{""}},
}

func TestWrapLines(t *testing.T) {
	for _, tt := range wrapTests {
		t.Run(tt.name, func(t *testing.T) {
			runes := []rune(tt.text)
			lines, _ := wrapLines(runes, unitWidths(runes), tt.width)
			got := lineTexts(runes, lines)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzWrapLines(f *testing.F) {
	for _, tt := range wrapTests {
		f.Add(tt.text, int(tt.width))
	}
	f.Fuzz(func(t *testing.T, text string, width int) {
		if width < 1 || width > 200 {
			return
		}
		runes := []rune(text)
		lines, x := wrapLines(runes, unitWidths(runes), float32(width))
		checkLines(t, runes, lines, x, unitWidths(runes))
	})
}

// checkLines checks that lines cover runes in order without gaps and that x
// advances by the rune widths within each line.
func checkLines(t *testing.T, runes []rune, lines []textLine, x, w []float32) {
	t.Helper()
	if len(lines) == 0 {
		t.Fatal("no lines")
	}
	next := 0
	for li, l := range lines {
		if l.start != next || l.end < l.start {
			t.Fatalf("line %d = [%d,%d), want start %d", li, l.start, l.end, next)
		}
		if l.end == l.start && l.end != len(runes) {
			t.Fatalf("line %d is empty at %d before the end %d", li, l.start, len(runes))
		}
		pos := float32(0)
		for i := l.start; i < l.end; i++ {
			if x[i] != pos {
				t.Fatalf("x[%d] = %v, want %v", i, x[i], pos)
			}
			pos += w[i]
		}
		if l.width != pos {
			t.Fatalf("line %d width = %v, want %v", li, l.width, pos)
		}
		next = l.end
	}
	if next != len(runes) {
		t.Fatalf("lines end at %d, want %d", next, len(runes))
	}
}

// longText returns n code points of newspaper-like text with newlines.
func longText(n int) []rune {
	base := []rune("菏泽市委常委、常务副市长王磊出席会议并讲话。本报讯（记者 刘卫国）9月14日，全市秋季农业生产工作会议召开，and 会议要求。\n")
	out := make([]rune, n)
	for i := range out {
		out[i] = base[i%len(base)]
	}
	return out
}

func TestLayoutLongText(t *testing.T) {
	runes := longText(5000)
	w := make([]float32, len(runes))
	for i, r := range runes {
		switch {
		case r == '\n':
		case r < 0x80:
			w[i] = 7
		default:
			w[i] = 14
		}
	}
	const width = 400
	l := newTextLayout(runes, w, width, 20)
	checkLines(t, runes, l.lines, l.x, w)
	for li, line := range l.lines {
		if line.width > width+14 {
			t.Fatalf("line %d is %v wide, more than %v plus one hanging character", li, line.width, width)
		}
		for i := line.start; i < line.end; i++ {
			if runes[i] == '\n' {
				continue
			}
			p := fyne.NewPos(l.x[i]+w[i]/4, (float32(li)+0.5)*l.lineHeight)
			if got := l.hit(p); got != i {
				t.Fatalf("hit left quarter of rune %d (line %d) = %d", i, li, got)
			}
			p.X = l.x[i] + 3*w[i]/4
			if got := l.hit(p); got != i+1 {
				t.Fatalf("hit right quarter of rune %d (line %d) = %d, want %d", i, li, got, i+1)
			}
		}
	}
	for s := 0; s+7 <= len(runes); s += len(runes) / 300 {
		var sum float32
		for _, seg := range l.segments(s, s+7) {
			sum += seg.x1 - seg.x0
		}
		var want float32
		for i := s; i < s+7; i++ {
			want += w[i]
		}
		if sum != want {
			t.Fatalf("segments of [%d,%d) cover %v, want %v", s, s+7, sum, want)
		}
	}
}
