package app

import (
	"bytes"
	"os"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestThemeFonts(t *testing.T) {
	th := newTheme()
	tests := []struct {
		name  string
		style fyne.TextStyle
		want  fyne.Resource
	}{
		{name: "regular text is Noto Sans SC", style: fyne.TextStyle{}, want: fontRegularRes},
		{name: "italic text is Noto Sans SC", style: fyne.TextStyle{Italic: true}, want: fontRegularRes},
		{name: "bold text is Noto Sans SC Bold", style: fyne.TextStyle{Bold: true}, want: fontBoldRes},
		{name: "monospace stays Fyne's", style: fyne.TextStyle{Monospace: true}, want: theme.DefaultTheme().Font(fyne.TextStyle{Monospace: true})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := th.Font(tt.style); got != tt.want {
				t.Errorf("Font(%+v) = %s, want %s", tt.style, got.Name(), tt.want.Name())
			}
		})
	}
}

// parseFont parses an embedded font, failing the test if it cannot.
func parseFont(t *testing.T, data []byte) *font.Face {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("OTTO")) && !bytes.HasPrefix(data, []byte{0, 1, 0, 0}) {
		t.Fatalf("not a single-face OpenType/TrueType font: starts with %q", data[:4])
	}
	f, err := font.ParseTTF(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// gb2312 returns every character of GB 2312: rows 0xA1–0xA9 (symbols) and
// 0xB0–0xF7 (hanzi), cells 0xA1–0xFE, without the unassigned cells (which
// GBK maps to the private use area).
func gb2312(t *testing.T) []rune {
	t.Helper()
	dec := simplifiedchinese.GBK.NewDecoder()
	var out []rune
	for hi := 0xA1; hi <= 0xF7; hi++ {
		if hi > 0xA9 && hi < 0xB0 {
			continue
		}
		for lo := 0xA1; lo <= 0xFE; lo++ {
			s, err := dec.Bytes([]byte{byte(hi), byte(lo)})
			if err != nil {
				t.Fatal(err)
			}
			r := []rune(string(s))[0]
			if r == unicode.ReplacementChar || r >= 0xE000 && r <= 0xF8FF {
				continue
			}
			out = append(out, r)
		}
	}
	if len(out) < 7445 {
		t.Fatalf("decoded %d GB 2312 characters, want 7445", len(out))
	}
	return out
}

func TestFontCoversNewsText(t *testing.T) {
	sample, err := os.ReadFile("../../shared/samples/heze-daily-2020-09-15.txt")
	if err != nil {
		t.Fatal(err)
	}
	need := map[string][]rune{
		"GB 2312":         gb2312(t),
		"the sample page": []rune(string(sample)),
		"ASCII":           []rune(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~"),
		"punctuation":     []rune("，。、；：？！“”‘’（）《》【】—…·％０１２３ＡＢＣ①②③℃"),
	}
	faces := map[string][]byte{"regular": fontRegular, "bold": fontBold}
	for face, data := range faces {
		f := parseFont(t, data)
		for name, runes := range need {
			var missing []rune
			for _, r := range runes {
				if unicode.IsSpace(r) || unicode.IsControl(r) {
					continue
				}
				if _, ok := f.NominalGlyph(r); !ok {
					missing = append(missing, r)
				}
			}
			if len(missing) > 0 {
				t.Errorf("%s font lacks %d characters of %s: %q", face, len(missing), name, string(missing[:min(len(missing), 40)]))
			}
		}
	}
}

func TestThemeMeasuresChineseAsFullWidth(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newTheme())
	for _, size := range []float32{12, 14, 20} {
		w := fyne.MeasureText("菏泽日报", size, fyne.TextStyle{}).Width
		if w < 4*size-0.5 || w > 4*size+0.5 {
			t.Errorf("4 ideographs at size %v measure %v, want %v", size, w, 4*size)
		}
	}
}
