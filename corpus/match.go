package corpus

import "math"

// edge is a candidate link from tail block From to head block To with the
// log-odds W that it is right.
type edge struct {
	From, To int
	W        float64
}

// matchLinks chooses links that maximise the summed log-odds, each block
// having at most one successor and one predecessor; a link is chosen only
// where it beats leaving both ends open (W > 0). It solves the assignment
// of tails to heads, each tail having a zero-cost "no successor" column of
// its own (assign). It returns succ with succ[i] = j, or -1.
func matchLinks(n int, edges []edge) []int {
	succ := make([]int, n)
	for i := range succ {
		succ[i] = -1
	}
	rowOf, colOf := make([]int, n), make([]int, n)
	var rows, cols []int
	var adj [][]arc
	for _, e := range edges {
		if e.W <= 0 {
			continue
		}
		if rowOf[e.From] == 0 {
			rows = append(rows, e.From)
			rowOf[e.From] = len(rows)
			adj = append(adj, nil)
		}
		if colOf[e.To] == 0 {
			cols = append(cols, e.To)
			colOf[e.To] = len(cols)
		}
		r := rowOf[e.From] - 1
		adj[r] = append(adj[r], arc{col: colOf[e.To] - 1, cost: -e.W})
	}
	for r := range adj {
		adj[r] = append(adj[r], arc{col: len(cols) + r}) // no successor
	}
	for r, c := range assign(adj, len(cols)+len(rows)) {
		if c < len(cols) {
			succ[rows[r]] = cols[c]
		}
	}
	return succ
}

// arc is a possible assignment of a row to column col at cost.
type arc struct {
	col  int
	cost float64
}

// assign solves the assignment problem with rows adj (each row's possible
// columns and their costs; every row must have at least one) over ncols
// columns, minimising the total cost, and returns each row's column. It is
// the shortest augmenting path method with potentials (the Hungarian
// method in O(n²m)), walking only the arcs there are: a page's blocks
// each have a few dozen candidate joins, not one to every block.
func assign(adj [][]arc, ncols int) []int {
	n := len(adj)
	inf := math.Inf(1)
	u := make([]float64, n+1)     // row potentials, rows numbered from 1
	v := make([]float64, ncols+1) // column potentials, columns from 1; 0 is the row being placed
	p := make([]int, ncols+1)     // the row in each column, 0 if none
	way := make([]int, ncols+1)   // the previous column on the shortest path
	minv := make([]float64, ncols+1)
	used := make([]bool, ncols+1)
	for j := range minv {
		minv[j] = inf
	}
	var seen []int // columns whose minv is set
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for p[j0] != 0 {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for _, a := range adj[i0-1] {
				j := a.col + 1
				if used[j] {
					continue
				}
				if minv[j] == inf {
					seen = append(seen, j)
				}
				if cur := a.cost - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
			}
			for _, j := range seen {
				if !used[j] && minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			u[p[0]] += delta
			v[0] -= delta
			for _, j := range seen {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
		for _, j := range seen {
			minv[j], used[j] = inf, false
		}
		used[0] = false
		seen = seen[:0]
	}
	col := make([]int, n)
	for j := 1; j <= ncols; j++ {
		if p[j] != 0 {
			col[p[j]-1] = j - 1
		}
	}
	return col
}
