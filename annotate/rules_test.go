package annotate

import (
	"reflect"
	"testing"
)

// ruleTests are texts with the dates and sums the rules must find; they
// also seed FuzzSuggest.
var ruleTests = []struct {
	name     string
	text     string
	relative bool
	want     []string
}{
	{name: "month day", text: "9月14日，菏泽市召开会议。", want: []string{"DATE 9月14日"}},
	{name: "range gives two dates", text: "活动时间为5月11日至7月31日。", want: []string{"DATE 5月11日", "DATE 7月31日"}},
	{name: "range with a bare day", text: "12月27日至31日，温家宝在吕梁考察。", want: []string{"DATE 12月27日", "DATE 31日"}},
	{name: "year alone", text: "2020年，全县粮食丰收。", want: []string{"DATE 2020年"}},
	{name: "year month", text: "2018年8月，公司成立。", want: []string{"DATE 2018年8月"}},
	{name: "full date", text: "1998年1月1日起施行", want: []string{"DATE 1998年1月1日"}},
	{name: "full-width digits", text: "１２月２２日上午", want: []string{"DATE １２月２２日上午"}},
	{name: "chinese numerals", text: "(一九九七年十二月三十一日)", want: []string{"DATE 一九九七年十二月三十一日"}},
	{name: "year and holiday", text: "迈向充满希望的新世纪——一九九八年新年讲话", want: []string{"DATE 一九九八年新年"}},
	{name: "holiday alone", text: "祝大家元旦快乐", want: []string{"DATE 元旦"}},
	{name: "date and clock", text: "1997年12月31日10时44分，香港", want: []string{"DATE 1997年12月31日10时44分"}},
	{name: "day part", text: "2日晚上，代表团抵达。", want: []string{"DATE 2日晚上"}},
	{name: "clock alone", text: "上午9时10分开幕", want: []string{"DATE 上午9时10分"}},
	{name: "month part", text: "1998年元月上旬", want: []string{"DATE 1998年元月上旬"}},
	{name: "month only", text: "今年9月，项目开工", want: []string{"DATE 9月"}},
	{name: "relative off", text: "今天上午，当天下午", want: []string{}},
	{name: "relative on", text: "今天上午，去年10月31日", relative: true, want: []string{"DATE 今天上午", "DATE 去年10月31日"}},
	{name: "not a year", text: "有5000年历史的古城", want: []string{}},
	{name: "not a month", text: "第13月的工资", want: []string{}},
	{name: "glued number", text: "编号12345年度", want: []string{}},
	{name: "duration", text: "工期3个月", want: []string{}},
	{name: "money over ten million", text: "投资1290余万元", want: []string{"MONEY 1290余万元"}},
	{name: "money billions", text: "总额达17亿元。", want: []string{"MONEY 17亿元"}},
	{name: "money more than", text: "每人补助200多元", want: []string{"MONEY 200多元"}},
	{name: "money dollars", text: "合同金额3.5万美元", want: []string{"MONEY 3.5万美元"}},
	{name: "money yuan prefix", text: "捐款人民币5000元", want: []string{"MONEY 人民币5000元"}},
	{name: "money chinese numerals", text: "耗资三千万元", want: []string{"MONEY 三千万元"}},
	{name: "money thousands separator", text: "售价1,290元", want: []string{"MONEY 1,290元"}},
	{name: "not money head of state", text: "统一元首", want: []string{}},
	{name: "not money new year month", text: "2元月", want: []string{}},
	{name: "not money pluralism", text: "多元化发展", want: []string{}},
	{name: "date and money", text: "9月14日，菏泽市拨付资金17亿元。", want: []string{"DATE 9月14日", "MONEY 17亿元"}},
}

func TestRuleSuggestions(t *testing.T) {
	for _, tc := range ruleTests {
		t.Run(tc.name, func(t *testing.T) {
			got := choose(ruleSuggestions(tc.text, tc.relative))
			checkWellFormed(t, tc.text, got)
			if r := render(tc.text, got); !reflect.DeepEqual(r, tc.want) {
				t.Errorf("rules in %q = %q, want %q", tc.text, r, tc.want)
			}
		})
	}
}

func TestAtoiWide(t *testing.T) {
	tests := map[string]int{"12": 12, "１９９８": 1998, "9": 9, "99999999999999999999": -1}
	for in, want := range tests {
		if got := atoiWide(in); got != want {
			t.Errorf("atoiWide(%q) = %d, want %d", in, got, want)
		}
	}
}
