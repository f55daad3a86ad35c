package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitFragments splits text into its blocks: maximal runs of non-blank
// lines, a blank line being empty or whitespace only (or invisible format
// characters, see visible). A form feed (\f, the page break PDF extractors
// such as pdftotext write) ends a block as a blank line does, also in the
// middle of a line. Each block's lines are stripped of spaces and
// invisible format characters and joined with no separator when either
// side of the join is a CJK character and with one space otherwise
// (between Latin words or digits). Letter-spaced blocks (市 危 化 品 专 项,
// see unspaceBlocks) are written together again. Start and End are the
// block's code-point offsets in text, from the first non-space rune of its
// first line to the end of its last line's last non-space rune. Blocks are
// numbered from 0 in file order, Kind is left empty (see Classify). text
// should already use \n line ends (see NormalizeNewlines); a stray \r is
// treated as whitespace.
//
// A text without a single blank line whose lines read as paragraphs (see
// paragraphLines) or as a page's printed lines (see printedLines) is split
// a line a block instead.
func SplitFragments(source, text string) []Fragment {
	sp := split(source, text, false)
	if sp.blankEnds == 0 && len(sp.frags) > 0 && lineCount(text) >= minParagraphLines {
		if lines := split(source, text, true); paragraphLines(lines.frags) || printedLines(lines.frags) {
			sp = lines
		}
	}
	unspaceBlocks(sp.frags)
	return sp.frags
}

// split walks text once; with perLine every non-blank line is a block,
// but for a line of closing marks alone (，), which goes with the line
// before it: extractors leave a mark that stands out in the margin of a
// justified line on a line of its own.
func split(source, text string, perLine bool) *splitter {
	sp := &splitter{source: source, perLine: perLine}
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		for {
			part, after, feed := strings.Cut(line, "\f")
			if feed && visible(strings.TrimSpace(part)) == "" {
				sp.pos += utf8.RuneCountInString(part) // a page break is no blank line
			} else {
				sp.line(part)
			}
			if !feed {
				break
			}
			sp.end()
			sp.pos++ // the form feed
			line = after
		}
		sp.pos++ // the line end
	}
	sp.end()
	return sp
}

// splitter collects the blocks of SplitFragments.
type splitter struct {
	source    string
	perLine   bool // every line is a block of its own
	blankEnds int  // blocks a blank line ended
	frags     []Fragment
	cur       *Fragment
	b         strings.Builder
	pos       int // rune offset of the next line in the text
}

// line adds one line (without its line end) at offset pos: a blank line
// (one of spaces and invisible format characters, see visible) ends the
// current block, any other line extends it or starts a new one.
func (sp *splitter) line(line string) {
	n := utf8.RuneCountInString(line)
	lead, body := trimLine(line)
	text := visible(body)
	if text == "" {
		if sp.cur != nil {
			sp.blankEnds++
		}
		sp.end()
		sp.pos += n
		return
	}
	start := sp.pos + lead
	if sp.perLine && !marksOnly(text) {
		sp.end()
	}
	if sp.cur == nil {
		sp.cur = &Fragment{Source: sp.source, Block: len(sp.frags), Start: start}
		sp.b.Reset()
	} else {
		appendJoin(&sp.b, text)
	}
	sp.b.WriteString(text)
	sp.cur.End = start + utf8.RuneCountInString(body)
	sp.pos += n
}

// marksOnly reports whether text is punctuation that opens nothing, and
// nothing else: commas, stops (，。、), closing brackets and quotation
// marks.
func marksOnly(text string) bool {
	for _, r := range text {
		if !unicode.In(r, unicode.Pe, unicode.Pf, unicode.Po) {
			return false
		}
	}
	return true
}

// end closes the current block, if any.
func (sp *splitter) end() {
	if sp.cur != nil {
		sp.cur.Text = sp.b.String()
		sp.frags = append(sp.frags, *sp.cur)
		sp.cur = nil
	}
}

// trimLine strips line's leading and trailing white space and returns the
// number of runes stripped from its start along with what is left.
func trimLine(line string) (lead int, body string) {
	body = strings.TrimLeftFunc(line, unicode.IsSpace)
	lead = utf8.RuneCountInString(line[:len(line)-len(body)])
	return lead, strings.TrimRightFunc(body, unicode.IsSpace)
}

// appendJoin writes the separator between the block text in b and the next
// line: nothing next to a CJK character, one space otherwise.
func appendJoin(b *strings.Builder, next string) {
	s := b.String()
	last, _ := utf8.DecodeLastRuneInString(s)
	first, _ := utf8.DecodeRuneInString(next)
	if !isCJK(last) && !isCJK(first) {
		b.WriteByte(' ')
	}
}

// isCJK reports whether r is a Chinese, Japanese or Korean character or
// punctuation mark: text that is written without spaces between words.
func isCJK(r rune) bool {
	switch {
	case r < 0x2EA: // Latin, before the Bopomofo tone marks
		return r == '·'
	case r >= 0x4E00 && r <= 0x9FFF: // the common ideographs, first for speed
		return true
	case r >= 0x3000 && r <= 0x303F: // CJK symbols and punctuation
		return true
	case r >= 0xFF00 && r <= 0xFFEF: // full-width forms
		return true
	case r >= 0xFE30 && r <= 0xFE4F: // CJK compatibility forms
		return true
	case r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—':
		return true // used as Chinese punctuation
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo)
}
