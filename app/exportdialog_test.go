package app

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/stitchmark/stitchmark/corpus"
	"github.com/stitchmark/stitchmark/export"
)

func TestExportStatuses(t *testing.T) {
	tests := []struct {
		name, choice string
		want         []corpus.Status
	}{
		{"金标", exportGold, []corpus.Status{corpus.StatusGold}},
		{"已标注和金标", exportLabeled, []corpus.Status{corpus.StatusLabeled, corpus.StatusGold}},
		{"全部", exportAll, nil},
		{"未知选项当金标", "其他", []corpus.Status{corpus.StatusGold}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := exportStatuses(tc.choice); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("exportStatuses(%q) = %v, want %v", tc.choice, got, tc.want)
			}
		})
	}
}

func TestExportRecords(t *testing.T) {
	d := shellDesk(t)
	arts := goldArticles(t, d)
	d.act("Mark gold", func() error { return d.proj.SetStatus(arts[0].ID, corpus.StatusGold) })
	prog := newProgress("导出", test.NewTempWindow(t, nil))

	out := filepath.Join(t.TempDir(), "金标")
	c := exportChoice{dir: out, opt: export.Options{Format: export.FormatJSONL}, statuses: exportStatuses(exportGold)}
	sum, err := exportRecords(d.proj, c, d.exportTotal(c.statuses), prog)
	if err != nil || sum.Articles != 1 || len(sum.Files) != 1 {
		t.Fatalf("export of the gold article: %+v, %v", sum, err)
	}
	data, err := os.ReadFile(sum.Files[0])
	if err != nil || strings.Count(string(data), "\n") != 1 || !strings.Contains(string(data), arts[0].RecordID) {
		t.Errorf("gold.jsonl holds %q (%v), want one line for %s", data, err, arts[0].RecordID)
	}

	all := exportChoice{dir: filepath.Join(t.TempDir(), "全部"), opt: export.Options{Format: export.FormatCoNLL}, statuses: nil}
	if total := d.exportTotal(nil); total != len(arts) {
		t.Errorf("exportTotal(all) = %d, want %d", total, len(arts))
	}
	prog.cancelled.Store(true)
	_, err = exportRecords(d.proj, all, len(arts), prog)
	if !errors.Is(err, errCancelled) {
		t.Errorf("a cancelled export returned %v", err)
	}
	if entries, _ := os.ReadDir(all.dir); len(entries) != 0 {
		t.Errorf("a cancelled export left %d files", len(entries))
	}
}

func TestExportDoneAfterClose(t *testing.T) {
	d := shellDesk(t)
	d.closed() // the window closes while an export still runs
	d.exportDone(export.Summary{Articles: 1, Files: []string{"金标.jsonl"}}, nil)
	if top := d.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a dialog opened on the closed window: %T", top)
	}
}
