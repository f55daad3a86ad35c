package annotate

import (
	"reflect"
	"testing"
)

func TestRuneIndex(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []int
	}{
		{name: "empty", text: "", want: []int{0}},
		{name: "ascii", text: "ab", want: []int{0, 1, 2}},
		{name: "汉字", text: "菏泽", want: []int{0, 0, 0, 1, 1, 1, 2}},
		{name: "mixed", text: "9月", want: []int{0, 1, 1, 1, 2}},
		{name: "broken utf8", text: "\xff月", want: []int{0, 1, 1, 1, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := runeIndex(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("runeIndex(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
