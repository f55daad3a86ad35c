package export

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func span(start, end int, label, text string) corpus.Span {
	return corpus.Span{Start: start, End: end, Label: label, Text: text}
}

// evalGold and evalPred are a hand-scored example:
//
//	gold: 王磊 PER [0,2), 菏泽市 GPE [3,6), 李鑫 PER [9,11)
//	pred: 王磊 PER [0,2) (exact), 菏泽 GPE [3,5) (partial), 开会 ORG [6,8) (wrong)
//
// PER: gold 2, pred 1, TP 1 → P 1, R 1/2, F1 2/3 (partial the same).
// GPE: exact TP 0 → 0/0/0; partial TP 1 → 1/1/1.
// ORG: gold 0, pred 1 → 0/0/0.
// micro exact: TP 1, FP 2, FN 2 → 1/3 each; partial: TP 2, FP 1, FN 1 → 2/3.
// macro F1: exact (2/3+0+0)/3 = 2/9; partial (2/3+1+0)/3 = 5/9.
// joins: gold links 4→5, 5→9 (9→10 broken); pred 4→5, 5→7 → TP 1, FP 1, FN 1: F1 1/2.
var (
	evalText = "王磊到菏泽市开会，李鑫陪同。"
	evalGold = []corpus.ArticleRecord{
		{ID: "p#1", Text: evalText, Status: "gold",
			Entities:  []corpus.Span{span(0, 2, "PER", "王磊"), span(3, 6, "GPE", "菏泽市"), span(9, 11, "PER", "李鑫")},
			Fragments: []corpus.FragmentRef{{Source: "p.txt", Block: 4, Kind: corpus.KindBody, Start: 0, End: 14}},
			Joins:     []corpus.JoinRecord{{From: 4, To: 5, Decision: "confirmed"}, {From: 5, To: 9}, {From: 9, To: 10, Decision: "broken"}}},
		{ID: "p#2", Text: "只在金标准里", Status: "gold"},
	}
	evalPred = []corpus.ArticleRecord{
		{ID: "p#1", Text: evalText, Status: "auto",
			Entities:  []corpus.Span{span(0, 2, "PER", "王磊"), span(3, 5, "GPE", "菏泽"), span(6, 8, "ORG", "开会")},
			Fragments: []corpus.FragmentRef{{Source: "p.txt", Block: 4, Kind: corpus.KindBody, Start: 0, End: 14}},
			Joins:     []corpus.JoinRecord{{From: 4, To: 5}, {From: 5, To: 7}}},
		{ID: "p#3", Text: "只在预测里", Status: "auto"},
	}
)

func TestEvaluate(t *testing.T) {
	r, err := Evaluate(evalGold, evalPred)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][6]float64{ // exact P R F1, partial P R F1
		"GPE": {0, 0, 0, 1, 1, 1},
		"ORG": {0, 0, 0, 0, 0, 0},
		"PER": {1, 0.5, 2.0 / 3, 1, 0.5, 2.0 / 3},
	}
	if len(r.Labels) != len(want) {
		t.Fatalf("labels %v, want %v", r.Labels, want)
	}
	for _, l := range r.Labels {
		w := want[l.Label]
		got := [6]float64{l.Exact.Precision, l.Exact.Recall, l.Exact.F1, l.Partial.Precision, l.Partial.Recall, l.Partial.F1}
		for i := range got {
			if !close(got[i], w[i]) {
				t.Errorf("%s: scores %v, want %v", l.Label, got, w)
				break
			}
		}
	}
	checks := []struct {
		name      string
		got, want float64
	}{
		{"micro exact F1", r.Micro.F1, 1.0 / 3},
		{"micro partial F1", r.MicroPartial.F1, 2.0 / 3},
		{"macro exact F1", r.Macro.F1, 2.0 / 9},
		{"macro partial F1", r.MacroPartial.F1, 5.0 / 9},
		{"join F1", r.Joins.F1, 0.5},
	}
	for _, c := range checks {
		if !close(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if !r.HasJoins || r.Articles != 1 || len(r.OnlyGold) != 1 || r.OnlyGold[0] != "p#2" || len(r.OnlyPred) != 1 || r.OnlyPred[0] != "p#3" {
		t.Errorf("joins %v, articles %d, only gold %v, only pred %v", r.HasJoins, r.Articles, r.OnlyGold, r.OnlyPred)
	}
	var out bytes.Buffer
	if err := r.Write(&out); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"PER", "0.6667", "micro", "macro", "0.2222", "join links: gold 2, pred 2"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, out.String())
		}
	}
}

func TestEvaluateTextMismatch(t *testing.T) {
	pred := []corpus.ArticleRecord{{ID: "p#1", Text: "王磊到济南开会", Status: "auto"}}
	if _, err := Evaluate(evalGold, pred); !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), "p#1") {
		t.Errorf("error = %v, want ErrMismatch naming p#1", err)
	}
}
