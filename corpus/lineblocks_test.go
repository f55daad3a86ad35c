package corpus

import (
	"slices"
	"strings"
	"testing"
)

// lineBlockText writes lines as a page that gives each a block of its own.
func lineBlockText(lines ...string) string {
	return strings.Join(lines, "\n\n") + "\n"
}

// columnLines are a column's printed lines, ten characters wide, the
// first of each paragraph two short (its indent left out).
var columnLines = []string{
	"本报讯记者王浩报", "道全市危险化学品专项", "整治工作会议召开。会", "议要求深入贯彻落实习", "近平总书记关于安全生", "产的重要指示精神。",
	"王磊要求各县区各", "部门、各企业要切实提", "高安全生产工作重要性", "的认识，时刻紧绷安全", "生产这根弦，加强监管", "力量。",
	"会议强调，要强化", "措施，立即开展危化品", "安全生产专项整治活动", "全面提升企业安全管理", "能力，加强停产、复工", "企业安全管理。",
	"王磊强调，各县区", "要压实责任，心存忧患", "意识，做到企业主体责", "任落实到位。",
}

// columnParagraphs are columnLines as four blocks of printed lines, five
// times over.
func columnParagraphs() string {
	var blocks []string
	for range 5 {
		for k := 0; k < len(columnLines); k += 6 {
			blocks = append(blocks, strings.Join(columnLines[k:min(k+6, len(columnLines))], "\n"))
		}
	}
	return strings.Join(blocks, "\n\n")
}

var lineBlockCases = map[string]struct {
	text  string
	width float64 // 0: not a page of line blocks
}{
	"逐行成块":   {lineBlockText(columnLines...), 10},
	"段落各自成块": {SampleText, 0},
	"印刷行在块内": {columnParagraphs(), 0},
	"块太少":    {lineBlockText(columnLines[:10]...), 0},
}

func TestLineBlockWidth(t *testing.T) {
	for name, tc := range lineBlockCases {
		t.Run(name, func(t *testing.T) {
			p := NewPage("测试.txt", tc.text)
			width, ok := lineBlockWidth(blockLines(p.Text, p.Fragments))
			if ok != (tc.width > 0) || ok && width != tc.width {
				t.Errorf("lineBlockWidth = %v, %v; want %v", width, ok, tc.width)
			}
		})
	}
}

// TestClassifyLineBlocks checks that on a page that gives each printed
// line a block, a line as wide as the others is running text although it
// carries no stop, while a headline over them stays one.
func TestClassifyLineBlocks(t *testing.T) {
	p := NewPage("测试.txt", lineBlockText(append([]string{"危化品专项整治会议召开"}, columnLines...)...))
	if p.Fragments[0].Kind != KindHeadline {
		t.Errorf("block 0 %q: %s, want a headline", p.Fragments[0].Text, p.Fragments[0].Kind)
	}
	for _, f := range p.Fragments[1:] {
		if isTitle(f.Kind) {
			t.Errorf("block %d %q: %s (%s), want running text", f.Block, f.Text, f.Kind, f.KindReason)
		}
	}
}

// TestMarkLineWidths checks what the widths of a page's lines, each a
// block, tell: a line two short of the width opens a paragraph, a full one
// goes on one, and a closed line ends its paragraph unless it is full;
// a paragraph's last line before the middle of a paragraph is a closed_mid
// join, a full closed line before one is not. A byline cut at a line's
// end goes on in the next line, which ends the article.
func TestMarkLineWidths(t *testing.T) {
	fullClosed := "加强安全监管到位了。"
	lines := append(slices.Clone(columnLines), fullClosed, "全面提升企业安全管理", "陈启志说。 通讯员 梁绍", "亭记者刘卫国")
	a := testStitcher(t).firstPassEdges(NewPage("测试.txt", lineBlockText(lines...)))
	want := map[int]struct{ indented, midPara, fullEnd bool }{
		0:  {true, false, false},  // 本报讯记者王浩报: a paragraph's first line
		1:  {false, true, false},  // 道全市危险化学品专项: full, open
		5:  {false, false, false}, // 产的重要指示精神。: a paragraph's last line
		22: {false, true, true},   // 加强安全监管到位了。: full and closed
	}
	for i, w := range want {
		b := a.blocks[i]
		if b.indented != w.indented || b.midPara != w.midPara || b.fullEnd != w.fullEnd {
			t.Errorf("line %d %q: indented %v, middle %v, full end %v; want %v", i, b.text, b.indented, b.midPara, b.fullEnd, w)
		}
	}
	if rest := a.blocks[25]; rest.kind != KindByline || a.blocks[24].endsArt || !rest.endsArt {
		t.Errorf("%q | %q: %s, the line before ends its article %v; want the rest of its byline, ending the article", a.blocks[24].text, rest.text, rest.kind, a.blocks[24].endsArt)
	}
	for _, tc := range []struct {
		from, to int
		want     float64
	}{{5, 7, 1}, {22, 23, 0}} {
		k := slices.IndexFunc(a.edges, func(e scored) bool { return e.from == tc.from && e.to == tc.to })
		if k < 0 || a.edges[k].f[fClosedMid] != tc.want {
			t.Errorf("join %d → %d: closed_mid %v, want %v", tc.from, tc.to, a.edges[max(k, 0)].f[fClosedMid], tc.want)
		}
	}
}

// TestStitchLineBlocks stitches 10 held-out pages that give each printed
// line a block. The stitcher reads them with contexts of lines as long as
// three paragraphs, leaves out the similarity of two single lines and
// weighs the joins with a model trained on such pages (link F1 0.987);
// read as other pages are, they scored 0.84, and with the model for pages
// of paragraphs 0.942.
func TestStitchLineBlocks(t *testing.T) {
	_, report := splitPD(t)
	opt := DefaultSimOptions()
	opt.Seed, opt.LineRunes, opt.PrintLines, opt.LineBlocks = reportSeed, printedLine, true, true
	pages := simPagesWith(t, report, 10, opt)
	for _, tp := range pages {
		if _, ok := lineBlockWidth(blockLines(tp.Page.Text, tp.Page.Fragments)); !ok {
			t.Fatalf("%s: not read as a printed line a block", tp.Page.Source)
		}
	}
	m := measure(testStitcher(t), pages)
	t.Logf("a printed line a block: %v", m)
	if m.F1 < 0.97 {
		t.Errorf("a printed line a block: %v; want link F1 ≥ 0.97", m)
	}
}

// FuzzLineBlocks checks that reading full lines never fails and marks
// blocks of the page only.
func FuzzLineBlocks(f *testing.F) {
	for _, tc := range lineBlockCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = NormalizeNewlines(strings.ToValidUTF8(text, ""))
		frags := SplitFragments("测试.txt", text)
		if full := fullLines(text, frags); full != nil && len(full) != len(frags) {
			t.Fatalf("%d marks for %d blocks", len(full), len(frags))
		}
	})
}
