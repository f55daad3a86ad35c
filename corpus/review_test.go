package corpus

import (
	"cmp"
	"slices"
	"testing"
)

func TestReviewAdd(t *testing.T) {
	// Gold: 市委巡察组 0→1→2 and 关爱孤寡老人 3→4.
	gold := &Gold{Articles: []GoldArticle{{Blocks: []int{0, 1, 2}}, {Blocks: []int{3, 4}}}}
	art := func(blocks []int, scores ...float64) Article {
		a := Article{Blocks: blocks, End: &End{Score: 0.97, Next: -1}}
		for k, s := range scores {
			a.Joins = append(a.Joins, Join{From: blocks[k], To: blocks[k+1], Score: s})
		}
		return a
	}
	tests := []struct {
		name string
		got  []Article
		want Review
	}{
		{"both right, both sure", []Article{art([]int{0, 1, 2}, 0.97, 0.95), art([]int{3, 4}, 0.99)},
			Review{Articles: 2}},
		{"a right article with a doubtful join", []Article{art([]int{0, 1, 2}, 0.97, 0.62), art([]int{3, 4}, 0.99)},
			Review{Articles: 2, Doubtful: 1, Joins: 1}},
		{"a wrong join flagged", []Article{art([]int{0, 1, 2, 3}, 0.97, 0.95, 0.55), art([]int{4})},
			Review{Articles: 2, Wrong: 2, Doubtful: 1, DoubtfulWrong: 1, Joins: 1, JoinsWrong: 1}},
		{"a wrong join unflagged", []Article{art([]int{0, 1}, 0.97), art([]int{2, 3, 4}, 0.93, 0.99)},
			Review{Articles: 2, Wrong: 2}},
		{"a join scored at the line is not doubtful", []Article{art([]int{0, 1, 2}, Doubtful, 0.95), art([]int{3, 4}, 0.99)},
			Review{Articles: 2}},
		{"an article cut short flagged by its end", []Article{endAt(art([]int{0, 1}, 0.97), 0.71), art([]int{2}), art([]int{3, 4}, 0.99)},
			Review{Articles: 3, Wrong: 2, Doubtful: 1, DoubtfulWrong: 1}},
		{"an end not judged is no doubt", []Article{endAt(art([]int{0, 1, 2}, 0.97, 0.95), -1), art([]int{3, 4}, 0.99)},
			Review{Articles: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Review
			r.Add(gold, Stitching{Articles: tt.got})
			if r != tt.want {
				t.Errorf("Review = %+v, want %+v", r, tt.want)
			}
		})
	}
}

// endAt sets a's end's score; a negative one leaves the end not judged.
func endAt(a Article, score float64) Article {
	a.End = nil
	if score >= 0 {
		a.End = &End{Score: score, Next: -1}
	}
	return a
}

// scoredDecision is a join or an article end with its confidence and
// whether the gold agrees.
type scoredDecision struct {
	score float64
	right bool
}

// lowestTenth sorts ds by confidence and counts the wrong decisions among
// the tenth scored lowest (found) and among all (wrong).
func lowestTenth(ds []scoredDecision) (found, wrong int) {
	slices.SortStableFunc(ds, func(x, y scoredDecision) int { return cmp.Compare(x.score, y.score) })
	for k, d := range ds {
		if !d.right {
			wrong++
			found += boolInt(k < len(ds)/10)
		}
	}
	return found, wrong
}

// TestDoubtfulJoinsFindErrors checks that the confidences rank the joins
// most likely wrong first, as the desk's doubtful joins assume: on
// held-out pages the tenth of the joins scored lowest hold most of the
// wrong ones, and jumps and joins to the next block are each calibrated.
func TestDoubtfulJoinsFindErrors(t *testing.T) {
	_, report := splitPD(t)
	s := testStitcher(t)
	var joins []scoredDecision
	var jumps, next Calibration
	for _, tp := range simTrainingPages(t, report, 150, reportSeed) {
		links := goldLinks(tp.Gold)
		for _, a := range s.Stitch(tp.Page).Articles {
			for _, j := range a.Joins {
				right := links[goldLink{j.From, j.To}]
				joins = append(joins, scoredDecision{j.Score, right})
				if j.To == j.From+1 {
					next.Add(j.Score, right)
				} else {
					jumps.Add(j.Score, right)
				}
			}
		}
	}
	found, wrong := lowestTenth(joins)
	t.Logf("the lowest tenth of %d joins holds %d of the %d wrong; ECE jumps %.3f (%d), next block %.3f (%d)",
		len(joins), found, wrong, jumps.ECE(), jumps.Total(), next.ECE(), next.Total())
	if wrong == 0 || float64(found) < 0.6*float64(wrong) {
		t.Errorf("the lowest tenth of the joins holds %d of the %d wrong, want ≥ 60%%", found, wrong)
	}
	if jumps.ECE() > 0.05 || next.ECE() > 0.05 {
		t.Errorf("expected calibration error %.3f for jumps, %.3f for joins to the next block; want ≤ 0.05 each", jumps.ECE(), next.ECE())
	}
}
