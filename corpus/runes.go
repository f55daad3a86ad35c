package corpus

import (
	"unicode"
	"unicode/utf8"
)

// lastRunes returns the last n runes of s (all of s if it is shorter).
func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// lastRune is the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isHan reports whether r is a Chinese character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// isBasicHan reports whether r lies in the CJK Unified Ideographs block
// (U+4E00–U+9FFF), which holds nearly every character of running Chinese
// text: a fast path that needs no Unicode tables.
func isBasicHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// isDigitRune reports whether r is an ASCII or full-width digit.
func isDigitRune(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// allHan reports whether s is non-empty and all Chinese characters.
func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}

// firstRunes returns the first n runes of s (all of s if it is shorter).
func firstRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// clipRunes is firstRunes with an ellipsis where it cut s short.
func clipRunes(s string, n int) string {
	if c := firstRunes(s, n); len(c) < len(s) {
		return c + "…"
	}
	return s
}
