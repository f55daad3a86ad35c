package corpus

import (
	"math/rand/v2"
	"strings"
)

// twinArticle makes a templated twin of a: the same report about other
// people, places and bodies, as papers print for two departments
// inspected on the same day (the sample page's blocks 4-7 and 8-11). Each
// PERSON, GPE and ORG entity of a is replaced by one of the same type from
// donor. ok is false when a has no such entity that donor can replace.
func twinArticle(a, donor SourceArticle, r *rand.Rand) (twin SourceArticle, ok bool) {
	pool := map[string][]string{}
	for _, spans := range append(append([][]Span{}, donor.HeadlineEntities...), donor.Entities...) {
		for _, s := range spans {
			pool[s.Label] = append(pool[s.Label], s.Text)
		}
	}
	var pairs []string
	seen := map[string]bool{}
	for _, spans := range append(append([][]Span{}, a.HeadlineEntities...), a.Entities...) {
		for _, s := range spans {
			alt := pool[s.Label]
			if seen[s.Text] || len(alt) == 0 || s.Label == "DATE" || len([]rune(s.Text)) < 2 {
				continue
			}
			seen[s.Text] = true
			pairs = append(pairs, s.Text, alt[r.IntN(len(alt))])
		}
	}
	if len(pairs) == 0 {
		return a, false
	}
	rep := strings.NewReplacer(pairs...)
	t := SourceArticle{Title: rep.Replace(a.Title), Line: a.Line}
	for _, h := range a.Headlines {
		t.Headlines = append(t.Headlines, rep.Replace(h))
	}
	for _, p := range a.Paragraphs {
		t.Paragraphs = append(t.Paragraphs, rep.Replace(p))
	}
	return t, true
}

// simTwinArt is a twin to print at position at of a page's articles.
type simTwinArt struct {
	at  int
	art SourceArticle
}

// simTwin chooses, with chance share, one article of the page to print as
// a templated twin of the article before it; nil if none.
func simTwin(arts []SourceArticle, share float64, r *rand.Rand) *simTwinArt {
	if len(arts) < 3 || r.Float64() >= share {
		return nil
	}
	k := 1 + r.IntN(len(arts)-1)
	t, ok := twinArticle(arts[k-1], arts[k], r)
	if !ok {
		return nil
	}
	return &simTwinArt{at: k, art: t}
}
