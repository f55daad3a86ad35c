package corpus

// Join links a fragment to its successor in reading order.
type Join struct {
	From, To int     // block indices
	Score    float64 // calibrated confidence in [0, 1]
	Reason   string  // the signals behind the join, for people
}

// Article is a chain of fragments in reading order.
type Article struct {
	Title  string
	Blocks []int  // block indices in reading order
	Joins  []Join // Joins[i] links Blocks[i] to Blocks[i+1]
}

// Stitching is the stitcher's result for one page.
type Stitching struct {
	Source     string
	Articles   []Article
	Unassigned []int // blocks that belong to no article
}
