package corpus

import (
	_ "embed"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	json "github.com/goccy/go-json"
)

// CharLM is a character bigram model of running news text: how often each
// character occurs, follows another, and opens a sentence. The stitcher
// asks it how well a head continues a tail (…驱车|到上海 reads on,
// …驱车|据了解 does not) and how much a head looks like the start of a
// sentence rather than a cut inside one (道被拆… is the rest of 渠道). Digits
// count as one character, as do Latin letters. It holds counts only, never
// text; pairs seen once are left out.
type CharLM struct {
	Note   string             `json:"note,omitempty"`
	Total  float64            `json:"total"`  // characters counted
	Starts float64            `json:"starts"` // sentence starts counted
	Chars  map[string]float64 `json:"chars"`  // occurrences of each character
	Start  map[string]float64 `json:"start"`  // how often each character opens a sentence
	Pairs  map[string]float64 `json:"pairs"`  // occurrences of two-character sequences
	Follow map[string]float64 `json:"follow"` // how many different characters follow each one
	Start2 map[string]float64 `json:"start2"` // how often each two-character sequence opens a sentence
}

// lmPrior is the weight, in places, of the base rate of sentence starts
// in the estimate for one character.
const lmPrior = 20

// lmEnds close a sentence (a full stop between digits does not).
const lmEnds = "。！？!?…"

// lmMinPair is the fewest occurrences a pair needs to be kept.
const lmMinPair = 2

//go:embed charlm.json
var charLMJSON []byte

// ParseCharLM reads a character model from JSON.
func ParseCharLM(data []byte) (*CharLM, error) {
	var m CharLM
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%w: character model: %v", ErrBadInput, err)
	}
	if m.Total <= 0 || m.Starts <= 0 {
		return nil, fmt.Errorf("%w: character model: no counts", ErrBadInput)
	}
	return &m, nil
}

// DefaultCharLM returns the embedded character model, parsed on the first
// call and shared (it is only read).
func DefaultCharLM() *CharLM { return defaultCharLM() }

var defaultCharLM = sync.OnceValue(func() *CharLM {
	m, err := ParseCharLM(charLMJSON)
	if err != nil {
		panic(err) // the embedded file is checked by TestDefaultCharLM
	}
	return m
})

// TrainCharLM counts characters, pairs and sentence openers in paragraphs
// of running text.
func TrainCharLM(paragraphs []string) *CharLM {
	m := &CharLM{Chars: map[string]float64{}, Start: map[string]float64{}, Pairs: map[string]float64{}, Follow: map[string]float64{}, Start2: map[string]float64{}}
	for _, p := range paragraphs {
		m.count(p)
	}
	for k, v := range m.Pairs {
		a, _ := utf8.DecodeRuneInString(k)
		m.Follow[string(a)]++
		if v < lmMinPair {
			delete(m.Pairs, k)
		}
	}
	return m
}

// count adds one paragraph's characters.
func (m *CharLM) count(p string) {
	prev := rune(-1)
	start, second := true, false
	for _, r := range strings.TrimSpace(p) {
		if unicode.IsSpace(r) {
			continue
		}
		c := lmClass(r)
		m.Total++
		m.Chars[string(c)]++
		if second {
			m.Start2[string(prev)+string(c)]++
			second = false
		}
		if start && !strings.ContainsRune(closingMarks, r) { // 。” opens after the quote
			m.Starts++
			m.Start[string(c)]++
			start, second = false, true
		}
		if prev >= 0 {
			m.Pairs[string(prev)+string(c)]++
		}
		if strings.ContainsRune(lmEnds, r) {
			start = true
		}
		prev = c
	}
}

// lmClass maps digits to 0 and Latin letters to a.
func lmClass(r rune) rune {
	switch {
	case isDigitRune(r):
		return '0'
	case r < utf8.RuneSelf && unicode.IsLetter(r), r >= 'Ａ' && r <= 'ｚ' && unicode.IsLetter(r):
		return 'a'
	}
	return r
}

// prob is the smoothed unigram probability of class c.
func (m *CharLM) prob(c rune) float64 {
	return (m.Chars[string(c)] + 0.5) / (m.Total + 0.5*float64(len(m.Chars)+1))
}

// StartFit is the log-odds that text opens a sentence rather than starting
// at an arbitrary point of running text, judged by its first two
// characters.
func (m *CharLM) StartFit(text string) float64 {
	if m == nil {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(text))
	if r == utf8.RuneError {
		return 0
	}
	c := lmClass(r)
	odds := startOdds(m.Start[string(c)], m.Chars[string(c)], m.Starts/m.Total)
	r2, _ := utf8.DecodeRuneInString(strings.TrimSpace(text)[utf8.RuneLen(r):])
	if r2 == utf8.RuneError || len(m.Start2) == 0 {
		return odds
	}
	// The first two characters, drawn towards what the first says alone.
	two := string(c) + string(lmClass(r2))
	base := m.Starts / m.Total * math.Exp(odds)
	// Pairs seen once are not kept, so a pair that opened a sentence once
	// counts as seen once.
	n := math.Max(m.Pairs[two], m.Start2[two])
	return startOdds(m.Start2[two], n, base) + odds
}

// startOdds is how much likelier than the base rate a sentence starts
// before something seen starts times in n places, as a log ratio: the
// share starts/n, drawn towards the base rate by lmPrior places (what is
// seen a few times tells little).
func startOdds(starts, n, base float64) float64 {
	p := (starts + lmPrior*base) / (n + lmPrior)
	return clamp(math.Log(p/base), -4, 4)
}

// PairFit is how much likelier the head's first character is after the
// tail's last one than anywhere (a pointwise mutual information, in nats).
// A nil model knows nothing and returns 0, as does StartFit.
func (m *CharLM) PairFit(tail, head string) float64 {
	if m == nil {
		return 0
	}
	a, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(tail))
	b, _ := utf8.DecodeRuneInString(strings.TrimSpace(head))
	if a == utf8.RuneError || b == utf8.RuneError {
		return 0
	}
	a, b = lmClass(a), lmClass(b)
	pb := m.prob(b)
	// Witten-Bell: the more different characters follow a, the more
	// weight goes to characters not yet seen after it.
	ca, ta := m.Chars[string(a)], m.Follow[string(a)]+1
	cond := (m.Pairs[string(a)+string(b)] + ta*pb) / (ca + ta)
	return clamp(math.Log(cond/pb), -4, 6)
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }
