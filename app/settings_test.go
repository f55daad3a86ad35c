package app

import (
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestApplySettings(t *testing.T) {
	d := shellDesk(t)
	old := d.loadSettings()
	if old.language != "en" || old.annotator != "" || old.charPrecision || old.doubtLine != corpus.Doubtful {
		t.Fatalf("settings at start: %+v", old)
	}
	tests := []struct {
		name     string
		next     settings
		fileMenu string
	}{
		{"切换到中文并设置标注员", settings{language: "zh", annotator: "李娜", charPrecision: true, doubtLine: 0.8}, "文件"},
		{"切回英文", settings{language: "en", annotator: "李娜", doubtLine: 0.9}, "File"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d.applySettings(d.loadSettings(), tc.next)
			settleArticle(d.article)
			if got := d.loadSettings(); got != tc.next {
				t.Errorf("stored settings %+v, want %+v", got, tc.next)
			}
			if got := d.win.MainMenu().Items[0].Label; got != tc.fileMenu {
				t.Errorf("the File menu is labelled %q, want %q", got, tc.fileMenu)
			}
			if d.article.exact.Checked != tc.next.charPrecision {
				t.Errorf("the exact-characters switch is %v, want %v", d.article.exact.Checked, tc.next.charPrecision)
			}
			if got := d.proj.Annotator(); got != tc.next.annotator {
				t.Errorf("the project's annotator is %q, want %q", got, tc.next.annotator)
			}
		})
	}
}
