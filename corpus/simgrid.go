package corpus

import (
	"cmp"
	"math/rand/v2"
	"slices"
)

// simMaxDepth is the most column pieces an article stacks in one page
// column: a longer article is set wider.
const simMaxDepth = 3

// simPiece is one column piece of an article set in the page's grid: page
// column col, row row from the top.
type simPiece struct {
	col, row int
	run      simRun
}

// simColumnMajor sets the articles in a grid of four to eight page
// columns, each as a box some columns wide whose text runs down one page
// column and on at the top of the next, in the top-left-most place free,
// and reads the page column by column, each from top to bottom
// (SimOptions.ColumnMajor).
func simColumnMajor(arts []*simArt, r *rand.Rand) []simRun {
	width := 4 + r.IntN(5)
	widths := make([]int, len(arts))
	for i, a := range arts {
		n := len(a.cols)
		least := min(width, (n+simMaxDepth-1)/simMaxDepth)
		widths[i] = max(1, least+r.IntN(max(1, min(n, width)-least+1)))
	}
	return simGridRuns(arts, widths, width)
}

// simGridRuns sets arts in a grid width columns wide, article i widths[i]
// columns wide, and returns their column pieces read column by column.
func simGridRuns(arts []*simArt, widths []int, width int) []simRun {
	top := make([]int, width) // the first free row of each page column
	var pieces []simPiece
	for i, a := range arts {
		if len(a.cols) == 0 {
			continue
		}
		w := min(widths[i], width)
		depth := (len(a.cols) + w - 1) / w
		x, y := simFreeBox(top, w)
		for k, c := range a.cols {
			pieces = append(pieces, simPiece{col: x + k/depth, row: y + k%depth, run: simRun{art: i, blocks: c}})
		}
		for c := x; c < x+w; c++ {
			top[c] = y + depth
		}
	}
	slices.SortStableFunc(pieces, func(a, b simPiece) int {
		return cmp.Or(cmp.Compare(a.col, b.col), cmp.Compare(a.row, b.row))
	})
	runs := make([]simRun, len(pieces))
	for k, p := range pieces {
		runs[k] = p.run
	}
	return runs
}

// simFreeBox finds the top-left-most place for a box w columns wide: the
// first column x whose w columns have the lowest first free row y.
func simFreeBox(top []int, w int) (x, y int) {
	y = -1
	for c := 0; c+w <= len(top); c++ {
		low := slices.Max(top[c : c+w])
		if y < 0 || low < y {
			x, y = c, low
		}
	}
	return x, y
}
