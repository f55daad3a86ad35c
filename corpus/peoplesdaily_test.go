package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// peoplesDailyPath is the shared labeled corpus (dev and tests only).
const peoplesDailyPath = "../../shared/data/peoples-daily-1998-ner-1000.jsonl"

var (
	pdOnce sync.Once
	pdArts []SourceArticle
	pdErr  error
)

// loadPD loads the shared People's Daily articles once per test binary.
func loadPD(tb testing.TB) []SourceArticle {
	tb.Helper()
	pdOnce.Do(func() { pdArts, pdErr = LoadPeoplesDaily(peoplesDailyPath) })
	if pdErr != nil {
		tb.Fatal(pdErr)
	}
	return pdArts
}

func TestLoadPeoplesDaily(t *testing.T) {
	arts := loadPD(t)
	if len(arts) != 138 {
		t.Errorf("got %d articles, want 138", len(arts))
	}
	paras, heads, spans := 0, 0, 0
	for i, a := range arts {
		heads += len(a.Headlines)
		if a.Title == "" || len(a.Headlines) == 0 || a.Title != a.Headlines[0] {
			t.Errorf("article %d (line %d): title %q, headlines %q", i, a.Line, a.Title, a.Headlines)
		}
		if len(a.Headlines) > pdMaxHeadlines {
			t.Errorf("article %d: %d headline lines", i, len(a.Headlines))
		}
		if len(a.Paragraphs) == 0 {
			t.Errorf("article %d (%s): no paragraphs", i, a.Title)
		}
		if len(a.Entities) != len(a.Paragraphs) || len(a.HeadlineEntities) != len(a.Headlines) {
			t.Errorf("article %d: %d entity lists for %d paragraphs, %d for %d headlines",
				i, len(a.Entities), len(a.Paragraphs), len(a.HeadlineEntities), len(a.Headlines))
		}
		for j, p := range a.Paragraphs {
			paras++
			spans += checkSpans(t, p, a.Entities[j])
		}
		for j, h := range a.Headlines {
			spans += checkSpans(t, h, a.HeadlineEntities[j])
		}
	}
	// 1,000 lines, 3,619 spans; verse, art titles and the headlines of
	// articles without a body are dropped.
	if paras+heads > 1000 || paras+heads < 880 {
		t.Errorf("%d paragraphs and %d headlines kept of 1000 lines", paras, heads)
	}
	if spans > 3619 || spans < 3400 {
		t.Errorf("%d spans kept of 3619", spans)
	}
	first := arts[0]
	if first.Title != "迈向充满希望的新世纪——一九九八年新年讲话(附图片1张)" || len(first.Headlines) != 3 ||
		len(first.Paragraphs) != 13 || first.Line != 1 {
		t.Errorf("first article: %q, %d headlines, %d paragraphs, line %d",
			first.Title, len(first.Headlines), len(first.Paragraphs), first.Line)
	}
}

// checkSpans checks that every span covers its text; it returns the count.
func checkSpans(t *testing.T, text string, spans []Span) int {
	t.Helper()
	rs := []rune(text)
	for _, s := range spans {
		if s.Start < 0 || s.Start >= s.End || s.End > len(rs) || string(rs[s.Start:s.End]) != s.Text || s.Label == "" {
			t.Errorf("span %+v does not fit %q", s, text)
		}
	}
	return len(spans)
}

func TestSourceArticleText(t *testing.T) {
	a := SourceArticle{Headlines: []string{"北京举行新年音乐会", "江泽民等出席"}, Paragraphs: []string{"今晚的长安街流光溢彩。", "音乐会拉开帷幕。"}}
	want := "北京举行新年音乐会\n江泽民等出席\n今晚的长安街流光溢彩。\n音乐会拉开帷幕。"
	if got := a.Text(); got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
}

func TestPDRoleOf(t *testing.T) {
	tests := []struct {
		name, text string
		want       pdLineRole
	}{
		{"句号结尾", "谢谢大家。", pdRoleBody},
		{"冒号结尾", "同胞们、朋友们、女士们、先生们:", pdRoleBody},
		{"括注电头", "谢谢!(新华社北京12月31日电)", pdRoleBody},
		{"标题", "北京举行新年音乐会", pdRoleHeadline},
		{"标题带括注", "挂起红灯迎新年(图片)", pdRoleHeadline},
		{"全角括注标题", "挂起红灯迎新年（图片）", pdRoleHeadline},
		{"纯括注", "(新华社记者樊如钧摄)", pdRoleAside},
		{"两层括注", "(附图片1张)(传真照片)", pdRoleAside},
		{"引号结尾", "他说：“我们一定能行。”", pdRoleBody},
		{"引号结尾的标题", "中华文明的“纸上博物馆”", pdRoleHeadline},
		{"引号结尾的短标题", "给黄土地“拜年”", pdRoleHeadline},
		{"引号里有逗号", "“好，好”", pdRoleBody},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pdRoleOf(tt.text); got != tt.want {
				t.Errorf("pdRoleOf(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func TestPDGroupArticles(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  [][2][]string // per article: headlines, paragraphs
	}{
		{
			name:  "标题加正文",
			lines: []string{"北京举行新年音乐会", "(附图片1张)", "今晚的长安街流光溢彩。", "(新华社记者樊如钧摄)", "李鹏在北京考察企业", "上午九时，李鹏来到工厂。"},
			want: [][2][]string{
				{{"北京举行新年音乐会", "(附图片1张)"}, {"今晚的长安街流光溢彩。", "(新华社记者樊如钧摄)"}},
				{{"李鹏在北京考察企业"}, {"上午九时，李鹏来到工厂。"}},
			},
		},
		{
			name:  "诗行不算标题",
			lines: []string{"黄土地上的蒲公英", "李瑛", "归来的雁阵飞过渭水", "像一支苦调歌谣", "(关山月)", "凝眸岁月", "粒砂", "旧岁要去，新年又来。"},
			want:  [][2][]string{{{"凝眸岁月", "粒砂"}, {"旧岁要去，新年又来。"}}},
		},
		{
			name:  "开头无标题的正文丢弃",
			lines: []string{"这段没有标题。", "天气趋势分析", "明天有小雪。"},
			want:  [][2][]string{{{"天气趋势分析"}, {"明天有小雪。"}}},
		},
		{
			name:  "带逗号的小标题留在文中",
			lines: []string{"吕梁计划生育工作纪实", "吕梁地区严格控制人口增长。", "穷则思变,走扶贫开发与计生相结合之路", "吕梁的特点是贫困人口多。"},
			want:  [][2][]string{{{"吕梁计划生育工作纪实"}, {"吕梁地区严格控制人口增长。", "穷则思变,走扶贫开发与计生相结合之路", "吕梁的特点是贫困人口多。"}}},
		},
		{
			name:  "不带逗号的是下一篇的标题",
			lines: []string{"吕梁计划生育工作纪实", "吕梁地区严格控制人口增长。", "云南全面完成党报党刊发行任务", "本报昆明1月2日电截至12月31日，发行任务全面完成。"},
			want: [][2][]string{
				{{"吕梁计划生育工作纪实"}, {"吕梁地区严格控制人口增长。"}},
				{{"云南全面完成党报党刊发行任务"}, {"本报昆明1月2日电截至12月31日，发行任务全面完成。"}},
			},
		},
		{
			name:  "分节的通讯合回一篇",
			lines: []string{"小水利遍山乡", "费县大田庄乡的小水利建设热潮经久不衰，群众投资水利建设。", "症结在哪里", "费县小水利建设管理体制落后，群众投资水利建设积极性不高。"},
			want:  [][2][]string{{{"小水利遍山乡"}, {"费县大田庄乡的小水利建设热潮经久不衰，群众投资水利建设。", "症结在哪里", "费县小水利建设管理体制落后，群众投资水利建设积极性不高。"}}},
		},
		{
			name:  "同题报道各有电头",
			lines: []string{"俄罗斯三改卢布面值", "俄罗斯今天发行新卢布，旧卢布逐步退出流通。", "(新华社北京1月1日电)", "新卢布流通", "俄罗斯新卢布今天开始流通，旧卢布逐步退出。"},
			want: [][2][]string{
				{{"俄罗斯三改卢布面值"}, {"俄罗斯今天发行新卢布，旧卢布逐步退出流通。", "(新华社北京1月1日电)"}},
				{{"新卢布流通"}, {"俄罗斯新卢布今天开始流通，旧卢布逐步退出。"}},
			},
		},
		{
			name:  "不相干的短标题是下一篇",
			lines: []string{"吕梁计划生育工作纪实", "吕梁地区严格控制人口增长。", "冬寒爱意浓", "北京各界今天慰问困难职工。"},
			want: [][2][]string{
				{{"吕梁计划生育工作纪实"}, {"吕梁地区严格控制人口增长。"}},
				{{"冬寒爱意浓"}, {"北京各界今天慰问困难职工。"}},
			},
		},
		{
			name:  "结尾只有标题",
			lines: []string{"致读者", "感谢读者的支持。", "下期预告"},
			want:  [][2][]string{{{"致读者"}, {"感谢读者的支持。"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := make([]pdLine, len(tt.lines))
			for i, s := range tt.lines {
				lines[i] = pdLine{text: s, line: i + 1}
			}
			got := pdGroupArticles(lines)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d articles %+v, want %d", len(got), got, len(tt.want))
			}
			for i, a := range got {
				if strings.Join(a.Headlines, "|") != strings.Join(tt.want[i][0], "|") ||
					strings.Join(a.Paragraphs, "|") != strings.Join(tt.want[i][1], "|") {
					t.Errorf("article %d: %q / %q, want %q / %q", i, a.Headlines, a.Paragraphs, tt.want[i][0], tt.want[i][1])
				}
				if a.Title != a.Headlines[0] {
					t.Errorf("article %d: title %q", i, a.Title)
				}
			}
		})
	}
}

func TestLoadPeoplesDailyBadFile(t *testing.T) {
	path := filepath.Join("testdata", "sim-source-bad.jsonl")
	_, err := LoadPeoplesDaily(path)
	if !errors.Is(err, ErrBadSource) || !strings.Contains(err.Error(), path+":4:") {
		t.Errorf("got %v, want ErrBadSource at %s:4", err, path)
	}
}

func TestLoadPeoplesDailyErrors(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"坏的JSON", `{"text": "北京举行新年音乐会", "entity_list": []}` + "\n" + `{"text": "今晚`, ":2: "},
		{"缺少text", `{"entity_list": []}`, `:1: no "text" field`},
		{"实体越界", `{"text": "北京", "entity_list": [{"entity_index": {"begin": 0, "end": 5}, "entity_type": "GPE", "entity": "北京"}]}`, ":1: entity 0: span 0..5 out of range 0..2"},
		{"实体文字不符", "\n" + `{"text": "北京欢迎你", "entity_list": [{"entity_index": {"begin": 0, "end": 2}, "entity_type": "GPE", "entity": "上海"}]}`, `:2: entity 0: span 0..2 covers "北京", not "上海"`},
		{"空区间", `{"text": "北京", "entity_list": [{"entity_index": {"begin": 1, "end": 1}, "entity_type": "GPE", "entity": ""}]}`, ":1: entity 0: span 1..1 out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad.jsonl")
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadPeoplesDaily(path)
			if !errors.Is(err, ErrBadSource) || !strings.Contains(err.Error(), path+tt.want) {
				t.Errorf("got %v, want ErrBadSource with %q", err, path+tt.want)
			}
		})
	}
	if _, err := LoadPeoplesDaily(filepath.Join(t.TempDir(), "missing.jsonl")); !errors.Is(err, ErrBadSource) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: got %v", err)
	}
}

func TestLoadPeoplesDailyTrims(t *testing.T) {
	content := `{"text": "  北京举行新年音乐会\n", "entity_list": [{"entity_index": {"begin": 2, "end": 4}, "entity_type": "GPE", "entity": "北京"}]}` + "\n" +
		`{"text": "今晚\n的长安街流光溢彩。 ", "entity_list": [{"entity_index": {"begin": 4, "end": 7}, "entity_type": "GPE", "entity": "长安街"}]}`
	path := filepath.Join(t.TempDir(), "pd.jsonl")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, err := LoadPeoplesDaily(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].Title != "北京举行新年音乐会" || arts[0].Paragraphs[0] != "今晚 的长安街流光溢彩。" {
		t.Fatalf("got %+v", arts)
	}
	if s := arts[0].HeadlineEntities[0][0]; s.Start != 0 || s.End != 2 || s.Text != "北京" {
		t.Errorf("headline span %+v", s)
	}
	if s := arts[0].Entities[0][0]; s.Start != 4 || s.End != 7 || s.Text != "长安街" || s.Origin != "human" {
		t.Errorf("paragraph span %+v", s)
	}
}

func TestSplitArticles(t *testing.T) {
	arts := []SourceArticle{{Title: "甲"}, {Title: "乙"}, {Title: "丙"}, {Title: "丁"}, {Title: "戊"}}
	tests := []struct {
		name         string
		share        float64
		tune, report string
	}{
		{"六成", 0.6, "甲乙丙", "丁戊"},
		{"四舍五入", 0.5, "甲乙丙", "丁戊"},
		{"全部调参", 1, "甲乙丙丁戊", ""},
		{"不调参", 0, "", "甲乙丙丁戊"},
		{"超出范围", 1.5, "甲乙丙丁戊", ""},
		{"负数", -0.3, "", "甲乙丙丁戊"},
	}
	titles := func(as []SourceArticle) string {
		var b strings.Builder
		for _, a := range as {
			b.WriteString(a.Title)
		}
		return b.String()
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tune, report := SplitArticles(arts, tt.share)
			if titles(tune) != tt.tune || titles(report) != tt.report {
				t.Errorf("got %q / %q, want %q / %q", titles(tune), titles(report), tt.tune, tt.report)
			}
			grown := append(tune, SourceArticle{Title: "新"})
			if len(report) > 0 && report[0].Title == grown[len(grown)-1].Title {
				t.Error("appending to tune overwrote report")
			}
		})
	}
}
