package export

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/stitchmark/stitchmark/corpus"
)

// Annotation is one annotator's file.
type Annotation struct {
	Name    string // shown in reports, e.g. the file name
	Records []corpus.ArticleRecord
}

// PairScore is the agreement of two annotators: span F1 with A as the
// reference (F1 is symmetric; precision and recall swap) and join links.
type PairScore struct {
	A, B     string
	Labels   []LabelScore
	Micro    PRF
	Kappa    float64 // Cohen's κ of the pair on character tags
	Joins    PRF
	HasJoins bool
}

// Disagreement is one span position that the annotators labeled
// differently: Says[i] is what annotator i said about code points
// [Start, End) of the article ("" for nothing, labels joined by "+").
type Disagreement struct {
	Article    string
	Start, End int
	Text       string
	Says       []string
}

// AgreeReport is the agreement among two or more annotators.
type AgreeReport struct {
	Annotators    []string
	Articles      int      // articles every annotator has, compared
	Skipped       []string // ids some annotator lacks (not compared)
	Characters    int      // non-whitespace characters tagged
	Pairs         []PairScore
	Kappa         float64 // Cohen's κ (two annotators) or Fleiss' κ (more)
	KappaName     string  // "Cohen" or "Fleiss"
	Disagreements []Disagreement
}

// Agree measures agreement among the annotations. Articles are matched by
// id; only those every annotator has are compared, and an id with
// different texts is an ErrMismatch. κ is computed on character tags: each
// non-whitespace character gets the label of the entity covering it (the
// entities Flatten keeps) or "O".
func Agree(anns []Annotation) (AgreeReport, error) {
	r := AgreeReport{KappaName: "Cohen"}
	if len(anns) < 2 {
		return r, fmt.Errorf("%w: agreement needs two or more annotators, got %d", ErrBadOption, len(anns))
	}
	if len(anns) > 2 {
		r.KappaName = "Fleiss"
	}
	for _, a := range anns {
		r.Annotators = append(r.Annotators, a.Name)
	}
	common, err := commonArticles(anns, &r)
	if err != nil {
		return r, err
	}
	tags := make([][]string, len(anns))
	for _, arts := range common {
		for i, rec := range arts {
			tags[i] = append(tags[i], nonSpaceTags(rec)...)
		}
		r.Disagreements = append(r.Disagreements, disagreements(arts)...)
	}
	r.Characters = len(tags[0])
	if len(anns) == 2 {
		r.Kappa = CohenKappa(tags[0], tags[1])
	} else {
		r.Kappa = FleissKappa(tags)
	}
	for i := range anns {
		for j := i + 1; j < len(anns); j++ {
			r.Pairs = append(r.Pairs, pairScore(anns, common, tags, i, j))
		}
	}
	return r, nil
}

// commonArticles returns, for each article all annotators have (in the
// first annotator's order), the records of every annotator.
func commonArticles(anns []Annotation, r *AgreeReport) ([][]corpus.ArticleRecord, error) {
	byID := make([]map[string]corpus.ArticleRecord, len(anns))
	for i, a := range anns {
		byID[i] = map[string]corpus.ArticleRecord{}
		for _, rec := range a.Records {
			byID[i][rec.ID] = rec
		}
	}
	var common [][]corpus.ArticleRecord
	skipped := map[string]bool{}
	for _, a := range anns {
		for _, rec := range a.Records {
			skipped[rec.ID] = true
		}
	}
	for _, first := range anns[0].Records {
		arts := []corpus.ArticleRecord{first}
		for i := 1; i < len(anns); i++ {
			rec, ok := byID[i][first.ID]
			if !ok {
				break
			}
			if rec.Text != first.Text {
				return nil, fmt.Errorf("%w: article %s has different texts in %s and %s", ErrMismatch, first.ID, anns[0].Name, anns[i].Name)
			}
			arts = append(arts, rec)
		}
		if len(arts) == len(anns) {
			common = append(common, arts)
			delete(skipped, first.ID)
		}
	}
	for id := range skipped {
		r.Skipped = append(r.Skipped, id)
	}
	sort.Strings(r.Skipped)
	r.Articles = len(common)
	return common, nil
}

// nonSpaceTags returns the label (or "O") of every non-whitespace
// character of rec.
func nonSpaceTags(rec corpus.ArticleRecord) []string {
	runes := []rune(rec.Text)
	labels := make([]string, len(runes))
	for _, s := range Flatten(rec.Entities) {
		for i := s.Start; i < s.End; i++ {
			labels[i] = s.Label
		}
	}
	out := make([]string, 0, len(runes))
	for i, r := range runes {
		if unicode.IsSpace(r) {
			continue
		}
		if labels[i] == "" {
			labels[i] = "O"
		}
		out = append(out, labels[i])
	}
	return out
}

// pairScore compares annotators i and j.
func pairScore(anns []Annotation, common [][]corpus.ArticleRecord, tags [][]string, i, j int) PairScore {
	c := counts{}
	var ri, rj []corpus.ArticleRecord
	for _, arts := range common {
		c.add(arts[i].Entities, arts[j].Entities)
		ri = append(ri, arts[i])
		rj = append(rj, arts[j])
	}
	p := PairScore{A: anns[i].Name, B: anns[j].Name, Kappa: CohenKappa(tags[i], tags[j])}
	var micro [2]PRF
	p.Labels, micro, _ = c.scores()
	p.Micro = micro[0]
	li, lj := joinLinks(ri), joinLinks(rj)
	if len(li) > 0 && len(lj) > 0 {
		p.HasJoins = true
		p.Joins = linkPRF(li, lj)
	}
	return p
}

// disagreements lists the span positions of one article where the
// annotators' labels differ.
func disagreements(arts []corpus.ArticleRecord) []Disagreement {
	says := map[[2]int][]string{}
	text := map[[2]int]string{}
	for i, rec := range arts {
		for _, s := range sortedSpans(rec.Entities) {
			k := [2]int{s.Start, s.End}
			if says[k] == nil {
				says[k] = make([]string, len(arts))
			}
			if says[k][i] != "" {
				says[k][i] += "+"
			}
			says[k][i] += s.Label
			text[k] = s.Text
		}
	}
	var out []Disagreement
	for k, v := range says {
		if !allSame(v) {
			out = append(out, Disagreement{Article: arts[0].ID, Start: k[0], End: k[1], Text: text[k], Says: v})
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Start != out[b].Start {
			return out[a].Start < out[b].Start
		}
		return out[a].End < out[b].End
	})
	return out
}

func allSame(v []string) bool {
	for _, s := range v[1:] {
		if s != v[0] {
			return false
		}
	}
	return true
}

// Write prints the report: κ, the pairwise scores, and the disagreements.
func (r AgreeReport) Write(w io.Writer) error {
	fmt.Fprintf(w, "%d articles compared, %d characters", r.Articles, r.Characters)
	if len(r.Skipped) > 0 {
		fmt.Fprintf(w, "; %d articles not in every file were skipped", len(r.Skipped))
	}
	fmt.Fprintf(w, "\n%s's kappa on character tags: %s\n", r.KappaName, kappaText(r.Kappa))
	for _, p := range r.Pairs {
		fmt.Fprintf(w, "\n%s vs %s: span F1 %.4f (P %.4f R %.4f), Cohen's kappa %s", p.A, p.B, p.Micro.F1, p.Micro.Precision, p.Micro.Recall, kappaText(p.Kappa))
		if p.HasJoins {
			fmt.Fprintf(w, ", join F1 %.4f", p.Joins.F1)
		}
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "label\t%s\t%s\tagreed\tF1\t\n", p.A, p.B)
		for _, l := range p.Labels {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.4f\t\n", l.Label, l.Gold, l.Pred, l.Exact.TP, l.Exact.F1)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "\n%d disagreements (article [start,end) text: %s)\n", len(r.Disagreements), strings.Join(r.Annotators, " / "))
	for _, d := range r.Disagreements {
		says := make([]string, len(d.Says))
		for i, s := range d.Says {
			says[i] = s
			if s == "" {
				says[i] = "—"
			}
		}
		fmt.Fprintf(w, "%s [%d,%d) %s: %s\n", d.Article, d.Start, d.End, d.Text, strings.Join(says, " / "))
	}
	return nil
}

func kappaText(k float64) string {
	if math.IsNaN(k) {
		return "n/a (undefined: one tag throughout)"
	}
	return fmt.Sprintf("%.4f", k)
}
