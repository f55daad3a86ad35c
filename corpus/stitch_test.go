package corpus

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/traditionalchinese"
)

const (
	samplePath   = "../../shared/samples/heze-daily-2020-09-15.txt"
	sampleGold   = "../../shared/samples/heze-daily-2020-09-15.gold.json"
	sampleBlocks = 79
)

func testStitcher(t testing.TB) *Stitcher {
	t.Helper()
	s, err := DefaultStitcher()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestStitchSample stitches the reference page and compares it with its
// reading-order gold, article by article.
func TestStitchSample(t *testing.T) {
	g, err := ReadGold(sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	checkSample(t, g, testStitcher(t).Stitch(SamplePage()))
}

// TestStitchSampleTraditional stitches the sample page printed in
// traditional characters: the kinds and the articles must be those of the
// page in simplified characters, and the reasons must quote the page as
// printed.
func TestStitchSampleTraditional(t *testing.T) {
	g, err := ReadGold(sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	simple, trad := SamplePage(), NewPage(SampleSource, traditional(SampleText))
	if trad.Text == simple.Text {
		t.Fatal("the traditional page is the simplified one")
	}
	for i, f := range trad.Fragments {
		if want := simple.Fragments[i]; f.Kind != want.Kind {
			t.Errorf("block %d %q: kind %s, in simplified characters %s", i, firstRunes(f.Text, 12), f.Kind, want.Kind)
		}
	}
	st := testStitcher(t).Stitch(trad)
	checkSample(t, g, st)
	quoted := 0
	for _, a := range st.Articles {
		for _, j := range a.Joins {
			for _, w := range quotedWords(j.Reason) {
				quoted++
				if !strings.Contains(trad.Text, w) {
					t.Errorf("reason %q quotes %q, not on the page as printed", j.Reason, w)
				}
			}
		}
	}
	if quoted == 0 {
		t.Error("no join reason quotes the page")
	}
}

// TestStitchSampleWithFurniture puts the furniture other papers print
// between the sample page's blocks: a page header with staff credits, a
// page number, date lines, a running head, editors' lines, a hotline and
// the masthead in Latin letters. Each must be noise, left
// out of every article, and the articles must stay exact.
func TestStitchSampleWithFurniture(t *testing.T) {
	g, err := ReadGold(sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	furniture := map[int]string{ // inserted before the sample block
		0:  "菏泽日报 2020年9月15日 星期二 第3版 要闻 责编：王浩 美编：李明 校对：张三",
		23: "3",
		38: "2020年9月15日 星期二",
		79: "责任编辑 张三",
		12: "菏泽日报 第2版　要闻",
		56: "■编辑 王浩 ■校对 李丽",
		67: "新闻热线：0530-5311111",
		71: "HEZE DAILY",
		78: "二〇二〇年九月十五日 星期二",
	}
	var blocks []string
	at := make([]int, len(g.Blocks)) // new index of each sample block
	var noise []int
	for i := 0; i <= len(g.Blocks); i++ {
		if f, ok := furniture[i]; ok {
			noise = append(noise, len(blocks))
			blocks = append(blocks, f)
		}
		if i < len(g.Blocks) {
			at[i] = len(blocks)
			blocks = append(blocks, g.Blocks[i])
		}
	}
	want := &Gold{Source: g.Source, Blocks: blocks, Unassigned: noise}
	for _, a := range g.Articles {
		var bs []int
		for _, b := range a.Blocks {
			bs = append(bs, at[b])
		}
		want.Articles = append(want.Articles, GoldArticle{Title: a.Title, Blocks: bs})
	}
	for _, b := range g.Unassigned {
		want.Unassigned = append(want.Unassigned, at[b])
	}
	p := NewPage(SampleSource, strings.Join(blocks, "\n\n")+"\n")
	if err := want.MatchPage(p); err != nil {
		t.Fatal(err)
	}
	for _, k := range noise {
		if f := p.Fragments[k]; f.Kind != KindNoise {
			t.Errorf("block %d %q: kind %s (%s), want noise", k, f.Text, f.Kind, f.KindReason)
		}
	}
	st := testStitcher(t).Stitch(p)
	m := Evaluate(want, st)
	if m.ArticlesExact != len(want.Articles) || m.JumpsFound != m.Jumps || m.F1 != 1 {
		t.Errorf("sample page with furniture: %v; want every article exact and every jump found", m)
	}
	for _, a := range st.Articles {
		for _, b := range a.Blocks {
			if slices.Contains(noise, b) {
				t.Errorf("furniture block %d in article %v", b, a.Blocks)
			}
		}
	}
}

// quotedWords returns the words a join reason quotes from the page: the
// word across the join and the shared words.
func quotedWords(reason string) []string {
	var out []string
	for _, part := range strings.Split(reason, "; ") {
		if w, ok := strings.CutPrefix(part, "word "); ok {
			out = append(out, strings.TrimSuffix(w, " across the join"))
		}
		if w, ok := strings.CutPrefix(part, "shares "); ok {
			out = append(out, strings.Split(w, "、")...)
		}
	}
	return out
}

// checkSampleAsPrinted checks that page, the sample page as some extractor
// or source gives it, reads block for block as the sample as printed, with
// the same kinds, and stitches exactly.
func checkSampleAsPrinted(t *testing.T, page *Page) {
	t.Helper()
	g, err := ReadGold(sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	printed := SamplePage()
	if len(page.Fragments) != len(printed.Fragments) {
		t.Fatalf("%d blocks, as printed %d", len(page.Fragments), len(printed.Fragments))
	}
	for i, f := range page.Fragments {
		if want := printed.Fragments[i]; f.Text != want.Text || f.Kind != want.Kind {
			t.Errorf("block %d: %s %q, as printed %s %q", i, f.Kind, f.Text, want.Kind, want.Text)
		}
	}
	checkSample(t, g, testStitcher(t).Stitch(page))
}

// checkSample compares the stitching of the sample page with its gold.
func checkSample(t *testing.T, g *Gold, st Stitching) {
	t.Helper()
	m := Evaluate(g, st)
	t.Logf("sample page: %v", m)
	got := map[string]bool{}
	for _, a := range st.Articles {
		got[fmt.Sprint(a.Blocks)] = true
	}
	for _, a := range g.Articles {
		if !got[fmt.Sprint(a.Blocks)] {
			t.Logf("not reproduced: %s %v", a.Title, a.Blocks)
		}
	}
	if m.ArticlesExact != len(g.Articles) || m.JumpsFound != m.Jumps || m.F1 != 1 {
		t.Errorf("sample page: %v; want every article exact and every jump found", m)
	}
	for _, a := range st.Articles {
		if len(a.Blocks) > 1 && a.Blocks[0] == 78 {
			t.Errorf("stray headline 78 heads an article: %v", a.Blocks)
		}
	}
}

// TestStitchingIsAPartition checks the result's shape on the sample and on
// simulated pages: every block exactly once, joins matching the chains,
// forward only, confidences in [0, 1] with a reason.
func TestStitchingIsAPartition(t *testing.T) {
	s := testStitcher(t)
	pages := []*Page{SamplePage()}
	arts := loadPD(t)
	for _, sp := range SimulatePages(arts, 20, DefaultSimOptions()) {
		pages = append(pages, NewPage(sp.Name, sp.Text))
	}
	for _, p := range pages {
		if err := checkPartition(p, s.Stitch(p)); err != nil {
			t.Errorf("%s: %v", p.Source, err)
		}
	}
}

func checkPartition(p *Page, st Stitching) error {
	seen := make([]int, len(p.Fragments))
	for _, a := range st.Articles {
		if len(a.Joins) != len(a.Blocks)-1 {
			return fmt.Errorf("article %v has %d joins", a.Blocks, len(a.Joins))
		}
		for k, b := range a.Blocks {
			seen[b]++
			if k == 0 {
				continue
			}
			j := a.Joins[k-1]
			if j.From != a.Blocks[k-1] || j.To != b || j.To <= j.From {
				return fmt.Errorf("join %d→%d does not match blocks %v", j.From, j.To, a.Blocks)
			}
			if j.Score < 0 || j.Score > 1 || math.IsNaN(j.Score) || j.Reason == "" {
				return fmt.Errorf("join %d→%d: score %v, reason %q", j.From, j.To, j.Score, j.Reason)
			}
		}
	}
	for _, b := range st.Unassigned {
		seen[b]++
	}
	for b, n := range seen {
		if n != 1 {
			return fmt.Errorf("block %d appears %d times", b, n)
		}
	}
	return nil
}

// FuzzStitch stitches arbitrary page text: never a panic, always a partition.
func FuzzStitch(f *testing.F) {
	for _, tt := range joinSignalTests {
		f.Add(tt.tail + "\n\n" + tt.head)
	}
	f.Add(SampleText)
	f.Add(strandedPage)
	s, err := DefaultStitcher()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		p := NewPage("fuzz.txt", text)
		if err := checkPartition(p, s.Stitch(p)); err != nil {
			t.Fatal(err)
		}
	})
}

// joinSignalTests are joins with what the signals must say of them.
var joinSignalTests = []struct {
	name       string
	tail, head string
	word       string // the word across the join, "" for none
	open       bool   // the tail leaves its sentence open
	canOpen    bool   // the head can open a sentence
}{
	{name: "了|解 mid-word", tail: "与此同时，使他们真正了", head: "解、明白。", word: "了解", open: true},
	{name: "一|个 mid-word", tail: "短短两个小时的谈话，就能引进一", head: "个17亿元的项目？", word: "一个", open: true, canOpen: true},
	{name: "慰|问 mid-word", tail: "省市主要领导解困和慰", head: "问资金，正陆续发放。", word: "慰问", open: true, canOpen: true},
	{name: "的|确保 splits at the word", tail: "对符合条件的", head: "确保脱贫攻坚政策落实到位。", open: true, canOpen: true},
	{name: "enumeration continues", tail: "剪、裁、缝、", head: "熨等各个基本功的学习上", open: true, canOpen: true},
	{name: "clause continues", tail: "来到这里才感觉到原来学的技术是远远不够的，要想有", head: "发展，还得掌握更多本事。", open: true, canOpen: true},
	{name: "closed sentence", tail: "确保我市安全生产形势持续稳定。", head: "王磊强调，各县区要压实责任。", canOpen: true},
	{name: "closing quote", tail: "“张书记基本上隔不几天都来看我。”魏兆彬感激地说。", head: "据了解，半堤镇300余名帮扶人对2476户贫困户进行走访。", canOpen: true},
}

func TestJoinSignals(t *testing.T) {
	d, err := LoadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range joinSignalTests {
		t.Run(tt.name, func(t *testing.T) {
			b, _ := blockInfos([]Fragment{{Block: 0, Kind: KindBody, Text: tt.tail}, {Block: 1, Kind: KindBody, Text: tt.head}}, d, DefaultCharLM())
			if b[0].open != tt.open || b[1].canOpen != tt.canOpen {
				t.Errorf("open %v, canOpen %v; want %v, %v", b[0].open, b[1].canOpen, tt.open, tt.canOpen)
			}
			if got := d.wordAcross(b[0].textTail, b[1].textHead); got != tt.word {
				t.Errorf("word across %q|%q = %q, want %q", tt.tail, tt.head, got, tt.word)
			}
		})
	}
}

// TestAfterAuthorSignal checks after_author: a jump to the block under an
// author line under a headline, which opens that article instead.
func TestAfterAuthorSignal(t *testing.T) {
	page := NewPage("p.txt", strings.Join([]string{
		"会议要求，各部门要切实提高认识，时刻紧绷安全",   // 0 open
		"俄罗斯三改卢布面值",                // 1 headline
		"新华社记者 潘大成",                // 2 its author
		"俄罗斯新版卢布1日开始上市，面值提高1000倍。", // 3 the article's first paragraph
		"这是俄罗斯1991年以来的第三次货币改值。",    // 4
		"记者 杨飞", // 5 a byline that ends an article
		"生产这根弦，确保安全生产形势持续稳定。", // 6
	}, "\n\n"))
	for i, k := range []Kind{KindBody, KindHeadline, KindByline, KindBody, KindBody, KindByline, KindBody} {
		if page.Fragments[i].Kind != k {
			t.Fatalf("block %d %q is %s, the test needs %s", i, page.Fragments[i].Text, page.Fragments[i].Kind, k)
		}
	}
	checkEdgeSignal(t, testStitcher(t).firstPassEdges(page), fAfterAuthor, []edgeSignalTest{
		{"a jump under the author", 0, 3, 1},
		{"a jump further into the article", 0, 4, 0},
		{"a jump under a closing byline", 0, 6, 0},
		{"the author's own next block", 2, 3, 0},
	})
}

// edgeSignalTest is a candidate join i → j and the value a signal must
// take on it.
type edgeSignalTest struct {
	name string
	i, j int
	want float64
}

// checkEdgeSignal checks signal k of a's candidate joins.
func checkEdgeSignal(t *testing.T, a *analysis, k int, tests []edgeSignalTest) {
	t.Helper()
	for _, tt := range tests {
		found := false
		for x := range a.edges {
			if e := &a.edges[x]; e.from == tt.i && e.to == tt.j {
				found = true
				if e.f[k] != tt.want {
					t.Errorf("%s (%d → %d): %s %v, want %v", tt.name, tt.i, tt.j, featureNames[k], e.f[k], tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no candidate join %d → %d", tt.name, tt.i, tt.j)
		}
	}
}

// TestClosedAdjSignal checks closed_adj: a closed paragraph before the
// next block when that block is a whole paragraph, the one join to the
// next block that is as likely the end of an article as its going on.
func TestClosedAdjSignal(t *testing.T) {
	page := NewPage("p.txt", strings.Join([]string{
		"全市危险化学品专项整治工作会议召开。",        // 0 closed
		"王磊强调，各县区要压实责任，做到责任落实到位。",   // 1 a whole paragraph
		"据了解，菏泽市2020年政府工作报告中明确提出设立", // 2 open
		"贫困家庭大学新生实施救助。",             // 3 the rest of 2
		"会议要求，各部门要切实提高认识，时刻紧绷安全",    // 4 open, after the closed 3
	}, "\n\n"))
	checkEdgeSignal(t, testStitcher(t).firstPassEdges(page), fClosedAdj, []edgeSignalTest{
		{"closed before a whole paragraph", 0, 1, 1},
		{"closed before an open piece", 1, 2, 0},
		{"open before the rest of its sentence", 2, 3, 0},
		{"closed before an open piece after a jump", 1, 4, 0},
		{"closed before a whole paragraph further on", 0, 3, 0},
	})
}

// TestTitleSimSignal checks title_sim: after the first pass, the join
// from the last block of an article under a headline to a run that shares
// the headline's words scores above the joins to unrelated runs, and a
// tail whose article has no headline scores 0, as does a join to a title.
func TestTitleSimSignal(t *testing.T) {
	page := NewPage("p.txt", strings.Join([]string{
		"世界华文女作家丛书出版", // 0 headline
		"本报讯　由江西百花洲文艺出版社出版的世界华文女作家丛书日前面世。", // 1 lead
		"丛书收入作家十人的作品，写出了她们为侨情记下的苦乐人生。",     // 2 closed
		"市区道路改造工程完工", // 3 headline
		"本报讯　今年全市完成道路改造工程十二项，新建桥梁三座。",     // 4 lead
		"概括来说，世界华文文学的研究已有十多年，女作家的创作渐受重视。", // 5 goes on article 0
		"改造后的道路通行能力提高了一倍，市民出行更方便了。",       // 6 goes on article 3
		"据了解，明年还将改造老城区的十条街道。",             // 7 closed, no headline before it
		"全市秋粮收购工作会议召开",                    // 8 headline, not over a lead
		"确保颗粒归仓",                          // 9 sub-headline
		"会议要求，各县区要做好秋粮收购的准备。",             // 10
	}, "\n\n"))
	a := testStitcher(t).analyse(page)
	sim := func(i, j int) float64 {
		for _, e := range a.edges {
			if e.from == i && e.to == j {
				return e.f[fTitleSim]
			}
		}
		t.Fatalf("no candidate join %d → %d", i, j)
		return 0
	}
	if a.title[2] != 0 {
		t.Fatalf("block 2's article opens with block %d, want the headline 0 (block 0 is a %s)", a.title[2], page.Fragments[0].Kind)
	}
	if on, off := sim(2, 5), sim(2, 6); on <= off || on <= 0 {
		t.Errorf("title_sim 2 → 5 (the same topic) %.2f, 2 → 6 %.2f: want the first higher and above the mean", on, off)
	}
	for i, h := range a.title {
		if h < 0 {
			for _, e := range a.edges {
				if e.from == i && e.f[fTitleSim] != 0 {
					t.Errorf("block %d has no headline, yet title_sim %d → %d is %.2f", i, i, e.to, e.f[fTitleSim])
				}
			}
		}
	}
	if page.Fragments[8].Kind != KindHeadline || a.title[7] < 0 {
		t.Fatalf("block 8 is a %s and block 7's article opens with %d: want a headline after an article under one", page.Fragments[8].Kind, a.title[7])
	}
	if got := sim(7, 8); got != 0 {
		t.Errorf("title_sim 7 → 8 (a join to a headline) %.2f, want 0", got)
	}
}

// TestKindConstraints checks which joins the kinds allow.
func TestKindConstraints(t *testing.T) {
	tests := []struct {
		name    string
		kinds   []Kind
		i, j    int
		allowed bool
	}{
		{"headline then its lead", []Kind{KindHeadline, KindDateline}, 0, 1, true},
		{"a jump into a headline", []Kind{KindBody, KindBody, KindHeadline}, 0, 2, false},
		{"a neighbouring headline is only a signal", []Kind{KindBody, KindHeadline}, 0, 1, true},
		{"a byline ends the article", []Kind{KindByline, KindBody, KindBody}, 0, 2, false},
		{"a lead far from its title", []Kind{KindHeadline, KindBody, KindBody, KindDateline}, 0, 3, false},
		{"caption then credit", []Kind{KindCaption, KindCredit}, 0, 1, true},
		{"a jump to a credit", []Kind{KindBody, KindBody, KindBody, KindCredit}, 0, 3, false},
		{"body jumps to body", []Kind{KindBody, KindHeadline, KindBody}, 0, 2, true},
		{"noise joins nothing", []Kind{KindNoise, KindBody}, 0, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := make([]blockInfo, len(tt.kinds))
			for k, kind := range tt.kinds {
				b[k] = blockInfo{kind: kind, endsArt: kind == KindByline || kind == KindCredit}
			}
			if got := allowed(b, tt.i, tt.j); got != tt.allowed {
				t.Errorf("allowed(%v, %d→%d) = %v", tt.kinds, tt.i, tt.j, got)
			}
		})
	}
}

// TestBylineAfterCut checks that a byline follows a closed paragraph, or
// a caption's colon or credit, but never a sentence cut mid-clause.
func TestBylineAfterCut(t *testing.T) {
	tests := map[string]struct {
		tail    string
		allowed bool
	}{
		"句中断开":   {"致使新年前夜马尼拉能见度几乎降低", false},
		"逗号断开":   {"钱其琛说，", false},
		"顿号断开":   {"实行人口与经济、", false},
		"句末":     {"到年中，新币将彻底取代旧币。", true},
		"图片冒号":   {"图片：", true},
		"摄影括注之后": {"市民在广场上跳舞迎新年（李建民摄）", true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			b := []blockInfo{
				{kind: KindBody, open: !ClosesSentence(tt.tail), textTail: lastRunes(tt.tail, 4)},
				{kind: KindByline, endsArt: true},
			}
			if got := allowed(b, 0, 1); got != tt.allowed {
				t.Errorf("allowed(%q → byline) = %v, want %v", tt.tail, got, tt.allowed)
			}
		})
	}
}

// TestTitleOverLead checks that a closed paragraph never goes on in a
// title that stands over a dateline lead, the next templated report's
// headline however alike the two are, while a headline's first line
// still may, and a title not over a lead still can join as neighbour.
func TestTitleOverLead(t *testing.T) {
	tests := map[string]struct {
		tail     string
		tailKind Kind
		head     Kind
		next     Kind
		allowed  bool
	}{
		"巡察报告之后的下一篇标题": {"要坚持举一反三，切实增强巡察成果转化运用。", KindBody, KindHeadline, KindDateline, false},
		"图片说明之后的标题":    {"市民在广场上跳舞迎新年。", KindCaption, KindHeadline, KindDateline, false},
		"标题的第一行":       {"市委第二、第三联动巡察组", KindHeadline, KindSubheadline, KindDateline, true},
		"读作正文的标题首行":    {"久经考验的无产阶级革命家刘澜涛同志逝世", KindBody, KindHeadline, KindDateline, true},
		"下面不是电头":       {"要坚持举一反三，切实增强巡察成果转化运用。", KindBody, KindHeadline, KindBody, true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			b := []blockInfo{
				{kind: tt.tailKind, open: isRunning(tt.tailKind) && !ClosesSentence(tt.tail), textTail: lastRunes(tt.tail, 4)},
				{kind: tt.head},
				{kind: tt.next},
			}
			if got := allowed(b, 0, 1); got != tt.allowed {
				t.Errorf("allowed(%q → %s over %s) = %v, want %v", tt.tail, tt.head, tt.next, got, tt.allowed)
			}
		})
	}
}

// TestReadsOn checks which headline-shaped blocks the character model
// reads as a paragraph's first words cut at a column end.
func TestReadsOn(t *testing.T) {
	tests := map[string]struct {
		title, next string
		kind        Kind
		want        bool
	}{
		"两个文明|建设":  {"吕梁地区在两个文明", "建设的各项工作中，有机地融入计划生育工作。", KindHeadline, true},
		"学者|的想法":   {"早期有些学者", "的想法，是给历史研究配置一套图像。", KindIntertitle, true},
		"小标题下的段首":  {"解决新矛盾", "首先，托底子，抓建设。", KindIntertitle, false},
		"标题下的电头正文": {"香榭大街狂欢夜", "新华社巴黎1月1日电 记者停下车来，步行挤入狂欢人群。", KindHeadline, false},
		"标题下的问句":   {"华文女作家的风采", "用什么证明这一论断呢？", KindHeadline, false},
		"正文后的正文":   {"吕梁地区在两个文明", "建设的各项工作中，有机地融入计划生育工作。", KindBody, false},
	}
	lm := testStitcher(t).lm
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			b := []blockInfo{
				{kind: tt.kind, textTail: lastRunes(tt.title, 4)},
				{kind: KindBody, textHead: firstRunes(tt.next, 4), text: tt.next},
			}
			if got := readsOn(b, 0, lm); got != tt.want {
				t.Errorf("readsOn(%q | %q) = %v, want %v (pair fit %.2f, start fit %.2f)", tt.title, tt.next, got, tt.want,
					lm.PairFit(tt.title, tt.next), lm.StartFit(tt.next))
			}
		})
	}
}

// TestEchoSignals checks the templated-twin signals on the sample page:
// 侯捷's report continues …阵痛；要|举一反三… as 王忠想's twin report reads.
func TestEchoSignals(t *testing.T) {
	b, _ := blockInfos(SamplePage().Fragments, nil, nil)
	tests := []struct {
		name       string
		i, j       int
		echo, twin bool
	}{
		{"11→27 echoes block 7", 11, 27, true, false},
		{"7→25 steps with 11→27", 7, 25, false, true},
		{"24→25 has no twin", 24, 25, false, false},
		{"3→23 has no twin", 3, 23, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := echo(b, tt.i, tt.j); got != tt.echo {
				t.Errorf("echo = %v, want %v", got, tt.echo)
			}
			if got := newTwinEchoes(b).of(tt.i, tt.j); got != tt.twin {
				t.Errorf("twin echo = %v, want %v", got, tt.twin)
			}
		})
	}
}

func TestCandidates(t *testing.T) {
	c := testStitcher(t).Candidates(SamplePage(), 22)
	if len(c) == 0 || c[0].Block != 34 {
		t.Fatalf("best continuation of 22 (…使他们真正了) = %v, want block 34 (解、明白。)", c[:min(3, len(c))])
	}
	if !strings.Contains(c[0].Reason, "了解") {
		t.Errorf("reason %q does not name the word 了解", c[0].Reason)
	}
	for k := 1; k < len(c); k++ {
		if c[k].Score > c[k-1].Score {
			t.Fatalf("candidates not ranked: %v", c)
		}
	}
}

func TestDefaultModel(t *testing.T) {
	for name, m := range map[string]*Model{"paragraphs": DefaultModel(), "lines": DefaultLineModel()} {
		if len(m.Tail2) != numWeights || len(m.EndCalib) != endInputs || m.Note == "" {
			t.Fatalf("embedded model for %s: %d weights, %d end calibration weights, note %q", name, len(m.Tail2), len(m.EndCalib), m.Note)
		}
	}
	bad := map[string]string{
		"not JSON":                 "{",
		"missing weights":          `{"features": [], "tail1": []}`,
		"renamed feature":          strings.Replace(string(modelJSON), `"adjacent"`, `"neighbour"`, 1),
		"end calibration of three": strings.Replace(string(modelJSON), `"end_calib": [`, `"end_calib": [1, `, 1),
	}
	for name, data := range bad {
		if _, err := ParseModel([]byte(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// BenchmarkLoadDictionary measures the gse dictionary's load, which the
// app runs in the background.
func BenchmarkLoadDictionary(b *testing.B) {
	for i := 0; i < b.N; i++ {
		d := &Dictionary{}
		d.seg.SkipLog = true
		if err := d.seg.LoadDictEmbed("zh_s"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNumberAcross(t *testing.T) {
	tests := []struct {
		name, tail, head string
		want             bool
	}{
		{"digits run on", "总人口控制在32", "4万人，出生率下降", true},
		{"a count with 余", "骨密度检查等10", "余项义诊服务", true},
		{"a year split", "取得好成绩。1", "996年，全区总", true},
		{"a closed number", "共有2600余名学生。", "目前已被录取", false},
		{"a decimal point", "同期增加16.3%和14.", "7%。", true},
		{"a full-width decimal point", "增长了12．", "5%，", true},
		{"a stop after a number", "时间是1998.", "今年以来", false},
		{"no number", "使他们真正了", "解、明白。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := numberAcross(lastRunes(tt.tail, 4), firstRunes(tt.head, 4)); got != tt.want {
				t.Errorf("numberAcross(%q, %q) = %v", tt.tail, tt.head, got)
			}
		})
	}
}

// TestTitleCut checks when a headline-shaped block may jump: only when the
// join shows it to be running text cut at a column end.
func TestTitleCut(t *testing.T) {
	d, err := LoadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		tail, head string
		cut        bool
	}{
		"a word across":               {"二是水利设", "施管理得好，水的利用率提高。", true},
		"a measure word after a one":  {"纽约一", "家证券信息公司对世界经济作出预测。", true},
		"the head cannot open":        {"早期有些学者的想法", "，是给历史研究配置一种工具。", true},
		"a closing bracket":           {"（《世界华文女作家", "丛书》由江西百花洲文艺出版社出版。", true},
		"a real headline":             {"市危化品专项整治工作会议要求", "会议指出，当前正值秋收秋种关键时期。", false},
		"a headline ending in a word": {"华文女作家的风采", "用什么证明这一论断呢？", false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			frags := []Fragment{{Block: 0, Kind: KindHeadline, Text: tt.tail}, {Block: 1, Kind: KindBody, Text: "其他文章的内容。"},
				{Block: 2, Kind: KindBody, Text: "其他文章的内容。"}, {Block: 3, Kind: KindBody, Text: tt.head}}
			b, _ := blockInfos(frags, d, nil)
			if allowed(b, 0, 3) {
				t.Fatal("the kinds alone allow a headline to jump")
			}
			if got := titleCut(b, 0, 3, d); got != tt.cut {
				t.Errorf("titleCut(%q, %q) = %v, want %v", tt.tail, tt.head, got, tt.cut)
			}
		})
	}
}

// TestCutHeading reads a headline or intertitle whose last word runs on
// into the next block as a paragraph cut at a column end, and leaves real
// headlines alone.
func TestCutHeading(t *testing.T) {
	d, err := LoadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		kind       Kind
		tail, head string
		cut        bool
	}{
		"一个词跨块":    {KindHeadline, "全国新长征突击手、全国优", "秀科技创业转业退伍军人，浙江省劳动模范。", true},
		"小标题跨块":    {KindIntertitle, "拜年会实际是象角村人大搞农田基本", "建设的动员会。会上，干部群众表示要继续努力。", true},
		"数字跨块":     {KindHeadline, "新航每年运送旅客10", "0多万人次，始终把安全飞行放在首位。", true},
		"真正的标题":    {KindHeadline, "市危化品专项整治工作会议要求", "会议指出，当前正值秋收秋种关键时期。", false},
		"标题以常用词结尾": {KindHeadline, "华文女作家的风采", "用什么证明这一论断呢？", false},
		"下一块是标题":   {KindHeadline, "全国新长征突击手、全国优", "秀科技创业", false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			next := KindBody
			if !tt.cut && strings.HasSuffix(name, "是标题") {
				next = KindSubheadline
			}
			frags := []Fragment{{Block: 0, Kind: KindBody, Text: "上一篇文章的结尾。"}, {Block: 1, Kind: tt.kind, Text: tt.tail}, {Block: 2, Kind: next, Text: tt.head}}
			b, _ := blockInfos(frags, d, nil)
			if got := b[1].kind == KindBody && b[1].open; got != tt.cut {
				t.Errorf("block %q before %q read as %s (open %v), want cut %v", tt.tail, tt.head, b[1].kind, b[1].open, tt.cut)
			}
		})
	}
}

// TestStrandedTitle finds the headline-like lines that may be a
// paragraph's first words left at a column foot: between running text and
// another title, and only those may jump to running text far away.
func TestStrandedTitle(t *testing.T) {
	type frag struct {
		kind Kind
		text string
	}
	var (
		closed   = frag{KindBody, "多少代探险家都没有穿越那里，除非那里出现“神话”！"}
		stranded = frag{KindHeadline, "那里真的能出现"}
		next     = frag{KindSubheadline, "优秀退伍兵盛云龙"}
		body     = frag{KindBody, "盛云龙1990年入伍，先后三次被评为优秀士兵。"}
		far      = frag{KindBody, "神话吗？当人们为此而焦虑时，石油筑路大军已经出发。"}
		byline   = frag{KindByline, "记者 杨飞"}
	)
	tests := map[string]struct {
		page     []frag
		stranded bool // block 1
	}{
		"段首留在栏底":  {[]frag{closed, stranded, next, body, far}, true},
		"版面顶端的标题": {[]frag{stranded, next, body, body, far}, false},
		"署名后的标题":  {[]frag{byline, stranded, next, body, far}, false},
		"标题下是正文":  {[]frag{closed, stranded, body, body, far}, false},
		"版面末尾的标题": {[]frag{closed, stranded}, false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			frags := make([]Fragment, len(tt.page))
			for i, f := range tt.page {
				frags[i] = Fragment{Block: i, Kind: f.kind, Text: f.text}
			}
			b, _ := blockInfos(frags, nil, nil)
			if b[1].stranded != tt.stranded {
				t.Errorf("block %q stranded = %v, want %v", b[1].text, b[1].stranded, tt.stranded)
			}
			if n := len(b); n > 4 && strandedCut(b, 1, n-1) != tt.stranded {
				t.Errorf("strandedCut(1, %d) = %v, want %v", n-1, !tt.stranded, tt.stranded)
			}
			if strandedCut(b, 1, 3) {
				t.Error("strandedCut(1, 3) allows a join that skips only one block")
			}
		})
	}
}

// strandedPage has a paragraph's first words (那里真的能出现) at a column
// foot above the next article's headline; the paragraph goes on at the top
// of a later column (神话吗？…).
var strandedPage = strings.Join([]string{
	"沙漠公路通车",
	"本报讯 1996年出版的中国地图上，塔克拉玛干沙漠的腹地还是一片空白。多少代中外探险家都没有穿越那里，何况要在那里修路采油呢？除非那里出现“神话”！",
	"那里真的能出现",
	"优秀退伍兵盛云龙",
	"本报讯 盛云龙1990年入伍，在部队四年，先后三次被评为优秀士兵。退伍回乡后，他带领乡亲们种植大棚蔬菜，当年就让全村人均收入翻了一番。",
	"乡亲们说，盛云龙把部队的好作风带回了村里。",
	"神话吗？当人们为此而焦虑时，石油筑路大军已经站在了沙漠的边缘。他们在流动沙丘上铺下了一条五百多公里长的沙漠公路，让油田的运输车辆可以直达腹地。",
	"如今，沙漠公路两旁的防护林已经成行，油田的产量逐年上升。",
}, "\n\n")

// TestStitchStrandedTitle stitches strandedPage: the stranded words go on
// in their paragraph, and the next article keeps its headline.
func TestStitchStrandedTitle(t *testing.T) {
	p := NewPage("stranded.txt", strandedPage)
	if p.Fragments[2].Kind != KindHeadline {
		t.Fatalf("block 2 %q is %s: the test needs it taken for a headline", p.Fragments[2].Text, p.Fragments[2].Kind)
	}
	st := testStitcher(t).Stitch(p)
	want := []struct {
		title  string
		blocks []int
	}{{"沙漠公路通车", []int{0, 1, 2, 6, 7}}, {"优秀退伍兵盛云龙", []int{3, 4, 5}}}
	if len(st.Articles) != len(want) {
		t.Fatalf("got %d articles, want %d: %+v", len(st.Articles), len(want), st.Articles)
	}
	for i, w := range want {
		a := st.Articles[i]
		if a.Title != w.title || !slices.Equal(a.Blocks, w.blocks) {
			t.Errorf("article %d: %q %v, want %q %v", i, a.Title, a.Blocks, w.title, w.blocks)
		}
	}
	for _, j := range st.Articles[0].Joins {
		if j.From == 2 && !strings.Contains(j.Reason, "column foot") {
			t.Errorf("join 2 → %d: reason %q does not name the column foot", j.To, j.Reason)
		}
	}
}

// TestStitchSampleBig5 reads the sample page printed in traditional
// characters from a Big5 file, as a Hong Kong or Taiwan paper's page
// comes, and stitches it as the page in simplified characters.
func TestStitchSampleBig5(t *testing.T) {
	g, err := ReadGold(sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	trad := traditional(SampleText)
	data, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(trad))
	if err != nil {
		t.Fatalf("the sample page in traditional characters is not Big5: %v", err)
	}
	path := filepath.Join(t.TempDir(), SampleSource)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := ReadPage(path)
	if err != nil {
		t.Fatal(err)
	}
	if p.Encoding != EncodingBig5 || p.Text != NormalizeNewlines(trad) {
		t.Fatalf("read as %s, text equal: %v; want big5 and the page as written", p.Encoding, p.Text == NormalizeNewlines(trad))
	}
	checkSample(t, g, testStitcher(t).Stitch(p))
}

func TestEndsArticle(t *testing.T) {
	tests := map[string]struct {
		kinds   []Kind
		closing bool
		want    bool
	}{
		"标题下的署名":  {[]Kind{KindHeadline, KindByline}, false, false},
		"副题下的署名":  {[]Kind{KindSubheadline, KindByline}, false, false},
		"文末的署名":   {[]Kind{KindBody, KindByline}, false, true},
		"页首的署名":   {[]Kind{KindByline}, false, true},
		"摄影":      {[]Kind{KindCaption, KindCredit}, false, true},
		"正文带文末署名": {[]Kind{KindBody, KindBody}, true, true},
		"正文":      {[]Kind{KindBody, KindBody}, false, false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			frags := make([]Fragment, len(tt.kinds))
			for k, kind := range tt.kinds {
				frags[k] = Fragment{Block: k, Kind: kind, Text: "本报记者 张三"}
			}
			if got := endsArticle(frags, len(frags)-1, tt.closing); got != tt.want {
				t.Errorf("endsArticle = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBylineUnderHeadlineOpens checks, through the block signals, that a
// byline that is a whole block under its headline does not end the
// article, while one after the text does.
func TestBylineUnderHeadlineOpens(t *testing.T) {
	p := NewPage("署名.txt", "市政府召开常务会议\n\n本报记者 李四\n\n会议要求各地抓好落实。\n\n（赵念东）\n\n")
	b, _ := blockInfos(p.Fragments, nil, nil)
	if p.Fragments[1].Kind != KindByline || p.Fragments[3].Kind != KindByline {
		t.Fatalf("kinds %s, %s: want bylines", p.Fragments[1].Kind, p.Fragments[3].Kind)
	}
	if b[1].endsArt || !b[3].endsArt {
		t.Errorf("ends the article: under the headline %v, after the text %v", b[1].endsArt, b[3].endsArt)
	}
}

// TestSimilarityHinges checks the hinge and margin signals on three
// candidate joins whose standardised similarities are set by hand: tail 0
// may continue in 1 or 2, tail 1 in 2.
func TestSimilarityHinges(t *testing.T) {
	a := &analysis{blocks: make([]blockInfo, 3), edges: []scored{{from: 0, to: 1}, {from: 0, to: 2}, {from: 1, to: 2}}}
	for k, sim := range []float64{0.5, 2.5, 4} {
		a.edges[k].f[fSimCtx], a.edges[k].f[fSimBlock] = sim, sim
	}
	a.setExcess()
	a.markBest()
	tests := map[string]struct {
		edge    int
		feature int
		want    float64
	}{
		"平常的相似度 no excess":          {0, fSimCtxExcess, 0},
		"高出 1.5 beyond one spread":  {1, fSimCtxExcess, 1.5},
		"beyond three spreads":      {2, fSimCtxExcess3, 1},
		"not beyond three":          {1, fSimCtxExcess3, 0},
		"block similarity too":      {2, fSimBlockExcess, 3},
		"head not the tail's best":  {0, fHeadMarginPos, 0},
		"head the tail's best":      {1, fHeadMarginPos, 2},
		"margin kept when negative": {0, fBestHead, -2},
		"tail not the head's best":  {1, fTailMarginPos, 0},
		"tail the head's best":      {2, fTailMarginPos, 1.5},
		"tail margin when negative": {1, fBestTail, -1.5},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			e := a.edges[tc.edge]
			if got := e.f[tc.feature]; math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("%d→%d %s = %v, want %v", e.from, e.to, featureNames[tc.feature], got, tc.want)
			}
		})
	}
}

// TestStitchTinyPage stitches pages of a few blocks, where a page's spread
// of similarity says little: a headline stays with its lead.
func TestStitchTinyPage(t *testing.T) {
	cases := map[string]struct {
		blocks []string
		want   [][]int
	}{
		"标题与导语": {[]string{"新年贺词", "新华社北京1月1日电 今天是元旦，首都各界群众欢聚一堂，共庆佳节。"}, [][]int{{0, 1}}},
		"一篇三段":  {[]string{"新年贺词", "新华社北京1月1日电 今天是元旦，首都各界群众欢聚一堂，共庆佳节。", "大家表示，要在新的一年里再接再厉。"}, [][]int{{0, 1, 2}}},
		"两篇交错": {[]string{
			"统计局发布数据",
			"本报北京1月2日电 国家统计局今天公布，全国财政收入和支出分别较上年同期增加16.3%和14.",
			"新年贺词",
			"新华社北京1月1日电 今天是元旦，首都各界群众欢聚一堂，共庆佳节，大家表示要在新的一年里再接再厉。",
			"7%。统计局有关负责人表示，财政收支保持平衡。",
		}, [][]int{{0, 1, 4}, {2, 3}}},
	}
	s := testStitcher(t)
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			p := NewPage("tiny.txt", strings.Join(c.blocks, "\n\n"))
			if got := articleBlocks(s.Stitch(p)); !slices.EqualFunc(got, c.want, slices.Equal[[]int]) {
				t.Errorf("articles %v, want %v", got, c.want)
			}
		})
	}
}

// TestJumps checks which blocks of the first pass's articles have a jump
// before or after them, from which second_jump marks a further jump.
func TestJumps(t *testing.T) {
	tests := map[string]struct {
		succ          []int
		before, after []bool
	}{
		"一跳之后": {
			succ:   []int{1, 3, -1, -1},
			before: []bool{false, false, false, true},
			after:  []bool{true, true, false, false},
		},
		"连续无跳": {
			succ:   []int{1, 2, -1},
			before: []bool{false, false, false},
			after:  []bool{false, false, false},
		},
		"两篇各一跳": {
			succ:   []int{2, 3, -1, -1},
			before: []bool{false, false, true, true},
			after:  []bool{true, true, false, false},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			a := &analysis{blocks: make([]blockInfo, len(tt.succ)), succ: tt.succ}
			before, after := a.jumps()
			if !slices.Equal(before, tt.before) || !slices.Equal(after, tt.after) {
				t.Errorf("jumps of %v: before %v, after %v; want %v, %v", tt.succ, before, after, tt.before, tt.after)
			}
		})
	}
}

// TestMultiJumpShare checks the share of articles of two blocks or more
// that jump twice or more.
func TestMultiJumpShare(t *testing.T) {
	tests := map[string]struct {
		succ []int
		want float64
	}{
		"按栏读下去":    {succ: []int{2, 3, 4, 5, -1, -1}, want: 1},    // 0→2→4, 1→3→5
		"一篇跳一次":    {succ: []int{1, 3, -1, -1}, want: 0},          // 0→1→3
		"一篇两跳一篇不跳": {succ: []int{2, -1, 4, 5, -1, -1}, want: 0.5}, // 0→2→4, 3→5
		"只有单块":     {succ: []int{-1, -1}, want: 0},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := multiJumpShare(tt.succ); got != tt.want {
				t.Errorf("multiJumpShare(%v) = %v, want %v", tt.succ, got, tt.want)
			}
		})
	}
}
