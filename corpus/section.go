package corpus

// maxSection is the most blocks the stitcher weighs together. A newspaper
// page has a few hundred blocks at most; a file that holds a whole issue
// as one page is stitched in sections of this size, so that time and
// memory grow with its length rather than with its square or cube. No
// join crosses from one section into another.
const maxSection = 600

// sections splits the blocks of frags into consecutive ranges [lo, hi) of
// at most maxSection blocks. Each range but the last ends before the last headline
// in its second half, where one article gives way to the next, or at
// maxSection blocks when there is none.
func sections(frags []Fragment) [][2]int {
	n := len(frags)
	var out [][2]int
	for lo := 0; lo < n; {
		hi := min(n, lo+maxSection)
		if hi < n {
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
	}
	for i := range st.Unassigned {
		st.Unassigned[i] += lo
	}
	return st
}
