package corpus

import (
	"strings"
	"testing"
)

// paragraphLinesCases are texts without blank lines, and whether their
// lines are paragraphs.
var paragraphLinesCases = map[string]struct {
	text string
	want bool
}{
	"一段一行": {strings.Join([]string{
		"市危化品专项整治工作会议要求",
		"确保我市安全生产形势持续稳定",
		"本报讯（记者 王 浩）9月14日，全市危险化学品专项整治工作会议召开。",
		"王磊要求，各县区、各部门、各企业要切实提高安全生产工作重要性的认识。",
		"会议强调，要强化措施，立即开展危化品安全生产专项整治活动。",
		"市扶贫开发办主要负责同志表示，坚决将整改落实作为重大政治任务。",
		"记者 杨飞",
		"要认真履行社会救助兜底保障职责，对照巡察反馈问题，全面梳理、查缺补漏。",
	}, "\n"), true},
	"一栏的印刷行": {strings.Join([]string{
		"本报讯（记者 王 浩）9月14日，全市危险",
		"化学品专项整治工作会议召开。会议要求深",
		"入贯彻落实习近平总书记关于安全生产的重",
		"要指示精神，王磊要求，各县区、各部门、",
		"各企业要切实提高安全生产工作重要性的认",
		"识，时刻紧绷安全生产这根弦，加强监管力",
		"量，落实企业主体责任和部门监管责任；要",
		"强化措施，立即开展危化品专项整治活动。",
	}, "\n"), false},
	"印刷行多在句末": {strings.Join([]string{
		"会议要求各县区各部门各企", "业要切实提高安全的认识。", "会议强调要强化监管力量，", "落实企业主体责任和监管。",
		"要立即开展危化品专项整治", "活动，做到企业主体责任落", "实到位。王磊强调各县区要", "压实责任，心存忧患意识。",
	}, "\n"), false},
	"行太少": {"市危化品专项整治工作会议要求\n本报讯（记者 王 浩）会议召开。\n会议要求深入贯彻落实。", false},
	"句子太少": {strings.Join([]string{
		"市危化品专项整治工作会议要求", "确保我市安全生产形势持续稳定", "记者 杨飞", "通讯员 梁绍亭 记者 刘卫国",
		"菏泽日报", "2020年9月15日", "星期二", "本版编辑：王浩",
	}, "\n"), false},
}

func TestParagraphLines(t *testing.T) {
	for name, tc := range paragraphLinesCases {
		t.Run(name, func(t *testing.T) {
			lines := split("测试.txt", tc.text, true).frags
			if got := paragraphLines(lines); got != tc.want {
				t.Errorf("paragraphLines = %v, want %v", got, tc.want)
			}
			frags := SplitFragments("测试.txt", tc.text)
			want := 1
			if tc.want {
				want = len(lines)
			}
			if len(frags) != want {
				t.Errorf("%d blocks, want %d", len(frags), want)
			}
		})
	}
}

// TestSplitParagraphLines checks the blocks of a text without blank lines
// whose lines are paragraphs: a line each, with its own offsets.
func TestSplitParagraphLines(t *testing.T) {
	text := paragraphLinesCases["一段一行"].text
	lines := strings.Split(text, "\n")
	frags := SplitFragments("测试.txt", "\u3000\u3000"+text+"\n")
	if len(frags) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(frags), len(lines))
	}
	runes := []rune("\u3000\u3000" + text)
	for i, f := range frags {
		if f.Block != i || f.Text != lines[i] || string(runes[f.Start:f.End]) != lines[i] {
			t.Errorf("block %d: %d %q at [%d, %d), want line %q", i, f.Block, f.Text, f.Start, f.End, lines[i])
		}
	}
}

// TestStitchSampleNoBlankLines stitches the sample page written without
// its blank lines, as some extractors and OCR programs write a paragraph
// a line: its lines are its blocks, and it stitches as exactly.
func TestStitchSampleNoBlankLines(t *testing.T) {
	var lines []string
	for _, l := range strings.Split(SampleText, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	page := NewPage(SampleSource, strings.Join(lines, "\n"))
	if strings.Contains(page.Text, "\n\n") {
		t.Fatal("the page keeps blank lines")
	}
	checkSampleAsPrinted(t, page)
}

// FuzzParagraphLines checks that however a text without blank lines is
// read, its blocks hold its text in order and at their offsets.
func FuzzParagraphLines(f *testing.F) {
	for _, tc := range paragraphLinesCases {
		f.Add(tc.text)
	}
	f.Fuzz(checkBlocksInOrder)
}

// checkBlocksInOrder checks that the blocks of text are numbered in order
// and lie in order at valid offsets.
func checkBlocksInOrder(t *testing.T, text string) {
	text = NormalizeNewlines(strings.ToValidUTF8(text, ""))
	runes := []rune(text)
	prev := 0
	for i, fr := range SplitFragments("测试.txt", text) {
		if fr.Block != i || fr.Start < prev || fr.Start >= fr.End || fr.End > len(runes) {
			t.Fatalf("block %d at [%d, %d) after %d of %d runes", fr.Block, fr.Start, fr.End, prev, len(runes))
		}
		prev = fr.End
	}
}
