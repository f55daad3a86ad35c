package cli

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/stitchmark/stitchmark/corpus"
	"github.com/stitchmark/stitchmark/export"
)

func init() {
	register("export", "write the corpus as gold JSONL, doccano, Label Studio, CoNLL or spaCy", runExport)
}

// runExport is `stitchmark export --project P --format F --out DIR`.
func runExport(env Env, args []string) error {
	fl := newFlags(env, "export", "--project P.stitchmark --format jsonl|doccano|labelstudio|conll|spacy --out DIR")
	project := fl.String("project", "", "the project file")
	format := fl.String("format", "jsonl", "jsonl, doccano, labelstudio, conll or spacy")
	out := fl.String("out", "", "the folder to write into (created if missing)")
	sentences := fl.Bool("sentences", false, "one unit per sentence, cut at 。！？ (not for jsonl)")
	split := fl.String("split", "", "train/dev/test percentages, e.g. 80/10/10 (or 90/10 for train/test)")
	seed := fl.Int64("seed", 1, "seed of the split")
	status := fl.String("status", "gold", "statuses to export: a comma list of auto, joins-checked, labeled, gold; or all")
	offsets := fl.String("offsets", "codepoints", "codepoints, or utf16 for JavaScript tools (jsonl and doccano only)")
	tags := fl.String("tags", "bio", "CoNLL tags: bio or bioes")
	if err := parse(fl, args); err != nil {
		return err
	}
	if *project == "" || *out == "" || fl.NArg() > 0 {
		fl.Usage()
		return fmt.Errorf("%w: need --project and --out, and no other arguments", errUsage)
	}
	opt, statuses, err := exportOptions(*format, *split, *seed, *status, *offsets, *tags, *sentences)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	p, err := corpus.OpenProject(*project)
	if err != nil {
		return err
	}
	sum, err := exportProject(env, p, *out, opt, statuses)
	hint := ""
	if err == nil && sum.Articles == 0 {
		hint = emptyExportHint(p, statuses)
	}
	if cerr := p.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	printExportSummary(env, sum)
	if hint != "" {
		fmt.Fprintln(env.Stderr, hint)
	}
	return nil
}

// emptyExportHint says why an export wrote no article: which statuses the
// project's articles have, and how to export them.
func emptyExportHint(p *corpus.Project, statuses []corpus.Status) string {
	st, err := p.Stats()
	if err != nil || st.Articles == 0 {
		return "stitchmark export: the project holds no article yet (import pages first)"
	}
	var have []string
	for _, s := range corpus.Statuses {
		if n := st.ByStatus[s]; n > 0 {
			have = append(have, fmt.Sprintf("%d %s", n, s))
		}
	}
	want := make([]string, len(statuses))
	for i, s := range statuses {
		want[i] = string(s)
	}
	return fmt.Sprintf("stitchmark export: no article has status %s; the project holds %s. "+
		"Mark articles gold in the desk (Ctrl+Enter), or export others with --status (e.g. --status all)",
		strings.Join(want, " or "), strings.Join(have, ", "))
}

// exportOptions reads the export flags.
func exportOptions(format, split string, seed int64, status, offsets, tags string, sentences bool) (export.Options, []corpus.Status, error) {
	var opt export.Options
	var err error
	if opt.Format, err = export.ParseFormat(format); err != nil {
		return opt, nil, err
	}
	if opt.Split, err = export.ParseSplit(split, seed); err != nil {
		return opt, nil, err
	}
	if opt.Offsets, err = export.ParseOffsets(offsets); err != nil {
		return opt, nil, err
	}
	if opt.Tags, err = export.ParseTags(tags); err != nil {
		return opt, nil, err
	}
	opt.Sentences = sentences
	if err := opt.Check(); err != nil {
		return opt, nil, err
	}
	statuses, err := export.ParseStatuses(status)
	return opt, statuses, err
}

// exportProject writes the records of p with the statuses into dir; on
// error no file is left under a final name.
func exportProject(env Env, p *corpus.Project, dir string, opt export.Options, statuses []corpus.Status) (export.Summary, error) {
	w, err := export.NewWriter(dir, opt)
	if err != nil {
		return export.Summary{}, err
	}
	bar := exportBar(env, p, statuses)
	err = p.Records(statuses, func(rec corpus.ArticleRecord) error {
		if bar != nil {
			_ = bar.Add(1) // only the display can fail
		}
		return w.Write(rec)
	})
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(env.Stderr)
	}
	if err != nil {
		w.Abort()
		return export.Summary{}, err
	}
	return w.Close()
}

// exportBar returns a progress bar on stderr when it is a terminal, else
// nil; it counts articles, out of the project's count when it has one.
func exportBar(env Env, p *corpus.Project, statuses []corpus.Status) *progressbar.ProgressBar {
	f, ok := env.Stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	total := -1
	if st, err := p.Stats(); err == nil {
		total = 0
		for s, n := range st.ByStatus {
			if len(statuses) == 0 || containsStatus(statuses, s) {
				total += n
			}
		}
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription("exporting"),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100*time.Millisecond),
	)
}

func containsStatus(list []corpus.Status, s corpus.Status) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// printExportSummary says what was written where.
func printExportSummary(env Env, sum export.Summary) {
	fmt.Fprintf(env.Stdout, "exported %d articles (%d units, %d spans)", sum.Articles, sum.Units, sum.Spans)
	if _, unsplit := sum.BySplit[""]; !unsplit && sum.Articles > 0 {
		var parts []string
		for _, s := range export.SplitNames {
			parts = append(parts, fmt.Sprintf("%s %d", s, sum.BySplit[s]))
		}
		fmt.Fprintf(env.Stdout, ": %s", strings.Join(parts, ", "))
	}
	fmt.Fprintln(env.Stdout)
	if sum.Dropped > 0 {
		fmt.Fprintf(env.Stdout, "%d nested spans left out of CoNLL (one tag per character; the outer span is kept)\n", sum.Dropped)
	}
	for _, f := range sum.Files {
		fmt.Fprintln(env.Stdout, f)
	}
}
