package corpus

import (
	"os"
	"reflect"
	"testing"

	json "github.com/goccy/go-json"
)

// span is a fragment's text and code-point offsets.
type span struct {
	Text       string
	Start, End int
}

func TestSplitFragments(t *testing.T) {
	tests := map[string]struct {
		text string
		want []span
	}{
		"空文本":  {"", nil},
		"只有空白": {" \n\t\n\u3000\n", nil},
		"单行": {"市危化品专项整治工作会议要求", []span{
			{"市危化品专项整治工作会议要求", 0, 14}}},
		"空行分块": {"标题\n\n本报讯。\n", []span{
			{"标题", 0, 2}, {"本报讯。", 4, 8}}},
		"空白行也分块": {"标题\n \t\u3000\n正文。", []span{
			{"标题", 0, 2}, {"正文。", 7, 10}}},
		"首尾空白不计": {"  \u3000\u3000本报讯（记者 王 浩）  \n", []span{
			{"本报讯（记者 王 浩）", 4, 15}}},
		"中文跨行不加空格": {"使他们真正了\n解、明白。", []span{
			{"使他们真正了解、明白。", 0, 12}}},
		"英文跨行加一个空格": {"150多个社会组织 and\n商家企业\nnew\nwords 2020\n9月", []span{
			{"150多个社会组织 and商家企业new words 2020 9月", 0, 36}}},
		"多行首行缩进": {"\u3000\u3000第一行，\n  第二行。\n\n\n末块", []span{
			{"第一行，第二行。", 2, 13}, {"末块", 16, 18}}},
		"中文标点跨行": {"他说：\n“好。”\n", []span{
			{"他说：“好。”", 0, 8}}},
		"换页符单独成行": {"第一版末段。\n\f\n第二版标题", []span{
			{"第一版末段。", 0, 6}, {"第二版标题", 9, 14}}},
		"换页符在行首": {"第一版末段。\n\f第二版标题\n本报讯。", []span{
			{"第一版末段。", 0, 6}, {"第二版标题本报讯。", 8, 18}}},
		"换页符在行中": {"上页末行\f下页首行", []span{
			{"上页末行", 0, 4}, {"下页首行", 5, 9}}},
		"文末换页符": {"全文完。\n\f", []span{{"全文完。", 0, 4}}},
		"零宽空格不计": {"使他们真正了\u200b\n解、明白。", []span{
			{"使他们真正了解、明白。", 0, 13}}},
		"只有零宽字符的行是空行": {"标题\n\u200b\u2060\n正文。", []span{
			{"标题", 0, 2}, {"正文。", 6, 9}}},
		"拼接处的字节序标记": {"上文。\n\ufeff下一个文件的标题", []span{
			{"上文。下一个文件的标题", 0, 13}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			frags := SplitFragments("测试.txt", tc.text)
			var got []span
			for i, f := range frags {
				got = append(got, span{f.Text, f.Start, f.End})
				if f.Block != i || f.Source != "测试.txt" || f.Kind != "" {
					t.Errorf("fragment %d: Block %d, Source %q, Kind %q", i, f.Block, f.Source, f.Kind)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("SplitFragments(%q)\n got %v\nwant %v", tc.text, got, tc.want)
			}
			checkFragmentOffsets(t, tc.text, frags)
		})
	}
}

// checkFragmentOffsets checks each fragment's offsets against text: in range,
// and starting and ending with the fragment's first and last runes.
func checkFragmentOffsets(t *testing.T, text string, frags []Fragment) {
	t.Helper()
	runes := []rune(text)
	for _, f := range frags {
		if f.Start < 0 || f.Start >= f.End || f.End > len(runes) || f.Text == "" {
			t.Errorf("block %d: bad offsets [%d,%d) in %d runes, text %q", f.Block, f.Start, f.End, len(runes), f.Text)
			continue
		}
		ft := []rune(f.Text)
		if runes[f.Start] != ft[0] || runes[f.End-1] != ft[len(ft)-1] {
			t.Errorf("block %d: text[%d:%d] = %q does not frame %q", f.Block, f.Start, f.End, string(runes[f.Start:f.End]), f.Text)
		}
	}
}

// goldBlocks reads the blocks of the sample page's reading-order gold.
func goldBlocks(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile("../../shared/samples/heze-daily-2020-09-15.gold.json")
	if err != nil {
		t.Fatalf("reading the gold: %v", err)
	}
	var gold struct{ Blocks []string }
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatalf("parsing the gold: %v", err)
	}
	return gold.Blocks
}

func TestSplitSampleMatchesGold(t *testing.T) {
	want := goldBlocks(t)
	frags := SplitFragments(SampleSource, SampleText)
	if len(frags) != 79 || len(want) != 79 {
		t.Fatalf("got %d blocks, gold has %d; want 79 both", len(frags), len(want))
	}
	runes := []rune(SampleText)
	for i, f := range frags {
		if f.Text != want[i] {
			t.Errorf("block %d = %q, want %q", i, f.Text, want[i])
		}
		// Every block of the sample is one line, so its span is its text.
		if got := string(runes[f.Start:f.End]); got != f.Text {
			t.Errorf("block %d: text[%d:%d] = %q, want %q", i, f.Start, f.End, got, f.Text)
		}
	}
}

func TestSampleTextIsTheSharedSample(t *testing.T) {
	data, err := os.ReadFile("../../shared/samples/heze-daily-2020-09-15.txt")
	if err != nil {
		t.Fatalf("reading the shared sample: %v", err)
	}
	if string(data) != SampleText {
		t.Errorf("embedded sample (%d bytes) differs from the shared one (%d bytes)", len(SampleText), len(data))
	}
	p := SamplePage()
	if p.Source != SampleSource || p.Encoding != EncodingUTF8 || len(p.Fragments) != 79 {
		t.Errorf("SamplePage: Source %q, Encoding %q, %d fragments", p.Source, p.Encoding, len(p.Fragments))
	}
	for _, f := range p.Fragments {
		if !f.Kind.Valid() || f.KindReason == "" {
			t.Errorf("block %d: kind %q, reason %q", f.Block, f.Kind, f.KindReason)
		}
	}
}
