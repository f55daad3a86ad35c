package annotate

import "sort"

// The labels the package suggests.
const (
	LabelPER   = "PER"   // a person
	LabelLOC   = "LOC"   // a place: country, region, city, county, town, village
	LabelORG   = "ORG"   // an organisation
	LabelDATE  = "DATE"  // an explicit date, optionally with a time of day
	LabelMONEY = "MONEY" // a sum of money with its currency
)

// Suggestion is one proposed entity span in a text, in code points, end
// exclusive. Rule names where it came from: "memory", "date", "money",
// "dict:nr", "dict:ns", "dict:nt", "suffix:ORG", "suffix:LOC" or "cue:PER".
type Suggestion struct {
	Start, End int
	Label      string
	Score      float64 // 0..1, how sure the source is
	Rule       string
}

// Priorities of the sources: a higher one wins an overlap.
const (
	priorityDict = iota + 1
	priorityRule
	priorityMemory
)

// candidate is a suggestion with the priority of its source.
type candidate struct {
	Suggestion
	priority int
}

// choose keeps non-overlapping candidates, preferring higher priority, then
// the longer span, then the earlier one, and returns them sorted by start.
func choose(cands []candidate) []Suggestion {
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.priority != b.priority {
			return a.priority > b.priority
		}
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return la > lb
		}
		return a.Start < b.Start
	})
	end := 0
	for _, c := range cands {
		end = max(end, c.End)
	}
	taken := make([]bool, end)
	var kept []Suggestion
	for _, c := range cands {
		if !anyTaken(taken[c.Start:c.End]) {
			kept = append(kept, c.Suggestion)
			for i := c.Start; i < c.End; i++ {
				taken[i] = true
			}
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept
}

// anyTaken reports whether any code point of a span is already covered.
func anyTaken(span []bool) bool {
	for _, t := range span {
		if t {
			return true
		}
	}
	return false
}
