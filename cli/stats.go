package cli

import (
	"fmt"

	json "github.com/goccy/go-json"

	"github.com/stitchmark/stitchmark/corpus"
)

func init() {
	register("stats", "count a project's pages, articles by status and spans by label", runStats)
}

// statsJSON is the --json form of the stats.
type statsJSON struct {
	Project    string         `json:"project"`
	Pages      int            `json:"pages"`
	Fragments  int            `json:"fragments"`
	Unassigned int            `json:"unassigned"`
	Articles   int            `json:"articles"`
	ByStatus   map[string]int `json:"articles_by_status"`
	Spans      int            `json:"spans"`
	Flagged    int            `json:"flagged_spans"`
	ByLabel    map[string]int `json:"spans_by_label"`
}

// runStats is `stitchmark stats --project P.stitchmark [--json]`.
func runStats(env Env, args []string) error {
	fl := newFlags(env, "stats", "--project P.stitchmark [--json]")
	project := fl.String("project", "", "the project file")
	asJSON := fl.Bool("json", false, "print JSON")
	if err := parse(fl, args); err != nil {
		return err
	}
	if *project == "" || fl.NArg() > 0 {
		fl.Usage()
		return fmt.Errorf("%w: need --project and no other arguments", errUsage)
	}
	p, err := corpus.OpenProject(*project)
	if err != nil {
		return err
	}
	defer p.Close()
	s, err := p.Stats()
	if err != nil {
		return err
	}
	labels, err := p.Labels()
	if err != nil {
		return err
	}
	if *asJSON {
		return writeStatsJSON(env, *project, s)
	}
	writeStats(env, *project, s, labels)
	return nil
}

// writeStatsJSON prints s as one JSON object; every status is present.
func writeStatsJSON(env Env, project string, s corpus.Stats) error {
	out := statsJSON{Project: project, Pages: s.Pages, Fragments: s.Fragments, Unassigned: s.Unassigned,
		Articles: s.Articles, ByStatus: map[string]int{}, Spans: s.Spans, Flagged: s.Flagged, ByLabel: s.ByLabel}
	for _, st := range corpus.Statuses {
		out.ByStatus[string(st)] = s.ByStatus[st]
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(env.Stdout, "%s\n", data)
	return err
}

// writeStats prints s as a table: statuses in workflow order, labels in
// the project's order.
func writeStats(env Env, project string, s corpus.Stats, labels []corpus.Label) {
	w := env.Stdout
	fmt.Fprintf(w, "project    %s\n", project)
	fmt.Fprintf(w, "pages      %d\n", s.Pages)
	fmt.Fprintf(w, "fragments  %d (%d unassigned)\n", s.Fragments, s.Unassigned)
	fmt.Fprintf(w, "articles   %d\n", s.Articles)
	for _, st := range corpus.Statuses {
		fmt.Fprintf(w, "  %-14s %d\n", st, s.ByStatus[st])
	}
	fmt.Fprintf(w, "spans      %d (%d flagged)\n", s.Spans, s.Flagged)
	for _, l := range labels {
		fmt.Fprintf(w, "  %-14s %d\n", l.Name, s.ByLabel[l.Name])
	}
}
