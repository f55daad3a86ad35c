package export

import (
	"errors"
	"fmt"
	"testing"
)

func TestParseSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Split
		err  bool
	}{
		{"none", "", Split{}, false},
		{"three parts", "80/10/10", Split{Train: 80, Dev: 10, Test: 10, Seed: 3}, false},
		{"two parts are train/test", "90/10", Split{Train: 90, Test: 10, Seed: 3}, false},
		{"not 100", "80/10/5", Split{}, true},
		{"not a number", "八十/10/10", Split{}, true},
		{"negative", "110/-10", Split{}, true},
		{"four parts", "70/10/10/10", Split{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSplit(tt.in, 3)
			if (err != nil) != tt.err || got != tt.want {
				t.Fatalf("ParseSplit(%q) = %+v, %v", tt.in, got, err)
			}
			if err != nil && !errors.Is(err, ErrBadOption) {
				t.Errorf("error %v is not ErrBadOption", err)
			}
		})
	}
}

func TestSplitOf(t *testing.T) {
	s := Split{Train: 80, Dev: 10, Test: 10, Seed: 42}
	counts := map[string]int{}
	changed := 0
	const n = 20000
	for i := range n {
		id := fmt.Sprintf("人民日报-1998-01-%02d#%03d", i%28+1, i)
		got := s.Of(id)
		if got != s.Of(id) {
			t.Fatalf("%s: split not deterministic", id)
		}
		counts[got]++
		if (Split{Train: 80, Dev: 10, Test: 10, Seed: 43}).Of(id) != got {
			changed++
		}
	}
	for name, pct := range map[string]int{"train": 80, "dev": 10, "test": 10} {
		share := float64(counts[name]) / n * 100
		if share < float64(pct)-1.5 || share > float64(pct)+1.5 {
			t.Errorf("%s got %.1f%%, want about %d%%", name, share, pct)
		}
	}
	if changed < n/10 {
		t.Errorf("another seed moved only %d of %d articles", changed, n)
	}
	if (Split{}).Of("x") != "" {
		t.Error("the zero Split assigned a set")
	}
	if (Split{Train: 100}).Of("x") != "train" {
		t.Error("100/0/0 did not put everything in train")
	}
}
