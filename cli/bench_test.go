package cli

import (
	"fmt"
	"strings"
	"testing"
)

func TestBench(t *testing.T) {
	code, out, errs := runCLI("bench", "--data", "../../shared/data/peoples-daily-1998-ner-1000.jsonl", "--pages", "5",
		"--page", samplePage, "--gold", "../../shared/samples/heze-daily-2020-09-15.gold.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"dictionary loaded", "heze-daily-2020-09-15.txt: links P", "5 simulated pages", "ECE", "pages/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, errs = runCLI("bench", "--data", "../../shared/data/peoples-daily-1998-ner-1000.jsonl", "--pages", "3", "--line", "12")
	if code != 0 || !strings.Contains(out, "3 simulated pages") {
		t.Errorf("bench --line 12: exit %d: %s%s", code, out, errs)
	}
	if code, _, _ := runCLI("bench"); code != 2 {
		t.Errorf("bench without data: exit %d, want 2", code)
	}
}

func TestBenchLayout(t *testing.T) {
	code, out, errs := runCLI("bench", "--data", "../../shared/data/peoples-daily-1998-ner-1000.jsonl", "--pages", "3",
		"--columns", "160", "--para-end", "0.5", "--articles", "4")
	if code != 0 || !strings.Contains(out, "3 simulated pages") {
		t.Fatalf("bench with layout flags: exit %d: %s%s", code, out, errs)
	}
	narrow := blocksIn(t, out)
	_, out, _ = runCLI("bench", "--data", "../../shared/data/peoples-daily-1998-ner-1000.jsonl", "--pages", "3",
		"--columns", "400", "--para-end", "0.5", "--articles", "4")
	if wide := blocksIn(t, out); wide >= narrow {
		t.Errorf("pages of 400-character columns have %d blocks, of 160-character columns %d: --columns has no effect", wide, narrow)
	}
}

func TestBenchLayoutErrors(t *testing.T) {
	tests := map[string]struct {
		args []string
		want string
	}{
		"窄栏 columns too narrow":  {[]string{"--columns", "5"}, "--columns 5"},
		"share above one":        {[]string{"--para-end", "1.5"}, "--para-end 1.5"},
		"share not a number":     {[]string{"--para-end", "NaN"}, "--para-end NaN"},
		"line wider than column": {[]string{"--line", "300"}, "--line 300 is wider than --columns 240"},
		"negative line":          {[]string{"--line", "-1"}, "--line -1"},
		"no articles":            {[]string{"--articles", "0"}, "--articles 0"},
		"逐行成块 without lines":     {[]string{"--line-blocks"}, "--line-blocks needs --line"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			code, _, errs := runCLI(append([]string{"bench", "--data", "unused.jsonl"}, tc.args...)...)
			if code != 2 || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errs, tc.want)
			}
		})
	}
}

// blocksIn reads the block count from bench's "N simulated pages (B blocks)".
func blocksIn(t *testing.T, out string) int {
	t.Helper()
	var pages, blocks int
	i := strings.Index(out, " simulated pages (")
	if i < 0 {
		t.Fatalf("no page count in %q", out)
	}
	j := strings.LastIndex(out[:i], "\n") + 1
	if _, err := fmt.Sscanf(out[j:], "%d simulated pages (%d blocks)", &pages, &blocks); err != nil {
		t.Fatalf("reading %q: %v", out[j:], err)
	}
	return blocks
}

// benchScore is what bench reports for its simulated pages: the link F1,
// the gold links (found and missed) and the gold jumps.
type benchScore struct {
	f1           float64
	links, jumps int
}

// benchScores runs bench on 20 simulated pages with args and returns its
// scores for them.
func benchScores(t *testing.T, args ...string) benchScore {
	t.Helper()
	args = append([]string{"bench", "--data", "../../shared/data/peoples-daily-1998-ner-1000.jsonl", "--pages", "20"}, args...)
	code, out, errs := runCLI(args...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errs)
	}
	_, after, ok := strings.Cut(out, "simulated pages")
	if ok {
		_, after, ok = strings.Cut(after, "links P")
	}
	if !ok {
		t.Fatalf("%v: no link scores for the simulated pages:\n%s", args, out)
	}
	var s benchScore
	var p, r float64
	var tp, fp, fn, found int
	if _, err := fmt.Sscanf(after, " %f R %f F1 %f (tp %d fp %d fn %d), jumps found %d/%d", &p, &r, &s.f1, &tp, &fp, &fn, &found, &s.jumps); err != nil {
		t.Fatalf("%v: reading %q: %v", args, after, err)
	}
	s.links = tp + fn
	return s
}

// benchLinks is benchScores's link F1 and gold links.
func benchLinks(t *testing.T, args ...string) (f1 float64, links int) {
	t.Helper()
	s := benchScores(t, args...)
	return s.f1, s.links
}

// TestBenchIndent checks that --indent prints paragraphs indented and that
// the stitcher reads the indents: it stitches the same pages better.
func TestBenchIndent(t *testing.T) {
	plain, _ := benchLinks(t)
	indented, _ := benchLinks(t, "--indent")
	if indented <= plain {
		t.Errorf("link F1 %.3f with paragraphs indented, %.3f without; want the indents to help", indented, plain)
	}
}

// TestBenchColumnBlocks checks that --column-blocks prints an article's
// paragraphs in one column as one block: the same pages have far fewer
// joins to find, and the stitcher still finds them.
func TestBenchColumnBlocks(t *testing.T) {
	_, plain := benchLinks(t)
	f1, columns := benchLinks(t, "--column-blocks")
	if columns*3 > plain*2 {
		t.Errorf("%d gold links a block a column, %d a block a paragraph; want at most two thirds", columns, plain)
	}
	if f1 < 0.95 {
		t.Errorf("link F1 %.3f a block a column; want ≥ 0.95", f1)
	}
}

// TestBenchColumnMajor checks that --column-major reads the page column by
// column: the same articles jump half as often again at least, and the
// stitcher still finds most joins.
func TestBenchColumnMajor(t *testing.T) {
	plain := benchScores(t)
	major := benchScores(t, "--column-major")
	if 2*major.jumps < 3*plain.jumps {
		t.Errorf("%d gold jumps read column by column, %d as laid out in bands; want half as many again at least", major.jumps, plain.jumps)
	}
	if major.f1 < 0.85 {
		t.Errorf("link F1 %.3f read column by column; want ≥ 0.85", major.f1)
	}
}

// TestBenchPrintLines checks that --print-lines writes the printed lines
// and that the stitcher reads a paragraph's start from them: it stitches
// the same pages better.
func TestBenchPrintLines(t *testing.T) {
	plain, _ := benchLinks(t, "--line", "12")
	lines, _ := benchLinks(t, "--line", "12", "--print-lines")
	if lines <= plain {
		t.Errorf("link F1 %.3f with the printed lines kept, %.3f without; want the lines to help", lines, plain)
	}
}

// TestBenchLineBlocks checks that --line-blocks makes each printed line a
// block: the same pages (5 of them, later flags win) have several times as
// many joins to find, and the stitcher still finds most of them.
func TestBenchLineBlocks(t *testing.T) {
	_, plain := benchLinks(t, "--line", "12", "--pages", "5")
	f1, lines := benchLinks(t, "--line", "12", "--line-blocks", "--pages", "5")
	if lines < plain*4 {
		t.Errorf("%d gold links a line a block, %d a block a paragraph; want at least four times as many", lines, plain)
	}
	if f1 < 0.9 {
		t.Errorf("link F1 %.3f a line a block; want ≥ 0.9", f1)
	}
}
