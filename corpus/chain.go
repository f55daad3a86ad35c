package corpus

import "sort"

// crossingMin is the weight a leftover join needs to be taken although it
// crosses the page's other jumps.
const crossingMin = 2.0

// chooseLinks picks the joins of a page from the weighted candidates. It
// follows how pages are laid out: an article's runs keep their order, and
// the continuations of several articles come in the order of their first
// runs, so jumps do not cross. It decides for each pair of neighbouring
// blocks whether they join (a local search over these decisions, started
// twice: from the joins that pay on their own and from the best assignment
// that ignores the order of runs), aligns
// the remaining open tails with the remaining open heads without crossings
// (dynamic programming, like a sequence alignment), and finally matches
// what is still open where a crossing join is strongly supported. It
// returns succ with succ[i] = j, or -1.
func chooseLinks(n int, edges []edge) []int {
	c := newChooser(n, edges)
	c.search()
	c.restart(matchLinks(n, edges))
	succ := c.links()
	c.leftovers(succ)
	return succ
}

type chooser struct {
	n     int
	adjW  []float64 // weight of joining block i to i+1; -1e9 when not allowed
	adj   []bool    // the current decision for each neighbouring pair
	jumps [][]edge  // the positive jumps by tail
	jw    []float64 // jump weights, n×n, 0 where there is none
	into  []bool    // whether a positive jump leads to the block
	// the weight of the best positive jump from and to each block, 0 if none
	bestOut, bestIn []float64
	dp              []float64 // the alignment table, reused
	tails           []int     // the alignment's tails and heads, reused
	heads           []int
	all             []edge
}

func newChooser(n int, edges []edge) *chooser {
	c := &chooser{n: n, adjW: make([]float64, n), adj: make([]bool, n), jumps: make([][]edge, n), jw: make([]float64, n*n), into: make([]bool, n), all: edges,
		bestOut: make([]float64, n), bestIn: make([]float64, n)}
	for i := range c.adjW {
		c.adjW[i] = -1e9
	}
	for _, e := range edges {
		if e.To == e.From+1 {
			c.adjW[e.From] = e.W
			c.adj[e.From] = e.W > 0
		} else if e.W > 0 {
			c.jumps[e.From] = append(c.jumps[e.From], e)
			c.jw[e.From*n+e.To] = e.W
			c.into[e.To] = true
			c.bestOut[e.From] = max(c.bestOut[e.From], e.W)
			c.bestIn[e.To] = max(c.bestIn[e.To], e.W)
		}
	}
	return c
}

// search flips neighbour decisions while the total weight grows. Only
// pairs next to a jump can gain from a flip: breaking a join pays only
// when it frees a tail or a head for a jump. Besides single flips it
// shifts a break by one block (i, i+1 joined and i+1, i+2 not, or the
// other way round): a paragraph another article's open tail took belongs
// after the paragraph before it, which no single flip can show, since
// each alone loses what the other gains.
func (c *chooser) search() {
	best := c.total()
	flips := c.flippable()
	for round := 0; round < 6; round++ {
		improved := c.flipEach(flips, &best)
		if !improved {
			improved = c.shiftEach(flips, &best) // only where single flips are stuck: it costs as much again
		}
		if !improved {
			return
		}
	}
}

// flipEach flips each neighbour decision of flips that may gain, keeping
// the flips that raise the total best; it reports whether any did.
func (c *chooser) flipEach(flips []int, best *float64) bool {
	improved := false
	for _, i := range flips {
		if c.mayGain(i) && c.keep(func() { c.adj[i] = !c.adj[i] }, best) {
			improved = true
		}
	}
	return improved
}

// shiftEach moves each break of flips by one block where the neighbours
// on either side of it decide differently, keeping the shifts that raise
// the total best; it reports whether any did.
func (c *chooser) shiftEach(flips []int, best *float64) bool {
	improved := false
	for _, i := range flips {
		if i+1 >= c.n-1 || c.adj[i] == c.adj[i+1] || c.adjW[i+1] <= -1e9 {
			continue
		}
		if c.keep(func() { c.adj[i], c.adj[i+1] = !c.adj[i], !c.adj[i+1] }, best) {
			improved = true
		}
	}
	return improved
}

// keep applies change, a change of neighbour decisions that undoes itself
// when applied again, and keeps it if it raises the total above best.
func (c *chooser) keep(change func(), best *float64) bool {
	change()
	if t := c.total(); t > *best+1e-9 {
		*best = t
		return true
	}
	change()
	return false
}

// mayGain reports whether flipping the decision on neighbours i, i+1 can
// raise the total. Joining them adds adjW[i] and can only take jumps away;
// breaking them loses adjW[i] and frees tail i and head i+1 for at most
// one jump each, so the alignment gains at most their best jumps.
func (c *chooser) mayGain(i int) bool {
	if !c.adj[i] {
		return c.adjW[i] > 1e-9
	}
	return c.adjW[i] < c.bestOut[i]+c.bestIn[i+1]+1e-9
}

// restart searches again from the neighbour decisions of succ (the best
// assignment without the order of runs) and keeps the result if its total
// beats the current decisions: single flips from one start miss jumps
// that need both neighbour joins around them broken.
func (c *chooser) restart(succ []int) {
	first := append([]bool(nil), c.adj...)
	t1 := c.total()
	for i := range c.adj {
		c.adj[i] = c.adjW[i] > -1e9 && succ[i] == i+1
	}
	c.search()
	if t2 := c.total(); t2 <= t1+1e-9 {
		copy(c.adj, first)
	}
}

// flippable lists the neighbour pairs whose decision may change: those
// whose tail has a jump or whose head is the target of one.
func (c *chooser) flippable() []int {
	var out []int
	for i := 0; i+1 < c.n; i++ {
		if c.adjW[i] > -1e9 && (len(c.jumps[i]) > 0 || c.into[i+1]) {
			out = append(out, i)
		}
	}
	return out
}

// total is the weight of the current neighbour joins plus the best
// non-crossing alignment of the jumps.
func (c *chooser) total() float64 {
	var s float64
	for i, on := range c.adj {
		if on {
			s += c.adjW[i]
		}
	}
	return s + c.align()
}

// align finds the weight of the heaviest set of non-crossing jumps between
// blocks left open by the neighbour decisions; c.alignment then reads the
// jumps off the table. Only blocks a jump leaves or reaches take part: the
// others cannot change the alignment.
func (c *chooser) align() float64 {
	c.tails, c.heads = c.tails[:0], c.heads[:0]
	for i := 0; i < c.n; i++ {
		if !c.adj[i] && len(c.jumps[i]) > 0 {
			c.tails = append(c.tails, i)
		}
		if i > 0 && !c.adj[i-1] && c.into[i] {
			c.heads = append(c.heads, i)
		}
	}
	if len(c.tails) == 0 || len(c.heads) == 0 {
		c.tails = c.tails[:0] // alignment reads no table
		return 0
	}
	return c.alignDP()
}

// alignDP is the sequence-alignment recurrence over the tails and heads
// in page order: each tail takes at most one later head, without
// crossings.
func (c *chooser) alignDP() float64 {
	T, H := len(c.tails), len(c.heads)
	w := H + 1
	if need := (T + 1) * w; cap(c.dp) < need {
		c.dp = make([]float64, need)
	}
	dp := c.dp[:(T+1)*w]
	for b := 0; b <= H; b++ {
		dp[b] = 0
	}
	for a := 1; a <= T; a++ {
		row, prev := dp[a*w:], dp[(a-1)*w:]
		row[0] = 0
		jrow := c.jw[c.tails[a-1]*c.n:]
		for b := 1; b <= H; b++ {
			best := max(prev[b], row[b-1])
			if x := jrow[c.heads[b-1]]; x > 0 {
				best = max(best, prev[b-1]+x)
			}
			row[b] = best
		}
	}
	return dp[T*w+H]
}

// alignment returns the jumps of the last alignment.
func (c *chooser) alignment() []edge {
	T, H := len(c.tails), len(c.heads)
	w := H + 1
	dp := c.dp
	var chosen []edge
	for a, b := T, H; a > 0 && b > 0; {
		switch cur := dp[a*w+b]; {
		case cur == dp[(a-1)*w+b]:
			a--
		case cur == dp[a*w+b-1]:
			b--
		default:
			t, h := c.tails[a-1], c.heads[b-1]
			chosen = append(chosen, edge{From: t, To: h, W: c.jw[t*c.n+h]})
			a, b = a-1, b-1
		}
	}
	return chosen
}

// links turns the decisions into successors.
func (c *chooser) links() []int {
	succ := make([]int, c.n)
	for i := range succ {
		succ[i] = -1
	}
	for i, on := range c.adj {
		if on {
			succ[i] = i + 1
		}
	}
	c.total()
	for _, e := range c.alignment() {
		succ[e.From] = e.To
	}
	return succ
}

// leftovers joins still-open tails and heads where a join is strong
// enough to be taken across other jumps.
func (c *chooser) leftovers(succ []int) {
	hasPred := make([]bool, c.n)
	for _, j := range succ {
		if j >= 0 {
			hasPred[j] = true
		}
	}
	var rest []edge
	for _, e := range c.all {
		if succ[e.From] < 0 && !hasPred[e.To] && e.W > crossingMin {
			rest = append(rest, edge{From: e.From, To: e.To, W: e.W - crossingMin})
		}
	}
	sort.Slice(rest, func(a, b int) bool { return rest[a].W > rest[b].W })
	for i, j := range matchLinks(c.n, rest) {
		if j >= 0 {
			succ[i] = j
		}
	}
}
