package cli

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	json "github.com/goccy/go-json"

	"github.com/stitchmark/stitchmark/corpus"
)

func init() {
	register("stitch", "stitch pages into articles and print them (text or --json)", runStitch)
}

// stitchJSON is one page in the --json output; the shape is fixed (other
// tools read it).
type stitchJSON struct {
	Source     string        `json:"source"`
	Articles   []articleJSON `json:"articles"`
	Unassigned []blockJSON   `json:"unassigned"`
}

type articleJSON struct {
	Title     string      `json:"title"`
	Fragments []blockJSON `json:"fragments"`
	Joins     []joinJSON  `json:"joins"`
	// End is for the plain output alone: the JSON shape is fixed.
	End *corpus.End `json:"-"`
}

type blockJSON struct {
	Block int    `json:"block"`
	Kind  string `json:"kind"`
	Text  string `json:"text"`
}

type joinJSON struct {
	From   int     `json:"from"`
	To     int     `json:"to"`
	Score  float64 `json:"score"`
	Reason string  `json:"reason"`
}

// runStitch is `stitchmark stitch [--json] PAGE...`.
func runStitch(env Env, args []string) error {
	fl := newFlags(env, "stitch", "[--json] PAGE|DIR...")
	asJSON := fl.Bool("json", false, "print JSON: one object per page, {\"pages\": [...]} for several")
	if err := parse(fl, args); err != nil {
		return err
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return fmt.Errorf("%w: need at least one page file or folder", errUsage)
	}
	pages, readErr := corpus.ReadPages(fl.Args()...)
	if len(pages) == 0 {
		return readErr
	}
	st, err := corpus.DefaultStitcher()
	if err != nil {
		return err
	}
	out := make([]stitchJSON, len(pages))
	for i, p := range pages {
		warnSideBySide(env, "stitch", p, nil)
		out[i] = pageJSON(p, st.Stitch(p))
	}
	if *asJSON {
		err = writeStitchJSON(env.Stdout, out)
	} else {
		err = writeStitchText(env.Stdout, out)
	}
	return errors.Join(readErr, err)
}

func pageJSON(p *corpus.Page, st corpus.Stitching) stitchJSON {
	block := func(b int) blockJSON {
		f := p.Fragments[b]
		return blockJSON{Block: f.Block, Kind: string(f.Kind), Text: f.Text}
	}
	out := stitchJSON{Source: p.Source, Articles: []articleJSON{}, Unassigned: []blockJSON{}}
	for _, a := range st.Articles {
		aj := articleJSON{Title: a.Title, Fragments: []blockJSON{}, Joins: []joinJSON{}, End: a.End}
		for _, b := range a.Blocks {
			aj.Fragments = append(aj.Fragments, block(b))
		}
		for _, j := range a.Joins {
			aj.Joins = append(aj.Joins, joinJSON{From: j.From, To: j.To, Score: j.Score, Reason: j.Reason})
		}
		out.Articles = append(out.Articles, aj)
	}
	for _, b := range st.Unassigned {
		out.Unassigned = append(out.Unassigned, block(b))
	}
	return out
}

func writeStitchJSON(w io.Writer, pages []stitchJSON) error {
	var v any = pages[0]
	if len(pages) > 1 {
		v = struct {
			Pages []stitchJSON `json:"pages"`
		}{pages}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeStitchText prints each article with its title and fragments; a join
// mark before each continued fragment shows its confidence, jumps and
// weak joins show their reason, and a doubtful end what the article could
// go on in.
func writeStitchText(w io.Writer, pages []stitchJSON) error {
	var b strings.Builder
	for _, p := range pages {
		fmt.Fprintf(&b, "== %s: %d articles, %d unassigned\n", p.Source, len(p.Articles), len(p.Unassigned))
		for n, a := range p.Articles {
			title := a.Title
			if title == "" {
				title = "(no headline)"
			}
			fmt.Fprintf(&b, "\n[%d] %s\n", n+1, title)
			for k, f := range a.Fragments {
				mark := "   "
				if k > 0 {
					j := a.Joins[k-1]
					mark = joinMark(j.Score)
					if j.To != j.From+1 || j.Score < 0.9 {
						fmt.Fprintf(&b, "      ↳ %d→%d %.2f: %s\n", j.From, j.To, cut2(j.Score), j.Reason)
					}
				}
				fmt.Fprintf(&b, "  %s %3d %-11s %s\n", mark, f.Block, f.Kind, clip(f.Text, 40))
			}
			if e := a.End; e != nil && e.Score < corpus.Doubtful {
				fmt.Fprintf(&b, "      ⊣ end %.2f: %s\n", cut2(e.Score), e.Reason)
			}
		}
		if len(p.Unassigned) > 0 {
			fmt.Fprintln(&b, "\nunassigned:")
			for _, f := range p.Unassigned {
				fmt.Fprintf(&b, "      %3d %-11s %s\n", f.Block, f.Kind, clip(f.Text, 40))
			}
		}
		fmt.Fprintln(&b)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// cut2 cuts a confidence to two decimals, so that a score under the line
// of 0.9 never prints as 0.90.
func cut2(score float64) float64 {
	return math.Floor(score*100+1e-9) / 100
}

// joinMark draws a join's confidence: ━ sure, ─ likely, ┄ doubtful.
func joinMark(score float64) string {
	switch {
	case score >= 0.9:
		return "━━ "
	case score >= 0.6:
		return "── "
	}
	return "┄┄ "
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
