package corpus

import (
	"os"
	"testing"

	json "github.com/goccy/go-json"
)

// TestTrainCharLM counts the character model from the tuning articles'
// paragraphs. With -update it rewrites the embedded corpus/charlm.json;
// retrain the stitch model after it (make train).
func TestTrainCharLM(t *testing.T) {
	tune, _ := splitPD(t)
	paras := lmParagraphs(tune)
	m := TrainCharLM(paras)
	if m.Starts < float64(len(paras)) || m.Total < 10*m.Starts {
		t.Fatalf("counted %v characters and %v sentence starts in %d paragraphs", m.Total, m.Starts, len(paras))
	}
	if !*update {
		return
	}
	m.Note = "Character counts of the People's Daily 1998 tuning articles (no text), made by TestTrainCharLM -update."
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("charlm.json", append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// lmParagraphs returns the articles' paragraphs as pages print them.
func lmParagraphs(arts []SourceArticle) []string {
	var paras []string
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			paras = append(paras, FullWidth(p))
		}
	}
	return paras
}

func TestDefaultCharLM(t *testing.T) {
	m := DefaultCharLM()
	if len(m.Chars) < 1000 || len(m.Pairs) < 1000 {
		t.Fatalf("embedded character model has %d characters and %d pairs", len(m.Chars), len(m.Pairs))
	}
}

// TestCharLMFits checks the model's judgements on joins it was not
// counted on.
func TestCharLMFits(t *testing.T) {
	m := DefaultCharLM()
	starts := map[string]struct{ better, worse string }{
		"opener over a cut word": {"据了解，", "道被拆状况"},
		"pronoun over a suffix":  {"他们说", "化的进程"},
		"time over a particle":   {"今年以来", "后，可缓交"},
	}
	for name, c := range starts {
		t.Run(name, func(t *testing.T) {
			if b, w := m.StartFit(c.better), m.StartFit(c.worse); b <= w {
				t.Errorf("StartFit(%q) = %.2f, not above StartFit(%q) = %.2f", c.better, b, c.worse, w)
			}
		})
	}
	pairs := map[string]struct{ tail, good, bad string }{
		"word 人均":       {"坪上村的人", "均收入", "据了解"},
		"word 改革":       {"深化国企改", "革。目前", "十年来"},
		"after a comma": {"长期以来，", "但是", "的问题"},
	}
	for name, c := range pairs {
		t.Run(name, func(t *testing.T) {
			if g, b := m.PairFit(c.tail, c.good), m.PairFit(c.tail, c.bad); g <= b {
				t.Errorf("PairFit(%q, %q) = %.2f, not above PairFit(…, %q) = %.2f", c.tail, c.good, g, c.bad, b)
			}
		})
	}
}
