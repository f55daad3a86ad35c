package annotate

import (
	"reflect"
	"testing"
)

func TestMemory(t *testing.T) {
	type pair struct{ str, label string }
	tests := []struct {
		name      string
		confirmed []pair
		rejected  []pair
		text      string
		want      []string
	}{
		{name: "found again", confirmed: []pair{{"精进电动", "ORG"}}, text: "精进电动在菏泽投资", want: []string{"ORG 精进电动"}},
		{name: "longest match", confirmed: []pair{{"菏泽", "LOC"}, {"菏泽市生态环境局", "ORG"}}, text: "菏泽市生态环境局在菏泽", want: []string{"ORG 菏泽市生态环境局", "LOC 菏泽"}},
		{name: "majority label", confirmed: []pair{{"华盛顿", "PER"}, {"华盛顿", "LOC"}, {"华盛顿", "LOC"}}, text: "到华盛顿去", want: []string{"LOC 华盛顿"}},
		{name: "tie goes to first label", confirmed: []pair{{"华盛顿", "PER"}, {"华盛顿", "LOC"}}, text: "到华盛顿去", want: []string{"LOC 华盛顿"}},
		{name: "rejection outvotes", confirmed: []pair{{"牡丹", "LOC"}}, rejected: []pair{{"牡丹", "LOC"}}, text: "牡丹花开", want: []string{}},
		{name: "rejection shifts majority", confirmed: []pair{{"华盛顿", "PER"}, {"华盛顿", "LOC"}, {"华盛顿", "LOC"}}, rejected: []pair{{"华盛顿", "LOC"}, {"华盛顿", "LOC"}}, text: "到华盛顿去", want: []string{"PER 华盛顿"}},
		{name: "longer rejected falls back to shorter", confirmed: []pair{{"菏泽", "LOC"}, {"菏泽市", "LOC"}}, rejected: []pair{{"菏泽市", "LOC"}}, text: "菏泽市", want: []string{"LOC 菏泽"}},
		{name: "single code point not suggested", confirmed: []pair{{"京", "LOC"}}, text: "京津冀", want: []string{}},
		{name: "nothing learned", text: "精进电动", want: []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := newMemory()
			for _, p := range tc.confirmed {
				m.confirm(p.str, p.label)
			}
			for _, p := range tc.rejected {
				m.reject(p.str, p.label)
			}
			var got []Suggestion
			for _, c := range m.suggestions([]rune(tc.text)) {
				got = append(got, c.Suggestion)
			}
			checkWellFormed(t, tc.text, got)
			if r := render(tc.text, got); !reflect.DeepEqual(r, tc.want) {
				t.Errorf("memory in %q = %q, want %q", tc.text, r, tc.want)
			}
		})
	}
}

func TestMemoryScore(t *testing.T) {
	m := newMemory()
	m.confirm("华盛顿", "LOC")
	_, whole, _ := m.best("华盛顿")
	m.confirm("华盛顿", "PER")
	m.confirm("华盛顿", "LOC")
	label, split, ok := m.best("华盛顿")
	if !ok || label != "LOC" {
		t.Fatalf("best = %q, %v; want LOC", label, ok)
	}
	if whole != 1 || split >= whole || split < 0.7 {
		t.Errorf("scores: unanimous %v, two of three %v; want 1 and less than 1 but at least 0.7", whole, split)
	}
}
