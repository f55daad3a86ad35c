package app

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestProjectArg(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
		bad  bool
	}{
		{"没有参数", nil, "", false},
		{"一个项目文件", []string{"/语料/菏泽日报.stitchmark"}, "/语料/菏泽日报.stitchmark", false},
		{"两个文件", []string{"甲.stitchmark", "乙.stitchmark"}, "", true},
		{"未知选项", []string{"-语言"}, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := projectArg(tc.args)
			if got != tc.want || (err != nil) != tc.bad {
				t.Fatalf("projectArg(%q) = %q, %v; want %q, error %v", tc.args, got, err, tc.want, tc.bad)
			}
			if tc.bad && !errors.Is(err, errUsage) {
				t.Errorf("error %v does not wrap errUsage", err)
			}
		})
	}
}

func TestFirstLaunchOpensSample(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "en")
	t.Cleanup(func() { setLanguage("") })
	d := newDesk(a)
	t.Cleanup(func() { closeDesk(d) })
	d.waitUp = true // as Run does: stitching starts once the window is up
	d.start("")
	if d.proj == nil || !strings.HasSuffix(d.win.Title(), "— stitching…") {
		t.Fatalf("first launch: project %v, title %q", d.proj, d.win.Title())
	}
	if n := len(d.pageMap.blocks); n != len(corpus.SamplePage().Fragments) {
		t.Errorf("while stitching the page map shows %d blocks, want the sample's %d", n, len(corpus.SamplePage().Fragments))
	}
	if !d.hint.Visible() {
		t.Error("no key hint on first launch")
	}
	d.up()
	d.jobs.Wait()
	settleArticle(d.article)
	want := filepath.Join(home, ".config", "stitchmark", sampleName)
	if d.proj.Path() != want || d.win.Title() != "Stitchmark — sample — saved" {
		t.Errorf("after stitching: project %s, title %q; want %s", d.proj.Path(), d.win.Title(), want)
	}
	arts, err := d.proj.Articles(d.page)
	if err != nil || len(arts) < 5 {
		t.Fatalf("the stitched sample has %d articles (%v)", len(arts), err)
	}
	if d.art != arts[0].ID || !strings.Contains(arts[0].Title, "危化品") {
		t.Errorf("shows article %d %q, want the first, about 危化品", d.art, arts[0].Title)
	}
	if got := a.Preferences().String(prefLastProject); got != want {
		t.Errorf("last project preference %q", got)
	}

	// A later launch reopens it without stitching again.
	closeDesk(d)
	d2 := newDesk(a)
	t.Cleanup(func() { closeDesk(d2) })
	d2.start("")
	if d2.proj == nil || d2.busy != "" || d2.proj.Path() != want {
		t.Fatalf("second launch: project %v, busy %q", d2.proj, d2.busy)
	}
	if pages, _ := d2.proj.Pages(); len(pages) != 1 {
		t.Errorf("the sample project holds %d pages after the second launch, want 1", len(pages))
	}
}

func TestStartWithMissingProject(t *testing.T) {
	a := test.NewTempApp(t)
	d := newDesk(a)
	t.Cleanup(func() { closeDesk(d) })
	d.start(filepath.Join(t.TempDir(), "不存在.stitchmark"))
	if d.proj != nil {
		t.Error("a missing project file opened something")
	}
	if d.win.Canvas().Overlays().Top() == nil {
		t.Error("no error shown for a missing project file")
	}
}
