package export

import (
	"sort"

	"github.com/goccy/go-json"
	"github.com/stitchmark/stitchmark/corpus"
)

// goldEntity, goldFragment, goldJoin and goldLine are the gold JSONL line;
// the field order here is the key order on disk.
type goldEntity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
	Text  string `json:"text"`
}

type goldFragment struct {
	Source string `json:"source"`
	Block  int    `json:"block"`
	Kind   string `json:"kind"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

type goldJoin struct {
	From     int     `json:"from"`
	To       int     `json:"to"`
	Score    float64 `json:"score"`
	Decision string  `json:"decision"`
}

type goldLine struct {
	ID        string         `json:"id"`
	Title     string         `json:"title"`
	Text      string         `json:"text"`
	Entities  []goldEntity   `json:"entities"`
	Fragments []goldFragment `json:"fragments"`
	Joins     []goldJoin     `json:"joins"`
	Status    string         `json:"status"`
	Split     string         `json:"split"`
	Annotator string         `json:"annotator"`
	Offsets   string         `json:"offsets,omitempty"`
}

// marshalFunc encodes one value as JSON; the benchmark swaps in
// encoding/json to compare.
type marshalFunc func(v any) ([]byte, error)

// marshal is the package's JSON encoder: goccy/go-json with its defaults,
// which escape <, > and & as encoding/json does (its option to keep them
// runs at half the speed).
func marshal(v any) ([]byte, error) {
	return json.Marshal(v)
}

// MarshalGold checks rec (CheckRecord) and returns its gold JSONL line,
// newline included. split is written in the "split" field ("" when the
// corpus is not split). Entities are written sorted by start, end, label;
// fragments and joins in their order. With off == UTF16 every offset is in
// UTF-16 code units and the line carries "offsets": "utf16".
func MarshalGold(rec corpus.ArticleRecord, split string, off Offsets) ([]byte, error) {
	return marshalGold(marshal, rec, split, off)
}

func marshalGold(m marshalFunc, rec corpus.ArticleRecord, split string, off Offsets) ([]byte, error) {
	if err := CheckRecord(rec); err != nil {
		return nil, err
	}
	var idx utf16Index
	if off == UTF16 {
		idx = newUTF16Index(rec.Text)
	}
	line := goldLine{
		ID: rec.ID, Title: rec.Title, Text: rec.Text,
		Entities:  goldEntities(rec.Entities, idx),
		Fragments: goldFragments(rec.Fragments, idx),
		Joins:     goldJoins(rec.Joins),
		Status:    rec.Status, Split: split, Annotator: rec.Annotator,
		Offsets: string(off),
	}
	b, err := m(line)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func goldEntities(spans []corpus.Span, idx utf16Index) []goldEntity {
	out := make([]goldEntity, len(spans))
	for i, s := range sortedSpans(spans) {
		out[i] = goldEntity{Start: idx.to(s.Start), End: idx.to(s.End), Label: s.Label, Text: s.Text}
	}
	return out
}

func goldFragments(frags []corpus.FragmentRef, idx utf16Index) []goldFragment {
	out := make([]goldFragment, len(frags))
	for i, f := range frags {
		out[i] = goldFragment{Source: f.Source, Block: f.Block, Kind: string(f.Kind), Start: idx.to(f.Start), End: idx.to(f.End)}
	}
	return out
}

func goldJoins(joins []corpus.JoinRecord) []goldJoin {
	out := make([]goldJoin, len(joins))
	for i, j := range joins {
		out[i] = goldJoin{From: j.From, To: j.To, Score: j.Score, Decision: j.Decision}
	}
	return out
}

// sortedSpans returns a copy of spans sorted by start, then end, then
// label: the order every format writes them in.
func sortedSpans(spans []corpus.Span) []corpus.Span {
	out := append([]corpus.Span(nil), spans...)
	sort.Slice(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		if x.End != y.End {
			return x.End < y.End
		}
		return x.Label < y.Label
	})
	return out
}
