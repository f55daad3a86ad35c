package export

import (
	"fmt"
	"math"
	"sort"

	"github.com/stitchmark/stitchmark/corpus"
)

// decisions lists the decisions a join may carry ("" is undecided).
var decisions = []string{corpus.DecisionNone, corpus.DecisionConfirmed, corpus.DecisionBroken, corpus.DecisionCreated}

// CheckRecord reports the first problem with rec, or nil: an empty id, an
// unknown status, an entity that is out of range (0 ≤ start < end ≤ length
// in code points), has no label, does not cover its own text, or repeats or
// overlaps another entity of the same label; a fragment out of range or of
// an unknown kind; a join with a negative block, a score outside [0, 1] or
// an unknown decision. Errors name the article and the item.
func CheckRecord(rec corpus.ArticleRecord) error {
	if rec.ID == "" {
		return fmt.Errorf("%w: article with title %q has no id", ErrBadRecord, rec.Title)
	}
	if !corpus.Status(rec.Status).Valid() {
		return fmt.Errorf("%w: article %s: unknown status %q (want one of %v)", ErrBadRecord, rec.ID, rec.Status, corpus.Statuses)
	}
	n, err := checkSpans(rec.ID, rec.Text, rec.Entities)
	if err != nil {
		return err
	}
	for i, f := range rec.Fragments {
		if f.Start < 0 || f.Start > f.End || f.End > n {
			return fmt.Errorf("%w: article %s: fragment %d (block %d) [%d,%d) out of range 0..%d", ErrBadRecord, rec.ID, i, f.Block, f.Start, f.End, n)
		}
		if f.Block < 0 || !f.Kind.Valid() {
			return fmt.Errorf("%w: article %s: fragment %d: block %d kind %q", ErrBadRecord, rec.ID, i, f.Block, f.Kind)
		}
	}
	for i, j := range rec.Joins {
		if j.From < 0 || j.To < 0 || math.IsNaN(j.Score) || j.Score < 0 || j.Score > 1 || !contains(decisions, j.Decision) {
			return fmt.Errorf("%w: article %s: join %d (%d→%d score %v decision %q)", ErrBadRecord, rec.ID, i, j.From, j.To, j.Score, j.Decision)
		}
	}
	return nil
}

// CheckSpans reports the first bad entity span of the article id with text
// (see CheckRecord), or nil.
func CheckSpans(id, text string, spans []corpus.Span) error {
	_, err := checkSpans(id, text, spans)
	return err
}

// checkSpans is CheckSpans; it also returns the length of text in code
// points, counted in the same pass.
func checkSpans(id, text string, spans []corpus.Span) (int, error) {
	at := newByteIndex(text, spans)
	n := at.length
	for i, s := range spans {
		if s.Start < 0 || s.Start >= s.End || s.End > n {
			return n, fmt.Errorf("%w: article %s: entity %d [%d,%d) %s %q: want 0 ≤ start < end ≤ %d", ErrBadSpan, id, i, s.Start, s.End, s.Label, s.Text, n)
		}
		if s.Label == "" {
			return n, fmt.Errorf("%w: article %s: entity %d [%d,%d) %q has no label", ErrBadSpan, id, i, s.Start, s.End, s.Text)
		}
		if got := text[at.of(s.Start):at.of(s.End)]; got != s.Text {
			return n, fmt.Errorf("%w: article %s: entity %d [%d,%d) %s %q: the text there is %q", ErrBadSpan, id, i, s.Start, s.End, s.Label, s.Text, got)
		}
	}
	return n, checkOverlaps(id, spans)
}

// byteIndex maps the code-point offsets of spans' ends to byte offsets in
// their text, found in one pass over the text, which also counts its code
// points.
type byteIndex struct {
	cps, bytes []int // sorted code-point offsets and their byte offsets
	length     int   // code points in the text
}

// newByteIndex indexes the starts and ends of spans; offsets outside the
// text map to its end.
func newByteIndex(text string, spans []corpus.Span) byteIndex {
	cps := make([]int, 0, 2*len(spans))
	for _, s := range spans {
		cps = append(cps, s.Start, s.End)
	}
	sort.Ints(cps)
	x := byteIndex{cps: cps, bytes: make([]int, len(cps))}
	k := 0
	for k < len(cps) && cps[k] < 0 {
		k++ // negative offsets are reported before they are looked up
	}
	for b := range text {
		for k < len(cps) && cps[k] == x.length {
			x.bytes[k] = b
			k++
		}
		x.length++
	}
	for ; k < len(cps); k++ {
		x.bytes[k] = len(text)
	}
	return x
}

// of returns the byte offset of code-point offset cp, one of those indexed.
func (x byteIndex) of(cp int) int {
	return x.bytes[sort.SearchInts(x.cps, cp)]
}

// checkOverlaps reports two entities of the same label that share a code
// point (including exact repeats).
func checkOverlaps(id string, spans []corpus.Span) error {
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := spans[order[a]], spans[order[b]]
		if x.Label != y.Label {
			return x.Label < y.Label
		}
		return x.Start < y.Start
	})
	for k := 1; k < len(order); k++ {
		p, q := spans[order[k-1]], spans[order[k]]
		if p.Label == q.Label && q.Start < p.End {
			return fmt.Errorf("%w: article %s: entities %d [%d,%d) %q and %d [%d,%d) %q overlap with the same label %s",
				ErrBadSpan, id, order[k-1], p.Start, p.End, p.Text, order[k], q.Start, q.End, q.Text, p.Label)
		}
	}
	return nil
}

// runeOffsets returns the byte offset of every code point of s, plus
// len(s) at the end, so that s[offs[i]:offs[j]] is code points i to j.
func runeOffsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
