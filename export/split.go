package export

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
)

// Split assigns articles to train, dev and test sets by percentage. The
// zero Split does not split.
//
// An article's set depends only on its id and the seed: the id and seed are
// hashed (SHA-256) to a number in [0, 1) and compared with the cumulative
// percentages. So a split is the same on every run, the sentences of one
// article always land together, and adding articles to the corpus never
// moves an existing article to another set; the price is that small
// corpora match the percentages only roughly.
type Split struct {
	Train, Dev, Test int // percentages, summing to 100
	Seed             int64
}

// SplitNames lists the sets in file order.
var SplitNames = []string{"train", "dev", "test"}

// ParseSplit reads the --split flag: "" (no split), "80/10/10"
// (train/dev/test) or "90/10" (train/test). The parts are whole
// percentages that must add up to 100.
func ParseSplit(s string, seed int64) (Split, error) {
	if s == "" {
		return Split{}, nil
	}
	parts := strings.Split(s, "/")
	if len(parts) != 2 && len(parts) != 3 {
		return Split{}, fmt.Errorf("%w: split %q: want train/dev/test percentages such as 80/10/10, or train/test such as 90/10", ErrBadOption, s)
	}
	var p [3]int
	sum := 0
	for i, part := range parts {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || n < 0 {
			return Split{}, fmt.Errorf("%w: split %q: part %d (%q) is not a percentage", ErrBadOption, s, i+1, part)
		}
		p[i] = n
		sum += n
	}
	if sum != 100 {
		return Split{}, fmt.Errorf("%w: split %q adds up to %d, not 100", ErrBadOption, s, sum)
	}
	if len(parts) == 2 {
		p[2], p[1] = p[1], 0
	}
	return Split{Train: p[0], Dev: p[1], Test: p[2], Seed: seed}, nil
}

// Enabled reports whether s splits at all.
func (s Split) Enabled() bool {
	return s.Train+s.Dev+s.Test > 0
}

// Of returns the set of the article id: "train", "dev" or "test", or ""
// when s does not split.
func (s Split) Of(id string) string {
	if !s.Enabled() {
		return ""
	}
	u := s.draw(id) * 100
	switch {
	case u < float64(s.Train):
		return "train"
	case u < float64(s.Train+s.Dev):
		return "dev"
	}
	return "test"
}

// draw hashes the seed and id to a number in [0, 1).
func (s Split) draw(id string) float64 {
	h := sha256.New()
	var seed [8]byte
	binary.BigEndian.PutUint64(seed[:], uint64(s.Seed))
	h.Write(seed[:])
	h.Write([]byte(id))
	sum := h.Sum(nil)
	return float64(binary.BigEndian.Uint64(sum[:8])>>11) / (1 << 53)
}
