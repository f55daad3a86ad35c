package annotate

import "unicode/utf8"

// WordBreaks returns the code-point offsets where gse puts a word boundary
// in text, for snapping a selection to whole words: sorted, strictly
// increasing, starting at 0 and ending at the text's length (so "" gives
// [0]). Offsets the dictionary does not cover (runs gse leaves out) break at
// every code point. The first call waits for the dictionary to load (about
// a second); call (*Annotator).Warm early to hide it.
func WordBreaks(text string) []int {
	n := utf8.RuneCountInString(text)
	breaks := []int{0}
	last := 0
	add := func(at int) {
		if at > last && at <= n {
			breaks = append(breaks, at)
			last = at
		}
	}
	for _, t := range shared.tokens(text) {
		for at := last + 1; at < t.Start; at++ {
			add(at)
		}
		add(t.Start)
		add(t.End)
	}
	for at := last + 1; at <= n; at++ {
		add(at)
	}
	return breaks
}
