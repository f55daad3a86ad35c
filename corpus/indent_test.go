package corpus

import (
	"slices"
	"strings"
	"testing"
)

// indentCases are pages and whether each of their blocks opens indented.
var indentCases = map[string]struct {
	text string
	want []bool
}{
	"全角缩进的段首与栏首接续":  {"　　全市危险化学品专项整治工作会议召开。\n\n落实企业主体责任。", []bool{true, false}},
	"一个全角空格":        {"标题\n\n　本报讯（记者 王 浩）会议召开。", []bool{false, true}},
	"两个半角空格":        {"  会议要求深刻吸取教训。\n\n管力量，落实企业主体责任。", []bool{true, false}},
	"制表符":           {"\t会议要求深刻吸取教训。", []bool{true}},
	"排版留下的一串空格不是缩进": {"市危化品专项整治工作会议要求\n\n            确保我市安全生产形势持续稳定", []bool{false, false}},
	"一个半角空格不是缩进":    {" 会议召开。", []bool{false}},
	"块内第二行的缩进不算":    {"会议要求\n　　深刻吸取教训。", []bool{false}},
	"空行里的空格不影响下一块":  {"会议召开。\n　　\n落实企业主体责任。", []bool{false, false}},
	"没有缩进的页":        {"市危化品专项整治工作会议要求\n\n确保我市安全生产形势持续稳定\n", []bool{false, false}},
	"换页符后的缩进":       {"会议召开。\f　　落实企业主体责任。", []bool{false, true}},
	"三个全角空格太多":      {"　　　会议召开。", []bool{false}},
}

func TestIndents(t *testing.T) {
	for name, c := range indentCases {
		t.Run(name, func(t *testing.T) {
			frags := SplitFragments("p.txt", c.text)
			if got := paragraphIndents(c.text, frags); !slices.Equal(got, c.want) {
				t.Errorf("paragraphIndents(%q) = %v, want %v", c.text, got, c.want)
			}
		})
	}
}

func TestIndentsSample(t *testing.T) {
	p := SamplePage()
	if slices.Contains(paragraphIndents(p.Text, p.Fragments), true) {
		t.Error("the sample page prints no indents, but some block counts as indented")
	}
}

// FuzzIndents checks that any text gets one answer per block and that a
// block opening the text is never indented.
func FuzzIndents(f *testing.F) {
	for _, c := range indentCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		frags := SplitFragments("p.txt", text)
		got := paragraphIndents(text, frags)
		if len(got) != len(frags) {
			t.Fatalf("%d answers for %d blocks", len(got), len(frags))
		}
		if len(frags) > 0 && frags[0].Start == 0 && got[0] {
			t.Fatalf("the block at the start of %q counts as indented", text)
		}
	})
}

// indentedPage prints its paragraphs indented; block 2 is a paragraph's
// first line alone at a column foot and block 5 the middle of a paragraph
// at the top of the next column.
const indentedPage = "市政府召开常务会议\n\n" +
	"　　会议要求各地抓好落实，确保全市安全生产形势持续稳定。\n\n" +
	"　　这家出版社对一些经典还采用\n\n" +
	"新书发布会在京举行\n\n" +
	"　　新华书店昨天在京举行新书发布会，各地读者纷纷前来。\n\n" +
	"了竖排的老办法，读者很喜欢。\n\n" +
	"　　出版社的负责人介绍了今年的出版计划。\n"

func TestClassifyIndented(t *testing.T) {
	want := []Kind{KindHeadline, KindBody, KindBody, KindHeadline, KindBody, KindBody, KindBody}
	p := NewPage("p.txt", indentedPage)
	for i, f := range p.Fragments {
		if f.Kind != want[i] {
			t.Errorf("block %d %q: %s (%s), want %s", i, f.Text, f.Kind, f.KindReason, want[i])
		}
	}
	// The same blocks unindented: the lone line reads as a headline.
	flat := NewPage("p.txt", strings.ReplaceAll(indentedPage, "　", ""))
	if k := flat.Fragments[2].Kind; k != KindHeadline {
		t.Errorf("unindented, block 2 is %s, want headline: the test no longer shows what indents change", k)
	}
}

func TestIndentSignals(t *testing.T) {
	p := NewPage("p.txt", indentedPage)
	a := testStitcher(t).firstPassEdges(p)
	signals := func(i, j int) (open, mid float64) {
		for _, e := range a.edges {
			if e.from == i && e.to == j {
				return e.f[fOpenIndent], e.f[fClosedMid]
			}
		}
		t.Fatalf("no candidate join %d → %d", i, j)
		return 0, 0
	}
	tests := []struct {
		name      string
		i, j      int
		open, mid float64
	}{
		{"open line before its rest", 2, 5, 0, 0},
		{"open line before an indented paragraph", 2, 4, 1, 0},
		{"closed paragraph before the middle of one", 1, 5, 0, 1},
		{"closed paragraph before the next paragraph", 1, 2, 0, 0},
	}
	for _, tt := range tests {
		if open, mid := signals(tt.i, tt.j); open != tt.open || mid != tt.mid {
			t.Errorf("%s (%d → %d): open_indent %v, closed_mid %v; want %v, %v", tt.name, tt.i, tt.j, open, mid, tt.open, tt.mid)
		}
	}
	flat := testStitcher(t).firstPassEdges(NewPage("p.txt", strings.ReplaceAll(indentedPage, "　", "")))
	for _, e := range flat.edges {
		if e.f[fOpenIndent] != 0 || e.f[fClosedMid] != 0 {
			t.Errorf("unindented page, %d → %d: indent signals %v, %v; want none", e.from, e.to, e.f[fOpenIndent], e.f[fClosedMid])
		}
	}
}

// TestIndentsEveryBlock checks that a page whose extractor indents every
// block, headlines too, is read as if it indented none: its indents tell
// nothing.
func TestIndentsEveryBlock(t *testing.T) {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(strings.ReplaceAll(indentedPage, "　", "")), "\n\n") {
		b.WriteString("　　" + line + "\n\n")
	}
	every := NewPage("p.txt", b.String())
	flat := NewPage("p.txt", strings.ReplaceAll(indentedPage, "　", ""))
	for i, f := range every.Fragments {
		if f.Kind != flat.Fragments[i].Kind {
			t.Errorf("block %d %q: %s, want %s as on the page without indents", i, f.Text, f.Kind, flat.Fragments[i].Kind)
		}
	}
	for _, e := range testStitcher(t).firstPassEdges(every).edges {
		if e.f[fOpenIndent] != 0 || e.f[fClosedMid] != 0 {
			t.Errorf("%d → %d: indent signals %v, %v; want none", e.from, e.to, e.f[fOpenIndent], e.f[fClosedMid])
		}
	}
}
