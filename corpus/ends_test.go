package corpus

import (
	"math"
	"testing"
)

// TestEndRow checks an end's calibration row: its gain, bounded, and
// whether it closes its article.
func TestEndRow(t *testing.T) {
	tests := map[string]struct {
		gain    float64
		closing bool
		want    [endInputs]float64
	}{
		"王忠想… could go on at a cost":          {-12.5, false, [endInputs]float64{1, -12.5, 0}},
		"记者 杨飞: no candidate at all":          {math.Inf(-1), true, [endInputs]float64{1, -endGainFloor, 1}},
		"痛；… far cheaper to end":              {-75, false, [endInputs]float64{1, -endGainFloor, 0}},
		"本报讯… held by a join the order keeps": {3.2, false, [endInputs]float64{1, 0, 0}},
		"（赵念东） closes its article":            {-8, true, [endInputs]float64{1, -8, 1}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := endRow(tt.gain, tt.closing); got != tt.want {
				t.Errorf("endRow(%v, %v) = %v, want %v", tt.gain, tt.closing, got, tt.want)
			}
		})
	}
}

// TestStitchSampleEnds checks that every article of the sample page has
// its end judged, with a confidence in [0, 1], the block it would go on
// in after it or none, and a reason; and that the sample's ends, all
// right, are scored above the line but for a quarter at most (two, at
// 0.898 and 0.899, where a closed paragraph could go on).
func TestStitchSampleEnds(t *testing.T) {
	st := testStitcher(t).Stitch(SamplePage())
	doubtful := 0
	for _, a := range st.Articles {
		e, last := a.End, a.Blocks[len(a.Blocks)-1]
		if e == nil || e.Score < 0 || e.Score > 1 || e.Reason == "" || e.Next >= 0 && e.Next <= last {
			t.Fatalf("article %q ending at block %d: end %+v", a.Title, last, e)
		}
		if e.Score < Doubtful {
			doubtful++
			t.Logf("article %q ending at block %d: %+v", a.Title, last, *e)
		}
	}
	if doubtful > len(st.Articles)/4 {
		t.Errorf("%d of %d right ends doubtful", doubtful, len(st.Articles))
	}
}

// TestDoubtfulEndsFindErrors checks that the ends' confidences point to
// the articles cut short: on held-out pages the tenth of the ends scored
// lowest hold at least 40% of the wrong ones, the ends are calibrated,
// and flagging them too finds a tenth more of the articles stitched
// wrong than the doubtful joins alone.
func TestDoubtfulEndsFindErrors(t *testing.T) {
	_, report := splitPD(t)
	s := testStitcher(t)
	var ends []scoredDecision
	var cal Calibration
	var r Review
	for _, tp := range simTrainingPages(t, report, 150, reportSeed) {
		goes := map[int]bool{}
		for l := range goldLinks(tp.Gold) {
			goes[l.from] = true
		}
		st := s.Stitch(tp.Page)
		r.Add(tp.Gold, st)
		for _, a := range st.Articles {
			right := !goes[a.Blocks[len(a.Blocks)-1]]
			ends = append(ends, scoredDecision{a.End.Score, right})
			cal.Add(a.End.Score, right)
		}
	}
	found, wrong := lowestTenth(ends)
	t.Logf("the lowest tenth of %d ends holds %d of the %d wrong; ECE %.3f; %v", len(ends), found, wrong, cal.ECE(), r)
	if wrong == 0 || float64(found) < 0.4*float64(wrong) {
		t.Errorf("the lowest tenth of the ends holds %d of the %d wrong, want ≥ 40%%", found, wrong)
	}
	if cal.ECE() > 0.05 {
		t.Errorf("expected calibration error of the ends %.3f, want ≤ 0.05", cal.ECE())
	}
	if float64(r.DoubtfulWrong-r.JoinsWrong) < 0.1*float64(r.Wrong) {
		t.Errorf("doubtful ends find %d more of the %d articles stitched wrong, want ≥ 10%%", r.DoubtfulWrong-r.JoinsWrong, r.Wrong)
	}
}
