package corpus

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestVisible(t *testing.T) {
	tests := map[string]struct{ line, want string }{
		"没有格式字符":    {"使他们真正了解、明白。", "使他们真正了解、明白。"},
		"零宽空格":      {"使他们真正了\u200b解、明白。", "使他们真正了解、明白。"},
		"零宽连接符":     {"菏\u200d泽\u200c日\u2060报", "菏泽日报"},
		"字节序标记":     {"\ufeff本报讯（记者 王浩）", "本报讯（记者 王浩）"},
		"软连字符":      {"news\u00adpaper 报道", "newspaper 报道"},
		"方向标记":      {"\u200e记者 杨飞\u200f", "记者 杨飞"},
		"藏着的空格露出来":  {"\u200b 标题 \u200b", "标题"},
		"只有格式字符":    {"\u200b\ufeff", ""},
		"康熙部首":      {"⼀⼈⽇报：⾏业⼤会", "一人日报：行业大会"},
		"兼容汉字":      {"\uf900\ufa0c\U0002f800", "豈兀丽"},
		"部首补充":      {"⺟亲与⻳", "母亲与龟"},
		"表意文字描述符不动": {"⿰氵可", "⿰氵可"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := visible(tc.line); got != tc.want {
				t.Errorf("visible(%q) = %q, want %q", tc.line, got, tc.want)
			}
		})
	}
}

// TestIsFormatFastPaths checks isFormat's shortcuts against the full test.
func TestIsFormatFastPaths(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isFormat(r), unicode.Is(unicode.Cf, r); got != want {
			t.Errorf("isFormat(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestStitchSampleInvisible stitches the sample page with a zero-width
// space after every seventh character, and byte-order marks and word
// joiners here and there: the blocks must read as printed and stitch as
// exactly.
func TestStitchSampleInvisible(t *testing.T) {
	var b strings.Builder
	k := 0
	for _, r := range SampleText {
		b.WriteRune(r)
		if r == '\n' {
			continue
		}
		switch k++; {
		case k%7 == 0:
			b.WriteRune('\u200b')
		case k%101 == 0:
			b.WriteRune('\ufeff')
		case k%53 == 0:
			b.WriteRune('\u2060')
		}
	}
	checkSampleAsPrinted(t, NewPage(SampleSource, b.String()))
}

// TestStitchSampleRadicals stitches the sample page as a PDF extractor
// gives it that writes Kangxi radicals for some characters (⼀ for 一, ⼈
// for 人): the blocks must read as printed and stitch as exactly.
func TestStitchSampleRadicals(t *testing.T) {
	radical := map[rune]rune{}
	for r := rune(0x2F00); r <= 0x2FD5; r++ {
		u := []rune(norm.NFKC.String(string(r)))
		if len(u) == 1 && u[0] != r {
			radical[u[0]] = r
		}
	}
	changed := 0
	text := strings.Map(func(r rune) rune {
		if k, ok := radical[r]; ok {
			changed++
			return k
		}
		return r
	}, SampleText)
	if changed < 100 {
		t.Fatalf("only %d characters written as radicals", changed)
	}
	checkSampleAsPrinted(t, NewPage(SampleSource, text))
}
