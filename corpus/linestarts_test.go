package corpus

import (
	"strings"
	"testing"
)

// linePage prints paragraphs pieces as blocks in lines of 12 characters
// (simPrintLines), a piece that opens its paragraph two characters short,
// after enough full paragraphs to show the page's line width.
func linePage(pieces []linePiece) string {
	filler := "全市各级各部门要切实增强使命意识和政治担当，建立整改长效机制，确保各项任务落到实处，取得实效。要坚持问题导向，制定解决办法，切实增强安全监管力量，落实企业主体责任和部门监管责任。"
	var blocks []string
	for range 4 {
		blocks = append(blocks, simPrintLines([]rune(filler), true, 12))
	}
	for _, p := range pieces {
		blocks = append(blocks, simPrintLines([]rune(p.text), p.start, 12))
	}
	return strings.Join(blocks, "\n\n")
}

type linePiece struct {
	text  string
	start bool
}

func TestLineStarts(t *testing.T) {
	tests := map[string]struct {
		piece        linePiece
		start, known bool
	}{
		"段首少两字":    {linePiece{"记者从市园林局获悉，今年以来，市区利用边角空地新建了三处口袋公园。", true}, true, true},
		"栏首接着上段":   {linePiece{"利用边角空地新建了三处口袋公园，总面积达到一万二千平方米。", false}, false, true},
		"段首行末挂逗号":  {linePiece{"市委常委常务副市长王磊，出席会议并讲话，提出了明确要求。", true}, true, true},
		"数字半角算半字":  {linePiece{"2020年9月14日，全市危险化学品专项整治工作会议召开。", false}, false, true},
		"一行短段说不准":  {linePiece{"会议要求落实。", true}, false, false},
		"一行满行是段中间": {linePiece{"利用边角空地，新建了三处", false}, false, true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			p := NewPage("行.txt", linePage([]linePiece{tt.piece}))
			last := len(p.Fragments) - 1
			starts, known := lineStarts(p.Text, p.Fragments)
			if starts == nil {
				t.Fatalf("no line width read from %q", p.Text)
			}
			if starts[last] != tt.start || known[last] != tt.known {
				t.Errorf("%q: start %v known %v, want %v %v", p.Fragments[last].Text, starts[last], known[last], tt.start, tt.known)
			}
		})
	}
}

// TestLineStartsSilent checks that pages without printed lines of one
// width say nothing: a paragraph a line (the sample page), paragraphs of
// any length one per line in a block, too few lines.
func TestLineStartsSilent(t *testing.T) {
	paras := []string{
		"记者从市园林局获悉，今年以来，市区利用边角空地新建了三处口袋公园。",
		"总面积达到一万二千平方米。",
		"目前已全部向市民开放，受到周边居民欢迎，不少市民前来休闲健身。",
		"会议要求落实。",
	}
	var many, wrapped []string
	for range 16 {
		many = append(many, strings.Join(paras, "\n"))
		for _, p := range paras {
			wrapped = append(wrapped, simPrintLines([]rune(p), false, 12))
		}
	}
	tests := map[string]string{
		"每段一行的样张":  SamplePage().Text,
		"一块多段每段一行": strings.Join(many, "\n\n"),
		"行太少":      strings.Split(linePage(nil), "\n\n")[0],
		"按宽度硬换行":   strings.Join(wrapped, "\n\n"),
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			p := NewPage("行.txt", text)
			if starts, _ := lineStarts(p.Text, p.Fragments); starts != nil {
				t.Errorf("line starts read from a page without printed lines: %v", starts)
			}
		})
	}
}

// FuzzLineStarts checks that any page text gets an answer for each of its
// blocks, or none, and that a block read as a start is known.
func FuzzLineStarts(f *testing.F) {
	f.Add(linePage([]linePiece{{"记者从市园林局获悉，今年以来，市区利用边角空地新建了三处口袋公园。", true}}))
	f.Add(linePage([]linePiece{{"2020年9月14日，全市危险化学品专项整治工作会议召开。", false}}))
	f.Add("全市\n各级\n\n\f部门　要\n")
	f.Fuzz(func(t *testing.T, text string) {
		frags := SplitFragments("行.txt", text)
		for i := range frags {
			frags[i].Kind = KindBody // the lines are read from running text only
		}
		starts, known := lineStarts(text, frags)
		if starts == nil {
			return
		}
		if len(starts) != len(frags) || len(known) != len(frags) {
			t.Fatalf("%d starts, %d known for %d blocks", len(starts), len(known), len(frags))
		}
		for i := range starts {
			if starts[i] && !known[i] {
				t.Errorf("block %d read as a start but not known", i)
			}
		}
	})
}
