package corpus

import "math"

// Some extractors write a blank line after every printed line, so that
// each line of a column is a block of its own. Many such lines carry no
// stop and are as short as a headline (入贯彻落实习近平总书记关于安全生产的重),
// and read one by one a third of them passed for headlines; two single
// lines share too few words for their similarity to mean anything.

// minLineBlockShare is the share of a page's blocks that must be single
// lines before the page is read as giving a printed line a block.
const minLineBlockShare = 0.8

// lineBlockWidth reads, on a page that gives each printed line as a block
// of its own, how wide its lines are (the commonest width, in whole
// characters); ok is false unless the page has minLineSamples blocks,
// minLineBlockShare of them single lines, and half of those within one
// character of the commonest width.
func lineBlockWidth(lines [][]float64) (width float64, ok bool) {
	if len(lines) < minLineSamples {
		return 0, false
	}
	counts := map[int]int{}
	single := 0
	for _, ls := range lines {
		if len(ls) == 1 {
			counts[int(math.Round(ls[0]))]++
			single++
		}
	}
	if float64(single) < minLineBlockShare*float64(len(lines)) {
		return 0, false
	}
	best, near := commonWidth(counts)
	return float64(best), near*2 >= single
}

// fullLines reports, on a page that gives a printed line a block (see
// lineBlockWidth), the blocks as wide as its lines or at most three
// characters short (a paragraph's first line, its indent left out); nil
// on other pages.
func fullLines(text string, frags []Fragment) []bool {
	lines := blockLines(text, frags)
	width, ok := lineBlockWidth(lines)
	if !ok {
		return nil
	}
	full := make([]bool, len(frags))
	for i, ls := range lines {
		full[i] = len(ls) == 1 && ls[0] >= width-3 && ls[0] <= width+0.5
	}
	return full
}
