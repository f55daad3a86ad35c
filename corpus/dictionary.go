package corpus

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// Dictionary is the gse segmenter with its embedded Simplified Chinese
// dictionary. It is safe for concurrent use once loaded.
type Dictionary struct {
	seg gse.Segmenter
}

var (
	dictOnce sync.Once
	dictVal  *Dictionary
	dictErr  error
)

// LoadDictionary returns the shared dictionary, loading it on the first
// call (about 1.3 s); later calls return at once. Callers that must not
// wait (the GUI) call it from a goroutine.
func LoadDictionary() (*Dictionary, error) {
	dictOnce.Do(func() {
		d := &Dictionary{}
		d.seg.SkipLog = true
		if err := d.seg.LoadDictEmbed("zh_s"); err != nil {
			dictErr = err
			return
		}
		dictVal = d
	})
	return dictVal, dictErr
}

// Segmenter returns the loaded gse segmenter, for callers that need more
// than Cut (parts of speech); it must only be read.
func (d *Dictionary) Segmenter() *gse.Segmenter { return &d.seg }

// Cut segments text into words with the dictionary (no HMM guessing).
func (d *Dictionary) Cut(text string) []string {
	return d.seg.Cut(text, false)
}

// Freq returns the dictionary frequency of word, or 0 if it is not a word.
func (d *Dictionary) Freq(word string) float64 {
	f, _, ok := d.seg.Find(word)
	if !ok {
		return 0
	}
	return f
}

// wordAcross reports the dictionary word that spans the join between tail
// and head, as segmentation of the few runes around the join finds it
// (了|解 → 了解, 一|个 → 一个), or "".
func (d *Dictionary) wordAcross(tail, head string) string {
	if d == nil {
		return ""
	}
	left := lastRunes(tail, 4)
	right := firstRunes(head, 4)
	if left == "" || right == "" || !isHan(lastRune(left)) && !isDigitRune(lastRune(left)) {
		return ""
	}
	if !d.mayCross(left, right) {
		return ""
	}
	cut := utf8.RuneCountInString(left)
	pos := 0
	for _, w := range d.Cut(left + right) {
		n := utf8.RuneCountInString(w)
		if pos < cut && pos+n > cut && n >= 2 && allHan(w) && d.Freq(w) >= 3 && !d.outweighed(w, right, cut-pos) {
			return w
		}
		pos += n
	}
	return ""
}

// startsWithVerb reports whether the first word of text, the longest
// dictionary word it starts with, is a verb (gse tags v, vd, vn …).
func (d *Dictionary) startsWithVerb(text string) bool {
	if d == nil {
		return false
	}
	for n := 4; n >= 1; n-- {
		w := firstRunes(text, n)
		if utf8.RuneCountInString(w) < n || !allHan(w) {
			continue
		}
		if _, pos, ok := d.seg.Find(w); ok {
			return strings.HasPrefix(pos, "v")
		}
	}
	return false
}

// mayCross is a cheap test before segmenting: some dictionary word of two
// to four characters spans the join.
func (d *Dictionary) mayCross(left, right string) bool {
	var buf [24]byte
	for k := 1; k <= 3; k++ {
		l := lastRunes(left, k)
		for m := 1; m <= 4-k; m++ {
			w := append(append(buf[:0], l...), firstRunes(right, m)...)
			f, _, ok := d.seg.Dict.Find(w)
			if !ok {
				break // no word starts with w, so none with w and more
			}
			if f > 0 {
				return true
			}
		}
	}
	return false
}

// titleWordAcross is wordAcross for a tail that looks like a headline: a
// headline is a whole phrase, so a word across the join does not count
// when the tail ends with a common word of its own that it would cut
// (华文女作家的风采|用什么 is 风采 + 用, not 采用).
func (d *Dictionary) titleWordAcross(tail, head string) string {
	w := d.wordAcross(tail, head)
	if w == "" {
		return ""
	}
	left := []rune(lastRunes(tail, 4))
	in := inLeft(w, tail, head)
	for n := in + 1; n <= 3 && n <= len(left); n++ {
		if d.Freq(string(left[len(left)-n:])) >= ownWordFreq {
			return ""
		}
	}
	return w
}

// inLeft returns how many of w's characters end tail when w spans the
// join tail|head.
func inLeft(w, tail, head string) int {
	rw := []rune(w)
	for k := len(rw) - 1; k >= 1; k-- {
		if strings.HasSuffix(tail, string(rw[:k])) && strings.HasPrefix(head, string(rw[k:])) {
			return k
		}
	}
	return 0
}

// ownWordFreq is the dictionary frequency from which a word at the start
// of the head is taken to be the head's own first word.
const ownWordFreq = 100

// outweighed reports whether the head starts with a common word of its own
// that w would cut, so that splitting at the join reads better than w:
// 的|确保 is 的 + 确保, not 的确 + 保. (gse's dictionary gives single
// characters no useful frequency, so the two readings cannot be compared
// by probability.)
func (d *Dictionary) outweighed(w, right string, inLeft int) bool {
	rr := []rune(right)
	inRight := utf8.RuneCountInString(w) - inLeft
	for n := inRight + 1; n <= 3 && n <= len(rr); n++ {
		if n >= 2 && d.Freq(string(rr[:n])) >= ownWordFreq {
			return true
		}
	}
	return false
}
