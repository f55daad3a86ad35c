package corpus

import "testing"

func TestClipRunes(t *testing.T) {
	tests := map[string]struct {
		s    string
		n    int
		want string
	}{
		"短标题不截":    {"书法家助力", 12, "书法家助力"},
		"正好十二个字":   {"市危化品专项整治工作会议", 12, "市危化品专项整治工作会议"},
		"长标题截断加省略": {"市危化品专项整治工作会议要求", 12, "市危化品专项整治工作会议…"},
		"空":        {"", 3, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := clipRunes(tc.s, tc.n); got != tc.want {
				t.Errorf("clipRunes(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
			}
		})
	}
}
