package corpus

import "testing"

func TestArticleText(t *testing.T) {
	tests := []struct {
		name  string
		frags []Fragment
		want  string
		refs  [][2]int
	}{
		{
			name: "headline then a sentence split mid-word",
			frags: []Fragment{
				{Block: 0, Kind: KindHeadline, Text: "扶贫政策装进贫困户的“听唱机”"},
				{Block: 21, Kind: KindBody, Text: "使他们真正了"},
				{Block: 34, Kind: KindBody, Text: "解、明白。"},
			},
			want: "扶贫政策装进贫困户的“听唱机”\n使他们真正了解、明白。",
			refs: [][2]int{{0, 15}, {16, 22}, {22, 27}},
		},
		{
			name: "closed sentences are paragraphs",
			frags: []Fragment{
				{Block: 5, Kind: KindDateline, Text: "本报讯（记者 张 喙）反馈了巡察情况。"},
				{Block: 6, Kind: KindBody, Text: "王忠想强调。"},
				{Block: 7, Kind: KindByline, Text: "记者 杨飞"},
			},
			want: "本报讯（记者 张 喙）反馈了巡察情况。\n王忠想强调。\n记者 杨飞",
			refs: [][2]int{{0, 19}, {20, 26}, {27, 32}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, refs := ArticleText(tt.frags)
			if got != tt.want {
				t.Fatalf("text = %q, want %q", got, tt.want)
			}
			runes := []rune(got)
			for i, r := range refs {
				if r.Start != tt.refs[i][0] || r.End != tt.refs[i][1] {
					t.Errorf("ref %d = [%d,%d), want %v", i, r.Start, r.End, tt.refs[i])
				}
				if string(runes[r.Start:r.End]) != tt.frags[i].Text {
					t.Errorf("ref %d covers %q, want %q", i, string(runes[r.Start:r.End]), tt.frags[i].Text)
				}
			}
		})
	}
}
