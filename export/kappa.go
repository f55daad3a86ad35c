package export

import "math"

// CohenKappa returns Cohen's κ of two raters' categories for the same
// items: (po − pe) / (1 − pe), po the share of items they agree on, pe the
// agreement expected by chance from each rater's category shares. It is
// NaN when undefined: no items, or both raters use one and the same
// category throughout (pe = 1).
func CohenKappa(a, b []string) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return math.NaN()
	}
	n := float64(len(a))
	agree := 0
	ca, cb := map[string]int{}, map[string]int{}
	for i := range a {
		if a[i] == b[i] {
			agree++
		}
		ca[a[i]]++
		cb[b[i]]++
	}
	po := float64(agree) / n
	pe := 0.0
	for k, x := range ca {
		pe += float64(x) / n * float64(cb[k]) / n
	}
	if pe == 1 {
		return math.NaN()
	}
	return (po - pe) / (1 - pe)
}

// FleissKappa returns Fleiss' κ of m ≥ 2 raters: ratings[r][i] is rater
// r's category of item i. With P̄ the mean over items of the share of
// agreeing rater pairs and P̄e the sum of squared category shares,
// κ = (P̄ − P̄e) / (1 − P̄e). It is NaN when undefined (no items, fewer
// than two raters, or one category throughout).
func FleissKappa(ratings [][]string) float64 {
	m := len(ratings)
	if m < 2 || len(ratings[0]) == 0 {
		return math.NaN()
	}
	n := len(ratings[0])
	for _, r := range ratings {
		if len(r) != n {
			return math.NaN()
		}
	}
	total := map[string]int{}
	pBar := 0.0
	for i := 0; i < n; i++ {
		per := map[string]int{}
		for _, r := range ratings {
			per[r[i]]++
			total[r[i]]++
		}
		sq := 0
		for _, c := range per {
			sq += c * c
		}
		pBar += float64(sq-m) / float64(m*(m-1))
	}
	pBar /= float64(n)
	pe := 0.0
	for _, c := range total {
		p := float64(c) / float64(n*m)
		pe += p * p
	}
	if pe == 1 {
		return math.NaN()
	}
	return (pBar - pe) / (1 - pe)
}
