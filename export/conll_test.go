package export

import (
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestMarshalCoNLL(t *testing.T) {
	tests := []struct {
		name    string
		marshal func(corpus.ArticleRecord) ([]byte, error)
		want    string
	}{
		{"CoNLL BIOES: space skipped, outer entity kept", func(r corpus.ArticleRecord) ([]byte, error) {
			b, dropped, err := MarshalCoNLL(r, BIOES)
			if dropped != 1 {
				t.Errorf("dropped %d nested spans, want 1", dropped)
			}
			return b, err
		}, "𠮷 B-ORG\n野 I-ORG\n家 E-ORG\n记 O\n者 O\n王 B-PER\n浩 E-PER\n在 O\n菏 B-ORG\n泽 I-ORG\n市 I-ORG\n政 I-ORG\n府 E-ORG\n。 O\n\n"},
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

func TestCoNLLBIOSingle(t *testing.T) {
	rec := corpus.ArticleRecord{ID: "p#8", Text: "京沪", Entities: []corpus.Span{span(0, 1, "GPE", "京")}}
	got, _, err := MarshalCoNLL(rec, BIO)
	if err != nil || string(got) != "京 B-GPE\n沪 O\n\n" {
		t.Errorf("got %q, %v", got, err)
	}
}
