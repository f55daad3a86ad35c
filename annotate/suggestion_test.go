package annotate

import (
	"reflect"
	"testing"
)

func TestChoose(t *testing.T) {
	c := func(start, end, priority int, label string) candidate {
		return candidate{Suggestion: Suggestion{Start: start, End: end, Label: label, Score: 0.5, Rule: "test"}, priority: priority}
	}
	tests := []struct {
		name  string
		cands []candidate
		want  []Suggestion
	}{
		{name: "memory beats longer rule", cands: []candidate{c(0, 6, priorityRule, "DATE"), c(2, 4, priorityMemory, "ORG")},
			want: []Suggestion{c(2, 4, priorityMemory, "ORG").Suggestion}},
		{name: "longer wins within a source", cands: []candidate{c(0, 3, priorityDict, "LOC"), c(0, 8, priorityDict, "ORG")},
			want: []Suggestion{c(0, 8, priorityDict, "ORG").Suggestion}},
		{name: "earlier wins a tie", cands: []candidate{c(3, 5, priorityDict, "PER"), c(2, 4, priorityDict, "LOC")},
			want: []Suggestion{c(2, 4, priorityDict, "LOC").Suggestion}},
		{name: "touching spans both kept, sorted", cands: []candidate{c(4, 6, priorityDict, "PER"), c(0, 4, priorityRule, "DATE")},
			want: []Suggestion{c(0, 4, priorityRule, "DATE").Suggestion, c(4, 6, priorityDict, "PER").Suggestion}},
		{name: "empty", cands: nil, want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := choose(tc.cands); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("choose = %+v, want %+v", got, tc.want)
			}
		})
	}
}
