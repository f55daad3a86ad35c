package corpus

import (
	"fmt"
	"math"
)

// TrainingPage is a page with its true reading order, for fitting the
// stitcher's model.
type TrainingPage struct {
	Page *Page
	Gold *Gold
	// LM is the character model the page's signals are computed with (nil:
	// the embedded one). A page made from text the model was counted on
	// needs a model counted without it, or the stitcher learns to trust the
	// character signals more than they deserve on unseen text.
	LM *CharLM
}

// TrainModel fits the stitcher's model on pages with gold reading order:
// the first-pass tail and head models on every candidate join, the second
// pass on the contexts the first pass builds, and the confidence
// calibration on the joins and the article ends the second pass chooses.
// dict may be nil.
func TrainModel(pages []TrainingPage, dict *Dictionary) *Model {
	m := &Model{Features: weightNames()}
	s := &Stitcher{dict: dict, lm: DefaultCharLM(), model: m}

	as := make([]*analysis, len(pages))
	for k, tp := range pages {
		ps := s
		if tp.LM != nil {
			ps = &Stitcher{dict: dict, lm: tp.LM, model: m}
		}
		as[k] = ps.firstPassEdges(tp.Page)
		as[k].markBest()
	}
	golds := make([][]int, len(as))
	for k, a := range as {
		golds[k] = goldSucc(a, pages[k].Gold)
	}
	init := fromSides(fitSides(as, pages))
	v := perceptron(as, golds, init)
	m.Tail1, m.Head1 = v.toSides()
	for _, a := range as {
		a.pass(m.Tail1, m.Head1)
		a.secondPassSignals()
		a.markBest()
	}
	init = fromSides(fitSides(as, pages))
	v = perceptron(as, golds, init)
	m.Tail2, m.Head2 = v.toSides()
	roundAll(m.Tail1)
	roundAll(m.Head1)
	roundAll(m.Tail2)
	roundAll(m.Head2)
	var rows, ends [][]float64
	var ys, endYs []float64
	for k, a := range as {
		a.pass(m.Tail2, m.Head2)
		r, y := endRows(a, pages[k].Gold)
		ends, endYs = append(ends, r...), append(endYs, y...)
		links := goldLinks(pages[k].Gold)
		for x := range a.edges {
			if e := &a.edges[x]; a.succ[e.from] == e.to {
				x := a.calibRow(e)
				rows = append(rows, x[:])
				ys = append(ys, b01(links[goldLink{e.from, e.to}]))
			}
		}
	}
	m.Calib = roundAll(fitLogistic(rows, ys, 1))
	m.EndCalib = roundAll(fitLogistic(ends, endYs, 1))
	m.Note = fmt.Sprintf("trained on %d simulated pages", len(pages))
	return m
}

// choice is one conditional-logit observation: the options' signal rows
// and which one is right.
type choice struct {
	rows   [][]float64
	chosen int
}

// fitSides fits the tail model (each tail chooses its successor or none)
// and the head model (each head chooses its predecessor or none).
func fitSides(as []*analysis, pages []TrainingPage) (tail, head []float64) {
	var tc, hc []choice
	for k, a := range as {
		t, h := choices(a, pages[k].Gold)
		tc, hc = append(tc, t...), append(hc, h...)
	}
	return roundAll(fitChoices(tc, 3)), roundAll(fitChoices(hc, 3))
}

// choices builds the tail and head observations of one page. A block whose
// true neighbour is not among its candidates (the kind rules exclude it)
// gives no observation.
func choices(a *analysis, g *Gold) (tail, head []choice) {
	n := len(a.blocks)
	succ, pred := make([]int, n), make([]int, n)
	for i := range succ {
		succ[i], pred[i] = -1, -1
	}
	for l := range goldLinks(g) {
		succ[l.from], pred[l.to] = l.to, l.from
	}
	tail, head = make([]choice, n), make([]choice, n)
	for i := 0; i < n; i++ {
		tail[i].chosen, head[i].chosen = -1, -1
	}
	for _, e := range a.edges {
		row := padRow(e.f[:], nil)
		t, h := &tail[e.from], &head[e.to]
		if succ[e.from] == e.to {
			t.chosen = len(t.rows)
		}
		if pred[e.to] == e.from {
			h.chosen = len(h.rows)
		}
		t.rows = append(t.rows, row)
		h.rows = append(h.rows, row)
	}
	var outT, outH []choice
	for i := 0; i < n; i++ {
		tn, hn := tailNone(a.blocks, i), headNone(a.blocks, i)
		if c := closeChoice(tail[i], succ[i] < 0, tn[:]); c.chosen >= 0 {
			outT = append(outT, c)
		}
		if c := closeChoice(head[i], pred[i] < 0, hn[:]); c.chosen >= 0 {
			outH = append(outH, c)
		}
	}
	return outT, outH
}

// closeChoice adds the "none" option to c; none is chosen when the block
// has no true neighbour.
func closeChoice(c choice, none bool, noneRow []float64) choice {
	if none {
		c.chosen = len(c.rows)
	}
	c.rows = append(c.rows, padRow(nil, noneRow))
	return c
}

func padRow(pair, none []float64) []float64 {
	row := make([]float64, numWeights)
	copy(row, pair)
	copy(row[numFeatures:], none)
	return row
}

// fitChoices fits an L2-regularised conditional logit model by damped
// Newton's method: P(option k) ∝ exp(w·row_k) within each choice.
func fitChoices(cs []choice, lambda float64) []float64 {
	w := make([]float64, numWeights)
	loss := func(w []float64) float64 {
		l := 0.0
		for _, c := range cs {
			l += choiceLoss(c, w)
		}
		for _, x := range w {
			l += lambda * x * x / 2
		}
		return l
	}
	for iter := 0; iter < 40; iter++ {
		g, h := regularised(w, lambda)
		for _, c := range cs {
			addChoice(c, w, g, h)
		}
		if lineSearch(w, solve(h, g), loss) < 1e-6 {
			break
		}
	}
	return w
}

// choiceLoss is the negative log-likelihood of one choice under w.
func choiceLoss(c choice, w []float64) float64 {
	maxS, chosen := math.Inf(-1), 0.0
	ss := make([]float64, len(c.rows))
	for k, row := range c.rows {
		ss[k] = dotSlice(row, w)
		maxS = math.Max(maxS, ss[k])
	}
	var z float64
	for k, s := range ss {
		z += math.Exp(s - maxS)
		if k == c.chosen {
			chosen = s
		}
	}
	return maxS + math.Log(z) - chosen
}

// lineSearch moves w against step, halving the step until the loss
// falls, and returns the size of the move.
func lineSearch(w, step []float64, loss func([]float64) float64) float64 {
	before := loss(w)
	try := make([]float64, len(w))
	for t := 1.0; t > 1e-4; t /= 2 {
		var size float64
		for a := range w {
			try[a] = w[a] - t*step[a]
			size += math.Abs(t * step[a])
		}
		if loss(try) <= before {
			copy(w, try)
			return size
		}
	}
	return 0
}

// addChoice adds one choice's gradient and Hessian of the negative log
// likelihood.
func addChoice(c choice, w, g []float64, h [][]float64) {
	d := len(w)
	ps := make([]float64, len(c.rows))
	maxS := math.Inf(-1)
	for k, row := range c.rows {
		ps[k] = dotSlice(row, w)
		maxS = math.Max(maxS, ps[k])
	}
	var z float64
	for k := range ps {
		ps[k] = math.Exp(ps[k] - maxS)
		z += ps[k]
	}
	mean := make([]float64, d)
	for k, row := range c.rows {
		ps[k] /= z
		for a := range row {
			mean[a] += ps[k] * row[a]
		}
	}
	for a := range mean {
		g[a] += mean[a] - c.rows[c.chosen][a]
	}
	for k, row := range c.rows {
		for a := 0; a < d; a++ {
			if row[a] == 0 {
				continue
			}
			for b := 0; b < d; b++ {
				h[a][b] += ps[k] * row[a] * row[b]
			}
		}
	}
	for a := 0; a < d; a++ {
		for b := 0; b < d; b++ {
			h[a][b] -= mean[a] * mean[b]
		}
	}
}

// regularised returns the L2 penalty's gradient and Hessian at w.
func regularised(w []float64, lambda float64) ([]float64, [][]float64) {
	g := make([]float64, len(w))
	h := make([][]float64, len(w))
	for a := range h {
		h[a] = make([]float64, len(w))
		h[a][a] = lambda
		g[a] = lambda * w[a]
	}
	return g, h
}

// fitLogistic fits L2-regularised logistic regression by damped Newton's
// method.
func fitLogistic(x [][]float64, y []float64, lambda float64) []float64 {
	if len(x) == 0 {
		return nil
	}
	loss := func(w []float64) float64 {
		l := 0.0
		for k, row := range x {
			z := dotSlice(row, w)
			l += math.Log1p(math.Exp(-math.Abs(z))) + math.Max(z, 0) - y[k]*z
		}
		for _, v := range w {
			l += lambda * v * v / 2
		}
		return l
	}
	w := make([]float64, len(x[0]))
	for iter := 0; iter < 40; iter++ {
		g, h := regularised(w, lambda)
		for k, row := range x {
			p := sigmoid(dotSlice(row, w))
			for a := range row {
				g[a] += (p - y[k]) * row[a]
				for b := range row {
					h[a][b] += p * (1 - p) * row[a] * row[b]
				}
			}
		}
		if lineSearch(w, solve(h, g), loss) < 1e-6 {
			break
		}
	}
	return w
}

func roundAll(w []float64) []float64 {
	for a := range w {
		w[a] = math.Round(w[a]*1e4) / 1e4
	}
	return w
}

// solve solves h·x = g by Gaussian elimination with partial pivoting.
func solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	a := make([][]float64, n)
	for i := range a {
		a[i] = append(append([]float64{}, h[i]...), g[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		if a[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k <= n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := a[r][n]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		if a[r][r] != 0 {
			x[r] = s / a[r][r]
		}
	}
	return x
}
