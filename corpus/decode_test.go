package corpus

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// pageText is the Chinese text every encoding test encodes, with all three
// kinds of line end.
const pageText = "市危化品专项整治工作会议要求\r\n\r\n本报讯（记者 王 浩）9月14日，全市危险化学品专项整治工作会议召开。\r\r“两节”期间 GB18030 €·—…\n记者 杨飞\n"

// mustEncode encodes s with enc; only a broken encoder can make it panic.
func mustEncode(enc encoding.Encoding, s string) []byte {
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

// encodingCase is one text in one encoding.
type encodingCase struct {
	name     string
	data     []byte
	encoding string
	text     string // what was encoded, before line ends are normalised
}

// encodingCases are the same Chinese text in every supported encoding.
func encodingCases() []encodingCase {
	return []encodingCase{
		{"UTF-8 无BOM", []byte(pageText), EncodingUTF8, pageText},
		{"UTF-8 带BOM", mustEncode(unicode.UTF8BOM, pageText), EncodingUTF8BOM, pageText},
		{"UTF-16LE 带BOM", mustEncode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), pageText), EncodingUTF16LE, pageText},
		{"UTF-16BE 带BOM", mustEncode(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), pageText), EncodingUTF16BE, pageText},
		{"GB18030", mustEncode(simplifiedchinese.GB18030, pageText), EncodingGB18030, pageText},
		{"GBK 读作 GB18030", mustEncode(simplifiedchinese.GBK, pageText), EncodingGB18030, pageText},
		{"GB18030 四字节字符 𠀀", mustEncode(simplifiedchinese.GB18030, "生僻字𠀀和㐀\n"), EncodingGB18030, "生僻字𠀀和㐀\n"},
		{"Big5 繁体", mustEncode(traditionalchinese.Big5, bigText), EncodingBig5, bigText},
		{"GB18030 繁体", mustEncode(simplifiedchinese.GB18030, bigText), EncodingGB18030, bigText},
		{"GBK 短句", mustEncode(simplifiedchinese.GBK, "中文\n"), EncodingGB18030, "中文\n"},
		{"Big5 短句", mustEncode(traditionalchinese.Big5, "中文報紙\n"), EncodingBig5, "中文報紙\n"},
	}
}

// bigText is pageText in traditional characters, as a Hong Kong or Taiwan
// paper prints it.
const bigText = "市危化品專項整治工作會議要求\r\n\r\n本報訊（記者 王 浩）9月14日，全市危險化學品專項整治工作會議召開。\r\r「兩節」期間 Big5 ·—…\n記者 楊飛\n"

func TestDecodeEncodings(t *testing.T) {
	for _, tc := range encodingCases() {
		t.Run(tc.name, func(t *testing.T) {
			text, enc, err := Decode(tc.data)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if enc != tc.encoding {
				t.Errorf("encoding = %q, want %q", enc, tc.encoding)
			}
			want := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(tc.text)
			if text != want {
				t.Errorf("text = %q, want %q", text, want)
			}
			if strings.Contains(text, "\r") {
				t.Errorf("text still holds \\r: %q", text)
			}
		})
	}
}

// badInputCases are inputs Decode must reject, with the problem and place.
var badInputCases = []struct {
	name    string
	data    []byte
	problem string // part of the error text
	line    int    // 0: not checked
	offset  int64  // -2: not checked
}{
	{"NUL 字节", []byte("第一行\n第二\x00行"), "NUL byte", 2, 16},
	{"PNG 二进制", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "control byte 0x1A", 2, 6},
	{"ESC 控制字符", []byte("标题\n\x1b[31m红色"), "control byte 0x1B", 2, 7},
	{"不可解码字节 0xFF", append(mustEncode(simplifiedchinese.GB18030, "菏泽日报\n本报讯"), 0xFF, 0x41), "undecodable bytes", 2, 15},
	{"GB18030 截断", append(mustEncode(simplifiedchinese.GB18030, "菏泽日报"), 0xB1), "undecodable bytes", 1, 8},
	{"UTF-8 BOM 后非法", []byte("\xef\xbb\xbf本报讯\n\xc3("), "not valid UTF-8", 2, 13},
	{"UTF-8 C1 控制字符", []byte("本报讯\u0085记者"), "control character U+0085", 1, 9},
	{"UTF-16LE 奇数字节", append(mustEncode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "记者"), 'x'), "odd number of bytes", 0, 6},
	{"UTF-16BE 孤立代理", []byte{0xFE, 0xFF, 0x8B, 0xB0, 0xD8, 0x00, 0x00, 0x41}, "unpaired UTF-16 surrogate", 1, 4},
	{"UTF-16LE 低代理开头", []byte{0xFF, 0xFE, 0x00, 0xDC, 0x41, 0x00}, "unpaired UTF-16 surrogate", 1, 2},
	{"UTF-16LE NUL", []byte{0xFF, 0xFE, 0xB0, 0x8B, '\n', 0, 0, 0}, "NUL character", 2, 6},
	{"GB18030 解出泰文乱码", mustEncode(simplifiedchinese.GB18030, strings.Repeat("ภาษาไทย 中", 10)), "does not look like Chinese", 0, -1},
}

func TestDecodeBadInput(t *testing.T) {
	for _, tc := range badInputCases {
		t.Run(tc.name, func(t *testing.T) {
			text, _, err := Decode(tc.data)
			if err == nil {
				t.Fatalf("Decode succeeded with %q, want an error", text)
			}
			if !errors.Is(err, ErrBadInput) {
				t.Errorf("error %v does not wrap ErrBadInput", err)
			}
			if !strings.Contains(err.Error(), tc.problem) {
				t.Errorf("error %q does not say %q", err, tc.problem)
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *InputError", err)
			}
			if tc.line != 0 && ie.Line != tc.line {
				t.Errorf("line = %d, want %d (%v)", ie.Line, tc.line, err)
			}
			if tc.offset != -2 && ie.Offset != tc.offset {
				t.Errorf("offset = %d, want %d (%v)", ie.Offset, tc.offset, err)
			}
		})
	}
}

func TestDecodePrefersUTF8(t *testing.T) {
	// "涓枃" style mojibake must not happen: valid UTF-8 that would also
	// decode as GB18030 stays UTF-8.
	text, enc, err := Decode([]byte("中文"))
	if err != nil || enc != EncodingUTF8 || text != "中文" {
		t.Errorf("Decode(中文) = %q, %q, %v; want 中文, utf-8, nil", text, enc, err)
	}
}

func TestNormalizeNewlines(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"无回车":      {"标题\n正文", "标题\n正文"},
		"CRLF":     {"标题\r\n正文\r\n", "标题\n正文\n"},
		"单独 CR":    {"标题\r正文\r", "标题\n正文\n"},
		"CR CR LF": {"标题\r\r\n正文", "标题\n\n正文"},
		"空":        {"", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := NormalizeNewlines(tc.in); got != tc.want {
				t.Errorf("NormalizeNewlines(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestInputErrorText(t *testing.T) {
	tests := map[string]struct {
		err  InputError
		want string
	}{
		"行和字节": {InputError{Source: "a.txt", Line: 3, Offset: 120, Problem: "NUL byte"}, "corpus: bad input: a.txt: line 3, byte 120: NUL byte"},
		"只有行":  {InputError{Source: "菏泽.txt", Line: 2, Offset: -1, Problem: "too long"}, "corpus: bad input: 菏泽.txt: line 2: too long"},
		"只有字节": {InputError{Offset: 7, Problem: "odd"}, "corpus: bad input: byte 7: odd"},
		"无位置":  {InputError{Source: "b.txt", Offset: -1, Problem: "empty file"}, "corpus: bad input: b.txt: empty file"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tc.err.Error(); got != tc.want {
				t.Errorf("Error() = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDecodeTellsGBFromBig5 decodes news paragraphs encoded in GBK and,
// printed in traditional characters, in Big5: most byte pairs are valid in
// both, so only the likelihood of the characters tells them apart.
func TestDecodeTellsGBFromBig5(t *testing.T) {
	_, report := splitPD(t) // articles the character model was not counted on
	tried, wrong := 0, 0
	for _, a := range report {
		for _, p := range a.Paragraphs {
			trad := traditional(p)
			gbk, err1 := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(p))
			big5, err2 := traditionalchinese.Big5.NewEncoder().Bytes([]byte(trad))
			if err1 != nil || err2 != nil || utf8.RuneCountInString(p) < 10 {
				continue // a character the encoding lacks, or too short to tell from UTF-8 (图片: is valid UTF-8 in GBK)
			}
			tried++
			for _, c := range []struct {
				data       []byte
				text, want string
			}{{gbk, p, EncodingGB18030}, {big5, trad, EncodingBig5}} {
				text, enc, err := Decode(c.data)
				if err != nil || enc != c.want || text != c.text {
					wrong++
					t.Errorf("%s paragraph %q: decoded as %s (%v)", c.want, firstRunes(c.text, 20), enc, err)
				}
			}
		}
	}
	t.Logf("%d paragraphs in both encodings, %d decoded wrong", tried, wrong)
	if tried < 200 {
		t.Errorf("only %d paragraphs could be encoded in both", tried)
	}
}

// TestDecodeLongDoubleByte decodes pages longer than the sample that
// tells GB18030 from Big5: the whole text must come back, in the right
// encoding.
func TestDecodeLongDoubleByte(t *testing.T) {
	long := strings.Repeat(NormalizeNewlines(SampleText)+"\n", 8)
	line := strings.ReplaceAll(long, "\n", "") // one long line: the sample is cut inside it
	tests := map[string]struct {
		enc  encoding.Encoding
		text string
		want string
	}{
		"GBK 长版面":          {simplifiedchinese.GBK, long, EncodingGB18030},
		"Big5 长版面":         {traditionalchinese.Big5, traditional(long), EncodingBig5},
		"GBK 长单行":          {simplifiedchinese.GBK, line, EncodingGB18030},
		"Big5 长单行":         {traditionalchinese.Big5, traditional(line), EncodingBig5},
		"Big5 长单行错位":       {traditionalchinese.Big5, "a" + traditional(line), EncodingBig5},
		"Big5 亦可作GB的长单行":   {traditionalchinese.Big5, gbReadable(t), EncodingBig5},
		"Big5 亦可作GB的长单行错位": {traditionalchinese.Big5, "a" + gbReadable(t), EncodingBig5},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			data := mustEncode(tc.enc, tc.text)
			if len(data) <= likelihoodSample {
				t.Fatalf("%d bytes, not longer than the sample", len(data))
			}
			text, enc, err := Decode(data)
			if err != nil || enc != tc.want || text != tc.text {
				t.Errorf("decoded as %s (%v), text equal %v; want %s", enc, err, text == tc.text, tc.want)
			}
		})
	}
}

// gbReadable returns one line of more than likelihoodSample bytes of
// traditional news text whose Big5 bytes also decode as GB18030, so that
// only the likelihood on the sample tells the two apart.
func gbReadable(t *testing.T) string {
	_, report := splitPD(t)
	var part strings.Builder
	for _, a := range report {
		for _, p := range a.Paragraphs {
			data, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(traditional(p)))
			if _, gbErr := decodeGB18030(data); err == nil && gbErr == nil {
				part.WriteString(traditional(p))
			}
		}
	}
	if part.Len() < 20 {
		t.Fatalf("only %d bytes of text read as both Big5 and GB18030", part.Len())
	}
	return strings.Repeat(part.String(), 2*likelihoodSample/part.Len()+1)
}
