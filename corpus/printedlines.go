package corpus

// Some extractors write a page's printed lines with no blank line anywhere
// (pdftotext -raw, which follows the order a PDF draws its text in, and
// many OCR programs): every line as wide as its column, nothing to tell
// where one article's column ends and another's begins. Read as blocks of
// non-blank lines, the whole page is one block and nothing is left to
// stitch. Its lines are its blocks, as on a page that writes a blank line
// after every printed line (see lineBlockWidth), which it then reads as.

// minPrintedWidth is the narrowest commonest line width, in characters,
// that is read as a column's: narrower lines are a list, not a column.
const minPrintedWidth = 6

// printedLines reports whether lines, the lines of a text without blank
// lines (each a Fragment), are a page's printed lines: at least
// minLineSamples of them, half within one character of the commonest
// width, which is minPrintedWidth or more. Fewer lines are read as one
// block, as the column of a single article is.
func printedLines(lines []Fragment) bool {
	if len(lines) < minLineSamples {
		return false
	}
	widths := map[int]int{}
	for _, l := range lines {
		widths[textWidth(l.Text)]++
	}
	width, near := commonWidth(widths)
	return width >= minPrintedWidth && near*2 >= len(lines)
}
