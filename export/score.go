package export

import (
	"sort"

	"github.com/stitchmark/stitchmark/corpus"
)

// PRF is precision, recall and F1 with the counts behind them. With no
// predictions precision is 0, with no reference spans recall is 0, and F1
// is 0 when both are 0.
type PRF struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

// newPRF computes the scores of the counts.
func newPRF(tp, fp, fn int) PRF {
	p := PRF{TP: tp, FP: fp, FN: fn}
	if tp+fp > 0 {
		p.Precision = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		p.Recall = float64(tp) / float64(tp+fn)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

// LabelScore is the score of one label: exact span match, and partial
// match (a predicted span that overlaps a reference span of the same
// label, each reference span matched once).
type LabelScore struct {
	Label      string
	Exact      PRF
	Partial    PRF
	Gold, Pred int // spans in the reference and in the prediction
}

// counts accumulates per-label match counts over articles.
type counts map[string]*[4]int // label → exact TP, partial TP, gold, pred

// add counts the spans of one article, ref against pred.
func (c counts) add(ref, pred []corpus.Span) {
	for _, s := range ref {
		c.get(s.Label)[2]++
	}
	for _, s := range pred {
		c.get(s.Label)[3]++
	}
	exact := map[[2]int]map[string]bool{}
	for _, s := range ref {
		k := [2]int{s.Start, s.End}
		if exact[k] == nil {
			exact[k] = map[string]bool{}
		}
		exact[k][s.Label] = true
	}
	used := make([]bool, len(ref))
	for _, p := range sortedSpans(pred) {
		if exact[[2]int{p.Start, p.End}][p.Label] {
			c.get(p.Label)[0]++
		}
		for i, r := range ref {
			if !used[i] && r.Label == p.Label && r.Start < p.End && p.Start < r.End {
				used[i] = true
				c.get(p.Label)[1]++
				break
			}
		}
	}
}

func (c counts) get(label string) *[4]int {
	if c[label] == nil {
		c[label] = &[4]int{}
	}
	return c[label]
}

// scores returns the per-label scores sorted by label, and the micro and
// macro averages for exact and partial matching.
func (c counts) scores() (labels []LabelScore, micro, macro [2]PRF) {
	var sum [4]int
	var macroSum [2][3]float64
	for l, n := range c {
		ls := LabelScore{Label: l, Gold: n[2], Pred: n[3],
			Exact: newPRF(n[0], n[3]-n[0], n[2]-n[0]), Partial: newPRF(n[1], n[3]-n[1], n[2]-n[1])}
		labels = append(labels, ls)
		for i := range sum {
			sum[i] += n[i]
		}
		for i, p := range []PRF{ls.Exact, ls.Partial} {
			macroSum[i][0] += p.Precision
			macroSum[i][1] += p.Recall
			macroSum[i][2] += p.F1
		}
	}
	sort.Slice(labels, func(a, b int) bool { return labels[a].Label < labels[b].Label })
	micro[0] = newPRF(sum[0], sum[3]-sum[0], sum[2]-sum[0])
	micro[1] = newPRF(sum[1], sum[3]-sum[1], sum[2]-sum[1])
	if k := float64(len(c)); k > 0 {
		for i := range macro {
			macro[i] = PRF{Precision: macroSum[i][0] / k, Recall: macroSum[i][1] / k, F1: macroSum[i][2] / k}
		}
	}
	return labels, micro, macro
}

// joinLinks returns the links of the records' joins (not broken ones),
// keyed by page (the first fragment's source, or the article id) and
// block numbers.
func joinLinks(recs []corpus.ArticleRecord) map[joinKey]bool {
	links := map[joinKey]bool{}
	for _, r := range recs {
		page := r.ID
		if len(r.Fragments) > 0 {
			page = r.Fragments[0].Source
		}
		for _, j := range r.Joins {
			if j.Decision != corpus.DecisionBroken {
				links[joinKey{page, j.From, j.To}] = true
			}
		}
	}
	return links
}

type joinKey struct {
	page     string
	from, to int
}

// linkPRF scores pred's links against ref's.
func linkPRF(ref, pred map[joinKey]bool) PRF {
	tp := 0
	for k := range pred {
		if ref[k] {
			tp++
		}
	}
	return newPRF(tp, len(pred)-tp, len(ref)-tp)
}
