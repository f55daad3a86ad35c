package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

// Two annotators on 王磊到菏泽市 (six characters):
//
//	甲: PER PER O GPE GPE GPE   (王磊, 菏泽市)
//	乙: PER PER O GPE GPE O     (王磊, 菏泽)
//
// po = 5/6; 甲 PER 2, O 1, GPE 3; 乙 PER 2, O 2, GPE 2 (of 6):
// pe = (2·2 + 1·2 + 3·2)/36 = 1/3; κ = (5/6 − 1/3)/(2/3) = 3/4.
// Spans: PER agreed, GPE not: TP 1, FP 1, FN 1 → F1 1/2.
func TestAgreeTwo(t *testing.T) {
	text := "王磊到菏泽市"
	a := Annotation{Name: "甲", Records: []corpus.ArticleRecord{
		{ID: "x#1", Text: text, Entities: []corpus.Span{span(0, 2, "PER", "王磊"), span(3, 6, "GPE", "菏泽市")}},
		{ID: "x#2", Text: "只有甲"},
	}}
	b := Annotation{Name: "乙", Records: []corpus.ArticleRecord{
		{ID: "x#1", Text: text, Entities: []corpus.Span{span(3, 5, "GPE", "菏泽"), span(0, 2, "PER", "王磊")}},
	}}
	r, err := Agree([]Annotation{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if r.KappaName != "Cohen" || !close(r.Kappa, 0.75) || r.Characters != 6 || r.Articles != 1 {
		t.Errorf("%s κ = %v over %d characters, %d articles; want Cohen 0.75, 6, 1", r.KappaName, r.Kappa, r.Characters, r.Articles)
	}
	if len(r.Pairs) != 1 || !close(r.Pairs[0].Micro.F1, 0.5) {
		t.Errorf("pairs %+v, want one with span F1 0.5", r.Pairs)
	}
	if len(r.Skipped) != 1 || r.Skipped[0] != "x#2" {
		t.Errorf("skipped %v, want [x#2]", r.Skipped)
	}
	want := []Disagreement{
		{Article: "x#1", Start: 3, End: 5, Text: "菏泽", Says: []string{"", "GPE"}},
		{Article: "x#1", Start: 3, End: 6, Text: "菏泽市", Says: []string{"GPE", ""}},
	}
	if len(r.Disagreements) != len(want) {
		t.Fatalf("disagreements %+v, want %+v", r.Disagreements, want)
	}
	for i, d := range r.Disagreements {
		w := want[i]
		if d.Article != w.Article || d.Start != w.Start || d.End != w.End || d.Text != w.Text || strings.Join(d.Says, "|") != strings.Join(w.Says, "|") {
			t.Errorf("disagreement %d = %+v, want %+v", i, d, w)
		}
	}
	var out bytes.Buffer
	if err := r.Write(&out); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Cohen's kappa on character tags: 0.7500", "x#1 [3,6) 菏泽市: GPE / —"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("report lacks %q:\n%s", s, out.String())
		}
	}
}

// Three annotators on 菏泽王磊 (four characters), the Fleiss example of
// kappa_test.go: tags O PER PER O / O PER PER PER / O O PER O, so κ = 1/3.
// (The first character gets O from all three; 菏 is left unlabeled.)
func TestAgreeThree(t *testing.T) {
	text := "菏泽王磊"
	rec := func(spans ...corpus.Span) []corpus.ArticleRecord {
		return []corpus.ArticleRecord{{ID: "y#1", Text: text, Entities: spans}}
	}
	anns := []Annotation{
		{Name: "a", Records: rec(span(1, 3, "PER", "泽王"))},
		{Name: "b", Records: rec(span(1, 4, "PER", "泽王磊"))},
		{Name: "c", Records: rec(span(2, 3, "PER", "王"))},
	}
	r, err := Agree(anns)
	if err != nil {
		t.Fatal(err)
	}
	if r.KappaName != "Fleiss" || !close(r.Kappa, 1.0/3) || len(r.Pairs) != 3 {
		t.Errorf("%s κ = %v with %d pairs, want Fleiss 1/3 with 3", r.KappaName, r.Kappa, len(r.Pairs))
	}
	if len(r.Disagreements) != 3 {
		t.Errorf("disagreements %+v, want 3 (each span said by one annotator)", r.Disagreements)
	}
}

func TestAgreeNeedsTwo(t *testing.T) {
	if _, err := Agree([]Annotation{{Name: "a"}}); err == nil {
		t.Error("one annotator accepted")
	}
}
