package export

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/goccy/go-json"
	"github.com/stitchmark/stitchmark/corpus"
)

// doccanoLabel is one [start, end, "LABEL"] triple of a doccano line.
type doccanoLabel struct {
	Start, End int
	Label      string
}

// UnmarshalJSON reads [start, end, "LABEL"] and nothing else.
func (d *doccanoLabel) UnmarshalJSON(b []byte) error {
	var parts []json.RawMessage
	if err := json.Unmarshal(b, &parts); err != nil || len(parts) != 3 {
		return fmt.Errorf("%w: a doccano label is [start, end, \"LABEL\"], not %.40s", ErrBadLine, b)
	}
	if json.Unmarshal(parts[0], &d.Start) != nil || json.Unmarshal(parts[1], &d.End) != nil || json.Unmarshal(parts[2], &d.Label) != nil {
		return fmt.Errorf("%w: a doccano label is [start, end, \"LABEL\"], not %.40s", ErrBadLine, b)
	}
	return nil
}

// doccanoIn is a doccano line as read: extra keys (doccano's metadata
// columns) are allowed and ignored.
type doccanoIn struct {
	ID    json.RawMessage `json:"id"`
	Text  *string         `json:"text"`
	Label []doccanoLabel  `json:"label"`
}

// parseDoccano decodes one doccano line into a record with status
// "labeled" (doccano has no review status), the id from its "id" key
// (a number or string) or else "line-N", the entity texts cut from the
// text, and one body fragment covering the text: block N−1 of the source
// r.Source, so that a project can hold it.
func (r *Reader) parseDoccano(line []byte) (Item, error) {
	var d doccanoIn
	if err := json.Unmarshal(line, &d); err != nil {
		return Item{}, fmt.Errorf("%w: %v", ErrBadLine, err)
	}
	if d.Text == nil {
		return Item{}, fmt.Errorf("%w: doccano line without \"text\"", ErrBadLine)
	}
	id, err := doccanoID(d.ID, r.line)
	if err != nil {
		return Item{}, err
	}
	rec := corpus.ArticleRecord{ID: id, Text: *d.Text, Status: string(corpus.StatusLabeled)}
	n := utf8.RuneCountInString(rec.Text)
	if n == 0 {
		return Item{}, fmt.Errorf("%w: doccano line with an empty \"text\"", ErrBadLine)
	}
	rec.Fragments = []corpus.FragmentRef{{Source: r.Source, Block: r.line - 1, Kind: corpus.KindBody, Start: 0, End: n}}
	offs := runeOffsets(rec.Text)
	var idx utf16Index
	if r.DoccanoOffsets == UTF16 {
		idx = newUTF16Index(rec.Text)
	}
	for i, l := range d.Label {
		s, ok1 := idx.from(l.Start, n)
		e, ok2 := idx.from(l.End, n)
		if !ok1 || !ok2 || s >= e {
			return Item{}, fmt.Errorf("%w: article %s: label %d [%d,%d) %s: want 0 ≤ start < end ≤ %d", ErrBadSpan, id, i, l.Start, l.End, l.Label, n)
		}
		rec.Entities = append(rec.Entities, corpus.Span{Start: s, End: e, Label: l.Label, Text: rec.Text[offs[s]:offs[e]], Origin: corpus.OriginHuman})
	}
	return Item{Record: rec, Format: FormatDoccano}, nil
}

// doccanoID reads a doccano "id": a string, an integer, or absent.
func doccanoID(raw json.RawMessage, line int) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "line-" + strconv.Itoa(line), nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil && s != "" {
		return s, nil
	}
	var n int64
	if json.Unmarshal(raw, &n) == nil {
		return strconv.FormatInt(n, 10), nil
	}
	return "", fmt.Errorf("%w: doccano \"id\" %.40s is neither a string nor an integer", ErrBadLine, raw)
}
