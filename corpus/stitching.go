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
	End    *End   // whether the article ends at its last block; nil: not judged
}

// End is the stitcher's judgement that an article ends at its last block.
// An article cut short leaves no join to doubt; its end's confidence is
// what points a person to it.
type End struct {
	Score  float64 // calibrated confidence that the article ends there
	Next   int     // the block it would most likely go on in, or -1
	Reason string  // for people: "could go on (…tail|head…)" or "no block could follow"
}

// Stitching is the stitcher's result for one page.
type Stitching struct {
	Source     string
	Articles   []Article
	Unassigned []int // blocks that belong to no article
}
