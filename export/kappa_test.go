package export

import (
	"math"
	"strings"
	"testing"
)

func TestCohenKappa(t *testing.T) {
	tests := []struct {
		name string
		a, b string // one tag per field
		want float64
	}{
		// po = 8/10 = 0.8; both raters: O 5, PER 3, GPE 2, so
		// pe = .5·.5 + .3·.3 + .2·.2 = .38; κ = (.8 − .38)/(1 − .38) = .42/.62.
		{"王磊 菏泽 two slips", "O O O O O PER PER PER GPE GPE", "O O O O PER PER PER O GPE GPE", 0.42 / 0.62},
		// po = 1, pe = .5·.5 + .5·.5 = .5: κ = 1.
		{"perfect", "O PER O PER", "O PER O PER", 1},
		// po = 0; A: O .5 PER .5; B: O .5 PER .5; pe = .5: κ = (0 − .5)/.5 = −1.
		{"always opposite", "O PER O PER", "PER O PER O", -1},
		// one tag throughout: pe = 1, κ undefined.
		{"only O", "O O O", "O O O", math.NaN()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CohenKappa(strings.Fields(tt.a), strings.Fields(tt.b))
			if !close(got, tt.want) {
				t.Errorf("κ = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFleissKappa(t *testing.T) {
	tests := []struct {
		name    string
		ratings []string // one rater a string, one tag per field
		want    float64
	}{
		// items: (O,O,O) P=1; (PER,PER,O) P=(4+1−3)/6=1/3; (PER,PER,PER) P=1;
		// (O,PER,O) P=1/3. P̄ = (8/3)/4 = 2/3. O 6 of 12, PER 6 of 12:
		// P̄e = .25 + .25 = .5. κ = (2/3 − 1/2)/(1/2) = 1/3.
		{"three raters four characters", []string{"O PER PER O", "O PER PER PER", "O O PER O"}, 1.0 / 3},
		{"three agree", []string{"O GPE GPE", "O GPE GPE", "O GPE GPE"}, 1},
		// two raters: Fleiss uses pooled shares. Items (O,O) 1, (PER,O) 0,
		// (PER,PER) 1: P̄ = 2/3; O 3/6, PER 3/6: P̄e = .5; κ = (2/3−.5)/.5 = 1/3.
		{"two raters", []string{"O PER PER", "O O PER"}, 1.0 / 3},
		{"one tag", []string{"O O", "O O", "O O"}, math.NaN()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r [][]string
			for _, s := range tt.ratings {
				r = append(r, strings.Fields(s))
			}
			if got := FleissKappa(r); !close(got, tt.want) {
				t.Errorf("κ = %v, want %v", got, tt.want)
			}
		})
	}
}

// close compares floats to 1e-9, NaN equal to NaN.
func close(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) < 1e-9
}
