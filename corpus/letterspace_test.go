package corpus

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// unspaceCases are letter-spaced and ordinary blocks with the text
// SplitFragments makes of them.
var unspaceCases = map[string]struct{ text, want string }{
	"逐字空格的正文":   {"市 危 化 品 专 项 整 治 工 作 会 议 要 求", "市危化品专项整治工作会议要求"},
	"标点也隔开":     {"会 议 要 求 ， 确 保 “ 两 节 ” 期 间 安 全 。", "会议要求，确保“两节”期间安全。"},
	"数字逐位隔开":    {"2 0 2 0 年 9 月 1 4 日 ， 全 市 召 开 了 工 作 会 议", "2020年9月14日，全市召开了工作会议"},
	"宽空格是词间空格":  {"本 报 讯 （ 通 讯 员  尹 浩  王 儒  记 者  臧 宾 ） 曹 县", "本报讯（通讯员 尹浩 王儒 记者 臧宾）曹县"},
	"全角空格隔开":    {"通\u3000知\u3000如\u3000下\u3000：\u3000请\u3000各\u3000单\u3000位", "通知如下：请各单位"},
	"夹着英文词":     {"使 用 Go 语 言 编 写 程 序 代 码 。", "使用Go语言编写程序代码。"},
	"英文也逐字隔开":   {"社 会 组 织 a n d 商 家 ， “ 4 + 3 + N ” 架 构", "社会组织and商家，“4+3+N”架构"},
	"英文词间空格留下":  {"据 New York Times 报 道 ， 美 国 总 统 今 天 出 访", "据New York Times报道，美国总统今天出访"},
	"署名的空格不动":   {"记者 杨飞", "记者 杨飞"},
	"双名署名不动":    {"通讯员 尹浩 王儒 记者 臧宾", "通讯员 尹浩 王儒 记者 臧宾"},
	"单字名隔开不动":   {"记者 王 浩 通讯员 李 四", "记者 王 浩 通讯员 李 四"},
	"摄影署名不动":    {"记者 石 艳 摄", "记者 石 艳 摄"},
	"多个单字名不动":   {"通讯员 王 浩 杨 飞 记者 李 四 摄", "通讯员 王 浩 杨 飞 记者 李 四 摄"},
	"转栏的署名不动":   {"员 熊 静 记者 邹 军", "员 熊 静 记者 邹 军"},
	"导语里的姓名不动":  {"本报讯（记者 王 浩）9月14日，全市危险化学品专项整治工作会议召开。", "本报讯（记者 王 浩）9月14日，全市危险化学品专项整治工作会议召开。"},
	"标题的词间空格不动": {"爱心助学 圆梦未来", "爱心助学 圆梦未来"},
	"两字标题隔开不动":  {"通 知", "通 知"},
	"英文句子不动":    {"New York Times 报道", "New York Times 报道"},
}

func TestUnspace(t *testing.T) {
	for name, tc := range unspaceCases {
		t.Run(name, func(t *testing.T) {
			frags := SplitFragments("测试.txt", tc.text)
			if len(frags) != 1 {
				t.Fatalf("%d fragments, want 1", len(frags))
			}
			if got := frags[0].Text; got != tc.want {
				t.Errorf("text %q, want %q", got, tc.want)
			}
			if frags[0].Start != 0 || frags[0].End != len([]rune(tc.text)) {
				t.Errorf("offsets %d–%d, want the whole line 0–%d", frags[0].Start, frags[0].End, len([]rune(tc.text)))
			}
		})
	}
}

// TestUnspaceAcrossLines writes a letter-spaced block of several lines
// together: the lines join as in any block, the spaces within them go.
func TestUnspaceAcrossLines(t *testing.T) {
	frags := SplitFragments("测试.txt", "使 他 们 真 正 了\n解 、 明 白 。\n\n记者 杨飞")
	want := []string{"使他们真正了解、明白。", "记者 杨飞"}
	if len(frags) != len(want) {
		t.Fatalf("%d fragments, want %d", len(frags), len(want))
	}
	for i, f := range frags {
		if f.Text != want[i] {
			t.Errorf("block %d: %q, want %q", i, f.Text, want[i])
		}
	}
}

// TestUnspacePage writes a short block together when the page around it
// is letter-spaced, and leaves the same block alone on an ordinary page.
func TestUnspacePage(t *testing.T) {
	tests := map[string]struct {
		text string
		want []string
	}{
		"逐字空格的版面": {"全 市 危 险 化 学 品 专 项 整 治 工 作 会 议 召 开 。\n\n记 者  杨 飞", []string{"全市危险化学品专项整治工作会议召开。", "记者 杨飞"}},
		"普通版面":    {"全市危险化学品专项整治工作会议召开。\n\n记 者  杨 飞", []string{"全市危险化学品专项整治工作会议召开。", "记 者  杨 飞"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			frags := SplitFragments("测试.txt", tc.text)
			var got []string
			for _, f := range frags {
				got = append(got, f.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("blocks %q, want %q", got, tc.want)
			}
		})
	}
}

// letterSpace writes every line of text letter-spaced, as an extractor
// that places each glyph by itself does: one space between two characters,
// two where the text had a space.
func letterSpace(text string) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		var b strings.Builder
		prev := rune(0)
		for _, r := range strings.TrimSpace(line) {
			if prev != 0 && !unicode.IsSpace(prev) {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			prev = r
		}
		lead := line[:len(line)-len(strings.TrimLeftFunc(line, unicode.IsSpace))]
		lines[i] = lead + b.String()
	}
	return strings.Join(lines, "\n")
}

// TestStitchSampleLetterSpaced stitches the sample page letter-spaced
// throughout: its blocks must read as on the page as printed, bylines and
// all (记 者  杨 飞 is 记者 杨飞), and stitch as exactly.
func TestStitchSampleLetterSpaced(t *testing.T) {
	spaced := NewPage(SampleSource, letterSpace(SampleText))
	if !strings.Contains(spaced.Text, "市 危 化 品") {
		t.Fatal("the page is not letter-spaced")
	}
	checkSampleAsPrinted(t, spaced)
}

// FuzzUnspace checks that writing a block together only takes spaces out.
func FuzzUnspace(f *testing.F) {
	for _, tc := range unspaceCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // blocks are decoded text
		}
		got := unspace(text)
		if noSpace(got) != noSpace(text) {
			t.Errorf("unspace(%q) = %q: not only spaces went", text, got)
		}
		if len(got) > len(text) {
			t.Errorf("unspace(%q) = %q: longer", text, got)
		}
	})
}

func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// TestIsCJKFastPaths checks isCJK's shortcuts against the full test.
func TestIsCJKFastPaths(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		want := unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo) ||
			r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF || r >= 0xFE30 && r <= 0xFE4F ||
			strings.ContainsRune("“”‘’…—·", r)
		if got := isCJK(r); got != want {
			t.Errorf("isCJK(%U %q) = %v, want %v", r, r, got, want)
		}
	}
}
