package corpus

import "fmt"

// DoubtfulJoin is the confidence under which a join is worth a person's
// look first: the confidences are calibrated, so at least one such join
// in ten is wrong, and more the lower it is.
const DoubtfulJoin = 0.9

// Review tallies how well the doubtful joins point a person to the
// articles stitched wrong: of the stitched articles, those holding a join
// scored below DoubtfulJoin, and how many of each are not a gold article.
type Review struct {
	Articles, Wrong         int // stitched articles, and those that are no gold article
	Doubtful, DoubtfulWrong int // those holding a doubtful join, and the wrong among them
}

// Add tallies got's articles against gold: a stitched article is wrong
// unless gold holds an article of exactly its blocks, in order.
func (r *Review) Add(gold *Gold, got Stitching) {
	seqs := map[string]bool{}
	for _, a := range gold.Articles {
		seqs[blockSeqKey(a.Blocks)] = true
	}
	for _, a := range got.Articles {
		wrong := !seqs[blockSeqKey(a.Blocks)]
		doubtful := false
		for _, j := range a.Joins {
			doubtful = doubtful || j.Score < DoubtfulJoin
		}
		r.Articles++
		r.Wrong += boolInt(wrong)
		r.Doubtful += boolInt(doubtful)
		r.DoubtfulWrong += boolInt(doubtful && wrong)
	}
}

// String reports the tally on one line.
func (r Review) String() string {
	return fmt.Sprintf("articles holding a join below %.1f: %d of %d (%.0f%%), %d of the %d stitched wrong (%.0f%%)",
		DoubtfulJoin, r.Doubtful, r.Articles, percent(r.Doubtful, r.Articles), r.DoubtfulWrong, r.Wrong, percent(r.DoubtfulWrong, r.Wrong))
}

// percent is 100·n/d, 0 when d is 0.
func percent(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}
