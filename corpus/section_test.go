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
		frags  []Fragment
		breaks []int
		want   [][2]int
	}{
		"一版":       {page(79, 0, 23), nil, [][2]int{{0, 79}}},
		"正好一节":     {page(maxSection), nil, [][2]int{{0, maxSection}}},
		"在标题前分节":   {page(1000, 0, 420, 550), nil, [][2]int{{0, 550}, {550, 1000}}},
		"标题在前半节不用": {page(700, 0, 200), nil, [][2]int{{0, maxSection}, {maxSection, 700}}},
		"无标题按长度分":  {page(1300), nil, [][2]int{{0, 600}, {600, 1200}, {1200, 1300}}},
		"空页":       {nil, nil, nil},
		"按换页符分":    {page(160, 0, 80), []int{80}, [][2]int{{0, 80}, {80, 160}}},
		"换页后再按长度分": {page(1000, 0, 100), []int{100}, [][2]int{{0, 100}, {100, 700}, {700, 1000}}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := sections(tt.frags, tt.breaks); !reflect.DeepEqual(got, tt.want) {
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
	secs := sections(p.Fragments, nil)
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

func TestPageBreaks(t *testing.T) {
	tests := map[string]struct {
		text string
		want []int
	}{
		"无换页符":      {"标题\n\n正文。\n\n记者 杨飞", nil},
		"两页":        {"标题\n\n正文。\n\f\n第二版标题\n\n正文。", []int{2}},
		"三页行首换页符":   {"甲。\n\f乙。\n\f丙。\n", []int{1, 2}},
		"换页符在块间空行里": {"甲。\n\n\f\n\n乙。", []int{1}},
		"只在文末":      {"甲。\n\n乙。\n\f", nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			p := NewPage("测试.txt", tt.text)
			if got := pageBreaks(p); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("pageBreaks = %v, want %v (blocks %d)", got, tt.want, len(p.Fragments))
			}
		})
	}
}

// TestStitchPrintedPages stitches a file holding two simulated pages
// separated by a form feed, as pdftotext writes them: no join crosses the
// page break, and each page comes out as it does alone. The first page
// ends with an open sentence and the second opens with a block that
// cannot start one, a join the stitcher would take within a page.
func TestStitchPrintedPages(t *testing.T) {
	sims := SimulatePages(loadPD(t), 2, DefaultSimOptions())
	one := sims[0].Text + "\n\n今年以来，全市上下认真落实各项"
	two := "部署，取得明显成效。\n\n" + sims[1].Text
	p := NewPage("issue.txt", one+"\n\f"+two)
	first := len(NewPage("a.txt", one).Fragments)
	if got := pageBreaks(p); !reflect.DeepEqual(got, []int{first}) {
		t.Fatalf("pageBreaks = %v, want [%d]", got, first)
	}
	s := testStitcher(t)
	st := s.Stitch(p)
	if err := checkPartition(p, st); err != nil {
		t.Fatal(err)
	}
	for _, a := range st.Articles {
		for _, j := range a.Joins {
			if (j.From < first) != (j.To < first) {
				t.Errorf("join %d→%d crosses the page break before block %d", j.From, j.To, first)
			}
		}
	}
	alone := s.Stitch(NewPage("b.txt", two)).shift(first)
	var got, want [][]int
	for _, a := range st.Articles {
		if a.Blocks[0] >= first {
			got = append(got, a.Blocks)
		}
	}
	for _, a := range alone.Articles {
		want = append(want, a.Blocks)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("second page stitched with the first:\n%v\nalone:\n%v", got, want)
	}
}
