package corpus

// maxIndentSpaces is the most ASCII spaces taken for a paragraph indent;
// more are the column position of a layout-preserving extractor.
const maxIndentSpaces = 4

// paragraphIndents reports, for each fragment of text, whether its first line is
// indented as a paragraph's first line is printed: after one or two
// ideographic spaces (　　) or two to maxIndentSpaces ASCII spaces or a
// tab. Fragments' Start offsets are code points in text, in file order; a
// fragment whose offsets do not fit text counts as not indented.
func paragraphIndents(text string, frags []Fragment) []bool {
	out := make([]bool, len(frags))
	k := 0          // the next fragment
	pos := 0        // code-point offset of r
	lineStart := 0  // code-point offset of the current line's first rune
	var lead []rune // the white space the current line opens with
	leading := true // still in the current line's leading white space
	for _, r := range text {
		for k < len(frags) && frags[k].Start < pos {
			k++ // an offset that does not fit
		}
		if k < len(frags) && frags[k].Start == pos {
			out[k] = pos > lineStart && leading && isIndent(lead)
			k++
		}
		switch {
		case r == '\n' || r == '\f': // a form feed starts a page, and a line
			lineStart, lead, leading = pos+1, lead[:0], true
		case leading && (r == ' ' || r == '\t' || r == '\u3000'):
			lead = append(lead, r)
		default:
			leading = false
		}
		pos++
	}
	return out
}

// isIndent reports whether the white space opening a line is a paragraph
// indent.
func isIndent(lead []rune) bool {
	var ideo, spaces, tabs int
	for _, r := range lead {
		switch r {
		case '\u3000':
			ideo++
		case ' ':
			spaces++
		case '\t':
			tabs++
		}
	}
	switch {
	case ideo > 0:
		return ideo <= 2 && spaces <= 1 && tabs == 0
	case tabs > 0:
		return tabs == 1 && spaces == 0
	}
	return spaces >= 2 && spaces <= maxIndentSpaces
}
