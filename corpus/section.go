package corpus

import "strings"

// maxSection is the most blocks the stitcher weighs together. A newspaper
// page has a few hundred blocks at most; a file that holds a whole issue
// as one page is stitched in sections of this size, so that time and
// memory grow with its length rather than with its square or cube. No
// join crosses from one section into another.
const maxSection = 600

// sections splits the blocks of frags into consecutive ranges [lo, hi):
// first at breaks, the blocks that start a new printed page (see
// pageBreaks), then into ranges of at most maxSection blocks. Each of
// these but the last ends before the last headline in its second half,
// where one article gives way to the next, or at maxSection blocks when
// there is none.
func sections(frags []Fragment, breaks []int) [][2]int {
	var out [][2]int
	lo := 0
	for _, b := range breaks {
		if b > lo && b < len(frags) {
			out = append(out, bySize(frags, lo, b)...)
			lo = b
		}
	}
	return append(out, bySize(frags, lo, len(frags))...)
}

// bySize splits the blocks [lo, end) of frags into ranges of at most
// maxSection blocks, cut before a headline where it can.
func bySize(frags []Fragment, lo, end int) [][2]int {
	var out [][2]int
	for lo < end {
		hi := min(end, lo+maxSection)
		if hi < end {
			for k := hi - 1; k > lo+maxSection/2; k-- {
				if frags[k].Kind == KindHeadline {
					hi = k
					break
				}
			}
		}
		out = append(out, [2]int{lo, hi})
		lo = hi
	}
	return out
}

// pageBreaks returns, in order, the blocks of p that a form feed (\f)
// separates from the block before them: each starts a new printed page of
// a file that holds several, as pdftotext writes them. The stitcher
// weighs each printed page on its own: an article continued on another
// page says so (下转第二版, see ContinuesElsewhere) and is not joined
// across anyway. It needs p.Text; without it there are none.
func pageBreaks(p *Page) []int {
	if !strings.Contains(p.Text, "\f") {
		return nil
	}
	var feeds []int // code-point offsets of the form feeds
	pos := 0
	for _, r := range p.Text {
		if r == '\f' {
			feeds = append(feeds, pos)
		}
		pos++
	}
	var breaks []int
	k := 0
	for i := 1; i < len(p.Fragments) && k < len(feeds); i++ {
		for k < len(feeds) && feeds[k] < p.Fragments[i-1].End {
			k++
		}
		if k < len(feeds) && feeds[k] < p.Fragments[i].Start {
			breaks = append(breaks, i)
		}
	}
	return breaks
}

// sectionPage returns the part of p holding blocks [lo, hi) as a page of
// its own; its block k is p's block lo+k.
func sectionPage(p *Page, lo, hi int) *Page {
	if lo == 0 && hi == len(p.Fragments) {
		return p
	}
	sub := *p
	sub.Fragments = p.Fragments[lo:hi:hi]
	return &sub
}

// shift moves a section's stitching by lo blocks, to the page's numbering.
func (st Stitching) shift(lo int) Stitching {
	for k := range st.Articles {
		a := &st.Articles[k]
		for i := range a.Blocks {
			a.Blocks[i] += lo
		}
		for i := range a.Joins {
			a.Joins[i].From += lo
			a.Joins[i].To += lo
		}
		if a.End != nil && a.End.Next >= 0 {
			a.End.Next += lo
		}
	}
	for i := range st.Unassigned {
		st.Unassigned[i] += lo
	}
	return st
}
