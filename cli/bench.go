package cli

import (
	"fmt"
	"time"

	"github.com/stitchmark/stitchmark/corpus"
)

func init() {
	register("bench", "measure the stitcher on simulated pages (quality and speed)", runBench)
}

// runBench is `stitchmark bench --data PD.jsonl [--pages N] [--seed S]
// [--line N] [--columns N] [--para-end F] [--articles N] [--indent] [--column-blocks] [--column-major] [--print-lines] [--line-blocks]
// [--gold PAGE.gold.json --page PAGE.txt]`: it simulates pages from the
// articles the shipped model was not tuned on, stitches them and reports
// link precision, recall and F1, jumps found, articles reproduced exactly,
// the calibration of the join confidences, and the speed. The layout
// flags shape the pages unlike those the model was trained on, to measure
// how it copes with other papers.
func runBench(env Env, args []string) error {
	fl := newFlags(env, "bench", "--data PEOPLES-DAILY.jsonl [--pages N] [--seed S] [--line N] [--columns N] [--para-end F] [--articles N] [--indent] [--column-blocks] [--column-major] [--print-lines] [--line-blocks] [--page P.txt --gold P.gold.json]")
	data := fl.String("data", "", "labeled paragraphs to simulate pages from (People's Daily JSONL)")
	pages := fl.Int("pages", 200, "simulated pages")
	seed := fl.Int64("seed", 99, "simulation seed")
	share := fl.Float64("tune-share", 0.6, "share of the articles the model was tuned on (left out here)")
	opt := corpus.DefaultSimOptions()
	fl.IntVar(&opt.LineRunes, "line", 0, "break columns at the ends of printed lines this many characters wide (0: at any character)")
	fl.IntVar(&opt.ColumnRunes, "columns", opt.ColumnRunes, "characters in one column, give or take a fifth")
	fl.Float64Var(&opt.ParaEndShare, "para-end", opt.ParaEndShare, "share of column breaks moved to a paragraph end (0 to 1)")
	fl.BoolVar(&opt.Indent, "indent", false, "print each paragraph's first line after two ideographic spaces (　　)")
	fl.BoolVar(&opt.ColumnMajor, "column-major", false, "set each article in a box a few columns wide and read the page column by column, top to bottom, as extractors that follow the columns down the whole page do")
	fl.BoolVar(&opt.ColumnBlocks, "column-blocks", false, "print an article's paragraphs in one column as one block, as extractors that group text by column do")
	fl.BoolVar(&opt.PrintLines, "print-lines", false, "with --line, write each paragraph in its printed lines, the first two characters short (its indent left out), as extractors that keep a page's lines do")
	fl.BoolVar(&opt.LineBlocks, "line-blocks", false, "with --line, write a blank line after every printed line, as some extractors do: each line a block (implies --print-lines)")
	fl.IntVar(&opt.ArticlesPerPage, "articles", opt.ArticlesPerPage, "articles on a page, give or take one")
	page := fl.String("page", "", "also stitch this page …")
	gold := fl.String("gold", "", "… and compare it with this reading-order gold")
	if err := parse(fl, args); err != nil {
		return err
	}
	if *data == "" && *gold == "" {
		fl.Usage()
		return fmt.Errorf("%w: need --data or --page with --gold", errUsage)
	}
	if err := checkLayout(opt); err != nil {
		return err
	}
	opt.Seed = *seed
	opt.PrintLines = opt.PrintLines || opt.LineBlocks
	start := time.Now()
	st, err := corpus.DefaultStitcher()
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "dictionary loaded in %.2f s\n", time.Since(start).Seconds())
	if *gold != "" {
		if err := benchGold(env, st, *page, *gold); err != nil {
			return err
		}
	}
	if *data != "" {
		return benchSimulated(env, st, *data, *pages, *share, opt)
	}
	return nil
}

func benchGold(env Env, st *corpus.Stitcher, page, gold string) error {
	g, err := corpus.ReadGold(gold)
	if err != nil {
		return err
	}
	p, err := corpus.ReadPage(page)
	if err != nil {
		return err
	}
	if err := g.MatchPage(p); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: %v\n", p.Source, corpus.Evaluate(g, st.Stitch(p)))
	return nil
}

// checkLayout rejects layout flags no page can have.
func checkLayout(opt corpus.SimOptions) error {
	switch {
	case opt.LineRunes < 0:
		return fmt.Errorf("%w: --line %d: a printed line has no negative width", errUsage, opt.LineRunes)
	case opt.ColumnRunes < 20:
		return fmt.Errorf("%w: --columns %d: a column holds at least 20 characters", errUsage, opt.ColumnRunes)
	case opt.LineRunes > opt.ColumnRunes:
		return fmt.Errorf("%w: --line %d is wider than --columns %d", errUsage, opt.LineRunes, opt.ColumnRunes)
	case !(opt.ParaEndShare >= 0 && opt.ParaEndShare <= 1):
		return fmt.Errorf("%w: --para-end %v: a share lies between 0 and 1", errUsage, opt.ParaEndShare)
	case opt.LineBlocks && opt.LineRunes == 0:
		return fmt.Errorf("%w: --line-blocks needs --line: a page's printed lines have a width", errUsage)
	case opt.ArticlesPerPage < 1 || opt.ArticlesPerPage > 100:
		return fmt.Errorf("%w: --articles %d: a page holds 1 to 100 articles", errUsage, opt.ArticlesPerPage)
	}
	return nil
}

func benchSimulated(env Env, st *corpus.Stitcher, data string, n int, share float64, opt corpus.SimOptions) error {
	arts, err := corpus.LoadPeoplesDaily(data)
	if err != nil {
		return err
	}
	_, report := corpus.SplitArticles(arts, share)
	sims := corpus.SimulatePages(report, n, opt)
	parsed := make([]*corpus.Page, len(sims))
	blocks := 0
	for i, sp := range sims {
		parsed[i] = corpus.NewPage(sp.Name, sp.Text)
		blocks += len(parsed[i].Fragments)
	}
	var m corpus.LinkMetrics
	var cal corpus.Calibration
	var review corpus.Review
	start := time.Now()
	results := make([]corpus.Stitching, len(sims))
	for i, p := range parsed {
		results[i] = st.Stitch(p)
	}
	elapsed := time.Since(start)
	for i, sp := range sims {
		m.Add(corpus.Evaluate(&sp.Gold, results[i]))
		cal.AddJoins(&sp.Gold, results[i])
		review.Add(&sp.Gold, results[i])
	}
	fmt.Fprintf(env.Stdout, "%d simulated pages (%d blocks) from %d held-out articles, seed %d:\n  %v\n",
		len(sims), blocks, len(report), opt.Seed, m)
	fmt.Fprintf(env.Stdout, "calibration of join confidences:\n%v", cal.String())
	fmt.Fprintf(env.Stdout, "%v\n", review)
	fmt.Fprintf(env.Stdout, "speed: %.0f pages/s on one goroutine (%.2f ms a page)\n",
		float64(len(sims))/elapsed.Seconds(), elapsed.Seconds()*1000/float64(len(sims)))
	return nil
}
