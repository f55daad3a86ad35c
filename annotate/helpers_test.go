package annotate

import (
	"fmt"
	"testing"
)

// testLookup returns the dictionary's word tags, failing t when the
// dictionary does not load.
func testLookup(t *testing.T) lookupFunc {
	t.Helper()
	if _, ok := shared.wait(); !ok {
		t.Fatalf("gse dictionary did not load: %v", shared.err)
	}
	return shared.lookup()
}

// render shows suggestions as "LABEL text" for readable comparisons.
func render(text string, ss []Suggestion) []string {
	runes := []rune(text)
	out := []string{}
	for _, s := range ss {
		out = append(out, fmt.Sprintf("%s %s", s.Label, string(runes[s.Start:s.End])))
	}
	return out
}

// checkWellFormed fails t unless ss are in range of text, labeled, sorted and
// non-overlapping.
func checkWellFormed(t *testing.T, text string, ss []Suggestion) {
	t.Helper()
	n := len([]rune(text))
	prevEnd := 0
	for i, s := range ss {
		if s.Start < 0 || s.Start >= s.End || s.End > n {
			t.Fatalf("suggestion %d [%d,%d) out of range of %d code points in %q", i, s.Start, s.End, n, text)
		}
		if s.Start < prevEnd {
			t.Fatalf("suggestion %d [%d,%d) overlaps or precedes the one before (end %d) in %q", i, s.Start, s.End, prevEnd, text)
		}
		if s.Label == "" || s.Rule == "" || s.Score <= 0 || s.Score > 1 {
			t.Fatalf("suggestion %d %+v lacks a label, a rule or a score in (0,1]", i, s)
		}
		prevEnd = s.End
	}
}
