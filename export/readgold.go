package export

import (
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/goccy/go-json"
	"github.com/stitchmark/stitchmark/corpus"
)

// goldKeys are the keys a gold JSONL line may have; required ones are
// true.
var goldKeys = map[string]bool{
	"id": true, "title": false, "text": true, "entities": true, "fragments": false,
	"joins": false, "status": true, "split": false, "annotator": false, "offsets": false,
}

// parseGold decodes one gold JSONL line whose top-level keys are keys.
func parseGold(line []byte, keys map[string]json.RawMessage) (Item, error) {
	if err := checkGoldKeys(keys); err != nil {
		return Item{}, err
	}
	var g goldLine
	if err := json.Unmarshal(line, &g); err != nil {
		return Item{}, fmt.Errorf("%w: %v", ErrBadLine, err)
	}
	switch g.Split {
	case "", "train", "dev", "test":
	default:
		return Item{}, fmt.Errorf("%w: article %s: split %q (want train, dev, test or \"\")", ErrBadRecord, g.ID, g.Split)
	}
	off, err := ParseOffsets(g.Offsets)
	if err != nil || g.Offsets == "codepoints" {
		return Item{}, fmt.Errorf("%w: article %s: offsets %q (want \"utf16\" or no field)", ErrBadRecord, g.ID, g.Offsets)
	}
	rec, err := goldRecord(g, off)
	if err != nil {
		return Item{}, err
	}
	return Item{Record: rec, Split: g.Split, Format: FormatJSONL}, nil
}

// checkGoldKeys reports an unknown key (a typo, or another tool's key
// naming) or a missing required one.
func checkGoldKeys(keys map[string]json.RawMessage) error {
	var unknown []string
	for k := range keys {
		if _, ok := goldKeys[k]; !ok {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("%w: unknown key %q in a gold JSONL line", ErrBadLine, unknown[0])
	}
	for _, k := range []string{"id", "text", "entities", "status"} {
		if v, ok := keys[k]; !ok || string(v) == "null" {
			return fmt.Errorf("%w: gold JSONL line without %q", ErrBadLine, k)
		}
	}
	return nil
}

// goldRecord turns a decoded line into a record with code-point offsets.
func goldRecord(g goldLine, off Offsets) (corpus.ArticleRecord, error) {
	rec := corpus.ArticleRecord{ID: g.ID, Title: g.Title, Text: g.Text, Status: g.Status, Annotator: g.Annotator}
	var idx utf16Index
	if off == UTF16 {
		idx = newUTF16Index(g.Text)
	}
	n := utf8.RuneCountInString(g.Text)
	conv := func(what string, i, u int) (int, error) {
		if off != UTF16 {
			return u, nil
		}
		cp, ok := idx.from(u, n)
		if !ok {
			return 0, fmt.Errorf("%w: article %s: %s %d: UTF-16 offset %d is out of range or inside a surrogate pair", ErrBadSpan, g.ID, what, i, u)
		}
		return cp, nil
	}
	for i, e := range g.Entities {
		s, err := conv("entity", i, e.Start)
		if err != nil {
			return rec, err
		}
		t, err := conv("entity", i, e.End)
		if err != nil {
			return rec, err
		}
		rec.Entities = append(rec.Entities, corpus.Span{Start: s, End: t, Label: e.Label, Text: e.Text, Origin: corpus.OriginHuman})
	}
	for i, f := range g.Fragments {
		s, err := conv("fragment", i, f.Start)
		if err != nil {
			return rec, err
		}
		t, err := conv("fragment", i, f.End)
		if err != nil {
			return rec, err
		}
		rec.Fragments = append(rec.Fragments, corpus.FragmentRef{Source: f.Source, Block: f.Block, Kind: corpus.Kind(f.Kind), Start: s, End: t})
	}
	for _, j := range g.Joins {
		rec.Joins = append(rec.Joins, corpus.JoinRecord{From: j.From, To: j.To, Score: j.Score, Decision: j.Decision})
	}
	return rec, nil
}
