package corpus

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// update rewrites the golden files under testdata instead of comparing.
var update = flag.Bool("update", false, "rewrite golden files in testdata")

// handArticles are made-up articles for golden files and fuzzing, so that
// no corpus text lands in the repository.
func handArticles() []SourceArticle {
	return []SourceArticle{
		{Title: "市区新建三处口袋公园", Headlines: []string{"市区新建三处口袋公园", "居民出门五分钟就能见绿"}, Paragraphs: []string{
			"本报讯（记者 李 明）记者从市园林局获悉，今年以来，市区利用边角空地新建了三处口袋公园，总面积达到1.2万平方米，目前已全部向市民开放。",
			"口袋公园规模不大，却配齐了步道、座椅和健身器材。家住附近的王大爷说:“以前晚饭后没地方遛弯，现在下楼走几步就到了，孙子也爱来这里玩。”",
			"据介绍，明年全市还将建设十处口袋公园，优先安排在老旧小区集中、绿地较少的街道，让更多居民享受到家门口的绿色。",
		}},
		{Title: "农技专家田间授课", Headlines: []string{"农技专家田间授课"}, Paragraphs: []string{
			"连日来，县农业农村局组织20余名农技专家深入乡镇，在田间地头为种植户讲解小麦播种、病虫害防治等实用技术。",
			"在城关镇的一块麦田里，专家一边示范一边讲解，种植户们围在一旁认真听、仔细记，不时提出问题。",
			"“专家讲得明白，我们一听就懂，今年种麦心里更有底了。”种植户张学军说。",
		}},
		{Title: "秋收忙(图片)", Headlines: []string{"秋收忙(图片)"}, Paragraphs: []string{
			"10月8日，在乡间的玉米地里，农民驾驶收割机抢收玉米，田野里一派繁忙景象。",
		}},
		{Title: "老街区焕发新活力", Headlines: []string{"老街区焕发新活力", "旧城改造见闻"}, Paragraphs: []string{
			"走进城南的老街区，青石板路干净整洁，临街的店铺挂起了统一样式的招牌，墙上的老照片讲述着街区的过去。",
			"两年前，这里还是另一番模样:电线像蜘蛛网一样挂在头顶，雨天路面积水，不少商户搬走了。",
			"改造启动后，街道先请居民代表开了十几次座谈会，哪些老房子要保留、哪些树不能动，都由大家商量着定。",
			"“改造不是推倒重来，而是让老街区留住记忆，也过上现代生活。”街道负责人介绍，改造中共保留了36处老建筑，修缮了排水管网，新增停车位200多个。",
			"如今，老街区成了年轻人打卡的地方，周末游客络绎不绝。开了二十多年裁缝铺的刘师傅说，生意比以前好多了，他还收了两个徒弟。",
		}},
		{Title: "图书馆延长开放时间", Headlines: []string{"图书馆延长开放时间"}, Paragraphs: []string{
			"从下周一起，市图书馆每天的闭馆时间由晚上8点推迟到10点，自习室和少儿阅览室同步延长开放。",
			"图书馆工作人员表示，延长开放时间是根据读者的建议作出的调整，今后还将增加夜间讲座和亲子阅读活动。",
		}},
		{Title: "冬季供暖准备工作全面启动", Headlines: []string{"冬季供暖准备工作全面启动"}, Paragraphs: []string{
			"新华社北京11月1日电 记者从有关部门获悉，北方各地冬季供暖准备工作已全面启动，供热企业正在抓紧检修管网和锅炉设备。",
			"有关负责人要求，各地要提前储备燃料，加强对困难群众的供暖保障，确保群众温暖过冬。",
			"据了解，今年新建和改造的供热管网将在供暖前全部完成调试。",
		}},
		{Title: "青年志愿者走进社区", Headlines: []string{"青年志愿者走进社区"}, Paragraphs: []string{
			"周末，200多名青年志愿者走进城区的12个社区，开展义诊、理发、家电维修等志愿服务活动，受到居民欢迎。",
			"在和平社区的服务点前，前来咨询的老人排起了长队。志愿者耐心地为他们测量血压，讲解冬季养生知识。",
			"活动组织者介绍，今后志愿服务将常态化开展，每月固定一个周末走进社区。",
		}},
	}
}

// goldenOptions make small columns so that the short hand-made articles
// break like long ones.
func goldenOptions() SimOptions {
	opt := DefaultSimOptions()
	opt.Seed = 7
	opt.ColumnRunes = 50
	opt.HeadlessShare = 1
	opt.StrayShare = 1
	return opt
}

// expectedUnits is what the page prints of an article, in reading order:
// its headline lines (unless left off), its paragraphs with the lead put
// before the first, and the added byline or credit.
func expectedUnits(a SourceArticle, sa SimArticle, fullWidth bool) []string {
	conv := func(ss []string) []string {
		out := simCleanUnits(ss)
		for i := range out {
			out[i] = fullWidthIf(fullWidth, out[i])
		}
		return out
	}
	var units []string
	if !sa.Headless {
		units = conv(a.Headlines)
		if sa.TopByline != "" {
			units = append(units, sa.TopByline)
		}
	}
	paras := conv(a.Paragraphs)
	if len(paras) > 0 {
		paras[0] = sa.Lead + paras[0]
	}
	units = append(units, paras...)
	if sa.Byline != "" {
		units = append(units, sa.Byline)
	}
	return units
}

// simStats counts what the simulated pages contain.
type simStats struct {
	links, jumps, midParagraph, midSentence, jumpAtParagraphEnd int
	leads, bylines, topBylines, photos, headless, strays        int
}

// checkSimPage checks one page against its source articles and adds to st.
func checkSimPage(t *testing.T, p SimPage, arts []SourceArticle, opt SimOptions, st *simStats) {
	t.Helper()
	g := &p.Gold
	if err := g.Validate(); err != nil {
		t.Fatalf("%s: %v", p.Name, err)
	}
	used := len(g.Unassigned)
	for _, a := range g.Articles {
		used += len(a.Blocks)
	}
	if used != len(g.Blocks) || len(p.Articles) != len(g.Articles) {
		t.Errorf("%s: %d of %d blocks placed, %d records for %d articles", p.Name, used, len(g.Blocks), len(p.Articles), len(g.Articles))
	}
	for i, b := range g.Blocks {
		if b == "" || b != strings.TrimSpace(b) || strings.ContainsAny(b, "\r\n") {
			t.Errorf("%s: block %d is not a stripped line: %q", p.Name, i, b)
		}
	}
	for i, ga := range g.Articles {
		sa := p.Articles[i]
		src := arts[sa.Source]
		if sa.Twin != nil {
			src = *sa.Twin
		}
		if ga.Title != src.Title {
			t.Errorf("%s: article %d titled %q, source %q", p.Name, i, ga.Title, src.Title)
		}
		units := expectedUnits(src, sa, opt.FullWidth)
		var text strings.Builder
		for _, b := range ga.Blocks {
			text.WriteString(g.Blocks[b])
		}
		if text.String() != strings.Join(units, "") {
			t.Errorf("%s: article %d (%s) does not concatenate back:\n%q\n%q", p.Name, i, ga.Title, text.String(), strings.Join(units, ""))
			continue
		}
		countBreaks(g, ga, units, st)
		st.leads += boolInt(sa.Lead != "")
		st.bylines += boolInt(sa.Byline != "" && !sa.Photo)
		st.topBylines += boolInt(sa.TopByline != "")
		st.photos += boolInt(sa.Photo)
		st.headless += boolInt(sa.Headless)
	}
	for _, b := range g.Unassigned {
		if !isSomeHeadline(g.Blocks[b], arts, opt) {
			t.Errorf("%s: unassigned block %q is no source headline", p.Name, g.Blocks[b])
		}
		st.strays++
	}
}

// countBreaks classifies the article's links: jumps, breaks inside a
// paragraph, inside a sentence, and jumps that fall at a paragraph end.
func countBreaks(g *Gold, ga GoldArticle, units []string, st *simStats) {
	ends := map[int]bool{}
	pos := 0
	for _, u := range units {
		pos += utf8.RuneCountInString(u)
		ends[pos] = true
	}
	pos = 0
	for k, b := range ga.Blocks[:len(ga.Blocks)-1] {
		pos += utf8.RuneCountInString(g.Blocks[b])
		jump := ga.Blocks[k+1] != b+1
		st.links++
		st.jumps += boolInt(jump)
		if ends[pos] {
			st.jumpAtParagraphEnd += boolInt(jump)
			continue
		}
		st.midParagraph++
		last, _ := utf8.DecodeLastRuneInString(g.Blocks[b])
		st.midSentence += boolInt(!strings.ContainsRune("。！？!?…”", last))
	}
}

// isSomeHeadline reports whether s is the first headline line of one of arts.
func isSomeHeadline(s string, arts []SourceArticle, opt SimOptions) bool {
	for _, a := range arts {
		if hs := simCleanUnits(a.Headlines); len(hs) > 0 && fullWidthIf(opt.FullWidth, hs[0]) == s {
			return true
		}
	}
	return false
}

// newTestRand is a seeded random source for the simulator's helpers.
func newTestRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 1)) }

func TestSimulatedPagesMatchGold(t *testing.T) {
	arts := loadPD(t)
	var st simStats
	pages, noJumps := 0, 0
	for seed := int64(1); seed <= 4; seed++ {
		opt := DefaultSimOptions()
		opt.Seed = seed
		opt.FullWidth = seed%2 == 1
		if seed == 4 {
			opt.TopBylineShare = 0.5
		}
		for _, p := range SimulatePages(arts, 12, opt) {
			jumps := st.jumps
			checkSimPage(t, p, arts, opt, &st)
			if st.jumps == jumps {
				noJumps++ // a page of photo items, say
			}
			if err := p.Gold.MatchPage(NewPage(p.Name, p.Text)); err != nil {
				t.Errorf("%s: %v", p.Name, err)
			}
			pages++
		}
	}
	t.Logf("%d pages: %+v", pages, st)
	counts := map[string]int{
		"jumps": st.jumps, "breaks inside a paragraph": st.midParagraph, "breaks inside a sentence": st.midSentence,
		"jumps at a paragraph end": st.jumpAtParagraphEnd, "leads": st.leads, "bylines": st.bylines, "bylines under headlines": st.topBylines,
		"photo items": st.photos, "headless articles": st.headless, "stray headlines": st.strays,
	}
	for what, n := range counts {
		if n == 0 {
			t.Errorf("no %s in %d pages", what, pages)
		}
	}
	if noJumps*10 > pages {
		t.Errorf("%d of %d pages without jumps", noJumps, pages)
	}
	if st.jumps*20 < st.links || st.jumps*2 > st.links {
		t.Errorf("%d jumps among %d links: want a twentieth to a half", st.jumps, st.links)
	}
}

func TestSimulateDeterministic(t *testing.T) {
	arts := loadPD(t)
	opt := DefaultSimOptions()
	a, b := SimulatePages(arts, 5, opt), SimulatePages(arts, 5, opt)
	if !reflect.DeepEqual(a, b) {
		t.Error("same seed, different pages")
	}
	opt.Seed = 2
	c := SimulatePages(arts, 5, opt)
	if a[0].Text == c[0].Text {
		t.Error("seeds 1 and 2 make the same first page")
	}
	t1, g1 := SimulatePage(arts[:6], "甲.txt", opt)
	t2, g2 := SimulatePage(arts[:6], "甲.txt", opt)
	t3, _ := SimulatePage(arts[:6], "乙.txt", opt)
	if t1 != t2 || !reflect.DeepEqual(g1, g2) || t1 == t3 {
		t.Error("SimulatePage is not a function of seed and name")
	}
}

// layoutShape abstracts a page's layout: the sequence of runs, each named
// by the order in which its article first appears.
func layoutShape(g *Gold) string {
	owner := make([]int, len(g.Blocks))
	for i := range owner {
		owner[i] = -1
	}
	for ai, a := range g.Articles {
		for _, b := range a.Blocks {
			owner[b] = ai
		}
	}
	var runs []string
	for i, o := range owner {
		if i == 0 || o != owner[i-1] {
			runs = append(runs, fmt.Sprint(o))
		}
	}
	return strings.Join(runs, " ")
}

func TestSimulateVariesLayout(t *testing.T) {
	shapes := map[string]int{}
	pages := SimulatePages(loadPD(t), 20, DefaultSimOptions())
	for _, p := range pages {
		shapes[layoutShape(&p.Gold)]++
	}
	if len(shapes) < 15 {
		t.Errorf("only %d layouts in %d pages: %v", len(shapes), len(pages), shapes)
	}
}

func TestSimulateGolden(t *testing.T) {
	opt := goldenOptions()
	arts := handArticles()
	p := simulate(arts, "sim-golden.txt", opt)
	var st simStats
	checkSimPage(t, p, arts, opt, &st)
	if err := p.Gold.MatchPage(NewPage(p.Name, p.Text)); err != nil {
		t.Error(err)
	}
	if st.jumps == 0 || st.midSentence == 0 || st.headless != 1 || st.strays != 1 {
		t.Errorf("golden page lacks a case: %+v", st)
	}
	gold, err := p.Gold.Encode()
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, filepath.Join("testdata", "sim-golden.txt"), []byte(p.Text))
	compareGolden(t, filepath.Join("testdata", "sim-golden.gold.json"), gold)
}

// compareGolden compares got with the file, or rewrites it with -update.
func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the simulated page (run with -update if the change is intended):\n%s", path, got)
	}
}

func TestSimPour(t *testing.T) {
	tests := []struct {
		name  string
		units []simUnit
		col   int
	}{
		{"一段长文", []simUnit{{text: "记者从市园林局获悉，今年以来，市区利用边角空地新建了三处口袋公园，总面积达到1.2万平方米，目前已全部向市民开放。"}}, 12},
		{"标题不拆", []simUnit{{text: "老街区焕发新活力旧城改造见闻", headline: true}, {text: "走进城南的老街区，青石板路干净整洁。"}}, 6},
		{"带空格的电头", []simUnit{{text: "本报讯（记者 王 浩 通讯员 李 明）9月14日，全市会议召开。"}}, 8},
		{"短段落", []simUnit{{text: "好"}, {text: "记者 马琳 摄"}, {text: "（赵念东）"}}, 3},
		{"多段", []simUnit{{text: "第一段到此结束。"}, {text: "第二段也不长。"}, {text: "第三段稍微长一些，要跨过栏尾。"}}, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := DefaultSimOptions()
			opt.ColumnRunes = tt.col
			for seed := range uint64(20) {
				cols := simPour(tt.units, newTestRand(seed), opt)
				checkPour(t, tt.units, cols)
			}
		})
	}
}

// checkPour checks that the columns hold the units in order, broken only
// between non-space characters, headlines and very short units whole.
func checkPour(t *testing.T, units []simUnit, cols [][]string) {
	t.Helper()
	blocks := simFlatten(cols)
	var want, got strings.Builder
	for _, u := range units {
		want.WriteString(u.text)
	}
	for _, b := range blocks {
		got.WriteString(b)
		if b == "" || b != strings.TrimFunc(b, unicode.IsSpace) {
			t.Errorf("block %q is empty or has space at an end", b)
		}
	}
	if got.String() != want.String() {
		t.Fatalf("columns %q do not hold %q", cols, want.String())
	}
	for _, c := range cols {
		if len(c) == 0 {
			t.Errorf("empty column in %q", cols)
		}
	}
	i := 0
	for _, u := range units {
		if (u.headline || utf8.RuneCountInString(u.text) < 2*simMinPiece) && blocks[i] != u.text {
			t.Errorf("unit %q was broken: %q", u.text, blocks[i])
		}
		// Skip the blocks that make up this unit.
		for n := 0; n < utf8.RuneCountInString(u.text); i++ {
			n += utf8.RuneCountInString(blocks[i])
		}
	}
}

func TestSimCutAt(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
		cut  int
	}{
		{"正常", "今天天气很好，我们去公园。", 5, 5},
		{"太靠前", "今天天气很好，我们去公园。", 0, simMinPiece},
		{"太靠后", "今天天气很好，我们去公园。", 40, 13 - simMinPiece},
		{"避开空格", "本报讯（记者 王 浩）9月14日", 6, 5},
		{"只有空格处", "记者 王 浩", 3, -1},
		{"太短", "你好", 1, -1},
		{"逗号不起栏", "今天天气很好，我们去公园。", 6, 7},
		{"句号和引号不起栏", "他说：“我们一定能行。”大家鼓掌。", 11, 12},
		{"引号不收栏", "他说：“我们一定能行。”大家鼓掌。", 4, 5},
		{"书名号不收栏", "我们读了《往事知多少》这本书。", 5, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := simCutAt([]rune(tt.text), tt.want); got != tt.cut {
				t.Errorf("simCutAt(%q, %d) = %d, want %d", tt.text, tt.want, got, tt.cut)
			}
		})
	}
}

func TestFullWidth(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"逗号句号", "在1998年来临之际,我十分高兴。", "在1998年来临之际，我十分高兴。"},
		{"括号", "谢谢!(新华社北京12月31日电)", "谢谢！（新华社北京12月31日电）"},
		{"冒号问号分号", "他问:去吗?去;不去", "他问：去吗？去；不去"},
		{"数字中的逗号冒号", "共1,000人,20:30开始", "共1,000人，20:30开始"},
		{"小数点不变", "增长9.5%左右", "增长9.5%左右"},
		{"句末冒号", "先生们:", "先生们："},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FullWidth(tt.in)
			if got != tt.want || utf8.RuneCountInString(got) != utf8.RuneCountInString(tt.in) {
				t.Errorf("FullWidth(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSimulateEdgeCases(t *testing.T) {
	tests := []struct {
		name string
		arts []SourceArticle
	}{
		{"没有文章", nil},
		{"只有标题", []SourceArticle{{Title: "荣归故里", Headlines: []string{"荣归故里"}}}},
		{"没有标题", []SourceArticle{{Paragraphs: []string{"本报讯 今天有雨。"}}}},
		{"空白段落", []SourceArticle{{Title: "甲", Headlines: []string{"甲", "  "}, Paragraphs: []string{"", "第一段。\n第二行。", " \t"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := DefaultSimOptions()
			p := simulate(tt.arts, "边界.txt", opt)
			var st simStats
			checkSimPage(t, p, tt.arts, opt, &st)
			if err := p.Gold.MatchPage(NewPage(p.Name, p.Text)); err != nil {
				t.Error(err)
			}
		})
	}
	if pages := SimulatePages(nil, 3, DefaultSimOptions()); pages != nil {
		t.Errorf("pages from no articles: %v", pages)
	}
}

func FuzzSimulatePage(f *testing.F) {
	for i, a := range handArticles() {
		f.Add(int64(i), 20+10*i, a.Paragraphs[0], a.Headlines[0])
	}
	f.Add(int64(3), 1, "记者 王 浩  摄 \n\n 第二行", "\u3000标题\u3000")
	f.Fuzz(func(t *testing.T, seed int64, col int, para, head string) {
		if !utf8.ValidString(para) || !utf8.ValidString(head) || col > 10000 {
			return
		}
		arts := handArticles()
		arts[1].Headlines = append(arts[1].Headlines, head)
		arts[2].Paragraphs = append(arts[2].Paragraphs, para)
		arts[4].Paragraphs = []string{para}
		opt := DefaultSimOptions()
		opt.Seed, opt.ColumnRunes = seed, col
		opt.ColumnBlocks = seed&1 == 1
		opt.ColumnMajor = seed&8 == 8
		if seed&2 == 2 && col >= 2*printedLine {
			opt.LineRunes, opt.PrintLines = printedLine, seed&4 == 4
		}
		p := simulate(arts, "模糊.txt", opt)
		var st simStats
		checkSimPage(t, p, arts, opt, &st)
		if err := p.Gold.MatchPage(NewPage(p.Name, p.Text)); err != nil {
			t.Errorf("%+v: %v", opt, err)
		}
	})
}

func BenchmarkSimulatePages(b *testing.B) {
	arts := loadPD(b)
	opt := DefaultSimOptions()
	runes := 0
	for b.Loop() {
		pages := SimulatePages(arts, 20, opt)
		runes = 0
		for _, p := range pages {
			runes += utf8.RuneCountInString(p.Text)
		}
	}
	b.ReportMetric(float64(runes)/20, "runes/page")
}

// TestSimLineBreaks checks pages laid out in printed lines: a paragraph
// broken at a column end leaves whole lines in the column (its first
// indented), and no piece of it starts with a comma, stop or closing mark
// or ends with an opening mark.
func TestSimLineBreaks(t *testing.T) {
	const line = 12
	opt := DefaultSimOptions()
	opt.LineRunes, opt.ColumnRunes, opt.ParaEndShare = line, 60, 0
	var units []simUnit
	for _, a := range loadPD(t)[:40] {
		for _, p := range a.Paragraphs {
			units = append(units, simUnit{text: FullWidth(p)})
		}
	}
	for seed := range uint64(5) {
		blocks := simFlatten(simPour(units, newTestRand(seed), opt))
		checkPour(t, units, [][]string{blocks})
		k := 0
		for _, u := range units {
			first := true
			for n := utf8.RuneCountInString(u.text); n > 0; k++ {
				b := []rune(blocks[k])
				n -= len(b)
				if !first && strings.ContainsRune(cannotOpenPunc, b[0]) {
					t.Errorf("a line starts with %q: %q", b[0], string(b))
				}
				if end := b[len(b)-1]; n > 0 && strings.ContainsRune(simCannotEnd, end) {
					t.Errorf("a column ends with %q: %q", end, string(b))
				}
				if n > 0 && first && len(b) < line-2 {
					t.Errorf("a break leaves %d characters of a paragraph in the column: %q", len(b), string(b))
				}
				first = false
			}
		}
	}
}

func TestSimLineCut(t *testing.T) {
	tests := map[string]struct {
		text  string
		room  int
		whole bool
		cut   int
	}{
		"两行，首行缩进": {"今天天气很好我们一起去公园散步然后回家吃饭再看一会儿书。", 25, true, 22},
		"续段不缩进":   {"今天天气很好我们一起去公园散步然后回家吃饭再看一会儿书。", 25, false, 24},
		"不足一行":    {"今天天气很好我们一起去公园散步然后回家吃饭再看一会儿书。", 8, true, 0},
		"逗号留在行尾":  {"今天天气很好我们一起去，公园散步然后回家吃饭。", 12, false, 12},
		"逗号不在行首":  {"今天天气很好我们一起去公，园散步然后回家吃饭。", 12, false, 13},
		"引号不在行尾":  {"今天天气很好我们一起去“公园”散步然后回家吃饭。", 12, false, 11},
		"放得下":     {"今天天气很好。", 12, false, -1},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := simLineCut([]rune(tt.text), tt.room, tt.whole, 12); got != tt.cut {
				t.Errorf("simLineCut(%q, %d, %v) = %d, want %d", tt.text, tt.room, tt.whole, got, tt.cut)
			}
		})
	}
}

func TestSimSigned(t *testing.T) {
	tests := []struct {
		name  string
		heads []string
		want  bool
	}{
		{"作者名", []string{"中华文明的“纸上博物馆”", "李学勤"}, true},
		{"记者署名后有小标题", []string{"小水利遍山乡", "本报记者李济国贾建舟", "风景这边好"}, true},
		{"副题", []string{"北京举行新年音乐会", "江泽民等出席"}, false},
		{"只有一行", []string{"李学勤"}, false},
		{"无标题", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := simSigned(tt.heads); got != tt.want {
				t.Errorf("simSigned(%q) = %v, want %v", tt.heads, got, tt.want)
			}
		})
	}
}

// TestSimSignedGetsNoOtherCredit checks that an article signed under its
// headline gets no lead, no byline under the headline and none at the end,
// however often the options ask for them.
func TestSimSignedGetsNoOtherCredit(t *testing.T) {
	signed := SourceArticle{Title: "中华文明的“纸上博物馆”", Headlines: []string{"中华文明的“纸上博物馆”", "李学勤"},
		Paragraphs: []string{"世间公认，中华文明是人类历史上缔造的最光辉绚丽的文明之一。", "我们有责任将这一伟大文明的优秀传统普及于国人。"}}
	opt := DefaultSimOptions()
	opt.LeadShare, opt.BylineShare, opt.TopBylineShare, opt.PhotoShare = 1, 1, 1, 0
	r := rand.New(rand.NewPCG(1, 2))
	n := newSimNamer(r)
	for range 20 {
		s := simPrepare(signed, 0, r, n, opt)
		if s.info.Lead != "" || s.info.Byline != "" || s.info.TopByline != "" || len(s.units) != 4 {
			t.Fatalf("signed article got lead %q, byline %q, top byline %q, %d units", s.info.Lead, s.info.Byline, s.info.TopByline, len(s.units))
		}
	}
	unsigned := signed
	unsigned.Headlines = signed.Headlines[:1]
	if s := simPrepare(unsigned, 0, r, n, opt); s.info.TopByline == "" {
		t.Error("unsigned article got no byline under its headline")
	}
}

// TestSimColumnBlocks checks that with SimOptions.ColumnBlocks an
// article's paragraphs in one column make one block, one line each, while
// headlines and bylines stay blocks of their own, and that the page reads
// back as its gold says.
func TestSimColumnBlocks(t *testing.T) {
	units := []simUnit{
		{text: "老街区焕发新活力", headline: true},
		{text: "走进城南的老街区，青石板路干净整洁。"},
		{text: "记者从市园林局获悉，今年以来新建了三处口袋公园。"},
		{text: "目前已全部开放。"},
		{text: "记者 马琳", apart: true},
	}
	tests := map[string]struct {
		blocks bool
		want   [][]string
	}{
		"段落各自成块": {false, [][]string{{"老街区焕发新活力", "走进城南的老街区，青石板路干净整洁。", "记者从市园林局获悉，今年以来新建了三处口袋公园。", "目前已全部开放。", "记者 马琳"}}},
		"一栏一块":   {true, [][]string{{"老街区焕发新活力", "走进城南的老街区，青石板路干净整洁。\n记者从市园林局获悉，今年以来新建了三处口袋公园。\n目前已全部开放。", "记者 马琳"}}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			opt := DefaultSimOptions()
			opt.ColumnRunes, opt.ColumnBlocks = 1000, tt.blocks
			got := simPour(units, newTestRand(1), opt)
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("columns %q, want %q", got, tt.want)
			}
		})
	}
	arts := loadPD(t)
	opt := DefaultSimOptions()
	opt.ColumnBlocks = true
	multi := 0
	for _, p := range SimulatePages(arts, 12, opt) {
		if err := p.Gold.MatchPage(NewPage(p.Name, p.Text)); err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
		for _, b := range strings.Split(p.Text, "\n\n") {
			if strings.Contains(strings.Trim(b, "\n"), "\n") {
				multi++
			}
		}
	}
	if multi == 0 {
		t.Error("no block holds more than one paragraph")
	}
}

// TestSimPrintLines checks how a paragraph is broken into printed lines:
// full lines of the width, the first two short where it opens the
// paragraph, no line opening with a comma or a stop, no number broken.
func TestSimPrintLines(t *testing.T) {
	tests := map[string]struct {
		text  string
		start bool
		want  string
	}{
		"段首少两字":   {"记者从市园林局获悉今年以来市区新建了三处口袋公园", true, "记者从市园林局获\n悉今年以来市区新建了\n三处口袋公园"},
		"栏首续段满行":  {"记者从市园林局获悉今年以来市区新建了三处口袋公园", false, "记者从市园林局获悉今\n年以来市区新建了三处\n口袋公园"},
		"逗号留在行末":  {"记者从市园林局获悉今，年以来", false, "记者从市园林局获悉今，\n年以来"},
		"数字算半字不拆": {"全市共有1234567890家", false, "全市共有1234567890家"},
		"空格处不断行":  {"本报讯（记者 孙志强 通讯员 刘洋）", false, "本报讯（记者 孙志强 通\n讯员 刘洋）"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := simPrintLines([]rune(tt.text), tt.start, 10)
			if got != tt.want {
				t.Errorf("simPrintLines(%q) = %q, want %q", tt.text, got, tt.want)
			}
			if simJoinLines(got) != tt.text {
				t.Errorf("lines %q read back as %q", got, simJoinLines(got))
			}
		})
	}
	arts := loadPD(t)
	opt := DefaultSimOptions()
	opt.LineRunes, opt.PrintLines, opt.ColumnBlocks = 12, true, true
	for _, p := range SimulatePages(arts, 12, opt) {
		page := NewPage(p.Name, p.Text)
		if err := p.Gold.MatchPage(page); err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
		if starts, _ := lineStarts(page.Text, page.Fragments); starts == nil {
			t.Errorf("%s: no line width read", p.Name)
		}
	}
}
