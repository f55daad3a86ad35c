package corpus

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/traditionalchinese"
)

// traditional prints text in traditional characters, the inverse of
// Simplified, to make test pages of the kind Hong Kong and Taiwan papers
// print. Of the traditional forms of a character it takes the first in
// Big5 (發 for 发), so variants outside Big5 (敎 for 教) are left out.
func traditional(text string) string {
	return strings.Map(func(r rune) rune {
		if t, ok := toTraditional()[r]; ok {
			return t
		}
		return r
	}, text)
}

var toTraditional = sync.OnceValue(func() map[rune]rune {
	inv := map[rune]rune{}
	enc := traditionalchinese.Big5.NewEncoder()
	for t, s := range toSimplified().m {
		if _, err := enc.String(string(t)); err != nil {
			continue
		}
		if old, ok := inv[s]; !ok || t < old {
			inv[s] = t
		}
	}
	return inv
})

var simplifiedTests = map[string]struct {
	in, want string
}{
	"traditional news": {"本報訊（記者 楊飛）使他們真正了解、明白。", "本报讯（记者 杨飞）使他们真正了解、明白。"},
	"jump note":        {"（下轉第二版）", "（下转第二版）"},
	"agency dateline":  {"新華社北京1月1日電", "新华社北京1月1日电"},
	"already simple":   {"菏泽日报讯 全市经济发展。", "菏泽日报讯 全市经济发展。"},
	"mixed with latin": {"GDP增長8%，WTO會議", "GDP增长8%，WTO会议"},
	"empty":            {"", ""},
}

func TestSimplified(t *testing.T) {
	for name, tc := range simplifiedTests {
		t.Run(name, func(t *testing.T) {
			got := Simplified(tc.in)
			if got != tc.want {
				t.Errorf("Simplified(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if utf8.RuneCountInString(got) != utf8.RuneCountInString(tc.in) {
				t.Errorf("rune count changed: %d → %d", utf8.RuneCountInString(tc.in), utf8.RuneCountInString(got))
			}
		})
	}
}

func FuzzSimplified(f *testing.F) {
	for _, tc := range simplifiedTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Simplified(s)
		if utf8.ValidString(s) && utf8.RuneCountInString(got) != utf8.RuneCountInString(s) {
			t.Errorf("Simplified(%q) = %q: rune count changed", s, got)
		}
		if Simplified(got) != got {
			t.Errorf("Simplified is not idempotent on %q", s)
		}
	})
}

func TestSimplifiedRoundTrip(t *testing.T) {
	tune, _ := splitPD(t)
	changed, total := 0, 0
	for _, a := range tune[:50] {
		for _, p := range a.Paragraphs {
			if got := Simplified(traditional(p)); got != p {
				t.Fatalf("round trip changed the paragraph:\n%s\n%s", p, got)
			}
			for _, r := range p {
				total++
				if _, ok := toSimplified().m[r]; ok {
					changed++
				}
			}
		}
	}
	if changed*1000 > total {
		t.Errorf("%d of %d runes of simplified news are in the traditional table", changed, total)
	}
}

// TestScriptTableMarks checks that the quick test for traditional
// characters agrees with the table: every character of the table is
// marked, and no simplified form that is not itself in the table is.
func TestScriptTableMarks(t *testing.T) {
	tab := toSimplified()
	for r, s := range tab.m {
		if !tab.traditional(r) {
			t.Errorf("%c (U+%04X) is in the table but not marked", r, r)
		}
		if _, ok := tab.m[s]; !ok && tab.traditional(s) {
			t.Errorf("simplified %c (U+%04X) is marked", s, s)
		}
	}
	for _, r := range "中文报纸，abc123" {
		if tab.traditional(r) {
			t.Errorf("%c is marked", r)
		}
	}
}
