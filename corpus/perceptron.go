package corpus

// The structured perceptron refines a pass's weights so that the decoder
// (chooseLinks) reproduces the gold joins: the conditional models score
// each join alone, but the decoder weighs neighbour joins against jumps,
// and only training through it sets that balance right.

// perceptronEpochs is how often training walks over the pages.
const perceptronEpochs = 20

// perceptronRate scales each update.
const perceptronRate = 0.5

// structVec is a pass's weights as one vector: the join signals, then the
// signals of a tail left without successor, then of a head left without
// predecessor.
type structVec [numFeatures + 2*numNone]float64

// toSides splits v into the Tail and Head weight vectors of a Model.
func (v *structVec) toSides() (tail, head []float64) {
	tail, head = make([]float64, numWeights), make([]float64, numWeights)
	copy(tail, v[:numFeatures])
	copy(tail[numFeatures:], v[numFeatures:numFeatures+numNone])
	copy(head[numFeatures:], v[numFeatures+numNone:])
	return tail, head
}

// fromSides joins a Model's Tail and Head weight vectors into one.
func fromSides(tail, head []float64) structVec {
	var v structVec
	for k := 0; k < numFeatures; k++ {
		v[k] = tail[k] + head[k]
	}
	copy(v[numFeatures:], tail[numFeatures:])
	copy(v[numFeatures+numNone:], head[numFeatures:])
	return v
}

// phi sums the signals of a page's structure: its joins, its tails
// without successor and its heads without predecessor.
func phi(a *analysis, succ []int) structVec {
	var v structVec
	n := len(a.blocks)
	hasPred := make([]bool, n)
	for x := range a.edges {
		e := &a.edges[x]
		if succ[e.from] == e.to {
			for k := range e.f {
				v[k] += e.f[k]
			}
			hasPred[e.to] = true
		}
	}
	for i := 0; i < n; i++ {
		if succ[i] < 0 {
			g := tailNone(a.blocks, i)
			for k := range g {
				v[numFeatures+k] += g[k]
			}
		}
		if !hasPred[i] {
			h := headNone(a.blocks, i)
			for k := range h {
				v[numFeatures+numNone+k] += h[k]
			}
		}
	}
	return v
}

// goldSucc returns the gold successors that the candidate joins can
// express (a join the kind rules forbid cannot be learned).
func goldSucc(a *analysis, g *Gold) []int {
	links := goldLinks(g)
	succ := make([]int, len(a.blocks))
	for i := range succ {
		succ[i] = -1
	}
	for x := range a.edges {
		e := &a.edges[x]
		if links[goldLink{e.from, e.to}] {
			succ[e.from] = e.to
		}
	}
	return succ
}

// perceptron runs the averaged structured perceptron from init over the
// analyses (whose edge signals are set for the pass) and returns the
// averaged weights.
func perceptron(as []*analysis, golds [][]int, init structVec) structVec {
	w, sum := init, structVec{}
	count := 0.0
	for epoch := 0; epoch < perceptronEpochs; epoch++ {
		for k, a := range as {
			tail, head := w.toSides()
			a.pass(tail, head)
			if !sameSucc(a.succ, golds[k]) {
				want, got := phi(a, golds[k]), phi(a, a.succ)
				for x := range w {
					w[x] += perceptronRate * (want[x] - got[x])
				}
			}
			for x := range w {
				sum[x] += w[x]
			}
			count++
		}
	}
	for x := range sum {
		sum[x] /= count
	}
	return sum
}

func sameSucc(a, b []int) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
