package corpus

import "fmt"

// Doubtful is the confidence under which a join, or an article's end, is
// worth a person's look first: the confidences are calibrated, so at
// least one such decision in ten is wrong, and more the lower it is.
const Doubtful = 0.9

// Review tallies how well the doubtful decisions point a person to the
// articles stitched wrong: of the stitched articles, those holding a join
// or an end scored below Doubtful (and those holding such a join), and
// how many of each are not a gold article.
type Review struct {
	Articles, Wrong         int // stitched articles, and those that are no gold article
	Doubtful, DoubtfulWrong int // those holding a doubtful join or end, and the wrong among them
	Joins, JoinsWrong       int // those holding a doubtful join, and the wrong among them
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
		join := false
		for _, j := range a.Joins {
			join = join || j.Score < Doubtful
		}
		doubtful := join || a.End != nil && a.End.Score < Doubtful
		r.Articles++
		r.Wrong += boolInt(wrong)
		r.Doubtful += boolInt(doubtful)
		r.DoubtfulWrong += boolInt(doubtful && wrong)
		r.Joins += boolInt(join)
		r.JoinsWrong += boolInt(join && wrong)
	}
}

// String reports the tally on one line.
func (r Review) String() string {
	return fmt.Sprintf("articles holding a join or end below %.1f: %d of %d (%.0f%%), %d of the %d stitched wrong (%.0f%%); a join alone: %d (%.0f%%), %d wrong (%.0f%%)",
		Doubtful, r.Doubtful, r.Articles, percent(r.Doubtful, r.Articles), r.DoubtfulWrong, r.Wrong, percent(r.DoubtfulWrong, r.Wrong),
		r.Joins, percent(r.Joins, r.Articles), r.JoinsWrong, percent(r.JoinsWrong, r.Wrong))
}

// percent is 100·n/d, 0 when d is 0.
func percent(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}
