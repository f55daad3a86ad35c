package corpus

import (
	"fmt"
	"strings"
	"testing"
)

var jumpNoteTests = map[string]struct {
	text     string
	to, from bool
}{
	"下转 at the end":          {"确保全市安全生产形势持续稳定。（下转第二版）", true, false},
	"转 with a digit":         {"要加强农机安全监管(转4版)", true, false},
	"上接 at the start":        {"（上接第一版）会议指出，当前正值秋收秋种关键时期。", false, true},
	"接 with a digit":         {"(接第3版)会议要求各地抓好落实。", false, true},
	"both":                   {"（上接第一版）要加强监管。（下转第四版）", true, true},
	"版 in running text":      {"该报第二版刊登了这篇文章。", false, false},
	"note inside the text":   {"会议（下转第二版）指出，要加强监管。", false, false},
	"plain body":             {"本报讯（记者 王浩）9月14日，市政府召开常务会议。", false, false},
	"上接 not at the start":    {"文章说（上接第一版）会议指出。", false, false},
	"a page mark on its own": {"第3版", false, false},
	"转下页":                    {"会议要求各地抓好落实（转下页）", true, false},
	"待续 in a serial":         {"他从此走上了创业之路。（待续）", true, false},
	"上接 in traditional":      {"（上接第一版）會議指出，要加強監管。", false, true},
	"续前页":                    {"(续前页)会议要求各地抓好落实。", false, true},
	"紧接第一版":                  {"（紧接第一版）会议要求各地抓好落实。", false, true},
	"下轉 in traditional":      {"確保全市安全生產形勢持續穩定。（下轉第二版）", true, false},
}

func TestJumpNotes(t *testing.T) {
	for name, tt := range jumpNoteTests {
		t.Run(name, func(t *testing.T) {
			_, to := ContinuesElsewhere(tt.text)
			_, from := ContinuedFromElsewhere(tt.text)
			if to != tt.to || from != tt.from {
				t.Errorf("%q: continues elsewhere %v, from elsewhere %v; want %v, %v", tt.text, to, from, tt.to, tt.from)
			}
		})
	}
}

func FuzzJumpNotes(f *testing.F) {
	for _, tt := range jumpNoteTests {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if note, ok := ContinuesElsewhere(text); ok && !strings.HasSuffix(text, note) {
			t.Fatalf("note %q does not end %q", note, text)
		}
		if note, ok := ContinuedFromElsewhere(text); ok && !strings.HasPrefix(text, note) {
			t.Fatalf("note %q does not open %q", note, text)
		}
	})
}

// TestStitchJumpNotes checks that the stitcher keeps an article noted as
// continued on another page from going on here, and puts nothing before
// text noted as coming from another page.
func TestStitchJumpNotes(t *testing.T) {
	page := NewPage("notes.txt", `菏泽日报2020年9月15日 星期二 第3版

市政府召开常务会议

本报讯（记者 王浩）9月14日，市政府召开常务会议，研究部署全市安全生产工作。会议要求，各级各部门要进一步提高认识，压实责任，

确保全市安全生产形势持续稳定。（下转第二版）

（上接第一版）会议指出，当前正值秋收秋种关键时期，要加强农机安全监管，

确保群众生命财产安全。
`)
	st := testStitcher(t).Stitch(page)
	var got [][]int
	for _, a := range st.Articles {
		got = append(got, a.Blocks)
	}
	want := [][]int{{1, 2, 3}, {4, 5}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("articles %v, want %v", got, want)
	}
	if fmt.Sprint(st.Unassigned) != "[0]" {
		t.Errorf("unassigned %v, want the page header [0]", st.Unassigned)
	}
}
