package export

import (
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestNewPRF(t *testing.T) {
	tests := []struct {
		name       string
		tp, fp, fn int
		p, r, f1   float64
	}{
		{"half right", 1, 1, 1, 0.5, 0.5, 0.5},
		{"precise but incomplete", 2, 0, 2, 1, 0.5, 2.0 / 3},
		{"nothing predicted", 0, 0, 3, 0, 0, 0},
		{"nothing to find", 0, 2, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newPRF(tt.tp, tt.fp, tt.fn)
			if !close(got.Precision, tt.p) || !close(got.Recall, tt.r) || !close(got.F1, tt.f1) {
				t.Errorf("newPRF(%d, %d, %d) = %+v, want P %v R %v F1 %v", tt.tp, tt.fp, tt.fn, got, tt.p, tt.r, tt.f1)
			}
		})
	}
}

func TestPartialMatchIsOneToOne(t *testing.T) {
	// one gold 菏泽市政府 [0,5); two predictions overlap it: only one counts
	c := counts{}
	c.add([]corpus.Span{span(0, 5, "ORG", "菏泽市政府")},
		[]corpus.Span{span(0, 2, "ORG", "菏泽"), span(2, 5, "ORG", "市政府")})
	labels, micro, _ := c.scores()
	if len(labels) != 1 || micro[1].TP != 1 || micro[1].FP != 1 || micro[1].FN != 0 || micro[0].TP != 0 {
		t.Errorf("labels %+v, exact %+v, partial %+v; want partial TP 1 FP 1, exact TP 0", labels, micro[0], micro[1])
	}
}

func TestJoinLinks(t *testing.T) {
	recs := []corpus.ArticleRecord{
		{ID: "p#1", Fragments: []corpus.FragmentRef{{Source: "版面一.txt"}}, Joins: []corpus.JoinRecord{{From: 1, To: 2}, {From: 2, To: 9, Decision: "broken"}}},
		{ID: "p#2", Joins: []corpus.JoinRecord{{From: 1, To: 2, Decision: "created"}}},
	}
	got := joinLinks(recs)
	want := []joinKey{{"版面一.txt", 1, 2}, {"p#2", 1, 2}}
	if len(got) != len(want) {
		t.Fatalf("links %v, want %v", got, want)
	}
	for _, k := range want {
		if !got[k] {
			t.Errorf("link %v missing from %v", k, got)
		}
	}
}
