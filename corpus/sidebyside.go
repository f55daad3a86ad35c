package corpus

import (
	"fmt"
	"strings"
)

// pdftotext without -raw, and other extractors that follow a page's lines
// across it, write the columns of an article side by side when the gutter
// between them is narrow: each line of the block holds a printed line of
// every column, a space apart (本报讯（记者 王 浩）9 王磊要求，各县区、各
// 业安全管理，全面提升安全). Read in order, such a block interleaves its
// columns line by line, and only the characters' places on the page could
// take them apart again. Such blocks are found and reported, so that the
// page can be extracted again in drawing order (pdftotext -raw).

// minColumnPiece is the narrowest piece of Chinese text, in characters, on
// either side of a space that parts two columns: letter-spaced text (实 际
// 行 动) and names set apart (记者 王 浩) leave narrower ones.
const minColumnPiece = 4

// minSideBySideLines is how many of a block's lines must part columns
// before the block is taken to hold columns side by side.
const minSideBySideLines = 3

// SideBySide returns the blocks of p whose lines hold several columns side
// by side: at least minSideBySideLines of their lines, and half of them,
// have a space with minColumnPiece characters or more of Chinese text on
// either side.
func SideBySide(p *Page) []int {
	var out []int
	walkBlockLines(p.Text, p.Fragments, func(block int, lines []string) {
		parted := 0
		for _, l := range lines {
			if partsColumns(l) {
				parted++
			}
		}
		if parted >= minSideBySideLines && parted*2 >= len(lines) {
			out = append(out, block)
		}
	})
	return out
}

// SideBySideError reports, for a page that holds columns side by side (see
// SideBySide), which blocks they are and what to do; nil for other pages.
// It wraps ErrSideBySide.
func SideBySideError(p *Page) error {
	blocks := SideBySide(p)
	if len(blocks) == 0 {
		return nil
	}
	return fmt.Errorf("%s: %w in %d of %d blocks (%s): their lines interleave the columns, "+
		"as pdftotext without -raw writes narrow columns, and cannot be stitched; extract the PDF again with pdftotext -raw",
		p.Source, ErrSideBySide, len(blocks), len(p.Fragments), blockList(blocks))
}

// blockList names up to five blocks: "3, 5, 7" or "3, 5, 7, 9, 11 …".
func blockList(blocks []int) string {
	parts := make([]string, 0, 5)
	for _, b := range blocks[:min(5, len(blocks))] {
		parts = append(parts, fmt.Sprint(b))
	}
	s := strings.Join(parts, ", ")
	if len(blocks) > 5 {
		s += " …"
	}
	return s
}

// partsColumns reports whether a line has a space with minColumnPiece
// characters or more of Chinese text on either side.
func partsColumns(line string) bool {
	pieces := strings.Fields(line)
	for k := 1; k < len(pieces); k++ {
		if columnPiece(pieces[k-1]) && columnPiece(pieces[k]) {
			return true
		}
	}
	return false
}

// columnPiece reports whether s is minColumnPiece characters wide or more
// and holds Chinese characters.
func columnPiece(s string) bool {
	if len(s) < minColumnPiece || textWidth(s) < minColumnPiece {
		return false
	}
	for _, r := range s {
		if isHan(r) {
			return true
		}
	}
	return false
}

// walkBlockLines calls f with each fragment's lines as the text gives
// them, spaces kept. frags must lie in order (as SplitFragments gives
// them).
func walkBlockLines(text string, frags []Fragment, f func(block int, lines []string)) {
	pos := 0 // the rune offset of text's start
	for _, fr := range frags {
		text = text[byteAt(text, fr.Start-pos):]
		end := byteAt(text, fr.End-fr.Start)
		f(fr.Block, strings.Split(text[:end], "\n"))
		text, pos = text[end:], fr.End
	}
}

// byteAt returns the byte index of the n-th rune of s (len(s) past its
// end).
func byteAt(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
