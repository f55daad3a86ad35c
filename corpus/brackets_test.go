package corpus

import "testing"

var bracketTests = map[string]struct {
	text         string
	open, closed uint16
}{
	"引号未闭合":     {"他说：“要把工作做实", 1, 0},
	"引号先闭合":     {"做实做细。”他表示", 0, 1},
	"成对的引号":     {"他说：“好。”", 0, 0},
	"书名号与括号未闭合": {"阅读《世界华文女作家（上", 1<<2 | 1<<1, 0},
	"先闭合后打开":    {"传记丛书》可供佐证，“文", 1, 1 << 2},
	"没有标点":      {"今天天气很好", 0, 0},
}

func TestBrackets(t *testing.T) {
	for name, tt := range bracketTests {
		t.Run(name, func(t *testing.T) {
			if open, closed := brackets(tt.text); open != tt.open || closed != tt.closed {
				t.Errorf("brackets(%q) = %b, %b; want %b, %b", tt.text, open, closed, tt.open, tt.closed)
			}
		})
	}
}

func FuzzBrackets(f *testing.F) {
	for _, tt := range bracketTests {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// A text and its continuation: what the first leaves open, the
		// second closes when it is the first's closing marks reversed.
		open, _ := brackets(text)
		var closing []rune
		for k, p := range bracketPairs {
			if open&(1<<k) != 0 {
				closing = append(closing, p[1])
			}
		}
		if _, got := brackets(string(closing)); got != open {
			t.Fatalf("%q leaves %b open, its closing marks %q close %b", text, open, string(closing), got)
		}
	})
}
