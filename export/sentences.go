package export

import (
	"fmt"
	"unicode"

	"github.com/stitchmark/stitchmark/corpus"
)

// enders close a sentence; closers may follow an ender and stay with its
// sentence (他说：“好。”).
const (
	enders  = "。！？"
	closers = "”’」』）)》〉】"
)

// Sentences cuts rec into sentences for trainers that want them: after
// 。！？ (and any closing quotes or brackets right after them) and at each
// paragraph newline, which belongs to no sentence. Leading and trailing
// whitespace is trimmed and empty sentences are dropped. A cut never falls
// inside an entity: where it would, the two sentences stay one, so every
// entity is kept whole in the sentence that holds it. Offsets are re-based
// to the sentence; ids are the article's id, "/", and the sentence number
// from 1 (heze-daily-2020-09-15#03/2). Sentences carry the article's
// title, status and annotator, and no fragments or joins.
func Sentences(rec corpus.ArticleRecord) []corpus.ArticleRecord {
	runes := []rune(rec.Text)
	var out []corpus.ArticleRecord
	start := 0
	emit := func(a, b int) {
		a, b = trim(runes, rec.Entities, a, b)
		if a >= b {
			return
		}
		out = append(out, sentence(rec, runes, a, b, len(out)+1))
	}
	for i := 0; i < len(runes); i++ {
		switch {
		case runes[i] == '\n' && !insideSpan(rec.Entities, i, i+1):
			emit(start, i)
			start = i + 1
		case isOneOf(runes[i], enders):
			j := i + 1
			for j < len(runes) && (isOneOf(runes[j], enders) || isOneOf(runes[j], closers)) {
				j++
			}
			if !insideSpan(rec.Entities, j, j) {
				emit(start, j)
				start = j
			}
			i = j - 1
		}
	}
	emit(start, len(runes))
	return out
}

// sentence is code points [a, b) of rec as sentence number n.
func sentence(rec corpus.ArticleRecord, runes []rune, a, b, n int) corpus.ArticleRecord {
	s := corpus.ArticleRecord{
		ID: fmt.Sprintf("%s/%d", rec.ID, n), Title: rec.Title, Text: string(runes[a:b]),
		Status: rec.Status, Annotator: rec.Annotator,
	}
	for _, e := range rec.Entities {
		if e.Start >= a && e.End <= b {
			e.Start -= a
			e.End -= a
			s.Entities = append(s.Entities, e)
		}
	}
	return s
}

// insideSpan reports whether cutting out code points [a, b) (a == b: a cut
// between two characters) would break an entity.
func insideSpan(spans []corpus.Span, a, b int) bool {
	for _, s := range spans {
		if s.Start < b && s.End > a {
			return true
		}
	}
	return false
}

// trim narrows [a, b) past leading and trailing whitespace that no entity
// covers.
func trim(runes []rune, spans []corpus.Span, a, b int) (int, int) {
	for a < b && unicode.IsSpace(runes[a]) && !insideSpan(spans, a, a+1) {
		a++
	}
	for b > a && unicode.IsSpace(runes[b-1]) && !insideSpan(spans, b-1, b) {
		b--
	}
	return a, b
}

func isOneOf(r rune, set string) bool {
	for _, x := range set {
		if x == r {
			return true
		}
	}
	return false
}
