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
// [--line N] [--gold PAGE.gold.json --page PAGE.txt]`: it simulates pages from the
// articles the shipped model was not tuned on, stitches them and reports
// link precision, recall and F1, jumps found, articles reproduced exactly,
// the calibration of the join confidences, and the speed.
func runBench(env Env, args []string) error {
	fl := newFlags(env, "bench", "--data PEOPLES-DAILY.jsonl [--pages N] [--seed S] [--line N] [--page P.txt --gold P.gold.json]")
	data := fl.String("data", "", "labeled paragraphs to simulate pages from (People's Daily JSONL)")
	pages := fl.Int("pages", 200, "simulated pages")
	seed := fl.Int64("seed", 99, "simulation seed")
	share := fl.Float64("tune-share", 0.6, "share of the articles the model was tuned on (left out here)")
	lines := fl.Int("line", 0, "break columns at the ends of printed lines this many characters wide (0: at any character)")
	page := fl.String("page", "", "also stitch this page …")
	gold := fl.String("gold", "", "… and compare it with this reading-order gold")
	if err := parse(fl, args); err != nil {
		return err
	}
	if *data == "" && *gold == "" {
		fl.Usage()
		return fmt.Errorf("%w: need --data or --page with --gold", errUsage)
	}
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
		return benchSimulated(env, st, *data, *pages, *seed, *share, *lines)
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

func benchSimulated(env Env, st *corpus.Stitcher, data string, n int, seed int64, share float64, line int) error {
	arts, err := corpus.LoadPeoplesDaily(data)
	if err != nil {
		return err
	}
	_, report := corpus.SplitArticles(arts, share)
	opt := corpus.DefaultSimOptions()
	opt.Seed, opt.LineRunes = seed, line
	sims := corpus.SimulatePages(report, n, opt)
	parsed := make([]*corpus.Page, len(sims))
	blocks := 0
	for i, sp := range sims {
		parsed[i] = corpus.NewPage(sp.Name, sp.Text)
		blocks += len(parsed[i].Fragments)
	}
	var m corpus.LinkMetrics
	var cal corpus.Calibration
	start := time.Now()
	results := make([]corpus.Stitching, len(sims))
	for i, p := range parsed {
		results[i] = st.Stitch(p)
	}
	elapsed := time.Since(start)
	for i, sp := range sims {
		m.Add(corpus.Evaluate(&sp.Gold, results[i]))
		cal.AddJoins(&sp.Gold, results[i])
	}
	fmt.Fprintf(env.Stdout, "%d simulated pages (%d blocks) from %d held-out articles, seed %d:\n  %v\n",
		len(sims), blocks, len(report), seed, m)
	fmt.Fprintf(env.Stdout, "calibration of join confidences:\n%v", cal.String())
	fmt.Fprintf(env.Stdout, "speed: %.0f pages/s on one goroutine (%.2f ms a page)\n",
		float64(len(sims))/elapsed.Seconds(), elapsed.Seconds()*1000/float64(len(sims)))
	return nil
}
