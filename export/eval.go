package export

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/stitchmark/stitchmark/corpus"
)

// EvalReport is the score of predicted entity spans (and joins) against a
// gold file.
type EvalReport struct {
	Articles     int      // articles in both files, scored
	OnlyGold     []string // ids in the gold file only (not scored)
	OnlyPred     []string // ids in the prediction only (not scored)
	Labels       []LabelScore
	Micro, Macro PRF // exact span match; macro is the mean over labels
	MicroPartial PRF // partial-overlap match
	MacroPartial PRF
	Joins        PRF  // join link F1, when HasJoins
	HasJoins     bool // both files have joins
	GoldJoins    int
	PredJoins    int
}

// Evaluate scores pred against gold. Articles are matched by id and only
// articles in both are scored; an id with different texts in the two is
// an ErrMismatch. A span counts as an exact match when start, end and
// label agree, and as a partial match when it overlaps a gold span of the
// same label not matched yet. Join links (joins not broken) are compared
// over all records of each file, by page and block numbers.
func Evaluate(gold, pred []corpus.ArticleRecord) (EvalReport, error) {
	var r EvalReport
	byID := map[string]corpus.ArticleRecord{}
	for _, p := range pred {
		byID[p.ID] = p
	}
	seen := map[string]bool{}
	c := counts{}
	for _, g := range gold {
		p, ok := byID[g.ID]
		if !ok {
			r.OnlyGold = append(r.OnlyGold, g.ID)
			continue
		}
		if p.Text != g.Text {
			return r, fmt.Errorf("%w: article %s has different texts in the gold file and the prediction", ErrMismatch, g.ID)
		}
		seen[g.ID] = true
		r.Articles++
		c.add(g.Entities, p.Entities)
	}
	for _, p := range pred {
		if !seen[p.ID] {
			r.OnlyPred = append(r.OnlyPred, p.ID)
		}
	}
	sort.Strings(r.OnlyGold)
	sort.Strings(r.OnlyPred)
	var micro, macro [2]PRF
	r.Labels, micro, macro = c.scores()
	r.Micro, r.MicroPartial, r.Macro, r.MacroPartial = micro[0], micro[1], macro[0], macro[1]
	gl, pl := joinLinks(gold), joinLinks(pred)
	r.GoldJoins, r.PredJoins = len(gl), len(pl)
	if len(gl) > 0 && len(pl) > 0 {
		r.HasJoins = true
		r.Joins = linkPRF(gl, pl)
	}
	return r, nil
}

// Write prints the report as a table.
func (r EvalReport) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "label\tgold\tpred\tP\tR\tF1\tpartial P\tpartial R\tpartial F1\t\n")
	for _, l := range r.Labels {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s%s\n", l.Label, l.Gold, l.Pred, prfCells(l.Exact), prfCells(l.Partial))
	}
	fmt.Fprintf(tw, "micro\t%d\t%d\t%s%s\n", r.Micro.TP+r.Micro.FN, r.Micro.TP+r.Micro.FP, prfCells(r.Micro), prfCells(r.MicroPartial))
	fmt.Fprintf(tw, "macro\t\t\t%s%s\n", prfCells(r.Macro), prfCells(r.MacroPartial))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%d articles scored", r.Articles)
	if len(r.OnlyGold)+len(r.OnlyPred) > 0 {
		fmt.Fprintf(w, "; not scored: %d only in gold, %d only in pred", len(r.OnlyGold), len(r.OnlyPred))
	}
	fmt.Fprintln(w)
	if r.HasJoins {
		fmt.Fprintf(w, "join links: gold %d, pred %d, P %.4f R %.4f F1 %.4f\n", r.GoldJoins, r.PredJoins, r.Joins.Precision, r.Joins.Recall, r.Joins.F1)
	} else {
		fmt.Fprintf(w, "join links: not scored (gold has %d, pred has %d)\n", r.GoldJoins, r.PredJoins)
	}
	return nil
}

// prfCells formats precision, recall and F1 as three table cells.
func prfCells(p PRF) string {
	return fmt.Sprintf("%.4f\t%.4f\t%.4f\t", p.Precision, p.Recall, p.F1)
}
