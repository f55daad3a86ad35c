package annotate

import (
	"reflect"
	"testing"
)

// cueTests are texts with the names their cues must find, and cues that
// must find none; they also seed FuzzSuggest.
var cueTests = map[string]struct {
	text string
	want []string
}{
	"称谓在前":      {text: "副市长王忠想出席反馈会并讲话。", want: []string{"PER 王忠想"}},
	"说话动词在后":    {text: "侯捷强调，要切实增强使命意识。", want: []string{"PER 侯捷"}},
	"引号后三字名":    {text: "不能出差错。”王常元说。", want: []string{"PER 王常元"}},
	"副词地说":      {text: "以前高不少。”魏兆彬感激地说。", want: []string{"PER 魏兆彬"}},
	"分开的称谓":     {text: "帮扶人张海滨主任给买了轮椅。", want: []string{"PER 张海滨"}},
	"角色在前":      {text: "楼村的贫困户张自珍推着轮椅。", want: []string{"PER 张自珍"}},
	"署名":        {text: "通讯员 梁绍亭 记者 刘卫国", want: []string{"PER 梁绍亭", "PER 刘卫国"}},
	"署名列出几人":    {text: "（通讯员 尹浩 王儒 记者 臧宾）曹县以创建", want: []string{"PER 尹浩", "PER 王儒", "PER 臧宾", "LOC 曹县"}},
	"名字后是正文":    {text: "记者 杨飞 王常元说", want: []string{"PER 杨飞", "PER 王常元"}},
	"字间空格的署名":   {text: "本报讯（记者 王 浩）9月14日", want: []string{"PER 王 浩", "DATE 9月14日"}},
	"二字名不带动词":   {text: "书记侯捷强调", want: []string{"PER 侯捷"}},
	"常用词不是人名":   {text: "文件指出，要严格要求。", want: []string{}},
	"连词和不是姓":    {text: "区扶贫办主任和受资助学生代表参加座谈会。", want: []string{}},
	"名字后的虚词不算":  {text: "代表张明在会上说。", want: []string{"PER 张明"}},
	"无姓氏":       {text: "大家说，有关负责人表示同意。", want: []string{}},
	"以会议开头的三字词": {text: "会议室说明", want: []string{}},
}

func TestCueNames(t *testing.T) {
	lookup := testLookup(t)
	for name, tc := range cueTests {
		t.Run(name, func(t *testing.T) {
			got := New().Suggest(tc.text)
			checkWellFormed(t, tc.text, got)
			if r := render(tc.text, got); !reflect.DeepEqual(r, tc.want) {
				t.Errorf("Suggest(%q) = %q, want %q (cue names %q, words %v)", tc.text, r, tc.want,
					render(tc.text, choose(cueNames(tc.text, shared.tokens(tc.text), lookup))), shared.tokens(tc.text))
			}
		})
	}
}
