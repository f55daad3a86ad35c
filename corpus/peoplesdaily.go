package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	json "github.com/goccy/go-json"
)

// ErrBadSource marks a labeled source corpus file that cannot be read.
var ErrBadSource = errors.New("corpus: bad source corpus")

// SourceArticle is one article of a labeled source corpus: its headline
// lines and its paragraphs, with the entity spans of each.
type SourceArticle struct {
	Title            string   // the first headline line
	Headlines        []string // the headline lines (title, sub-headline, author)
	Paragraphs       []string
	HeadlineEntities [][]Span // spans of Headlines[i], code points in that line
	Entities         [][]Span // spans of Paragraphs[i], code points in that paragraph
	Line             int      // 1-based line of the first headline in the file
}

// Text returns the article as one text: headline lines, then paragraphs,
// separated by "\n".
func (a SourceArticle) Text() string {
	return strings.Join(append(append([]string(nil), a.Headlines...), a.Paragraphs...), "\n")
}

// pdMaxHeadlines is the most headline lines an article keeps; longer runs of
// lines without closing punctuation are verse or lists, not headlines.
const pdMaxHeadlines = 3

// pdLine is one decoded line of the JSONL file.
type pdLine struct {
	text  string
	spans []Span
	line  int
}

// pdRecord is the JSON shape of one line.
type pdRecord struct {
	Text       *string `json:"text"`
	EntityList []struct {
		EntityIndex struct {
			Begin int `json:"begin"`
			End   int `json:"end"`
		} `json:"entity_index"`
		EntityType string `json:"entity_type"`
		Entity     string `json:"entity"`
	} `json:"entity_list"`
}

// LoadPeoplesDaily reads the People's Daily NER JSONL file (one labeled
// paragraph a line, in corpus order) and recovers its articles: a run of
// headline lines (lines without closing punctuation) followed by paragraphs.
// Articles without a body are skipped.
func LoadPeoplesDaily(path string) ([]SourceArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSource, err)
	}
	defer f.Close()
	lines, err := readPDLines(f, path)
	if err != nil {
		return nil, err
	}
	return pdGroupArticles(lines), nil
}

// readPDLines decodes every non-blank line of the file.
func readPDLines(f io.Reader, path string) ([]pdLine, error) {
	var lines []pdLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for n := 1; sc.Scan(); n++ {
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		l, err := decodePDLine(raw, n)
		if err != nil {
			return nil, fmt.Errorf("%w: %s:%d: %w", ErrBadSource, path, n, err)
		}
		if l.text != "" {
			lines = append(lines, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadSource, path, err)
	}
	return lines, nil
}

// decodePDLine decodes one JSON line, checks its spans and trims the text.
func decodePDLine(raw []byte, n int) (pdLine, error) {
	var rec pdRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		return pdLine{}, err
	}
	if rec.Text == nil {
		return pdLine{}, errors.New(`no "text" field`)
	}
	text := *rec.Text
	if !utf8.ValidString(text) {
		return pdLine{}, errors.New("text is not valid UTF-8")
	}
	runes := []rune(text)
	spans := make([]Span, 0, len(rec.EntityList))
	for i, e := range rec.EntityList {
		b, en := e.EntityIndex.Begin, e.EntityIndex.End
		if b < 0 || b >= en || en > len(runes) {
			return pdLine{}, fmt.Errorf("entity %d: span %d..%d out of range 0..%d", i, b, en, len(runes))
		}
		if got := string(runes[b:en]); got != e.Entity {
			return pdLine{}, fmt.Errorf("entity %d: span %d..%d covers %q, not %q", i, b, en, got, e.Entity)
		}
		spans = append(spans, Span{Start: b, End: en, Label: e.EntityType, Text: e.Entity, Origin: "human"})
	}
	text, spans = trimSourceLine(runes, spans)
	return pdLine{text: text, spans: spans, line: n}, nil
}

// trimSourceLine removes surrounding white space and line breaks inside the text
// (replaced by spaces), shifting the spans; spans on trimmed space are dropped.
func trimSourceLine(runes []rune, spans []Span) (string, []Span) {
	start, end := 0, len(runes)
	for start < end && unicode.IsSpace(runes[start]) {
		start++
	}
	for end > start && unicode.IsSpace(runes[end-1]) {
		end--
	}
	body := make([]rune, end-start)
	for i, r := range runes[start:end] {
		if r == '\n' || r == '\r' {
			r = ' '
		}
		body[i] = r
	}
	kept := spans[:0]
	for _, s := range spans {
		if s.Start >= start && s.End <= end {
			s.Start -= start
			s.End -= start
			s.Text = string(body[s.Start:s.End])
			kept = append(kept, s)
		}
	}
	return string(body), kept
}

// pdLineRole is what a line is in the article structure.
type pdLineRole int

const (
	pdRoleHeadline pdLineRole = iota // no closing punctuation
	pdRoleBody                       // ends a sentence
	pdRoleAside                      // only a parenthesised note: (附图片1张), (新华社记者樊如钧摄)
)

// pdClosingPunct ends a sentence or a clause that a body line can end with.
const pdClosingPunct = "。！？!?…”’』」；;：:"

// pdRoleOf classifies a line by its last character, looking through trailing
// parenthesised notes: "谢谢!(新华社北京12月31日电)" is body, "挂起红灯迎新年(图片)"
// a headline.
func pdRoleOf(text string) pdLineRole {
	s := text
	for strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）") {
		i := max(strings.LastIndex(s, "("), strings.LastIndex(s, "（"))
		if i < 0 {
			break
		}
		s = strings.TrimSpace(s[:i])
	}
	if s == "" {
		return pdRoleAside
	}
	last, n := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(pdClosingQuotes, last) && !strings.ContainsAny(s[:len(s)-n], pdClausePunct) {
		return pdRoleHeadline // a title that ends with a quotation: 给黄土地“拜年”
	}
	if strings.ContainsRune(pdClosingPunct, last) {
		return pdRoleBody
	}
	return pdRoleHeadline
}

// pdClosingQuotes close a quotation; a line that ends with one and has no
// clause punctuation before it is a headline, not a sentence.
const pdClosingQuotes = "”’』」"

// pdClausePunct ends a clause or a sentence inside a line.
const pdClausePunct = "。！？!?…；;：:，,"

// pdGroupArticles turns lines into articles: a run of headline and aside
// lines opens an article when body lines follow it; an aside after body
// stays with its article, as does an intertitle (pdIntertitle); body
// before the first headline is dropped.
func pdGroupArticles(lines []pdLine) []SourceArticle {
	roles := make([]pdLineRole, len(lines))
	for i, l := range lines {
		roles[i] = pdRoleOf(l.text)
	}
	var arts []SourceArticle
	var head []pdLine
	for i, l := range lines {
		role := roles[i]
		if pdIntertitle(lines, roles, i) {
			role = pdRoleBody
		}
		if role == pdRoleHeadline || (role == pdRoleAside && (len(head) > 0 || len(arts) == 0)) {
			head = append(head, l)
			continue
		}
		if len(head) > 0 {
			arts = append(arts, newSourceArticle(head))
			head = nil
		}
		if len(arts) == 0 {
			continue
		}
		last := &arts[len(arts)-1]
		last.Paragraphs = append(last.Paragraphs, l.text)
		last.Entities = append(last.Entities, l.spans)
	}
	return pdMergeSections(arts)
}

// Section headings the data file prints like headlines: a feature in
// sections (风景这边好, 症结在哪里, 解决新矛盾 under 小水利遍山乡) would
// otherwise come out as several short articles on one subject.
const (
	pdMaxSectionRunes = 6   // a section heading is a few characters
	pdMinSectionSim   = 0.1 // how alike the section and the article before it must be
)

// pdMergeSections puts back into its article each section that
// pdGroupArticles took for an article of its own: one whose only headline
// line is short, after an article that no byline, source line or credit
// closes, and whose text is as alike to that article's as one article's
// parts are (bigram tf-idf cosine over the file's articles; two reports
// on one subject stay apart, each closed by its byline or source line).
func pdMergeSections(arts []SourceArticle) []SourceArticle {
	if len(arts) < 2 {
		return arts
	}
	texts := make([]Fragment, len(arts))
	for k, a := range arts {
		texts[k] = Fragment{Text: strings.Join(a.Paragraphs, "")}
	}
	p := newPageTerms(texts)
	g := p.gram(p.vectors(nil))
	out := []SourceArticle{arts[0]}
	for k := 1; k < len(arts); k++ {
		cur, prev := arts[k], &out[len(out)-1]
		if !pdIsSection(*prev, cur) || g[k-1][k] < pdMinSectionSim {
			out = append(out, cur)
			continue
		}
		prev.Paragraphs = append(append(prev.Paragraphs, cur.Title), cur.Paragraphs...)
		prev.Entities = append(append(prev.Entities, cur.HeadlineEntities[0]), cur.Entities...)
	}
	return out
}

// pdIsSection reports whether cur can be a section of prev by form: a
// single short headline line, and prev not closed by a byline, a source
// line or a photo credit.
func pdIsSection(prev, cur SourceArticle) bool {
	if len(cur.Headlines) != 1 || utf8.RuneCountInString(cur.Title) > pdMaxSectionRunes || len(prev.Paragraphs) == 0 {
		return false
	}
	return !endsWithCredit(FullWidth(prev.Paragraphs[len(prev.Paragraphs)-1]))
}

// pdIntertitle reports whether line i, a line without closing punctuation
// between two body lines (roles are the lines' pdRoleOf), is an intertitle
// of the article rather than the headline of the next: it has a comma
// (穷则思变,走扶贫开发与计生相结合之路), which headlines leave out.
func pdIntertitle(lines []pdLine, roles []pdLineRole, i int) bool {
	if i == 0 || i+1 >= len(lines) || !strings.ContainsAny(lines[i].text, "，,") {
		return false
	}
	return roles[i] == pdRoleHeadline && roles[i-1] == pdRoleBody && roles[i+1] == pdRoleBody
}

// newSourceArticle starts an article from the headline run before its body,
// keeping at most the last pdMaxHeadlines lines and no leading asides.
func newSourceArticle(head []pdLine) SourceArticle {
	if len(head) > pdMaxHeadlines {
		head = head[len(head)-pdMaxHeadlines:]
	}
	for len(head) > 1 && pdRoleOf(head[0].text) == pdRoleAside {
		head = head[1:]
	}
	a := SourceArticle{Title: head[0].text, Line: head[0].line}
	for _, l := range head {
		a.Headlines = append(a.Headlines, l.text)
		a.HeadlineEntities = append(a.HeadlineEntities, l.spans)
	}
	return a
}

// SplitArticles splits arts, in order, into a tuning part (the first
// tuneShare of them, rounded) and a reporting part (the rest), so that a
// stitcher tuned on one part is reported on the other. The share is
// clamped to [0, 1]; the parts do not share storage.
func SplitArticles(arts []SourceArticle, tuneShare float64) (tune, report []SourceArticle) {
	if math.IsNaN(tuneShare) {
		tuneShare = 0
	}
	k := int(math.Round(min(1, max(0, tuneShare)) * float64(len(arts))))
	return arts[:k:k], arts[k:]
}
