package corpus

import (
	"reflect"
	"strings"
	"testing"
)

func TestSections(t *testing.T) {
	page := func(n int, headlines ...int) []Fragment {
		frags := make([]Fragment, n)
		for i := range frags {
			frags[i] = Fragment{Block: i, Kind: KindBody, Text: "会议要求各地抓好落实。"}
		}
		for _, h := range headlines {
			frags[h] = Fragment{Block: h, Kind: KindHeadline, Text: "市政府召开常务会议"}
		}
		return frags
	}
	tests := map[string]struct {
		frags []Fragment
		want  [][2]int
	}{
		"一版":       {page(79, 0, 23), [][2]int{{0, 79}}},
		"正好一节":     {page(maxSection), [][2]int{{0, maxSection}}},
		"在标题前分节":   {page(1000, 0, 420, 550), [][2]int{{0, 550}, {550, 1000}}},
		"标题在前半节不用": {page(700, 0, 200), [][2]int{{0, maxSection}, {maxSection, 700}}},
		"无标题按长度分":  {page(1300), [][2]int{{0, 600}, {600, 1200}, {1200, 1300}}},
		"空页":       {nil, nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := sections(tt.frags); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sections = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestStitchLongPage stitches a file that holds the sample page followed
// by twelve simulated pages (more than maxSection blocks), as when a whole
// issue comes as one text: it is stitched in sections, every block is
// placed once, and no join or candidate crosses a section. (The sample's
// articles need not come out as they do alone: the similarities are
// weighed against the whole section.)
func TestStitchLongPage(t *testing.T) {
	texts := []string{SampleText}
	for _, sp := range SimulatePages(loadPD(t), 12, DefaultSimOptions()) {
		texts = append(texts, sp.Text)
	}
	p := NewPage("issue.txt", strings.Join(texts, "\n\n"))
	secs := sections(p.Fragments)
	if len(secs) < 2 {
		t.Fatalf("%d blocks in sections %v: want the page split", len(p.Fragments), secs)
	}
	s := testStitcher(t)
	st := s.Stitch(p)
	if err := checkPartition(p, st); err != nil {
		t.Fatal(err)
	}
	sectionOf := func(b int) int {
		for k, r := range secs {
			if b >= r[0] && b < r[1] {
				return k
			}
		}
		return -1
	}
	for _, a := range st.Articles {
		for _, j := range a.Joins {
			if sectionOf(j.From) != sectionOf(j.To) {
				t.Errorf("join %d→%d crosses sections %v", j.From, j.To, secs)
			}
		}
	}
	tail := secs[1][0] + 3
	cands := s.Candidates(p, tail)
	if len(cands) == 0 {
		t.Fatalf("no candidates for block %d", tail)
	}
	for _, c := range cands {
		if sectionOf(c.Block) != 1 || c.Block <= tail {
			t.Errorf("candidate %d for block %d is outside its section %v", c.Block, tail, secs[1])
		}
	}
}
