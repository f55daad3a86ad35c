package export

import (
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestMarshalDoccano(t *testing.T) {
	tests := []struct {
		name    string
		marshal func(corpus.ArticleRecord) ([]byte, error)
		want    string
	}{
		{"doccano", func(r corpus.ArticleRecord) ([]byte, error) { return MarshalDoccano(r, CodePoints) },
			`{"text":"𠮷野家\n记者 王 浩在菏泽市政府。","label":[[0,3,"ORG"],[7,10,"PER"],[11,14,"GPE"],[11,16,"ORG"]]}` + "\n"},
		{"doccano UTF-16", func(r corpus.ArticleRecord) ([]byte, error) { return MarshalDoccano(r, UTF16) },
			`{"text":"𠮷野家\n记者 王 浩在菏泽市政府。","label":[[0,4,"ORG"],[8,11,"PER"],[12,15,"GPE"],[12,17,"ORG"]]}` + "\n"},
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
