package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var partsColumnsCases = map[string]struct {
	line string
	want bool
}{
	"三栏并排":   {"月14日，全市危险化学品专 部门、各企业要切实提高安 监督管理硬实力。", true},
	"两栏一短":   {"话。 活动，全面提升企业安全管", false},
	"两栏并排":   {"的持续稳定。市委常委、常 责任；要强化措施，立即开", true},
	"逐字空格":   {"实 际 行 动 践 行 “ 两 个 维 护 ”", false},
	"署名":     {"通讯员 梁军 记者 钟 涛", false},
	"电头里的人名": {"本报讯（记者 王 浩）9月14日，全市危险化学品专项整治", false},
	"英文和中文":  {"据 New York Times 报道，纽约时报", false},
	"一行正文":   {"王磊要求，各县区、各部门、各企业要切实提高安全生产工作重要性的认识", false},
}

func TestPartsColumns(t *testing.T) {
	for name, tc := range partsColumnsCases {
		t.Run(name, func(t *testing.T) {
			if got := partsColumns(tc.line); got != tc.want {
				t.Errorf("partsColumns(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

// TestSideBySide checks that the blocks pdftotext writes of narrow columns
// without -raw are found, and that no block of the sample page, of the
// same PDF extracted with -raw, of the sample page letter-spaced, or of
// simulated pages of every layout is.
func TestSideBySide(t *testing.T) {
	plain := readPage(t, pdftotextPlain)
	if got := SideBySide(plain); len(got) < 8 {
		t.Errorf("pdftotext without -raw: blocks %v side by side, want at least 8 of %d", got, len(plain.Fragments))
	}
	pages := []*Page{SamplePage(), readPage(t, pdftotextRaw), NewPage(SampleSource, letterSpace(SampleText))}
	_, report := splitPD(t)
	for _, tps := range [][]TrainingPage{
		simTrainingPages(t, report, 20, reportSeed),
		simPrintedLinePages(t, report, 20, reportSeed),
		simColumnPages(t, report, 20, reportSeed, printedLine),
		simLineBlockPages(t, report, 5, reportSeed),
	} {
		for _, tp := range tps {
			pages = append(pages, tp.Page)
		}
	}
	for _, p := range pages {
		if got := SideBySide(p); len(got) > 0 {
			t.Errorf("%s: blocks %v side by side, want none", p.Source, got)
		}
	}
}

func TestSideBySideError(t *testing.T) {
	err := SideBySideError(readPage(t, pdftotextPlain))
	if !errors.Is(err, ErrSideBySide) || !strings.Contains(err.Error(), "heze-daily-2020-09-15.txt: ") || !strings.Contains(err.Error(), "pdftotext -raw") {
		t.Errorf("error %v: want ErrSideBySide, naming the page and what to do", err)
	}
	if err := SideBySideError(SamplePage()); err != nil {
		t.Errorf("the sample page: %v", err)
	}
}

// readPage reads a page file of testdata.
func readPage(t *testing.T, path string) *Page {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return NewPage(filepath.Base(path), string(data))
}

// FuzzSideBySide checks that any text gives blocks of its own, in order.
func FuzzSideBySide(f *testing.F) {
	for _, tc := range partsColumnsCases {
		f.Add(strings.Repeat(tc.line+"\n", 4))
	}
	f.Fuzz(func(t *testing.T, text string) {
		p := NewPage("测试.txt", strings.ToValidUTF8(text, ""))
		prev := -1
		for _, b := range SideBySide(p) {
			if b <= prev || b >= len(p.Fragments) {
				t.Fatalf("block %d after %d of %d", b, prev, len(p.Fragments))
			}
			prev = b
		}
	})
}
