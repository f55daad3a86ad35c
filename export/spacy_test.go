package export

import (
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestMarshalSpacy(t *testing.T) {
	tests := []struct {
		name    string
		marshal func(corpus.ArticleRecord) ([]byte, error)
		want    string
	}{
		{"spaCy", MarshalSpacy,
			`{"text":"𠮷野家\n记者 王 浩在菏泽市政府。","spans":[{"start":0,"end":3,"label":"ORG"},{"start":7,"end":10,"label":"PER"},{"start":11,"end":14,"label":"GPE"},{"start":11,"end":16,"label":"ORG"}]}` + "\n"},
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
