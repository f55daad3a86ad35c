package corpus

import "strings"

// Some extractors and OCR programs write a page with each paragraph on a
// line of its own and no blank line anywhere (plain-text exports of OCR
// programs, text copied from a web page). Read as blocks of non-blank
// lines, such a page is one block: its headlines, bylines and the
// paragraphs of all its articles run together, and nothing is left to
// stitch. Its lines are its blocks.

// minParagraphLines is the fewest lines a text without blank lines must
// hold before its lines are read as paragraphs.
const minParagraphLines = 8

// paragraphLines reports whether lines, the lines of a text without blank
// lines (each a Fragment), are paragraphs rather than the printed lines of
// a column: at least a third of them close a sentence, where a column's
// lines mostly break off mid-sentence, and fewer than half are within one
// character of the commonest width, where a column's lines nearly all are.
func paragraphLines(lines []Fragment) bool {
	if len(lines) < minParagraphLines {
		return false
	}
	closed := 0
	widths := map[int]int{} // in half characters
	for _, l := range lines {
		if ClosesSentence(l.Text) {
			closed++
		}
		widths[halfWidths(l.Text)]++
	}
	return closed*3 >= len(lines) && commonWidth(widths)*2 < len(lines)
}

// halfWidths is the printed width of s in half characters (see runeWidth).
func halfWidths(s string) int {
	var w float64
	for _, r := range s {
		w += runeWidth(r)
	}
	return int(2 * w)
}

// commonWidth counts the lines within one character (two half characters)
// of the commonest width.
func commonWidth(widths map[int]int) int {
	mode, most := 0, -1
	for w, n := range widths {
		if n > most || n == most && w < mode {
			mode, most = w, n
		}
	}
	near := 0
	for w, n := range widths {
		if w >= mode-2 && w <= mode+2 {
			near += n
		}
	}
	return near
}

// lineCount counts the lines of text, the last one even without a line end.
func lineCount(text string) int {
	return strings.Count(text, "\n") + 1
}
