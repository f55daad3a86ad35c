package corpus

import (
	"fmt"
	"math"
)

// endGainFloor bounds an article end's gain from below: on training
// pages an end whose best head would cost 40 or more is wrong about one
// time in twenty, as is an end with no candidate head at all (a byline, a
// credit, or a true successor the kind rules forbid), and below that the
// share no longer falls.
const endGainFloor = 40

// endInputs is the length of an article end's calibration row (endRow).
const endInputs = 3

// endOption is the best way an article end could go on instead: the
// change in the chosen joins' total weight (-Inf when there is none) and
// the head it would go on in (-1).
type endOption struct {
	gain float64
	head int
}

// endOptions returns, for each block, how much the chosen joins' total
// weight would change if it took its best candidate head, that head
// leaving the join that holds it now, and which head that is. An article
// that ends a paragraph too early leaves no join to doubt; the gain at
// its last block is the doubt of its end.
func (a *analysis) endOptions() []endOption {
	holds := make([]float64, len(a.blocks))
	for k := range a.edges {
		if e := &a.edges[k]; a.succ[e.from] == e.to {
			holds[e.to] = e.w
		}
	}
	opts := make([]endOption, len(a.blocks))
	for i := range opts {
		opts[i] = endOption{gain: math.Inf(-1), head: -1}
	}
	for k := range a.edges {
		e := &a.edges[k]
		if g := e.w - holds[e.to]; g > opts[e.from].gain {
			opts[e.from] = endOption{gain: g, head: e.to}
		}
	}
	return opts
}

// endRow is what the confidence that an article truly ends is read from:
// its end's gain (endOptions), bounded below by endGainFloor and above by 0
// (the few ends that would gain are held by joins the decoder's order of
// runs keeps), and whether the end is a byline or a photo credit, which
// close an article (endsArticle). Whether the end leaves a sentence open,
// or has no candidate at all, added nothing on held-out pages.
func endRow(gain float64, closing bool) [endInputs]float64 {
	return [endInputs]float64{1, min(max(gain, -endGainFloor), 0), b01(closing)}
}

// endConfidence is the calibrated probability that an article ending at
// block t, whose end has gain gain (endOptions), truly ends there, or -1
// when the model has no calibration for ends.
func (a *analysis) endConfidence(t int, gain float64) float64 {
	if len(a.model.EndCalib) != endInputs {
		return -1
	}
	x := a.endRowAt(t, gain)
	return sigmoid(dotSlice(x[:], a.model.EndCalib))
}

// endRowAt is endRow for the article ending at block t.
func (a *analysis) endRowAt(t int, gain float64) [endInputs]float64 {
	return endRow(gain, endsArticle(a.page.Fragments, t, false))
}

// articleEnds returns the blocks that end an article of the chosen joins:
// those with a predecessor and no successor, and those standing alone
// that make an article on their own (see stitching).
func (a *analysis) articleEnds() []int {
	hasPred := make([]bool, len(a.blocks))
	for _, j := range a.succ {
		if j >= 0 {
			hasPred[j] = true
		}
	}
	var ends []int
	for i, j := range a.succ {
		if j < 0 && (hasPred[i] || standsAlone(a.blocks[i].kind)) {
			ends = append(ends, i)
		}
	}
	return ends
}

// endRows returns the calibration rows of the article ends of a, whose
// final pass has run, and whether each truly ends its article in gold.
func endRows(a *analysis, gold *Gold) (rows [][]float64, ys []float64) {
	goes := map[int]bool{}
	for l := range goldLinks(gold) {
		goes[l.from] = true
	}
	opts := a.endOptions()
	for _, t := range a.articleEnds() {
		x := a.endRowAt(t, opts[t].gain)
		rows = append(rows, x[:])
		ys = append(ys, b01(!goes[t]))
	}
	return rows, ys
}

// fitEndCalib fits the calibration of article ends (Model.EndCalib) for
// model m on pages with gold reading order, stitching one page at a time.
// dict may be nil.
func fitEndCalib(m *Model, pages []TrainingPage, dict *Dictionary) []float64 {
	var rows [][]float64
	var ys []float64
	for _, tp := range pages {
		s := &Stitcher{dict: dict, lm: tp.LM, model: m}
		if tp.LM == nil {
			s.lm = DefaultCharLM()
		}
		r, y := endRows(s.analyse(tp.Page), tp.Gold)
		rows, ys = append(rows, r...), append(ys, y...)
	}
	return roundAll(fitLogistic(rows, ys, 1))
}

// end judges the end of an article at block t, whose best option to go
// on is o, or returns nil when the model has no calibration for ends.
func (a *analysis) end(t int, o endOption) *End {
	p := a.endConfidence(t, o.gain)
	if p < 0 {
		return nil
	}
	e := &End{Score: round3(p), Next: o.head, Reason: "no block could follow"}
	if o.head >= 0 {
		tail, next := lastRunes(a.page.Fragments[t].Text, 4), firstRunes(a.page.Fragments[o.head].Text, 4)
		e.Reason = fmt.Sprintf("could go on (…%s|%s…)", tail, next)
	}
	return e
}
