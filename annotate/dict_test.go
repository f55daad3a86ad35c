package annotate

import (
	"reflect"
	"testing"
)

// dictTests are texts with the names the dictionary and the suffix
// gazetteer must find; they also seed FuzzSuggest.
var dictTests = []struct {
	name string
	text string
	want []string
}{
	{name: "person", text: "国家主席江泽民发表讲话", want: []string{"PER 江泽民"}},
	{name: "place", text: "他在费县投资建厂", want: []string{"LOC 费县"}},
	{name: "organisation", text: "新华社记者报道", want: []string{"ORG 新华社"}},
	{name: "bureau by suffix", text: "菏泽市生态环境局召开会议", want: []string{"ORG 菏泽市生态环境局"}},
	{name: "branch by suffix", text: "牡丹区分局在这里", want: []string{"ORG 牡丹区分局"}},
	{name: "town by suffix", text: "在吕陵镇召开会议", want: []string{"LOC 吕陵镇"}},
	{name: "village by suffix", text: "双泾村的村民", want: []string{"LOC 双泾村"}},
	{name: "generic district", text: "经济开发区和自然保护区", want: []string{}},
	{name: "generic city", text: "全市城市建设", want: []string{}},
	{name: "region is not a bureau", text: "北京西部", want: []string{"LOC 北京"}},
	{name: "single character name", text: "兰摄", want: []string{}},
	{name: "county tagged as a name", text: "曹县以创建红色村为抓手", want: []string{"LOC 曹县"}},
	{name: "determiner and units", text: "各县区要在全市开展", want: []string{}},
	{name: "name after a determiner character", text: "我省本溪市", want: []string{"LOC 本溪市"}},
	{name: "small town", text: "建设美丽的小镇", want: []string{}},
	{name: "town after a county", text: "牡丹区马集镇和半堤镇", want: []string{"LOC 牡丹区", "LOC 马集镇", "LOC 半堤镇"}},
	{name: "village named after a family", text: "承租了杨老家村的扶贫车间", want: []string{"LOC 杨老家村"}},
	{name: "town cut short", text: "鄄城县张鲁集镇", want: []string{"LOC 鄄城县", "LOC 张鲁集镇"}},
	{name: "numbers are no name", text: "全镇三个村", want: []string{}},
	{name: "flag is no banner", text: "升起五星红旗", want: []string{}},
	{name: "no place from words before a lone suffix", text: "巡察组向市扶贫开发办反馈", want: []string{}},
	{name: "fields of study are no organisations", text: "他专攻冰川学和外交学", want: []string{}},
	{name: "a process is no organisation", text: "推进马克思主义中国化", want: []string{}},
	{name: "a university is an organisation", text: "毕业于北京大学", want: []string{"ORG 北京大学"}},
}

func TestDictSuggestions(t *testing.T) {
	lookup := testLookup(t)
	for _, tc := range dictTests {
		t.Run(tc.name, func(t *testing.T) {
			got := choose(dictSuggestions(shared.tokens(tc.text), lookup))
			checkWellFormed(t, tc.text, got)
			if r := render(tc.text, got); !reflect.DeepEqual(r, tc.want) {
				t.Errorf("dictionary names in %q = %q, want %q (words %v)", tc.text, r, tc.want, shared.tokens(tc.text))
			}
		})
	}
}
