package export

import (
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestMarshalLabelStudio(t *testing.T) {
	tests := []struct {
		name    string
		marshal func(corpus.ArticleRecord) ([]byte, error)
		want    string
	}{
		{"Label Studio", func(r corpus.ArticleRecord) ([]byte, error) {
			r.Entities = r.Entities[:2]
			return MarshalLabelStudio(r)
		},
			`{"data":{"text":"𠮷野家\n记者 王 浩在菏泽市政府。","article":"p#7"},"annotations":[{"result":[{"id":"e1","from_name":"label","to_name":"text","type":"labels","value":{"start":7,"end":10,"text":"王 浩","labels":["PER"]}},{"id":"e2","from_name":"label","to_name":"text","type":"labels","value":{"start":11,"end":16,"text":"菏泽市政府","labels":["ORG"]}}]}]}`},
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

func TestLabelStudioConfig(t *testing.T) {
	got := string(LabelStudioConfig([]string{"PER", "GPE", "PER", "A&B"}))
	want := "<View>\n  <Labels name=\"label\" toName=\"text\">\n    <Label value=\"A&amp;B\"/>\n    <Label value=\"GPE\"/>\n    <Label value=\"PER\"/>\n  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n</View>\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
