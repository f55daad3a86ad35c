package corpus

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// visible returns a line's text as a reader sees it. It leaves out the
// invisible format characters some sources scatter through a line
// (zero-width spaces and joiners U+200B–U+200D, a byte-order mark U+FEFF
// where files were joined, soft hyphens, direction marks: Unicode's
// category Cf), and trims the spaces they hid; left in, they split words
// and character pairs (了\u200b解) that the stitcher reads across, and show
// as nothing on the desk. And it writes the Kangxi radicals and
// compatibility ideographs that PDF extractors give for some glyphs
// (⼀⼈⽇, U+2F00…) as the characters they stand for (一人日), which the
// dictionary, the character model and a trainer know.
func visible(line string) string {
	if strings.IndexFunc(line, needsCleaning) < 0 {
		return line
	}
	var b strings.Builder
	for _, r := range line {
		switch {
		case isFormat(r):
		case isCompatHan(r):
			b.WriteString(norm.NFKC.String(string(r)))
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimFunc(b.String(), unicode.IsSpace)
}

func needsCleaning(r rune) bool { return isFormat(r) || isCompatHan(r) }

// isFormat reports an invisible format character (category Cf), quickly
// for the Chinese characters and punctuation that are none.
func isFormat(r rune) bool {
	switch {
	case r < 0xAD, r >= 0x3000 && r <= 0x9FFF, r >= 0xFF00 && r <= 0xFFEF:
		return false
	}
	return unicode.Is(unicode.Cf, r)
}

// isCompatHan reports a CJK radical or compatibility ideograph that
// compatibility normalisation (NFKC) writes as a unified ideograph.
func isCompatHan(r rune) bool {
	return r >= 0x2E80 && r <= 0x2FDF || r >= 0xF900 && r <= 0xFAFF || r >= 0x2F800 && r <= 0x2FA1F
}
