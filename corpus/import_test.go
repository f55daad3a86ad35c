package corpus

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestParsePageEncodings(t *testing.T) {
	for _, tc := range encodingCases() {
		t.Run(tc.name, func(t *testing.T) {
			p, err := ParsePage("菏泽日报.txt", bytes.NewReader(tc.data))
			if err != nil {
				t.Fatalf("ParsePage: %v", err)
			}
			want := SplitFragments("菏泽日报.txt", strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(tc.text))
			if p.Encoding != tc.encoding || p.Source != "菏泽日报.txt" || len(p.Fragments) != len(want) {
				t.Fatalf("page: encoding %q, source %q, %d fragments; want %q, 菏泽日报.txt, %d",
					p.Encoding, p.Source, len(p.Fragments), tc.encoding, len(want))
			}
			for i, f := range p.Fragments {
				if f.Text != want[i].Text || f.Start != want[i].Start || f.End != want[i].End || !f.Kind.Valid() {
					t.Errorf("fragment %d = %+v, want text %q at [%d,%d) with a kind", i, f, want[i].Text, want[i].Start, want[i].End)
				}
			}
		})
	}
}

func TestParsePageClassifies(t *testing.T) {
	p, err := ParsePage("a.txt", strings.NewReader(pageText))
	if err != nil {
		t.Fatal(err)
	}
	want := []Kind{KindHeadline, KindDateline, KindBody}
	if len(p.Fragments) != len(want) {
		t.Fatalf("%d fragments, want %d", len(p.Fragments), len(want))
	}
	for i, f := range p.Fragments {
		if f.Kind != want[i] {
			t.Errorf("fragment %d %q: %s (%s), want %s", i, f.Text, f.Kind, f.KindReason, want[i])
		}
	}
	if !strings.Contains(p.Fragments[2].KindReason, "记者 杨飞") {
		t.Errorf("fragment 2 reason %q does not name its trailing byline", p.Fragments[2].KindReason)
	}
}

// parseBadCases are inputs ParsePage must reject beyond Decode's.
var parseBadCases = []struct {
	name    string
	data    []byte
	problem string
	line    int
}{
	{"空文件", nil, "empty file", 0},
	{"只有空白", []byte(" \n\t\r\n\u3000\n"), "only white space", 0},
	{"GB18030 全角空白", mustEncode(simplifiedchinese.GB18030, "\u3000\u3000\n"), "only white space", 0},
	{"只有两个字节序标记", []byte("\xff\xfe\xff\xfe"), "only white space", 0},
	{"只有零宽空格", []byte("\u200b\n\u200b\ufeff\n"), "only white space", 0},
	{"过长的第二行", []byte("标题\n" + strings.Repeat("长", MaxLineRunes+1) + "\n"), "longer than the limit", 2},
}

func TestParsePageBadInput(t *testing.T) {
	type badCase struct {
		name, problem string
		data          []byte
		line          int
	}
	var cases []badCase
	for _, c := range badInputCases {
		cases = append(cases, badCase{c.name, c.problem, c.data, c.line})
	}
	for _, c := range parseBadCases {
		cases = append(cases, badCase{c.name, c.problem, c.data, c.line})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := ParsePage("坏文件.txt", bytes.NewReader(tc.data))
			checkBadInput(t, p, err, "坏文件.txt", tc.problem, tc.line)
		})
	}
}

// checkBadInput checks that err is an *InputError naming source, problem and line.
func checkBadInput(t *testing.T, p *Page, err error, source, problem string, line int) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; page has %d fragments", len(p.Fragments))
	}
	if p != nil {
		t.Errorf("got a page along with error %v", err)
	}
	var ie *InputError
	if !errors.Is(err, ErrBadInput) || !errors.As(err, &ie) {
		t.Fatalf("error %v is not an *InputError wrapping ErrBadInput", err)
	}
	if ie.Source != source || !strings.Contains(err.Error(), source) {
		t.Errorf("error %q does not name %q", err, source)
	}
	if !strings.Contains(err.Error(), problem) {
		t.Errorf("error %q does not say %q", err, problem)
	}
	if line != 0 && ie.Line != line {
		t.Errorf("error %q: line %d, want %d", err, ie.Line, line)
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// writeBigPage writes size bytes of valid page text to a file in dir.
func writeBigPage(t *testing.T, dir string, size int) string {
	t.Helper()
	path := filepath.Join(dir, "超大.txt")
	line := []byte("本报讯（记者 王 浩）9月14日，全市危险化学品专项整治工作会议召开。\n\n")
	data := bytes.Repeat(line, size/len(line)+1)[:size]
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestParsePageTooLarge(t *testing.T) {
	path := writeBigPage(t, t.TempDir(), 50<<20)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cr := &countingReader{r: f}
	p, err := ParsePage("超大.txt", cr)
	checkBadInput(t, p, err, "超大.txt", "larger than the 32 MiB limit", 0)
	if cr.n > MaxPageBytes+readChunk {
		t.Errorf("read %d bytes of a 50 MB file; want at most %d", cr.n, MaxPageBytes+readChunk)
	}

	p, err = ReadPage(path)
	checkBadInput(t, p, err, path, "file of 52.4 MB, larger than the 32 MiB limit", 0)
}

func TestParsePageLongLine(t *testing.T) {
	tests := map[string]string{
		"5 MB 单行英文": strings.Repeat("a", 5<<20),
		"5 MB 单行中文": strings.Repeat("菏泽", 5<<20/6),
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			p, err := ParsePage("长行.txt", strings.NewReader(text))
			checkBadInput(t, p, err, "长行.txt", "longer than the limit of 1048576", 1)
		})
	}
}

func TestParsePageLineAtLimit(t *testing.T) {
	text := strings.Repeat("字", MaxLineRunes)
	p, err := ParsePage("极限.txt", strings.NewReader(text))
	if err != nil {
		t.Fatalf("a line of exactly MaxLineRunes: %v", err)
	}
	if len(p.Fragments) != 1 || p.Fragments[0].End != MaxLineRunes {
		t.Errorf("got %d fragments", len(p.Fragments))
	}
}

// failingReader fails after giving some text.
type failingReader struct{ done bool }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.done {
		return 0, errors.New("disk on fire")
	}
	f.done = true
	return copy(p, "标题\n"), nil
}

func TestParsePageReadError(t *testing.T) {
	_, err := ParsePage("x.txt", &failingReader{})
	if err == nil || errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("error = %v; want the read error, not ErrBadInput", err)
	}
}

func TestNewPage(t *testing.T) {
	p := NewPage("模拟.txt", "标题一\r\n\r\n本报讯（记者 张三）今天，会议召开。\r记者 李四")
	if p.Text != "标题一\n\n本报讯（记者 张三）今天，会议召开。\n记者 李四" {
		t.Errorf("Text = %q", p.Text)
	}
	if p.Source != "模拟.txt" || len(p.Fragments) != 2 {
		t.Fatalf("Source %q, %d fragments", p.Source, len(p.Fragments))
	}
	if f := p.Fragments[1]; f.Text != "本报讯（记者 张三）今天，会议召开。记者 李四" || f.Kind != KindDateline || f.Source != "模拟.txt" {
		t.Errorf("fragment 1 = %+v", f)
	}
}

// writeFiles writes name → content files under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReadPage(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"菏泽日报.txt": "标题\n\n正文。\n"})
	path := filepath.Join(dir, "菏泽日报.txt")
	p, err := ReadPage(path)
	if err != nil {
		t.Fatal(err)
	}
	if p.Source != "菏泽日报.txt" || p.Path != path || p.Encoding != EncodingUTF8 || len(p.Fragments) != 2 {
		t.Errorf("page: Source %q, Path %q, Encoding %q, %d fragments", p.Source, p.Path, p.Encoding, len(p.Fragments))
	}
	for _, f := range p.Fragments {
		if f.Source != "菏泽日报.txt" {
			t.Errorf("fragment %d Source %q", f.Block, f.Source)
		}
	}
	if _, err := ReadPage(dir); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("ReadPage(folder) error = %v", err)
	}
	missing := filepath.Join(dir, "没有.txt")
	if _, err := ReadPage(missing); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("ReadPage(missing) error = %v, want it to name %s", err, missing)
	}
}

func TestReadPages(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":         "乙版标题\n\n正文。",
		"a.TXT":         "甲版标题\n\n正文。",
		"c.md":          "不是页面",
		".隐藏.txt":       "\x00\x01",
		"sub/d.txt":     "子目录不读",
		"坏/e.txt":       "\x00坏",
		"坏/f.txt":       "好页面",
		"重名/b.txt":      "同名页面",
		"空目录/readme.md": "没有页面",
	})
	tests := map[string]struct {
		paths   []string
		sources []string
		errs    []string // parts of the error text, one per failure
	}{
		"目录按名排序不递归": {[]string{dir}, []string{"a.TXT", "b.txt"}, nil},
		"文件和目录":     {[]string{filepath.Join(dir, "坏", "f.txt"), dir}, []string{"f.txt", "a.TXT", "b.txt"}, nil},
		"重复路径只读一次":  {[]string{filepath.Join(dir, "b.txt"), dir}, []string{"b.txt", "a.TXT"}, nil},
		"坏文件不挡好文件":  {[]string{filepath.Join(dir, "坏")}, []string{"f.txt"}, []string{filepath.Join(dir, "坏", "e.txt") + ": line 1, byte 0: NUL byte"}},
		"同名文件":      {[]string{dir, filepath.Join(dir, "重名")}, []string{"a.TXT", "b.txt"}, []string{filepath.Join(dir, "重名", "b.txt") + ": same file name as " + filepath.Join(dir, "b.txt")}},
		"空目录":       {[]string{filepath.Join(dir, "空目录")}, nil, []string{"空目录: folder holds no .txt files"}},
		"不存在":       {[]string{filepath.Join(dir, "无.txt")}, nil, []string{filepath.Join(dir, "无.txt")}},
		"没有路径":      {nil, nil, []string{"no page files given"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			pages, err := ReadPages(tc.paths...)
			var sources []string
			for _, p := range pages {
				sources = append(sources, p.Source)
			}
			if strings.Join(sources, ",") != strings.Join(tc.sources, ",") {
				t.Errorf("sources = %v, want %v", sources, tc.sources)
			}
			if len(tc.errs) == 0 {
				if err != nil {
					t.Errorf("unexpected error %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %v", tc.errs)
			}
			for _, e := range tc.errs {
				if !strings.Contains(err.Error(), e) {
					t.Errorf("error %q does not say %q", err, e)
				}
			}
		})
	}
}

func FuzzParsePage(f *testing.F) {
	for _, tc := range encodingCases() {
		f.Add(tc.data)
	}
	for _, tc := range badInputCases {
		f.Add(tc.data)
	}
	for _, tc := range parseBadCases {
		if len(tc.data) < 1<<16 {
			f.Add(tc.data)
		}
	}
	f.Add([]byte(firstRunes(SampleText, 600)))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePage("fuzz.txt", bytes.NewReader(data))
		if err != nil {
			if p != nil {
				t.Errorf("page along with error %v", err)
			}
			return
		}
		n := utf8.RuneCountInString(p.Text)
		for _, fr := range p.Fragments {
			if fr.Start < 0 || fr.Start >= fr.End || fr.End > n || fr.Text == "" || !fr.Kind.Valid() || fr.KindReason == "" {
				t.Errorf("bad fragment %+v in %d runes", fr, n)
			}
		}
		if len(p.Fragments) == 0 {
			t.Errorf("a page with text %q has no fragments", p.Text)
		}
	})
}

func BenchmarkParsePage(b *testing.B) {
	data := []byte(SampleText)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParsePage(SampleSource, bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
