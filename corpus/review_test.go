package corpus

import "testing"

func TestReviewAdd(t *testing.T) {
	// Gold: 市委巡察组 0→1→2 and 关爱孤寡老人 3→4.
	gold := &Gold{Articles: []GoldArticle{{Blocks: []int{0, 1, 2}}, {Blocks: []int{3, 4}}}}
	art := func(blocks []int, scores ...float64) Article {
		a := Article{Blocks: blocks}
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
			Review{Articles: 2, Doubtful: 1}},
		{"a wrong join flagged", []Article{art([]int{0, 1, 2, 3}, 0.97, 0.95, 0.55), art([]int{4})},
			Review{Articles: 2, Wrong: 2, Doubtful: 1, DoubtfulWrong: 1}},
		{"a wrong join unflagged", []Article{art([]int{0, 1}, 0.97), art([]int{2, 3, 4}, 0.93, 0.99)},
			Review{Articles: 2, Wrong: 2}},
		{"a join scored at the line is not doubtful", []Article{art([]int{0, 1, 2}, DoubtfulJoin, 0.95), art([]int{3, 4}, 0.99)},
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
