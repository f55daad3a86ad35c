package export

import "github.com/stitchmark/stitchmark/corpus"

type spacySpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

type spacyLine struct {
	Text  string      `json:"text"`
	Spans []spacySpan `json:"spans"`
}

// MarshalSpacy returns rec as one spaCy-ready JSONL line, newline included:
// {"text", "spans": [{"start", "end", "label"}]} with code-point offsets,
// which is what doc.char_span(start, end, label) takes. Overlapping spans of
// different labels are all kept (put them in doc.spans, not doc.ents).
func MarshalSpacy(rec corpus.ArticleRecord) ([]byte, error) {
	if err := CheckSpans(rec.ID, rec.Text, rec.Entities); err != nil {
		return nil, err
	}
	line := spacyLine{Text: rec.Text, Spans: make([]spacySpan, 0, len(rec.Entities))}
	for _, s := range sortedSpans(rec.Entities) {
		line.Spans = append(line.Spans, spacySpan{Start: s.Start, End: s.End, Label: s.Label})
	}
	b, err := marshal(line)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
