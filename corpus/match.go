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
// with the Hungarian method, giving every tail a zero-cost "no successor"
// column. It returns succ with succ[i] = j, or -1.
func matchLinks(n int, edges []edge) []int {
	succ := make([]int, n)
	for i := range succ {
		succ[i] = -1
	}
	rowOf, colOf := make([]int, n), make([]int, n)
	var rows, cols []int
	for _, e := range edges {
		if e.W <= 0 {
			continue
		}
		if rowOf[e.From] == 0 {
			rows = append(rows, e.From)
			rowOf[e.From] = len(rows)
		}
		if colOf[e.To] == 0 {
			cols = append(cols, e.To)
			colOf[e.To] = len(cols)
		}
	}
	if len(rows) == 0 {
		return succ
	}
	const blocked = 1e6
	nr, nc := len(rows), len(cols)+len(rows)
	cost := make([]float64, nr*nc)
	for r := 0; r < nr; r++ {
		for c := 0; c < len(cols); c++ {
			cost[r*nc+c] = blocked
		}
	}
	for _, e := range edges {
		if e.W > 0 {
			cost[(rowOf[e.From]-1)*nc+colOf[e.To]-1] = -e.W
		}
	}
	for r, c := range hungarian(cost, nr, nc) {
		if c < len(cols) && cost[r*nc+c] < 0 {
			succ[rows[r]] = cols[c]
		}
	}
	return succ
}

// hungarian solves the rectangular assignment problem (n rows ≤ m
// columns, costs a row by row), minimising the total cost, and returns each
// row's column. It is the
// classic O(n²m) shortest augmenting path formulation with potentials.
func hungarian(a []float64, n, m int) []int {
	u := make([]float64, n+1)
	v := make([]float64, m+1)
	p := make([]int, m+1)
	way := make([]int, m+1)
	minv := make([]float64, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = math.Inf(1)
			used[j] = false
		}
		for p[j0] != 0 {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			row := a[(i0-1)*m : i0*m]
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				if cur := row[j-1] - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
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
	}
	col := make([]int, n)
	for j := 1; j <= m; j++ {
		if p[j] != 0 {
			col[p[j]-1] = j - 1
		}
	}
	return col
}
