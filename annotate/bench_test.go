package annotate

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/goccy/go-json"
	"github.com/stitchmark/stitchmark/corpus"
)

// The evaluation data: labeled People's Daily paragraphs, for development
// and tests only (see ../../shared/data/README.md).
const evalPath = "../../shared/data/peoples-daily-1998-ner-1000.jsonl"

// evalLabels maps the corpus's types to ours.
var evalLabels = map[string]string{"PERSON": LabelPER, "GPE": LabelLOC, "ORG": LabelORG, "DATE": LabelDATE}

// paragraph is one labeled line of the evaluation data.
type paragraph struct {
	Text  string
	Spans []corpus.Span
}

// readParagraphs reads the evaluation data, checking every span.
func readParagraphs(tb testing.TB) []paragraph {
	tb.Helper()
	f, err := os.Open(evalPath)
	if err != nil {
		tb.Fatalf("evaluation data: %v", err)
	}
	defer f.Close()
	var out []paragraph
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		var raw struct {
			Text       string `json:"text"`
			EntityList []struct {
				Index struct {
					Begin int `json:"begin"`
					End   int `json:"end"`
				} `json:"entity_index"`
				Type   string `json:"entity_type"`
				Entity string `json:"entity"`
			} `json:"entity_list"`
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			tb.Fatalf("%s:%d: %v", evalPath, line, err)
		}
		p := paragraph{Text: raw.Text}
		runes := []rune(raw.Text)
		for _, e := range raw.EntityList {
			label, ok := evalLabels[e.Type]
			b, en := e.Index.Begin, e.Index.End
			if !ok || b < 0 || b >= en || en > len(runes) || string(runes[b:en]) != e.Entity {
				tb.Fatalf("%s:%d: bad entity %+v", evalPath, line, e)
			}
			p.Spans = append(p.Spans, corpus.Span{Start: b, End: en, Label: label, Text: e.Entity})
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", evalPath, err)
	}
	return out
}

// tally counts exact matches (same start, end and label) per label.
type tally map[string]*struct{ tp, fp, fn int }

// add compares the suggestions for one paragraph with its gold spans.
func (t tally) add(gold []corpus.Span, got []Suggestion) {
	key := func(s, e int, l string) string { return fmt.Sprintf("%d:%d:%s", s, e, l) }
	want := map[string]bool{}
	for _, g := range gold {
		want[key(g.Start, g.End, g.Label)] = true
		t.get(g.Label).fn++
	}
	for _, s := range got {
		if want[key(s.Start, s.End, s.Label)] {
			t.get(s.Label).tp++
			t.get(s.Label).fn--
		} else {
			t.get(s.Label).fp++
		}
	}
}

// get returns the counts of a label, creating them.
func (t tally) get(label string) *struct{ tp, fp, fn int } {
	if t[label] == nil {
		t[label] = &struct{ tp, fp, fn int }{}
	}
	return t[label]
}

// prf returns precision, recall and F1 from counts.
func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// micro returns the overall F1 over the labels the data has (MONEY has no
// gold spans in it, so its suggestions are left out).
func (t tally) micro() float64 {
	var tp, fp, fn int
	for l, c := range t {
		if goldLabel(l) {
			tp, fp, fn = tp+c.tp, fp+c.fp, fn+c.fn
		}
	}
	_, _, f := prf(tp, fp, fn)
	return f
}

// goldLabel reports whether the data labels l.
func goldLabel(l string) bool {
	for _, ours := range evalLabels {
		if ours == l {
			return true
		}
	}
	return false
}

// report formats the per-label table.
func (t tally) report(title string) string {
	labels := make([]string, 0, len(t))
	for l := range t {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n  label   gold  found  P      R      F1\n", title)
	for _, l := range labels {
		c := t[l]
		p, r, f := prf(c.tp, c.fp, c.fn)
		if !goldLabel(l) {
			fmt.Fprintf(&b, "  %-6s %5d  %5d  (no gold spans for this label)\n", l, c.tp+c.fn, c.tp+c.fp)
			continue
		}
		fmt.Fprintf(&b, "  %-6s %5d  %5d  %.3f  %.3f  %.3f\n", l, c.tp+c.fn, c.tp+c.fp, p, r, f)
	}
	fmt.Fprintf(&b, "  micro F1 (PER, LOC, ORG, DATE): %.3f", t.micro())
	return b.String()
}

// evaluate runs a over paragraphs and tallies the result.
func evaluate(a *Annotator, paras []paragraph) tally {
	t := tally{}
	for _, p := range paras {
		t.add(p.Spans, a.Suggest(p.Text))
	}
	return t
}

// TestEvaluate measures Suggest on the People's Daily paragraphs: cold
// start on all of them and on the second half, and on the second half after
// learning the gold spans of the first half. Nothing is tuned on the second
// half. Run with -v to see the tables.
func TestEvaluate(t *testing.T) {
	paras := readParagraphs(t)
	gold := map[string]int{}
	for _, p := range paras {
		for _, s := range p.Spans {
			gold[s.Label]++
		}
	}
	wantGold := map[string]int{LabelDATE: 976, LabelPER: 844, LabelLOC: 1630, LabelORG: 169}
	for l, n := range wantGold {
		if gold[l] != n {
			t.Fatalf("data has %d %s spans, want %d (see data/README.md)", gold[l], l, n)
		}
	}
	half := len(paras) / 2
	first, second := paras[:half], paras[half:]

	t.Log(evaluate(New(), paras).report(fmt.Sprintf("cold start, all %d paragraphs", len(paras))))
	t.Log(evaluate(NewWithOptions(Options{RelativeDates: true}), paras).report("cold start with relative dates, all paragraphs"))
	cold := evaluate(New(), second)
	t.Log(cold.report(fmt.Sprintf("cold start, second half (%d paragraphs)", len(second))))

	a := New()
	for i, p := range first {
		if err := a.Learn(p.Text, p.Spans); err != nil {
			t.Fatalf("paragraph %d: %v", i+1, err)
		}
	}
	learned := evaluate(a, second)
	t.Log(learned.report(fmt.Sprintf("after learning the first %d paragraphs, second half", half)))
	if learned.micro() <= cold.micro() {
		t.Errorf("learning did not help: micro F1 %.3f after, %.3f before", learned.micro(), cold.micro())
	}
}

// BenchmarkSuggest measures Suggest per paragraph of the evaluation data
// (90 code points on average), with a memory learned from all of it.
func BenchmarkSuggest(b *testing.B) {
	paras := readParagraphs(b)
	a := New()
	for _, p := range paras {
		if err := a.Learn(p.Text, p.Spans); err != nil {
			b.Fatal(err)
		}
	}
	a.Suggest("") // load the dictionary outside the timing
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		a.Suggest(paras[i%len(paras)].Text)
	}
}

// BenchmarkWordBreaks measures WordBreaks per paragraph.
func BenchmarkWordBreaks(b *testing.B) {
	paras := readParagraphs(b)
	WordBreaks("")
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		WordBreaks(paras[i%len(paras)].Text)
	}
}
