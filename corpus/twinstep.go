package corpus

import "slices"

// Templated reports printed side by side (the sample's two inspection
// reports, blocks 4-7 and 8-11) go on in step: where one report's
// paragraph goes on, or ends, its near-duplicate in the other does too.
// The second pass reads this from the first pass's joins.

// twinStep reports whether a near-duplicate of tail i joins a
// near-duplicate of head j in succ (王忠想强调… → 要认真履行… as 侯捷强调… →
// 举一反三… in the sample).
func twinStep(b []blockInfo, succ []int, i, j int) bool {
	for _, k := range b[i].twins {
		if k == j || succ[k] < 0 || succ[k] == i {
			continue
		}
		if slices.Contains(b[j].twins, succ[k]) {
			return true
		}
	}
	return false
}

// twinEnds reports whether tail i has near-duplicates other than j and
// none of them has a successor in succ: its twins end their articles there.
func twinEnds(b []blockInfo, succ []int, i, j int) bool {
	n := 0
	for _, k := range b[i].twins {
		if k == j {
			continue
		}
		if succ[k] >= 0 {
			return false
		}
		n++
	}
	return n > 0
}
