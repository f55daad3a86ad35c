package corpus

import "unicode/utf8"

// ArticleText assembles an article's text from its fragments in reading
// order: headline lines first, then the body, fragments separated by "\n"
// except where a fragment continues the previous one's sentence, which is
// appended with no separator. It returns the text and, for each fragment,
// where it lies in the text (code points, end exclusive).
func ArticleText(frags []Fragment) (string, []FragmentRef) {
	var buf []byte
	refs := make([]FragmentRef, 0, len(frags))
	pos := 0
	for i, f := range frags {
		if i > 0 && !Continues(frags[i-1], f) {
			buf = append(buf, '\n')
			pos++
		}
		n := utf8.RuneCountInString(f.Text)
		buf = append(buf, f.Text...)
		refs = append(refs, FragmentRef{Source: f.Source, Block: f.Block, Kind: f.Kind, Start: pos, End: pos + n})
		pos += n
	}
	return string(buf), refs
}

// Continues reports whether next continues prev's sentence, so that the two
// join with no separator: prev is running text that does not close its
// sentence.
func Continues(prev, next Fragment) bool {
	switch prev.Kind {
	case KindHeadline, KindSubheadline, KindIntertitle, KindByline, KindCredit, KindNoise:
		return false
	}
	return prev.Text != "" && next.Text != "" && !ClosesSentence(prev.Text)
}
