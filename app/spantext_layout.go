package app

import (
	"sort"
	"sync"
	"unicode"

	"fyne.io/fyne/v2"
)

// textLine is one laid-out line of a SpanText: runes [start, end), width
// its advance. A line that ends in '\n' includes it (with zero width).
type textLine struct {
	start, end int
	width      float32
}

// textLayout places every rune of a text on wrapped lines for one width.
// x[i] is the left edge of rune i within its line, w[i] its advance.
type textLayout struct {
	runes []rune
	x, w  []float32
	lines []textLine
	// lineHeight is the height of one line: the tag strip above the text
	// plus the text itself.
	lineHeight float32
}

// measureKey identifies one measured rune: the font in use (by resource
// name), the size, style and rune.
type measureKey struct {
	font  string
	size  float32
	style fyne.TextStyle
	r     rune
}

var (
	measureMu    sync.Mutex
	measureCache = map[measureKey]float32{}
)

// runeWidth returns the advance of r with the current theme's font,
// measuring every rune once per font, size and style.
func runeWidth(font string, r rune, size float32, style fyne.TextStyle) float32 {
	k := measureKey{font: font, size: size, style: style, r: r}
	measureMu.Lock()
	w, ok := measureCache[k]
	measureMu.Unlock()
	if ok {
		return w
	}
	switch {
	case r == '\n':
		w = 0
	case r == '\t':
		w = fyne.MeasureText(" ", size, style).Width
	default:
		w = fyne.MeasureText(string(r), size, style).Width
	}
	measureMu.Lock()
	measureCache[k] = w
	measureMu.Unlock()
	return w
}

// measureRunes returns the advance of every rune.
func measureRunes(runes []rune, font string, size float32, style fyne.TextStyle) []float32 {
	w := make([]float32, len(runes))
	for i, r := range runes {
		w[i] = runeWidth(font, r, size, style)
	}
	return w
}

// wrapLines breaks runes with advances w into lines no wider than width:
// Chinese (and any other non-Latin script) may break between any two
// characters, a Latin word breaks after the space before it unless it alone
// is wider than the line, '\n' always ends a line, and closing punctuation
// and spaces hang at the end of a full line rather than start the next one.
func wrapLines(runes []rune, w []float32, width float32) (lines []textLine, x []float32) {
	x = make([]float32, len(runes))
	start, pos := 0, float32(0)
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if pos+w[i] > width && i > start && !hangs(r) {
			i = wordStart(runes, start, i)
			lines = append(lines, textLine{start: start, end: i, width: x[i-1] + w[i-1]})
			start, pos = i, 0
		}
		x[i] = pos
		pos += w[i]
		if r == '\n' {
			lines = append(lines, textLine{start: start, end: i + 1, width: pos})
			start, pos = i+1, 0
		}
	}
	if start < len(runes) || len(lines) == 0 || runes[len(runes)-1] == '\n' {
		lines = append(lines, textLine{start: start, end: len(runes), width: pos})
	}
	return lines, x
}

// wordStart returns where to break before rune i on the line that starts
// at start: before the Latin word that i is part of, when that word started
// on this line after a space or a non-Latin character; i otherwise.
func wordStart(runes []rune, start, i int) int {
	if !isWordRune(runes[i]) || !isWordRune(runes[i-1]) {
		return i
	}
	j := i
	for j > start && isWordRune(runes[j-1]) {
		j--
	}
	if j == start {
		return i
	}
	return j
}

// isWordRune reports whether r belongs to a Latin-style word that should
// not be split across lines (letters and digits outside the CJK scripts).
func isWordRune(r rune) bool {
	if r < 0x80 {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '.' || r == ','
	}
	if isCJK(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isCJK reports whether r is a Han character, kana, hangul or CJK
// punctuation, between which lines may break anywhere.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// hangs reports whether r stays at the end of a full line instead of
// starting the next: spaces and closing punctuation.
func hangs(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '，', '。', '、', '；', '：', '？', '！', '）', '」', '』', '》', '〉', '】', '”', '’', ',', '.', ';', ':', '?', '!', ')':
		return true
	}
	return false
}

// newTextLayout lays out runes with advances w for width.
func newTextLayout(runes []rune, w []float32, width, lineHeight float32) *textLayout {
	lines, x := wrapLines(runes, w, width)
	return &textLayout{runes: runes, x: x, w: w, lines: lines, lineHeight: lineHeight}
}

// height returns the height of all lines.
func (l *textLayout) height() float32 {
	return float32(len(l.lines)) * l.lineHeight
}

// lineOf returns the index of the line showing caret position pos (0 ≤ pos
// ≤ len): the line that starts at or before pos, by binary search.
func (l *textLayout) lineOf(pos int) int {
	i := sort.Search(len(l.lines), func(i int) bool { return l.lines[i].start > pos }) - 1
	if i < 0 {
		return 0
	}
	return i
}

// caretX returns the x of caret position pos on line li.
func (l *textLayout) caretX(li, pos int) float32 {
	line := l.lines[li]
	if pos >= line.end {
		return line.width
	}
	if pos <= line.start {
		return 0
	}
	return l.x[pos]
}

// hit returns the caret position nearest to p: the line under p.Y, then
// the rune boundary nearest to p.X on it, by binary search.
func (l *textLayout) hit(p fyne.Position) int {
	li := int(p.Y / l.lineHeight)
	li = max(0, min(li, len(l.lines)-1))
	line := l.lines[li]
	n := line.end - line.start
	k := sort.Search(n, func(k int) bool {
		i := line.start + k
		return l.x[i]+l.w[i]/2 > p.X
	})
	pos := line.start + k
	if pos == line.end && pos > line.start && l.runes[pos-1] == '\n' {
		pos--
	}
	return pos
}

// runeAt returns the index of the rune under p (the nearest one on the
// line under p.Y); the text must not be empty.
func (l *textLayout) runeAt(p fyne.Position) int {
	li := int(p.Y / l.lineHeight)
	li = max(0, min(li, len(l.lines)-1))
	line := l.lines[li]
	k := sort.Search(line.end-line.start, func(k int) bool {
		i := line.start + k
		return l.x[i]+l.w[i] > p.X
	})
	return max(0, min(line.start+k, line.end-1, len(l.runes)-1))
}

// segment is the part of a rune range [start, end) on one line: line index
// and the x extent.
type segment struct {
	line   int
	x0, x1 float32
}

// segments returns the per-line pieces of the rune range [start, end).
func (l *textLayout) segments(start, end int) []segment {
	if start >= end || len(l.lines) == 0 {
		return nil
	}
	var segs []segment
	for li := l.lineOf(start); li < len(l.lines) && l.lines[li].start < end; li++ {
		line := l.lines[li]
		s, e := max(start, line.start), min(end, line.end)
		if s >= e {
			continue
		}
		segs = append(segs, segment{line: li, x0: l.caretX(li, s), x1: l.x[e-1] + l.w[e-1]})
	}
	return segs
}
