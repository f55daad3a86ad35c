package corpus

import (
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// printedColumn is 24 printed lines of one column, 12 characters wide, a
// paragraph's first line two short for its indent.
var printedColumn = []string{
	"本报讯（记者王浩）9", "月14日，全市危险化学品专", "项整治工作会议召开。会议", "要求深刻吸取近期危险化学",
	"品领域发生的事故教训，安", "排部署全市危险化学品专项", "整治行动，有效防范化解安", "全风险，确保全市特别是",
	"“两节”期间安全生产形势", "的持续稳定。市委常委、常", "务副市长王磊出席会议并讲", "话。",
	"王磊要求，各县区、各", "部门、各企业要切实提高安", "全生产工作重要性的认识，", "时刻紧绷安全生产这根弦，",
	"认真汲取事故教训，对照事", "故原因查找自身不足，坚持", "问题导向，制定解决办法，", "切实增强安全监管力量，落",
	"实企业主体责任和部门监管", "责任；要强化措施，立即开", "展危化品安全生产专项整治", "活动，全面提升企业安全管",
}

var printedLinesCases = map[string]struct {
	lines []string
	want  bool
}{
	"整版的印刷行":  {printedColumn, true},
	"行太少":     {printedColumn[:minLineSamples-1], false},
	"一段一行":    {strings.Split(paragraphLinesCases["一段一行"].text, "\n"), false},
	"窄行是列表":   {strings.Split(strings.Repeat("一、王浩\n二、张喙\n三、杨飞\n四、马琳\n五、石艳\n", 5), "\n"), false},
	"宽窄不一的行":  {widthsApart(printedColumn), false},
	"栏宽的行带标题": {append([]string{"市危化品专项整治工作会议要求", "确保我市安全生产形势持续稳定"}, printedColumn...), true},
}

// widthsApart cuts two lines in three of lines by a quarter or a half, so
// that no width is common.
func widthsApart(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		r := []rune(l)
		out[i] = string(r[:len(r)-len(r)*(i%3)/4])
	}
	return out
}

func TestPrintedLines(t *testing.T) {
	for name, tc := range printedLinesCases {
		t.Run(name, func(t *testing.T) {
			lines := split("测试.txt", strings.Join(tc.lines, "\n"), true).frags
			if got := printedLines(lines); got != tc.want {
				t.Errorf("printedLines = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSplitPrintedLines checks that a page of printed lines without a
// blank line is split a line a block, a form feed at its end (as
// pdftotext writes one after every page) being no blank line, a comma on a
// line of its own going with the line before, and that a single blank
// line keeps it in blocks of non-blank lines.
func TestSplitPrintedLines(t *testing.T) {
	text := strings.Join(printedColumn, "\n")
	if frags := SplitFragments("测试.txt", text+"\n\f"); len(frags) != len(printedColumn) {
		t.Errorf("without blank lines: %d blocks, want %d, a line each", len(frags), len(printedColumn))
	}
	marked := slices.Insert(slices.Clone(printedColumn), 9, "，")
	frags := SplitFragments("测试.txt", strings.Join(marked, "\n"))
	if len(frags) != len(printedColumn) || frags[8].Text != printedColumn[8]+"，" {
		t.Errorf("a comma on a line of its own: %d blocks, block 8 %q; want %d, the comma with the line before", len(frags), frags[8].Text, len(printedColumn))
	}
	half := strings.Join(printedColumn[:12], "\n") + "\n\n" + strings.Join(printedColumn[12:], "\n")
	if frags := SplitFragments("测试.txt", half); len(frags) != 2 {
		t.Errorf("with a blank line: %d blocks, want 2", len(frags))
	}
}

// TestStitchPrintedLinesNoBlank stitches held-out pages that give each
// printed line a block with their blank lines taken out, as pdftotext -raw
// and OCR programs write a page: they read and stitch as with them.
func TestStitchPrintedLinesNoBlank(t *testing.T) {
	_, report := splitPD(t)
	s := testStitcher(t)
	for _, tp := range simLineBlockPages(t, report, 3, reportSeed) {
		raw := NewPage(tp.Page.Source, regexp.MustCompile(`\n\s*\n`).ReplaceAllString(tp.Page.Text, "\n"))
		if strings.Contains(raw.Text, "\n\n") || len(raw.Fragments) != len(tp.Page.Fragments) {
			t.Fatalf("%s: %d blocks without blank lines, %d with them", tp.Page.Source, len(raw.Fragments), len(tp.Page.Fragments))
		}
		want, got := s.Stitch(tp.Page), s.Stitch(raw)
		if fmt.Sprint(articleBlocks(got)) != fmt.Sprint(articleBlocks(want)) {
			t.Errorf("%s: stitched without blank lines\n%v\nwith them\n%v", tp.Page.Source, articleBlocks(got), articleBlocks(want))
		}
	}
}

// articleBlocks lists the blocks of each article of st.
func articleBlocks(st Stitching) [][]int {
	out := make([][]int, len(st.Articles))
	for i, a := range st.Articles {
		out[i] = a.Blocks
	}
	return out
}

// pdftotextRaw is what pdftotext -raw (poppler 22.12) writes of the sample
// page's articles set in columns by a browser (see writePdftotextRaw).
const pdftotextRaw = "testdata/pdftotext/heze-daily-2020-09-15.raw.txt"

// pdftotextPlain is what pdftotext without -raw writes of the same PDF:
// where the gutter is narrow, an article's columns side by side on each
// line (see SideBySide).
const pdftotextPlain = "testdata/pdftotext/heze-daily-2020-09-15.txt"

// pdftotextRuns is what pdftotext -raw writes of the sample page set run
// by run, in the order of its layout (see runBoxes).
const pdftotextRuns = "testdata/pdftotext/heze-daily-2020-09-15.runs.raw.txt"

// TestStitchPdftotextRaw stitches the text pdftotext -raw extracts from
// two PDFs of the sample page set in columns by a browser on one tall
// page: its printed lines and no blank line. In one, each article has a
// box of its own, so the text comes in reading order; in the other, each
// run of the page's layout has one, in the layout's order, so that an
// article's continuation comes several boxes after its start, as printed.
// Each line is traced, letter for letter (the extractor leaves spaces
// out), to the gold article it continues; the joins are measured against
// those traces. With -update, and chromium and pdftotext at hand, the
// texts are made again.
func TestStitchPdftotextRaw(t *testing.T) {
	if *update {
		writePdftotextRaw(t)
	}
	g, err := ReadGold(sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	for path, minF1 := range map[string]float64{pdftotextRaw: 0.95, pdftotextRuns: minRunsF1} {
		page := readPage(t, path)
		if len(page.Fragments) < 500 {
			t.Fatalf("%s: %d blocks, want a line a block", path, len(page.Fragments))
		}
		m := Evaluate(traceLines(t, g, page), testStitcher(t).Stitch(page))
		t.Logf("%s: %v", path, m)
		if m.F1 < minF1 {
			t.Errorf("%s: link F1 %.3f, want ≥ %.2f", path, m.F1, minF1)
		}
	}
}

// minRunsF1 is the lowest link F1 the stitcher may score on the sample
// page set run by run (see TestStitchPdftotextRaw).
const minRunsF1 = 0.9

// traceLines makes the gold of page, a line a block, from the sample's
// gold g: each line is the next letters of one of g's articles (the
// first whose text goes on with them), in order; a line no article goes
// on with is left unassigned.
func traceLines(t *testing.T, g *Gold, page *Page) *Gold {
	t.Helper()
	texts := make([]string, len(g.Articles))
	for i, a := range g.Articles {
		texts[i] = letters(goldText(g, a))
	}
	at := make([]int, len(texts)) // how far each article's text is traced, in bytes
	out := &Gold{Source: page.Source, Articles: make([]GoldArticle, len(texts)), Unassigned: []int{}}
	for _, f := range page.Fragments {
		out.Blocks = append(out.Blocks, f.Text)
		l := letters(f.Text)
		i := -1
		for k := range texts {
			if l != "" && strings.HasPrefix(texts[k][at[k]:], l) {
				i = k
				break
			}
		}
		if i < 0 {
			out.Unassigned = append(out.Unassigned, f.Block)
			continue
		}
		at[i] += len(l)
		out.Articles[i].Blocks = append(out.Articles[i].Blocks, f.Block)
	}
	for i, a := range g.Articles {
		out.Articles[i].Title = a.Title
		if at[i] < len(texts[i]) {
			t.Errorf("article %s: %d of %d letters traced", a.Title, at[i], len(texts[i]))
		}
	}
	return out
}

// letters keeps the letters and digits of s, full-width ones written
// half-width: what an extractor keeps of a text whatever it does with its
// spaces and punctuation.
func letters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'Ａ' && r <= 'ｚ' || r >= '０' && r <= '９' {
			r -= 0xFEE0
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// goldText is the text of a gold article, its blocks in reading order.
func goldText(g *Gold, a GoldArticle) string {
	var b strings.Builder
	for _, k := range a.Blocks {
		b.WriteString(g.Blocks[k])
	}
	return b.String()
}

// writePdftotextRaw sets the sample page in a browser page twice, prints
// each to PDF with chromium and extracts its text: its articles each in a
// box of two or three grid columns, with as many text columns, with
// pdftotext -raw into pdftotextRaw and without -raw into pdftotextPlain;
// the runs of its layout (see runBoxes) with pdftotext -raw into
// pdftotextRuns.
func writePdftotextRaw(t *testing.T) {
	for _, tool := range []string{"chromium", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("-update needs %s (apt-get install chromium poppler-utils)", tool)
		}
	}
	g, err := ReadGold(sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(pdftotextRaw), 0o755); err != nil {
		t.Fatal(err)
	}
	articles := printPDF(t, articleBoxes(g))
	run(t, "pdftotext", "-raw", articles, pdftotextRaw)
	run(t, "pdftotext", articles, pdftotextPlain)
	run(t, "pdftotext", "-raw", printPDF(t, runBoxes(g)), pdftotextRuns)
}

// printPDF sets boxes in a browser page, prints it to PDF with chromium
// and returns the PDF's path.
func printPDF(t *testing.T, boxes []htmlBox) string {
	dir := t.TempDir()
	page, pdf := filepath.Join(dir, "page.html"), filepath.Join(dir, "page.pdf")
	if err := os.WriteFile(page, []byte(pageHTML(boxes)), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf="+pdf, page)
	return pdf
}

func run(t *testing.T, name string, args ...string) {
	t.Helper()
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
}

// htmlBox is one box of a browser page.
type htmlBox struct {
	heads []string // title lines, the first set larger
	paras []string // paragraphs
	cont  bool     // the first paragraph goes on one of another box: no indent
	cols  int      // grid columns wide, and text columns
}

// pageHTML sets boxes in a grid of six columns on one tall page.
func pageHTML(boxes []htmlBox) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><style>
@page{size:300mm 1000mm;margin:8mm}
body{margin:0;font-family:"Noto Serif CJK SC";font-size:10pt;line-height:1.4}
.page{display:grid;grid-template-columns:repeat(6,1fr);column-gap:7mm;row-gap:6mm;width:280mm}
h2{font-size:16pt;margin:0 0 1mm 0}h3{font-size:12pt;margin:0 0 2mm 0;font-weight:normal}
.body{column-gap:3.5mm}p{margin:0;text-indent:2em;text-align:justify}p.cont{text-indent:0}
</style></head><body><div class="page">`)
	for _, box := range boxes {
		fmt.Fprintf(&b, `<div style="grid-column:span %d">`, box.cols)
		for k, h := range box.heads {
			tag := map[bool]string{true: "h2", false: "h3"}[k == 0]
			fmt.Fprintf(&b, "<%s>%s</%s>", tag, html.EscapeString(h), tag)
		}
		fmt.Fprintf(&b, `<div class="body" style="column-count:%d">`, box.cols)
		for k, p := range box.paras {
			class := map[bool]string{true: ` class="cont"`, false: ""}[k == 0 && box.cont]
			fmt.Fprintf(&b, "<p%s>%s</p>", class, html.EscapeString(p))
		}
		b.WriteString("</div></div>")
	}
	b.WriteString("</div></body></html>")
	return b.String()
}

// articleBoxes gives each article of g a box, two or three columns wide.
func articleBoxes(g *Gold) []htmlBox {
	boxes := make([]htmlBox, len(g.Articles))
	for i, a := range g.Articles {
		heads, paras := titleAndParagraphs(g, a.Blocks, true)
		boxes[i] = htmlBox{heads: heads, paras: paras, cols: 2 + (i+1)%2}
	}
	return boxes
}

// runBoxes gives each run of g's layout a box two columns wide, in layout
// order: a run is blocks of one article that follow each other both in
// the layout and in the article. An article's continuation is then a box
// set several boxes after its start, as the page printed it.
func runBoxes(g *Gold) []htmlBox {
	next, prev := map[int]int{}, map[int]int{} // each block's successor and predecessor in its article
	for _, a := range g.Articles {
		for k := 1; k < len(a.Blocks); k++ {
			next[a.Blocks[k-1]], prev[a.Blocks[k]] = a.Blocks[k], a.Blocks[k-1]
		}
	}
	var boxes []htmlBox
	open := map[int]bool{} // blocks that end a run without closing their sentence
	for b := 0; b < len(g.Blocks); {
		e := b
		for n, ok := next[e]; ok && n == e+1; n, ok = next[e] {
			e++
		}
		blocks := make([]int, 0, e-b+1)
		for k := b; k <= e; k++ {
			blocks = append(blocks, k)
		}
		p, cont := prev[b]
		heads, paras := titleAndParagraphs(g, blocks, !cont)
		open[e] = !ClosesSentence(g.Blocks[e])
		boxes = append(boxes, htmlBox{heads: heads, paras: paras, cont: cont && open[p], cols: 2})
		b = e + 1
	}
	return boxes
}

// titleAndParagraphs splits blocks of a gold article into its title lines
// (the short blocks before its text that close no sentence, where the
// blocks open the article) and its paragraphs (a block that does not
// close its sentence goes on in the next).
func titleAndParagraphs(g *Gold, blocks []int, opens bool) (heads, paras []string) {
	for _, k := range blocks {
		text := g.Blocks[k]
		switch {
		case opens && paras == nil && len([]rune(text)) < 40 && !ClosesSentence(text) && !strings.HasPrefix(text, "本报讯"):
			heads = append(heads, text)
		case paras != nil && !ClosesSentence(paras[len(paras)-1]):
			paras[len(paras)-1] += text
		default:
			paras = append(paras, text)
		}
	}
	return heads, paras
}

// FuzzPrintedLines checks that however a text without blank lines is
// read, its blocks hold its text in order and at their offsets.
func FuzzPrintedLines(f *testing.F) {
	for _, tc := range printedLinesCases {
		f.Add(strings.Join(tc.lines, "\n"))
	}
	f.Fuzz(checkBlocksInOrder)
}
