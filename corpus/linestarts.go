package corpus

import (
	"math"
	"unicode"
)

// Some extractors keep a page's printed lines: a paragraph's text comes in
// lines as wide as its column, and its first line is two characters short,
// where the indent was (the extractor leaves out the white space). On such
// a page the width of a block's first line tells a paragraph's start from
// the middle of a paragraph that goes on at the top of a column, as
// indents do.

// minLineSamples is how many full lines a page must show before its line
// width is read from them.
const minLineSamples = 20

// lineStarts reads, on a page that keeps its printed lines, which blocks
// open a paragraph (starts) and for which blocks the lines tell (known):
// a block's first line two characters short of the page's line width (or
// one, with a comma hanging at its end) opens a paragraph, a full one goes
// on a paragraph. A block of one line is known only when it is full. It
// returns nils when the page does not keep printed lines of one width.
func lineStarts(text string, frags []Fragment) (starts, known []bool) {
	return readLineStarts(blockLines(text, frags), frags)
}

// readLineStarts is lineStarts on the widths of the blocks' lines (see
// blockLines).
func readLineStarts(lines [][]float64, frags []Fragment) (starts, known []bool) {
	width, ok := lineWidth(lines, frags)
	if !ok {
		return nil, nil
	}
	starts, known = make([]bool, len(frags)), make([]bool, len(frags))
	var in, all int
	for i, ls := range lines {
		if !isRunning(frags[i].Kind) || len(ls) == 0 {
			continue
		}
		w := ls[0]
		switch {
		case w >= width-0.5:
			known[i] = true
			all++
		case len(ls) > 1 && w >= width-3:
			starts[i], known[i] = true, true
			in++
			all++
		}
	}
	if in*minStartShare < all {
		return nil, nil // text wrapped at a width, not printed lines
	}
	return starts, known
}

// minStartShare: at least one block of running text in this many must
// open with a short line before a page's lines are read as printed ones;
// text a program wrapped at a fixed width opens every block with a full
// line.
const minStartShare = 10

// blockLines returns the printed width (see runeWidth) of each line of
// each fragment, its white space left out. It walks the text once.
func blockLines(text string, frags []Fragment) [][]float64 {
	out := make([][]float64, len(frags))
	k, pos, w := 0, 0, 0.0
	flush := func() {
		if w > 0 {
			out[k] = append(out[k], w)
		}
		w = 0
	}
	for _, r := range text {
		for k < len(frags) && pos >= frags[k].End {
			flush()
			k++
		}
		if k == len(frags) {
			break
		}
		if pos >= frags[k].Start {
			switch {
			case r == '\n' || r == '\f':
				flush()
			case !unicode.IsSpace(r):
				w += runeWidth(r)
			}
		}
		pos++
	}
	if k < len(frags) {
		flush()
	}
	return out
}

// runeWidth is how wide r prints in a Chinese column: a full character,
// or half for a Latin letter, a digit or a half-width mark.
func runeWidth(r rune) float64 {
	if isCJK(r) {
		return 1
	}
	return 0.5
}

// lineWidth finds the width most lines of running text inside a block
// (not a block's first or last line) have, rounded to whole characters;
// ok is false unless there are minLineSamples such lines and at least
// two thirds of them are within one character of it.
func lineWidth(lines [][]float64, frags []Fragment) (width float64, ok bool) {
	counts := map[int]int{}
	n := 0
	for i, ls := range lines {
		if !isRunning(frags[i].Kind) {
			continue
		}
		for k := 1; k+1 < len(ls); k++ {
			counts[int(math.Round(ls[k]))]++
			n++
		}
	}
	if n < minLineSamples {
		return 0, false
	}
	best, near := commonWidth(counts)
	return float64(best), near*3 >= n*2
}

// commonWidth returns the commonest width of counts (line widths in whole
// characters; the wider one on a tie) and how many lines are within one
// character of it.
func commonWidth(counts map[int]int) (width, near int) {
	for w, c := range counts {
		if c > counts[width] || c == counts[width] && w > width {
			width = w
		}
	}
	return width, counts[width-1] + counts[width] + counts[width+1]
}

// textWidth is the printed width of s in whole characters (see runeWidth),
// rounded.
func textWidth(s string) int {
	var w float64
	for _, r := range s {
		w += runeWidth(r)
	}
	return int(math.Round(w))
}
