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
	widths := map[int]int{}
	for _, l := range lines {
		if ClosesSentence(l.Text) {
			closed++
		}
		widths[textWidth(l.Text)]++
	}
	_, near := commonWidth(widths)
	return closed*3 >= len(lines) && near*2 < len(lines)
}

// lineCount counts the lines of text, the last one even without a line end.
func lineCount(text string) int {
	return strings.Count(text, "\n") + 1
}
