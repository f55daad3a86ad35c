package corpus

import (
	"fmt"
	"math"
	"strings"
)

// LinkMetrics scores a stitching against the gold reading order by its
// directed successor links (a→b: b follows a in an article).
type LinkMetrics struct {
	Precision, Recall, F1       float64
	TruePos, FalsePos, FalseNeg int
	Jumps, JumpsFound           int // gold links to a block that is not the next one, and how many were found
	Articles, ArticlesExact     int // gold articles, and how many were stitched exactly
}

// goldLink is a directed successor link between two blocks.
type goldLink struct{ from, to int }

// Evaluate compares got with gold. A got article is exact when it has
// exactly a gold article's block sequence; a gold article of one block is
// exact when got leaves that block alone (in an article of its own or
// unassigned).
func Evaluate(gold *Gold, got Stitching) LinkMetrics {
	want := goldLinks(gold)
	have := map[goldLink]bool{}
	for _, a := range got.Articles {
		for i := 1; i < len(a.Blocks); i++ {
			have[goldLink{a.Blocks[i-1], a.Blocks[i]}] = true
		}
	}
	var m LinkMetrics
	for l := range have {
		if want[l] {
			m.TruePos++
		} else {
			m.FalsePos++
		}
	}
	for l := range want {
		jump := l.to != l.from+1
		if jump {
			m.Jumps++
		}
		if !have[l] {
			m.FalseNeg++
		} else if jump {
			m.JumpsFound++
		}
	}
	m.Articles, m.ArticlesExact = len(gold.Articles), exactArticles(gold, got)
	m.score()
	return m
}

// goldLinks lists the successor links of the gold articles.
func goldLinks(gold *Gold) map[goldLink]bool {
	want := map[goldLink]bool{}
	for _, a := range gold.Articles {
		for i := 1; i < len(a.Blocks); i++ {
			want[goldLink{a.Blocks[i-1], a.Blocks[i]}] = true
		}
	}
	return want
}

// exactArticles counts the gold articles that got reproduces exactly.
func exactArticles(gold *Gold, got Stitching) int {
	n := 0
	for _, ok := range exactEach(gold, got) {
		if ok {
			n++
		}
	}
	return n
}

// exactEach reports, for each gold article in order, whether got
// reproduces it exactly.
func exactEach(gold *Gold, got Stitching) []bool {
	seqs := map[string]bool{}
	inChain := map[int]bool{} // blocks in got articles of two or more blocks
	for _, a := range got.Articles {
		seqs[blockSeqKey(a.Blocks)] = true
		if len(a.Blocks) > 1 {
			for _, b := range a.Blocks {
				inChain[b] = true
			}
		}
	}
	out := make([]bool, len(gold.Articles))
	for i, a := range gold.Articles {
		out[i] = (len(a.Blocks) == 1 && !inChain[a.Blocks[0]]) || (len(a.Blocks) > 1 && seqs[blockSeqKey(a.Blocks)])
	}
	return out
}

// blockSeqKey is a map key for a block sequence.
func blockSeqKey(blocks []int) string {
	return fmt.Sprint(blocks)
}

// Add sums o into m, as over the pages of a test set, and recomputes the
// ratios from the counts.
func (m *LinkMetrics) Add(o LinkMetrics) {
	m.TruePos += o.TruePos
	m.FalsePos += o.FalsePos
	m.FalseNeg += o.FalseNeg
	m.Jumps += o.Jumps
	m.JumpsFound += o.JumpsFound
	m.Articles += o.Articles
	m.ArticlesExact += o.ArticlesExact
	m.score()
}

// score computes precision, recall and F1 from the counts; with nothing to
// find or nothing found the linkRatio is 1.
func (m *LinkMetrics) score() {
	m.Precision = linkRatio(m.TruePos, m.TruePos+m.FalsePos)
	m.Recall = linkRatio(m.TruePos, m.TruePos+m.FalseNeg)
	m.F1 = 0
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
}

// linkRatio is n/d, or 1 when d is 0.
func linkRatio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// String reports the metrics on one line.
func (m LinkMetrics) String() string {
	return fmt.Sprintf("links P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d), jumps found %d/%d, articles exact %d/%d",
		m.Precision, m.Recall, m.F1, m.TruePos, m.FalsePos, m.FalseNeg, m.JumpsFound, m.Jumps, m.ArticlesExact, m.Articles)
}

// calibrationBins is the number of score bins of width 0.1.
const calibrationBins = 10

// Calibration compares confidence scores with how often they are right,
// in bins of width 0.1.
type Calibration struct {
	count, correct [calibrationBins]int
	sum            [calibrationBins]float64
}

// Add records one scored decision; scores outside [0, 1] count in the end
// bins, NaN as 0.
func (c *Calibration) Add(score float64, correct bool) {
	if math.IsNaN(score) {
		score = 0
	}
	b := min(calibrationBins-1, max(0, int(math.Floor(score*calibrationBins))))
	c.count[b]++
	c.sum[b] += score
	if correct {
		c.correct[b]++
	}
}

// AddJoins records every join of got, correct when gold has the goldLink.
func (c *Calibration) AddJoins(gold *Gold, got Stitching) {
	want := goldLinks(gold)
	for _, a := range got.Articles {
		for _, j := range a.Joins {
			c.Add(j.Score, want[goldLink{j.From, j.To}])
		}
	}
}

// Total is the number of decisions recorded.
func (c *Calibration) Total() int {
	n := 0
	for _, k := range c.count {
		n += k
	}
	return n
}

// ECE is the expected calibration error: the mean, weighted by bin size,
// of the gap between a bin's mean score and its accuracy; 0 with no data.
func (c *Calibration) ECE() float64 {
	total := c.Total()
	if total == 0 {
		return 0
	}
	e := 0.0
	for b, k := range c.count {
		if k > 0 {
			e += float64(k) / float64(total) * math.Abs(c.sum[b]/float64(k)-float64(c.correct[b])/float64(k))
		}
	}
	return e
}

// String is a table of the non-empty bins: range, count, mean score and
// accuracy, then the ECE.
func (c *Calibration) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-9s %6s %6s %6s\n", "bin", "count", "score", "acc")
	for i, k := range c.count {
		if k == 0 {
			continue
		}
		fmt.Fprintf(&b, "%.1f-%.1f   %6d %6.3f %6.3f\n", float64(i)/calibrationBins, float64(i+1)/calibrationBins,
			k, c.sum[i]/float64(k), float64(c.correct[i])/float64(k))
	}
	fmt.Fprintf(&b, "ECE %.3f over %d\n", c.ECE(), c.Total())
	return b.String()
}
