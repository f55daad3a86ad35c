package export

import (
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

// formatRecord is a small article with an astral character, a nested
// entity and a space inside a name.
var formatRecord = corpus.ArticleRecord{
	ID: "p#7", Title: "𠮷野家", Text: "𠮷野家\n记者 王 浩在菏泽市政府。", Status: "gold", Annotator: "甲",
	Entities: []corpus.Span{
		span(11, 16, "ORG", "菏泽市政府"), span(7, 10, "PER", "王 浩"), span(11, 14, "GPE", "菏泽市"), span(0, 3, "ORG", "𠮷野家"),
	},
	Fragments: []corpus.FragmentRef{{Source: "p.txt", Block: 3, Kind: corpus.KindHeadline, Start: 0, End: 3}, {Source: "p.txt", Block: 4, Kind: corpus.KindBody, Start: 4, End: 17}},
	Joins:     []corpus.JoinRecord{{From: 3, To: 4, Score: 0.81, Decision: "confirmed"}},
}

func TestMarshalGold(t *testing.T) {
	tests := []struct {
		name    string
		marshal func(corpus.ArticleRecord) ([]byte, error)
		want    string
	}{
		{"gold JSONL, key order as documented", func(r corpus.ArticleRecord) ([]byte, error) { return MarshalGold(r, "train", CodePoints) },
			`{"id":"p#7","title":"𠮷野家","text":"𠮷野家\n记者 王 浩在菏泽市政府。","entities":[{"start":0,"end":3,"label":"ORG","text":"𠮷野家"},{"start":7,"end":10,"label":"PER","text":"王 浩"},{"start":11,"end":14,"label":"GPE","text":"菏泽市"},{"start":11,"end":16,"label":"ORG","text":"菏泽市政府"}],"fragments":[{"source":"p.txt","block":3,"kind":"headline","start":0,"end":3},{"source":"p.txt","block":4,"kind":"body","start":4,"end":17}],"joins":[{"from":3,"to":4,"score":0.81,"decision":"confirmed"}],"status":"gold","split":"train","annotator":"甲"}` + "\n"},
		{"gold JSONL in UTF-16: 𠮷 counts 2", func(r corpus.ArticleRecord) ([]byte, error) { return MarshalGold(r, "", UTF16) },
			`{"id":"p#7","title":"𠮷野家","text":"𠮷野家\n记者 王 浩在菏泽市政府。","entities":[{"start":0,"end":4,"label":"ORG","text":"𠮷野家"},{"start":8,"end":11,"label":"PER","text":"王 浩"},{"start":12,"end":15,"label":"GPE","text":"菏泽市"},{"start":12,"end":17,"label":"ORG","text":"菏泽市政府"}],"fragments":[{"source":"p.txt","block":3,"kind":"headline","start":0,"end":4},{"source":"p.txt","block":4,"kind":"body","start":5,"end":18}],"joins":[{"from":3,"to":4,"score":0.81,"decision":"confirmed"}],"status":"gold","split":"","annotator":"甲","offsets":"utf16"}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.marshal(formatRecord)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
