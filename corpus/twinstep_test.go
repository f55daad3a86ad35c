package corpus

import (
	"strings"
	"testing"
)

// twinTest is a join i → j on a page whose blocks have the near-duplicates
// twins, after a first pass that chose succ.
type twinTest struct {
	twins     [][]int
	succ      []int
	i, j      int
	step, end bool
}

// twinTests: blocks 0-1 and 2-3 are two templated reports
// (王忠想强调… | 要认真履行… and 侯捷强调… | 举一反三…), 4 is other text;
// in the last cases 4-5 are a third such report.
var twinTests = map[string]twinTest{
	"孪生报道同步接续":    {[][]int{{2}, {3}, {0}, {1}, nil}, []int{-1, -1, 3, -1, -1}, 0, 1, true, false},
	"接到孪生报道的下文":   {[][]int{{2}, {3}, {0}, {1}, nil}, []int{-1, -1, 3, -1, -1}, 0, 3, false, false},
	"孪生段落接到别处":    {[][]int{{2}, {3}, {0}, {1}, nil}, []int{-1, -1, 4, -1, -1}, 0, 1, false, false},
	"孪生段落结束全文":    {[][]int{{2}, {3}, {0}, {1}, nil}, []int{-1, -1, -1, -1, -1}, 0, 4, false, true},
	"没有孪生段落":      {[][]int{{2}, {3}, {0}, {1}, nil}, []int{-1, -1, -1, -1, -1}, 4, 1, false, false},
	"唯一的孪生就是下文":   {[][]int{{1}, {0}, nil}, []int{-1, -1, -1}, 0, 1, false, false},
	"三篇中一篇接续":     {[][]int{{2, 4}, {3, 5}, {0, 4}, {1, 5}, {0, 2}, {1, 3}}, []int{-1, -1, 3, -1, -1, -1}, 0, 1, true, false},
	"三篇中接到第三篇的下文": {[][]int{{2, 4}, {3, 5}, {0, 4}, {1, 5}, {0, 2}, {1, 3}}, []int{-1, -1, 3, -1, -1, -1}, 0, 5, true, false},
	"三篇中一篇结束一篇接续": {[][]int{{2, 4}, {3, 5}, {0, 4}, {1, 5}, {0, 2}, {1, 3}}, []int{-1, -1, -1, -1, 5, -1}, 0, 1, true, false},
}

// TestTwinSignals checks twin_step and twin_ends on hand-made pages.
func TestTwinSignals(t *testing.T) {
	for name, tt := range twinTests {
		t.Run(name, func(t *testing.T) {
			b := make([]blockInfo, len(tt.twins))
			for k, tw := range tt.twins {
				b[k].twins = tw
			}
			if got := twinStep(b, tt.succ, tt.i, tt.j); got != tt.step {
				t.Errorf("twinStep(%d → %d) = %v, want %v", tt.i, tt.j, got, tt.step)
			}
			if got := twinEnds(b, tt.succ, tt.i, tt.j); got != tt.end {
				t.Errorf("twinEnds(%d → %d) = %v, want %v", tt.i, tt.j, got, tt.end)
			}
		})
	}
}

// TestTwinStepSample checks twin_step on the sample page after the second
// pass: each inspection report goes on where its twin does (7 → 25 as
// 11 → 27), and not where the twin report goes on (7 → 27, 11 → 25).
func TestTwinStepSample(t *testing.T) {
	checkEdgeSignal(t, testStitcher(t).analyse(SamplePage()), fTwinStep, []edgeSignalTest{
		{"王忠想强调… goes on as its twin does", 7, 25, 1},
		{"侯捷强调… goes on as its twin does", 11, 27, 1},
		{"王忠想强调… into the other report", 7, 27, 0},
		{"侯捷强调… into the other report", 11, 25, 0},
		{"a report's lead to its next paragraph", 5, 6, 1},
		{"text with no twin", 2, 3, 0},
	})
}

// TestTwinStepReason checks that the reason of a jump that a twin report
// makes alike says so, and that of a next-block join does not.
func TestTwinStepReason(t *testing.T) {
	st := testStitcher(t).Stitch(SamplePage())
	const says = "a templated twin report goes on alike"
	found := map[[2]int]string{}
	for _, a := range st.Articles {
		for _, j := range a.Joins {
			found[[2]int{j.From, j.To}] = j.Reason
		}
	}
	for _, j := range [][2]int{{7, 25}, {11, 27}} {
		if r, ok := found[j]; !ok || !strings.Contains(r, says) {
			t.Errorf("join %d → %d: reason %q, want it to say %q", j[0], j[1], r, says)
		}
	}
	if r := found[[2]int{5, 6}]; strings.Contains(r, says) {
		t.Errorf("join 5 → 6, the next block: reason %q says %q", r, says)
	}
}
