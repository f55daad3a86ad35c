package app

import (
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestAttachCandidates(t *testing.T) {
	// Article 1 is 0-1-2-3; article 2 starts at 4 (head) and has 5; block
	// 23 is the head of article 3; 78 is unassigned.
	blocks := []corpus.BlockInfo{
		{ID: 10, Block: 0, Article: 1, Pos: 0, Text: "市危化品专项整治工作会议要求"},
		{ID: 11, Block: 3, Article: 1, Pos: 1, Text: "王磊要求，"},
		{ID: 12, Block: 4, Article: 2, Pos: 0, Text: "市委第一联动巡察组"},
		{ID: 13, Block: 5, Article: 2, Pos: 1, Text: "本报讯（记者 张 喙）"},
		{ID: 14, Block: 23, Article: 3, Pos: 0, Text: "落实企业主体责任"},
		{ID: 15, Block: 78, Article: 0, Pos: -1, Text: "孤立的标题"},
	}
	tests := []struct {
		name   string
		ranked []corpus.Candidate
		want   []int // blocks in order
		scores []float64
	}{
		{name: "no ranking: heads and tray in page order", want: []int{4, 23, 78}, scores: []float64{-1, -1, -1}},
		{name: "ranked first, ineligible dropped",
			ranked: []corpus.Candidate{{Block: 23, Score: 0.97}, {Block: 5, Score: 0.5}, {Block: 78, Score: 0.1}},
			want:   []int{23, 78, 4}, scores: []float64{0.97, 0.1, -1}},
		{name: "own fragments never offered", ranked: []corpus.Candidate{{Block: 3, Score: 0.9}},
			want: []int{4, 23, 78}, scores: []float64{-1, -1, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := attachCandidates(blocks, 1, tt.ranked)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d candidates %v, want blocks %v", len(got), got, tt.want)
			}
			for i, c := range got {
				if c.Block != tt.want[i] || c.Score != tt.scores[i] {
					t.Errorf("candidate %d = block %d score %v, want block %d score %v", i, c.Block, c.Score, tt.want[i], tt.scores[i])
				}
			}
		})
	}
}

func TestMergeTargets(t *testing.T) {
	arts := []corpus.ArticleInfo{{ID: 1, Title: "危化品专项整治"}, {ID: 2, Title: "扶贫开发办巡察"}, {ID: 3, Title: "民政局党组巡察"}}
	got := mergeTargets(arts, 2)
	if len(got) != 2 || got[0].ID != 1 || got[1].ID != 3 {
		t.Errorf("mergeTargets = %v, want articles 1 and 3", got)
	}
}

func TestFreeColourAndHotkey(t *testing.T) {
	tests := []struct {
		name   string
		labels []corpus.Label
		colour string
		key    int
	}{
		{"empty", nil, labelColours[0], 1},
		{"first taken", []corpus.Label{{Name: "PER", Colour: labelColours[0], Hotkey: 1}}, labelColours[1], 2},
		{"gap", []corpus.Label{{Name: "PER", Colour: labelColours[1], Hotkey: 2}}, labelColours[0], 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := freeColour(tt.labels); got != tt.colour {
				t.Errorf("freeColour = %s, want %s", got, tt.colour)
			}
			if got := freeHotkey(tt.labels); got != tt.key {
				t.Errorf("freeHotkey = %d, want %d", got, tt.key)
			}
		})
	}
	var full []corpus.Label
	for k := 1; k <= 9; k++ {
		full = append(full, corpus.Label{Hotkey: k})
	}
	if got := freeHotkey(full); got != 0 {
		t.Errorf("freeHotkey with all keys taken = %d, want 0", got)
	}
}

// TestRankCandidatesStayOnPrintedPage ranks the continuations of a block
// of a file with two printed pages: the page rebuilt from the project
// keeps its text, so no candidate lies past the form feed.
func TestRankCandidatesStayOnPrintedPage(t *testing.T) {
	text := "市危化品专项整治工作会议要求\n\n本报讯（记者 王 浩）会议要求，各部门要切实提高认识，使他们真正了\n\n会议强调，要压实责任。\n\f\n解、明白。\n\n第二版的正文。"
	page := corpus.NewPage("两版.txt", text)
	var blocks []corpus.BlockInfo
	for _, f := range page.Fragments {
		blocks = append(blocks, corpus.BlockInfo{Block: f.Block, Start: f.Start, End: f.End, Kind: f.Kind, Text: f.Text})
	}
	ranked, err := rankCandidates(pageOf(page.Source, text, blocks), 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(ranked) == 0 {
		t.Fatal("no candidates for block 1")
	}
	for _, c := range ranked {
		if c.Block >= 3 {
			t.Errorf("candidate block %d (%q) is past the form feed", c.Block, blocks[c.Block].Text)
		}
	}
}
