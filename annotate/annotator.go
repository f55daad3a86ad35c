package annotate

import (
	"fmt"
	"sync"

	"github.com/stitchmark/stitchmark/corpus"
)

// Options change what an Annotator suggests.
type Options struct {
	// RelativeDates also suggests dates relative to the article's own
	// (今天, 今年, 当天, 去年10月31日), which the People's Daily corpus labels
	// DATE. Off by default: only explicit dates are suggested.
	RelativeDates bool
}

// Annotator suggests entity spans and learns from what the person confirms
// and rejects. It is safe for concurrent use.
type Annotator struct {
	opts Options
	mu   sync.RWMutex
	mem  *memory
}

// New returns an Annotator with default options and an empty memory. The
// gse dictionary is loaded in the background on first need (Warm, Suggest
// or WordBreaks) and shared by every Annotator.
func New() *Annotator {
	return NewWithOptions(Options{})
}

// NewWithOptions returns an Annotator with the given options and an empty
// memory.
func NewWithOptions(o Options) *Annotator {
	return &Annotator{opts: o, mem: newMemory()}
}

// Warm starts loading the gse dictionary in the background and returns at
// once, so that the first Suggest or WordBreaks does not wait for it.
func (a *Annotator) Warm() {
	shared.start()
}

// Ready reports whether the gse dictionary is loaded, so Suggest will not
// wait.
func (a *Annotator) Ready() bool {
	return shared.ready()
}

// Suggest returns proposed entity spans in text, in code points, sorted by
// start and never overlapping. Strings the person confirmed before come
// first (longest match, majority label), then the date and money rules,
// then the dictionary; a string rejected with a label at least as often as
// it was confirmed with it is not suggested with that label. Text in
// traditional characters is read in simplified ones (corpus.Simplified),
// so a string confirmed in one script is suggested in the other.
// The first call waits for the dictionary (about a second; see Warm).
func (a *Annotator) Suggest(text string) []Suggestion {
	view := corpus.Simplified(text)
	runes := []rune(view)
	toks := shared.tokens(text)
	lookup := shared.lookup()
	found := append(ruleSuggestions(view, a.opts.RelativeDates), dictSuggestions(toks, lookup)...)
	found = append(found, cueNames(view, toks, lookup)...)

	a.mu.RLock()
	defer a.mu.RUnlock()
	cands := a.mem.suggestions(runes)
	for _, c := range found {
		if !a.mem.isRejected(string(runes[c.Start:c.End]), c.Label) {
			cands = append(cands, c)
		}
	}
	return choose(cands)
}

// Learn records the person's confirmed spans in text: each span's string
// counts once for its label. Spans that do not fit text (out of range,
// empty label, Text not matching) are skipped and reported in the error,
// which wraps ErrBadSpan; the others are still learned.
func (a *Annotator) Learn(text string, spans []corpus.Span) error {
	runes := []rune(text)
	var bad error
	a.mu.Lock()
	defer a.mu.Unlock()
	for i, s := range spans {
		str, err := spanText(runes, s.Start, s.End, s.Label)
		if err == nil && s.Text != "" && s.Text != str {
			err = fmt.Errorf("%w: span %d [%d,%d) says %q but the text has %q", ErrBadSpan, i, s.Start, s.End, s.Text, str)
		}
		if err != nil {
			if bad == nil {
				bad = fmt.Errorf("span %d: %w", i, err)
			}
			continue
		}
		a.mem.confirm(corpus.Simplified(str), s.Label)
	}
	return bad
}

// Reject records that the person turned down suggestion s in text, so the
// same string is not suggested with that label again unless it gets
// confirmed more often than rejected. A suggestion that does not fit text
// gives an error wrapping ErrBadSpan.
func (a *Annotator) Reject(text string, s Suggestion) error {
	str, err := spanText([]rune(text), s.Start, s.End, s.Label)
	if err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.mem.reject(corpus.Simplified(str), s.Label)
	return nil
}

// spanText returns runes[start:end] after checking 0 ≤ start < end ≤ len and
// a label.
func spanText(runes []rune, start, end int, label string) (string, error) {
	if start < 0 || start >= end || end > len(runes) {
		return "", fmt.Errorf("%w: [%d,%d) outside a text of %d code points", ErrBadSpan, start, end, len(runes))
	}
	if label == "" {
		return "", fmt.Errorf("%w: [%d,%d) has no label", ErrBadSpan, start, end)
	}
	return string(runes[start:end]), nil
}
