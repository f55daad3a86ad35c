package corpus

import "testing"

var nameRunTests = map[string]struct {
	text string
	want bool
}{
	"two names":          {"孙海涛胡跃平", true},
	"three names":        {"尹家骅钱友荣郭凯", true},
	"compound surname":   {"欧阳文斌王磊", true},
	"one name":           {"赵念东", false},
	"a picture note":     {"附图片一张", false},
	"words":              {"安全生产", false},
	"too long":           {"王磊王磊王磊王磊王磊王磊王磊", false},
	"with a digit":       {"王磊1张", false},
	"a name then a word": {"王磊要求", false},
}

func TestIsNameRun(t *testing.T) {
	for name, tt := range nameRunTests {
		t.Run(name, func(t *testing.T) {
			if got := isNameRun(tt.text); got != tt.want {
				t.Errorf("isNameRun(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzIsNameRun(f *testing.F) {
	for _, tt := range nameRunTests {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isNameRun(s) && (!allHan(s) || len([]rune(s)) < 4) {
			t.Fatalf("isNameRun(%q) with non-Chinese or short text", s)
		}
	})
}
