package export

import (
	"fmt"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/stitchmark/stitchmark/corpus"
)

// Tags is the tagging scheme of the CoNLL export.
type Tags string

// The tagging schemes: BIO (B-X first character, I-X the rest) and BIOES
// (S-X for a one-character entity, E-X for the last character).
const (
	BIO   Tags = "bio"
	BIOES Tags = "bioes"
)

// ParseTags reads the --tags flag: "bio" (or "") or "bioes".
func ParseTags(s string) (Tags, error) {
	switch s {
	case "", "bio":
		return BIO, nil
	case "bioes":
		return BIOES, nil
	}
	return "", fmt.Errorf("%w: tags %q (want bio or bioes)", ErrBadOption, s)
}

// MarshalCoNLL returns rec as character-level CoNLL: one line per
// character, "字 TAG", then one blank line. Whitespace characters (spaces,
// the full-width space, tabs, the paragraph newline) get no line: they are
// skipped, and an entity that contains one (王 浩) is tagged on its other
// characters. Entities of different labels may nest in the gold corpus, but
// a tag line holds one tag, so Flatten picks the entities tagged; dropped
// says how many were left out. A record with no characters but whitespace
// gives no output.
func MarshalCoNLL(rec corpus.ArticleRecord, tags Tags) (out []byte, dropped int, err error) {
	if err := CheckSpans(rec.ID, rec.Text, rec.Entities); err != nil {
		return nil, 0, err
	}
	runes := []rune(rec.Text)
	flat := Flatten(rec.Entities)
	labels := charTags(runes, flat, tags)
	out = make([]byte, 0, len(rec.Text)+4*len(runes))
	for i, r := range runes {
		if unicode.IsSpace(r) {
			continue
		}
		out = utf8.AppendRune(out, r)
		out = append(out, ' ')
		out = append(out, labels[i]...)
		out = append(out, '\n')
	}
	if len(out) > 0 {
		out = append(out, '\n')
	}
	return out, len(rec.Entities) - len(flat), nil
}

// Flatten returns the entities that a one-tag-per-character format can
// hold: sorted by start, a longer entity first, and each one kept only if
// it starts after the last kept one ends. So of nested entities the
// outermost wins (精进电动科技(菏泽)有限公司 over 菏泽), and of two crossing
// ones the earlier.
func Flatten(spans []corpus.Span) []corpus.Span {
	sorted := append([]corpus.Span(nil), spans...)
	sort.Slice(sorted, func(a, b int) bool {
		x, y := sorted[a], sorted[b]
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		if x.End != y.End {
			return x.End > y.End
		}
		return x.Label < y.Label
	})
	var out []corpus.Span
	end := 0
	for _, s := range sorted {
		if s.Start >= end {
			out = append(out, s)
			end = s.End
		}
	}
	return out
}

// charTags returns the tag of every code point (runes) for the flat
// (non-overlapping) spans; whitespace inside an entity is tagged "O" and
// the entity's B/I/E/S tags go on its other characters.
func charTags(runes []rune, flat []corpus.Span, tags Tags) []string {
	out := make([]string, len(runes))
	for i := range out {
		out[i] = "O"
	}
	names := map[string]*[4]string{} // label → its B, I, E, S tags
	for _, s := range flat {
		name := names[s.Label]
		if name == nil {
			name = &[4]string{"B-" + s.Label, "I-" + s.Label, "E-" + s.Label, "S-" + s.Label}
			names[s.Label] = name
		}
		n := 0
		for i := s.Start; i < s.End; i++ {
			if !unicode.IsSpace(runes[i]) {
				n++
			}
		}
		k := 0
		for i := s.Start; i < s.End; i++ {
			if !unicode.IsSpace(runes[i]) {
				out[i] = name[tagFor(k, n, tags)]
				k++
			}
		}
	}
	return out
}

// tagFor is the tag (0 B, 1 I, 2 E, 3 S) of the k-th of n characters of
// an entity.
func tagFor(k, n int, tags Tags) int {
	switch {
	case tags == BIOES && n == 1:
		return 3
	case k == 0:
		return 0
	case tags == BIOES && k == n-1:
		return 2
	}
	return 1
}
