package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Some extractors and OCR engines write Chinese text letter-spaced, a
// space between every two characters (市 危 化 品 专 项), when the PDF places
// each glyph by itself or the scan's characters stand apart. Read as it is,
// such a block has no words, no character pairs and no sentence that runs
// on, and the stitcher is blind. A block is letter-spaced when nearly all
// of its neighbouring Chinese characters stand one space apart (see
// letterSpaced); its text is then written together again. Spaces in
// ordinary text (记者 杨飞, 菏泽 2020, 记者 石 艳 摄) stay.

// minSpacedPairs is how many pairs of Chinese characters one space apart a
// letter-spaced block shows at least.
const minSpacedPairs = 8

// spacing counts the pairs of neighbouring CJK characters of text that
// stand one space apart and those written together.
func spacing(text string) (spaced, together int) {
	prevCJK, gap := false, 0
	for _, r := range text {
		if isSpace(r) {
			gap++
			continue
		}
		cjk := isCJK(r)
		if prevCJK && cjk {
			switch gap {
			case 0:
				together++
			case 1:
				spaced++
			}
		}
		prevCJK, gap = cjk, 0
	}
	return spaced, together
}

// isSpace is unicode.IsSpace, quick for the Chinese characters that no
// space comes after (U+3000 is the last).
func isSpace(r rune) bool {
	return r <= 0x3000 && unicode.IsSpace(r)
}

// mayBeSpaced reports whether text holds a space, a tab, an ideographic,
// no-break, en, em or thin space: what letter spacing comes as. Most
// blocks hold none, and need no closer look.
func mayBeSpaced(text string) bool {
	if strings.IndexByte(text, ' ') >= 0 || strings.IndexByte(text, '\t') >= 0 {
		return true
	}
	for _, sp := range []string{"\u3000", "\u00a0", "\u2002", "\u2003", "\u2009"} {
		if strings.Contains(text, sp) {
			return true
		}
	}
	return false
}

// letterSpaced reports whether counts of spacing tell letter spacing: at
// least minSpacedPairs pairs one space apart, and five times as many as
// are written together. Lines join without a space, so a letter-spaced
// paragraph shows a pair written together for each line it runs on. A
// byline that pads one-character names shows many spaced pairs to few
// (员 熊 静 记者 邹 军: five to one), but not eight.
func letterSpaced(spaced, together int) bool {
	return spaced >= minSpacedPairs && spaced >= 5*together
}

// unspaceBlocks writes the letter-spaced blocks of a page together. On a
// page letter-spaced as a whole, a short block that shows too few pairs to
// tell by itself (记 者  杨 飞) is written together when it is spaced more
// than not.
func unspaceBlocks(frags []Fragment) {
	type count struct{ block, spaced, together int }
	var counts []count
	total := 0
	for i, f := range frags {
		if !mayBeSpaced(f.Text) {
			continue
		}
		if s, t := spacing(f.Text); s > 0 {
			counts = append(counts, count{i, s, t})
			total += s
		}
	}
	page := pageSpaced(frags, total)
	for _, c := range counts {
		if letterSpaced(c.spaced, c.together) || page && c.spaced >= c.together {
			frags[c.block].Text = unspace(frags[c.block].Text)
		}
	}
}

// pageSpaced reports whether a page whose blocks show spaced pairs of
// CJK characters one space apart in all is letter-spaced as a whole. It
// stops counting the pairs written together as soon as they are too many,
// which on an ordinary page is within its first block of text.
func pageSpaced(frags []Fragment, spaced int) bool {
	if spaced < minSpacedPairs {
		return false
	}
	together := 0
	for _, f := range frags {
		_, t := spacing(f.Text)
		if together += t; 5*together > spaced {
			return false
		}
	}
	return true
}

// unspace writes letter-spaced text together. Of its words (runs of
// non-space runes), two one space apart are written together when either
// side is a CJK character or both are a single rune (2 0 2 0 年, a n d);
// words of Latin letters keep their space (New York), and a wider gap,
// a word space in spaced text (记 者  杨 飞), becomes one space.
func unspace(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	words := strings.FieldsFunc(text, unicode.IsSpace)
	rest := text
	for k, w := range words {
		at := strings.Index(rest, w)
		if k > 0 {
			gap := utf8.RuneCountInString(rest[:at])
			if gap > 1 || !spacedApart(words[k-1], w) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
		rest = rest[at+len(w):]
	}
	return b.String()
}

// spacedApart reports whether one space between the words a and b is
// letter spacing rather than a space between words.
func spacedApart(a, b string) bool {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if isCJK(last) || isCJK(first) {
		return true
	}
	return utf8.RuneCountInString(a) == 1 && utf8.RuneCountInString(b) == 1
}
