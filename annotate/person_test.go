package annotate

import "testing"

func TestLooksLikeName(t *testing.T) {
	tests := map[string]bool{
		"江泽民":      true,
		"李鹏":       true,
		"欧阳修":      true,
		"叶利钦":      true,
		"克林顿":      true,
		"内塔尼亚胡":    true,
		"扎耶德":      true,
		"邓小平理论":    false, // too long for a Chinese name
		"崇高":       false, // 崇 is no common surname, 高 no foreign sound
		"五星红旗":     false,
		"冉冉升起":     true, // 冉 is a surname: the shape cannot tell
		"新秩序":      false,
		"兰":        false, // a single code point
		"阿卜杜拉·巴":   false, // 卜 is not in the transliteration set
		"穆罕默德拉斐克塔": false, // longer than seven
	}
	for word, want := range tests {
		if got := looksLikeName(word); got != want {
			t.Errorf("looksLikeName(%q) = %v, want %v", word, got, want)
		}
	}
}
