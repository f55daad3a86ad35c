package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestSplitErrors(t *testing.T) {
	a := errors.New("甲.txt: empty file")
	b := errors.New("乙.txt: binary data")
	c := errors.New("丙.txt: same file name as 丙.txt")
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"没有错误", nil, 0},
		{"一个错误", a, 1},
		{"合并的错误", errors.Join(a, b), 2},
		{"嵌套合并", errors.Join(a, errors.Join(b, c)), 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := splitErrors(tc.err); len(got) != tc.want {
				t.Errorf("splitErrors gives %d errors, want %d: %v", len(got), tc.want, got)
			}
		})
	}
}

func TestImportPagesKeepsGoodFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-good.txt", "菏泽全方位优化营商环境\n\n本报讯（记者 杨飞）9月14日，市政府召开常务会议。\n")
	write("b-empty.txt", "")
	write("c-binary.txt", "\x00\x01\x02二进制")
	write("notes.md", "不是页面")
	proj, prog := importTarget(t)
	res := importPages(proj, []string{dir}, prog)
	if res.added != 1 || res.first == 0 {
		t.Errorf("added %d pages (first %d), want the one good page", res.added, res.first)
	}
	if len(res.errs) != 2 {
		t.Fatalf("%d errors, want one per bad file: %v", len(res.errs), res.errs)
	}
	for i, name := range []string{"b-empty.txt", "c-binary.txt"} {
		if !strings.Contains(res.errs[i].Error(), name) {
			t.Errorf("error %d does not name %s: %v", i, name, res.errs[i])
		}
	}
	pages, err := proj.Pages()
	if err != nil || len(pages) != 1 || pages[0].Source != "a-good.txt" || pages[0].Articles == 0 {
		t.Errorf("project pages after the import: %+v, %v", pages, err)
	}
}

// TestImportPagesSideBySide checks that a page whose columns stand side by
// side is imported and named among what to extract again, and that the
// same page extracted with pdftotext -raw is not.
func TestImportPagesSideBySide(t *testing.T) {
	proj, prog := importTarget(t)
	res := importPages(proj, []string{"../corpus/testdata/pdftotext/heze-daily-2020-09-15.txt", "../corpus/testdata/pdftotext/heze-daily-2020-09-15.raw.txt"}, prog)
	if res.added != 2 || len(res.errs) != 0 {
		t.Fatalf("added %d pages, errors %v; want both pages", res.added, res.errs)
	}
	if len(res.sideBySide) != 1 || !strings.HasPrefix(res.sideBySide[0], "heze-daily-2020-09-15.txt: ") || !strings.Contains(res.sideBySide[0], "pdftotext -raw") {
		t.Errorf("side by side: %q; want the page without -raw named, and what to do", res.sideBySide)
	}
}

// importTarget returns a new, empty project and a progress dialog for
// importPages, in a test app.
func importTarget(t *testing.T) (*corpus.Project, *progress) {
	t.Helper()
	proj, err := corpus.CreateProject(filepath.Join(t.TempDir(), "导入.stitchmark"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = proj.Close() })
	test.NewTempApp(t)
	return proj, newProgress("导入", test.NewTempWindow(t, nil))
}

func TestImportPagesCancel(t *testing.T) {
	proj, prog := importTarget(t)
	prog.cancelled.Store(true)
	res := importPages(proj, []string{"../../shared/samples/heze-daily-2020-09-15.txt"}, prog)
	if res.added != 0 {
		t.Errorf("a cancelled import added %d pages", res.added)
	}
}
