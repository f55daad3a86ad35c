package annotate

import (
	"sync"

	"github.com/go-ego/gse"

	"github.com/stitchmark/stitchmark/corpus"
)

// token is one gse word of a text, in code points.
type token struct {
	Start, End int
	Text       string
	Pos        string // gse part-of-speech tag: nr, ns, nt, n, v, x …
}

// lexicon is the gse dictionary, loaded once per process in the background
// on first need and shared by every Annotator and WordBreaks — and with the
// stitcher, through corpus.LoadDictionary. A loaded gse.Segmenter is only
// read, so concurrent segmenting is safe.
type lexicon struct {
	once sync.Once
	done chan struct{}
	seg  *gse.Segmenter
	err  error
}

var shared = &lexicon{done: make(chan struct{})}

// start begins loading the dictionary in the background; later calls do
// nothing.
func (l *lexicon) start() {
	l.once.Do(func() {
		go func() {
			d, err := corpus.LoadDictionary()
			if err == nil {
				l.seg = d.Segmenter()
			}
			l.err = err
			close(l.done)
		}()
	})
}

// ready reports, without waiting, whether the dictionary has been loaded.
func (l *lexicon) ready() bool {
	select {
	case <-l.done:
		return true
	default:
		return false
	}
}

// lookup waits for the dictionary and returns a function giving the gse
// tag of a word (nil-safe: without a dictionary it knows no word).
func (l *lexicon) lookup() lookupFunc {
	seg, ok := l.wait()
	return func(word string) (string, bool) {
		if !ok {
			return "", false
		}
		_, pos, found := seg.Find(word)
		return pos, found
	}
}

// wait starts loading if needed and returns the segmenter once it is ready;
// ok is false when the dictionary could not be loaded.
func (l *lexicon) wait() (seg *gse.Segmenter, ok bool) {
	l.start()
	<-l.done
	return l.seg, l.err == nil
}

// tokens cuts text into gse words with their tags. It reads traditional
// characters as simplified ones (corpus.Simplified keeps every code
// point's place), so a token's Text is simplified and its offsets are
// those of text. Without a dictionary it returns nil.
func (l *lexicon) tokens(text string) []token {
	seg, ok := l.wait()
	if !ok || text == "" {
		return nil
	}
	text = corpus.Simplified(text)
	idx := runeIndex(text)
	segs := seg.Segment([]byte(text))
	out := make([]token, 0, len(segs))
	for _, s := range segs {
		start, end := s.Start(), s.End()
		if start < 0 || end > len(text) || start >= end {
			continue
		}
		out = append(out, token{Start: idx[start], End: idx[end], Text: text[start:end], Pos: s.Token().Pos()})
	}
	return out
}
