package corpus

import (
	"strings"
	"unicode"
)

// visible returns a line's text without the invisible format characters
// some sources scatter through it (zero-width spaces and joiners U+200B–
// U+200D, a byte-order mark U+FEFF where files were joined, soft hyphens,
// direction marks: Unicode's category Cf), trimmed of the spaces they
// hid. Left in, they split words and character pairs (了\u200b解) that the
// stitcher reads across, and show as nothing on the desk.
func visible(line string) string {
	if strings.IndexFunc(line, isFormat) < 0 {
		return line
	}
	line = strings.Map(func(r rune) rune {
		if isFormat(r) {
			return -1
		}
		return r
	}, line)
	return strings.TrimFunc(line, unicode.IsSpace)
}

// isFormat reports an invisible format character (category Cf), quickly
// for the Chinese characters and punctuation that are none.
func isFormat(r rune) bool {
	switch {
	case r < 0xAD, r >= 0x3000 && r <= 0x9FFF, r >= 0xFF00 && r <= 0xFFEF:
		return false
	}
	return unicode.Is(unicode.Cf, r)
}
