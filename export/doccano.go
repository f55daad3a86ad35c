package export

import "github.com/stitchmark/stitchmark/corpus"

// doccanoLine is doccano's sequence-labeling JSONL line:
// {"text": …, "label": [[start, end, "LABEL"], …]}.
type doccanoLine struct {
	Text  string  `json:"text"`
	Label [][]any `json:"label"`
}

// MarshalDoccano returns rec as one line of doccano's JSONL, newline
// included: {"text", "label": [[start, end, label]]}, code-point offsets
// (or UTF-16 with off == UTF16, as doccano itself exports them). The line
// carries no id: doccano keeps extra keys as metadata, and its own id is
// an integer it assigns.
func MarshalDoccano(rec corpus.ArticleRecord, off Offsets) ([]byte, error) {
	if err := CheckSpans(rec.ID, rec.Text, rec.Entities); err != nil {
		return nil, err
	}
	var idx utf16Index
	if off == UTF16 {
		idx = newUTF16Index(rec.Text)
	}
	line := doccanoLine{Text: rec.Text, Label: make([][]any, 0, len(rec.Entities))}
	for _, s := range sortedSpans(rec.Entities) {
		line.Label = append(line.Label, []any{idx.to(s.Start), idx.to(s.End), s.Label})
	}
	b, err := marshal(line)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
