package corpus

import (
	"errors"
	"fmt"
	"os"

	json "github.com/goccy/go-json"
)

// ErrBadGold marks a reading-order gold file that cannot be used.
var ErrBadGold = errors.New("corpus: bad gold file")

// Gold is the true reading order of one page: its text blocks in file order,
// each article as block indices in reading order, and the blocks that belong
// to no article.
type Gold struct {
	Source     string        `json:"source"`
	About      string        `json:"about,omitempty"`
	Blocks     []string      `json:"blocks"`
	Articles   []GoldArticle `json:"articles"`
	Unassigned []int         `json:"unassigned"`
}

// GoldArticle is one article of a Gold page.
type GoldArticle struct {
	Title  string `json:"title"`
	Blocks []int  `json:"blocks"` // block indices in reading order
}

// ReadGold reads and validates a gold file such as
// heze-daily-2020-09-15.gold.json.
func ReadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadGold, err)
	}
	g, err := parseGold(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadGold, path, err)
	}
	return g, nil
}

// ParseGold decodes and validates the JSON of a gold file.
func ParseGold(data []byte) (*Gold, error) {
	g, err := parseGold(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadGold, err)
	}
	return g, nil
}

func parseGold(data []byte) (*Gold, error) {
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, err
	}
	if err := g.check(); err != nil {
		return nil, err
	}
	return &g, nil
}

// Validate checks that every block index is in range, that no block appears
// twice (in articles and unassigned together) and that no article is empty.
func (g *Gold) Validate() error {
	if err := g.check(); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrBadGold, g.Source, err)
	}
	return nil
}

func (g *Gold) check() error {
	seen := make(map[int]string, len(g.Blocks))
	for i, a := range g.Articles {
		where := fmt.Sprintf("article %d (%q)", i, a.Title)
		if len(a.Blocks) == 0 {
			return fmt.Errorf("%s has no blocks", where)
		}
		for _, b := range a.Blocks {
			if err := g.claim(seen, b, where); err != nil {
				return err
			}
		}
	}
	for _, b := range g.Unassigned {
		if err := g.claim(seen, b, "unassigned"); err != nil {
			return err
		}
	}
	return nil
}

// claim records that block b is used by where, failing if b is out of range
// or already used.
func (g *Gold) claim(seen map[int]string, b int, where string) error {
	if b < 0 || b >= len(g.Blocks) {
		return fmt.Errorf("%s: block %d out of range 0..%d", where, b, len(g.Blocks)-1)
	}
	if prev, ok := seen[b]; ok {
		return fmt.Errorf("%s: block %d already used by %s", where, b, prev)
	}
	seen[b] = where
	return nil
}

// MatchPage checks that the gold blocks are exactly the page's fragments.
func (g *Gold) MatchPage(p *Page) error {
	if len(g.Blocks) != len(p.Fragments) {
		return fmt.Errorf("%w: %s: %d gold blocks, page has %d", ErrBadGold, p.Source, len(g.Blocks), len(p.Fragments))
	}
	for i, f := range p.Fragments {
		if f.Text != g.Blocks[i] {
			return fmt.Errorf("%w: %s: block %d differs: gold %q, page %q", ErrBadGold, p.Source, i, g.Blocks[i], f.Text)
		}
	}
	return nil
}

// Encode returns g as indented JSON, the format ReadGold reads.
func (g *Gold) Encode() ([]byte, error) {
	data, err := json.MarshalIndent(g, "", " ")
	if err != nil {
		return nil, fmt.Errorf("corpus: encoding gold %s: %w", g.Source, err)
	}
	return append(data, '\n'), nil
}
