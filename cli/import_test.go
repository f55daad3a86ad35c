package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

// run runs a command line and returns its exit status, stdout and stderr.
func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestImport(t *testing.T) {
	dir := t.TempDir()
	pages := filepath.Join(dir, "版面")
	if err := os.Mkdir(pages, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(pages, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(corpus.SampleSource, []byte(corpus.SampleText))
	write("第二版.txt", []byte("市区新建三处口袋公园\n\n本报讯（记者 李 明）记者从市园林局获悉，市区新建了三处口袋公园。\n"))
	write("坏.txt", []byte{0, 1, 2, 0xff, 0xfe, 0})
	write("说明.md", []byte("不是版面"))
	project := filepath.Join(dir, "菏泽.stitchmark")

	code, out, errs := runCLI("import", "--project", project, pages)
	if code != 1 {
		t.Errorf("exit %d, want 1 for the bad page; stderr %q", code, errs)
	}
	if !strings.Contains(errs, "坏.txt") || strings.Contains(errs, "说明.md") {
		t.Errorf("stderr %q should name the bad page only", errs)
	}
	if !strings.Contains(out, "created "+project+": imported 2 of 3 pages") {
		t.Errorf("summary %q", out)
	}
	p, err := corpus.OpenProject(project)
	if err != nil {
		t.Fatal(err)
	}
	list, err := p.Pages()
	p.Close()
	if err != nil || len(list) != 2 {
		t.Fatalf("pages %+v, %v", list, err)
	}
	if list[0].Source != corpus.SampleSource || list[1].Source != "第二版.txt" {
		t.Errorf("pages not in name order: %s, %s", list[0].Source, list[1].Source)
	}
	if list[0].Articles < 8 {
		t.Errorf("sample page stitched into %d articles", list[0].Articles)
	}

	code, out, errs = runCLI("import", "--project", project, filepath.Join(pages, "第二版.txt"))
	if code != 0 || !strings.HasPrefix(out, project+": imported 0 of 1 pages") || !strings.Contains(out, "1 already in the project") {
		t.Errorf("importing a page again: exit %d, %q %q", code, out, errs)
	}
}

func TestImportUsage(t *testing.T) {
	for name, args := range map[string][]string{
		"no project": {"import", "a.txt"},
		"no pages":   {"import", "--project", "p.stitchmark"},
		"bad flag":   {"import", "--项目", "p.stitchmark", "a.txt"},
	} {
		t.Run(name, func(t *testing.T) {
			if code, _, _ := runCLI(args...); code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
		})
	}
}

func TestImportIntoBadProject(t *testing.T) {
	dir := t.TempDir()
	project := filepath.Join(dir, "文本.stitchmark")
	if err := os.WriteFile(project, []byte(corpus.SampleText), 0o644); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(page, []byte(corpus.SampleText), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI("import", "--project", project, page)
	if code != 1 || !strings.Contains(errs, "not a Stitchmark project") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if data, _ := os.ReadFile(project); string(data) != corpus.SampleText {
		t.Error("the file was changed")
	}
}

// BenchmarkImportCommand runs `stitchmark import` on simulated pages (500,
// or STITCHMARK_BENCH_PAGES) written to files: read, split, classify,
// stitch with the dictionary on every core, store one page per action.
func BenchmarkImportCommand(b *testing.B) {
	n := 500
	if s := os.Getenv("STITCHMARK_BENCH_PAGES"); s != "" {
		if _, err := fmt.Sscan(s, &n); err != nil {
			b.Fatal(err)
		}
	}
	arts, err := corpus.LoadPeoplesDaily("../../shared/data/peoples-daily-1998-ner-1000.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	pages := filepath.Join(dir, "pages")
	if err := os.Mkdir(pages, 0o755); err != nil {
		b.Fatal(err)
	}
	for _, sp := range corpus.SimulatePages(arts, n, corpus.DefaultSimOptions()) {
		if err := os.WriteFile(filepath.Join(pages, sp.Name), []byte(sp.Text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := corpus.DefaultStitcher(); err != nil { // load the dictionary outside the timing
		b.Fatal(err)
	}
	run := 0
	for b.Loop() {
		project := filepath.Join(dir, fmt.Sprintf("bench-%d.stitchmark", run))
		run++
		if code, out, errs := runCLI("import", "--project", project, pages); code != 0 {
			b.Fatalf("exit %d: %s %s", code, out, errs)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(run)/float64(n)*10000, "s/10k-pages")
}

// TestImportWarnsSideBySide checks that import keeps a page whose columns
// stand side by side and tells on stderr what to do about it.
func TestImportWarnsSideBySide(t *testing.T) {
	proj := filepath.Join(t.TempDir(), "并排.stitchmark")
	code, _, errs := runCLI("import", "--project", proj, "../corpus/testdata/pdftotext/heze-daily-2020-09-15.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "stitchmark import: warning: heze-daily-2020-09-15.txt: corpus: columns side by side") {
		t.Errorf("stderr %q: want a warning naming the page", errs)
	}
}
