package corpus

import (
	"testing"
	"unicode/utf8"
)

// noiseCases are lines that are or are not page furniture.
var noiseCases = map[string]struct {
	text  string
	noise bool
}{
	"页码":          {"2", true},
	"版次":          {"第二版", true},
	"A版次":         {"A3版", true},
	"日期星期":        {"2020年9月15日 星期二", true},
	"中文数字日期":      {"二〇二〇年九月十五日 星期二", true},
	"版头日期版次":      {"A2 要闻 2020年9月15日 星期二", true},
	"报名版次栏目":      {"菏泽日报 第2版　要闻", true},
	"版次在前":        {"第2版 要闻", true},
	"责任编辑":        {"责任编辑：张三", true},
	"编辑与电话":       {"本版编辑：张三 电话：0530-1234567 E-mail:hzrb@163.com", true},
	"方块符号编辑校对":    {"■编辑 王浩 ■校对 李丽", true},
	"编辑校对无符号":     {"编辑 王浩 校对 李丽", true},
	"全角空格分隔的编辑校对": {"编辑　王浩　校对　李丽", true},
	"全角空格责任编辑":    {"责任编辑　张三", true},
	"新闻热线":        {"新闻热线：0530-5311111", true},
	"投稿邮箱":        {"投稿邮箱：hzrbxw@163.com", true},
	"刊号":          {"国内统一连续出版物号 CN37-0012", true},
	"邮发代号":        {"邮发代号 23-36", true},
	"期数":          {"总第12345期", true},
	"英文报名":        {"HEZE DAILY", true},
	"带撇号的英文报名":    {"PEOPLE'S DAILY", true},
	"转版说明":        {"（下转第二版）", true},
	"正文":          {"全市危险化学品专项整治工作会议召开。", false},
	"上接正文":        {"（上接第一版）会议指出，要加强农机安全监管。", false},
	"书名带版次的标题":    {"《现代汉语词典》第7版面世", false},
	"文章里的咨询电话":    {"咨询电话：0530-1234567", false},
	"单个英文缩写":      {"APEC", false},
	"英文小写":        {"Hello world", false},
	"标题":          {"市危化品专项整治工作会议要求", false},
	"只有日期不算页眉":    {"2020年9月15日", false},
	"编辑开头的长正文":    {"编辑部的同志们说，今年的稿件比往年多了一倍，大家都忙得不可开交，但都觉得很充实，希望明年还能这样，继续为读者提供更多更好的作品和服务。", false},
	"人名署名不是噪声":    {"记者 杨飞", false},
	"中英混排标题":      {"NBA总决赛今日开打", false},
	"记者手记是栏目非噪声":  {"记者手记", false},
	"栏底的数字句尾":     {"7%。", false},
	"栏底的小数句尾":     {"5.6%。”", false},
	"页码后的句号不算":    {"- 2 -", true},
}

func TestNoiseReason(t *testing.T) {
	for name, c := range noiseCases {
		t.Run(name, func(t *testing.T) {
			why, got := noiseReason(c.text)
			if got != c.noise {
				t.Fatalf("noiseReason(%q) = %v (%q), want %v", c.text, got, why, c.noise)
			}
			if got && why == "" {
				t.Errorf("noiseReason(%q): noise without a reason", c.text)
			}
		})
	}
}

// FuzzNoiseReason checks that every line gets an answer with a reason when
// it is noise, and that long running text is never taken for furniture.
func FuzzNoiseReason(f *testing.F) {
	for _, c := range noiseCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		why, ok := noiseReason(text)
		if ok && why == "" {
			t.Fatalf("noiseReason(%q): noise without a reason", text)
		}
		if ok && utf8.RuneCountInString(text) > 2*maxNoiseRunes && letterCount(text) > 0 {
			t.Fatalf("noiseReason(%q): a line of %d runes taken for furniture (%s)", text, utf8.RuneCountInString(text), why)
		}
	})
}
