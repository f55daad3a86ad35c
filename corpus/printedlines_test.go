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

// TestStitchPdftotextRaw stitches the text pdftotext -raw extracts from a
// PDF of the sample page's articles, set in two and three columns a box
// with a browser on one tall page: its printed lines and no blank line. Each line is traced, letter for letter (the
// extractor leaves spaces out), to the gold article it continues; the
// joins are measured against those traces, and the articles reproduced
// whole are counted. With -update, and chromium and pdftotext at hand, the
// text is made again.
func TestStitchPdftotextRaw(t *testing.T) {
	if *update {
		writePdftotextRaw(t)
	}
	page := readPage(t, pdftotextRaw)
	if len(page.Fragments) < 500 {
		t.Fatalf("%d blocks, want a line a block", len(page.Fragments))
	}
	g, err := ReadGold(sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	gold := traceLines(t, g, page)
	st := testStitcher(t).Stitch(page)
	m := Evaluate(gold, st)
	t.Logf("pdftotext -raw: %v", m)
	if m.F1 < minRawF1 {
		t.Errorf("pdftotext -raw: link F1 %.3f, want ≥ %.2f", m.F1, minRawF1)
	}
}

// minRawF1 is the lowest link F1 the stitcher may score on the text
// pdftotext -raw extracts (see TestStitchPdftotextRaw).
const minRawF1 = 0.95

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

// writePdftotextRaw sets the sample page's articles in a browser page of
// boxes two and three grid columns wide, each with as many text columns,
// prints it to PDF with chromium and extracts its text with pdftotext
// -raw into pdftotextRaw, and without -raw into pdftotextPlain.
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
	dir := t.TempDir()
	page, pdf := filepath.Join(dir, "page.html"), filepath.Join(dir, "page.pdf")
	if err := os.WriteFile(page, []byte(columnsHTML(g)), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf="+pdf, page)
	if err := os.MkdirAll(filepath.Dir(pdftotextRaw), 0o755); err != nil {
		t.Fatal(err)
	}
	run(t, "pdftotext", "-raw", pdf, pdftotextRaw)
	run(t, "pdftotext", pdf, pdftotextPlain)
}

func run(t *testing.T, name string, args ...string) {
	t.Helper()
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
}

// columnsHTML sets each article of g in a box: its title lines as
// headings, its text as paragraphs (a block that does not close its
// sentence goes on in the next), in two or three text columns.
func columnsHTML(g *Gold) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><style>
@page{size:300mm 1000mm;margin:8mm}
body{margin:0;font-family:"Noto Serif CJK SC";font-size:10pt;line-height:1.4}
.page{display:grid;grid-template-columns:repeat(6,1fr);column-gap:7mm;row-gap:6mm;width:280mm}
h2{font-size:16pt;margin:0 0 1mm 0}h3{font-size:12pt;margin:0 0 2mm 0;font-weight:normal}
.body{column-gap:3.5mm}p{margin:0;text-indent:2em;text-align:justify}
</style></head><body><div class="page">`)
	for i, a := range g.Articles {
		cols := 2 + (i+1)%2
		fmt.Fprintf(&b, `<div style="grid-column:span %d">`, cols)
		heads, paras := titleAndParagraphs(g, a)
		for k, h := range heads {
			tag := map[bool]string{true: "h2", false: "h3"}[k == 0]
			fmt.Fprintf(&b, "<%s>%s</%s>", tag, html.EscapeString(h), tag)
		}
		fmt.Fprintf(&b, `<div class="body" style="column-count:%d">`, cols)
		for _, p := range paras {
			fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
		}
		b.WriteString("</div></div>")
	}
	b.WriteString("</div></body></html>")
	return b.String()
}

// titleAndParagraphs splits a gold article into its title lines (the
// short blocks before its text that close no sentence) and its
// paragraphs.
func titleAndParagraphs(g *Gold, a GoldArticle) (heads, paras []string) {
	for _, k := range a.Blocks {
		text := g.Blocks[k]
		switch {
		case paras == nil && len([]rune(text)) < 40 && !ClosesSentence(text) && !strings.HasPrefix(text, "本报讯"):
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
