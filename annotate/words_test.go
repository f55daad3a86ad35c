package annotate

import (
	"reflect"
	"testing"
)

func TestWordBreaks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []int
	}{
		{name: "empty", text: "", want: []int{0}},
		{name: "words", text: "菏泽市召开会议", want: []int{0, 3, 5, 7}},
		{name: "name and verb", text: "江泽民发表讲话", want: []int{0, 3, 5, 7}},
		{name: "traditional words", text: "菏澤市召開會議", want: []int{0, 3, 5, 7}},
		{name: "digits and punctuation", text: "9月14日，开会", want: []int{0, 1, 2, 4, 5, 6, 8}},
		{name: "spaces", text: "菏泽 日报", want: []int{0, 2, 3, 5}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := WordBreaks(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("WordBreaks(%q) = %v, want %v (words %v)", tc.text, got, tc.want, shared.tokens(tc.text))
			}
		})
	}
}

func FuzzWordBreaks(f *testing.F) {
	for _, tc := range ruleTests {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := WordBreaks(text)
		n := len([]rune(text))
		if len(got) == 0 || got[0] != 0 || got[len(got)-1] != n {
			t.Fatalf("WordBreaks(%q) = %v, want 0 … %d", text, got, n)
		}
		for i := 1; i < len(got); i++ {
			if got[i] <= got[i-1] {
				t.Fatalf("WordBreaks(%q) = %v, not strictly increasing", text, got)
			}
		}
	})
}
