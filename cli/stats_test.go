package cli

import (
	"path/filepath"
	"strings"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/stitchmark/stitchmark/corpus"
)

// statsProject writes a project with the sample page and two spans.
func statsProject(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "统计.stitchmark")
	p, err := corpus.CreateProject(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	pg := corpus.SamplePage()
	st := corpus.Stitching{Source: pg.Source, Articles: []corpus.Article{
		{Title: "市危化品专项整治工作会议要求", Blocks: []int{0, 1, 2, 3}, Joins: []corpus.Join{{From: 0, To: 1}, {From: 1, To: 2}, {From: 2, To: 3}}},
		{Title: "市委第一联动巡察组向市扶贫开发办反馈巡察情况", Blocks: []int{4, 5}, Joins: []corpus.Join{{From: 4, To: 5}}},
	}}
	page, err := p.AddPage(pg, st)
	if err != nil {
		t.Fatal(err)
	}
	arts, err := p.Articles(page)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.AddSpan(arts[0].ID, 0, 1, "LOC", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := p.AddSpan(arts[0].ID, 1, 2, "LOC", ""); err != nil {
		t.Fatal(err)
	}
	if err := p.SetStatus(arts[0].ID, corpus.StatusGold); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestStats(t *testing.T) {
	path := statsProject(t)
	code, out, errs := runCLI("stats", "--project", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"pages      1\n", "articles   2\n", "  auto           1\n", "  gold           1\n",
		"spans      2 (0 flagged)\n", "  LOC            2\n", "  PER            0\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestStatsJSON(t *testing.T) {
	path := statsProject(t)
	code, out, errs := runCLI("stats", "--project", path, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got statsJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Pages != 1 || got.Articles != 2 || got.ByStatus["gold"] != 1 || got.ByStatus["labeled"] != 0 ||
		got.ByLabel["LOC"] != 2 || got.Spans != 2 || got.Project != path {
		t.Errorf("stats %+v", got)
	}
	if _, ok := got.ByStatus["joins-checked"]; !ok {
		t.Error("a status with no articles is missing")
	}
}

func TestStatsErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "无.stitchmark")
	if code, _, errs := runCLI("stats", "--project", missing); code != 1 || !strings.Contains(errs, missing) {
		t.Errorf("missing project: exit %d, %q", code, errs)
	}
	if code, _, _ := runCLI("stats"); code != 2 {
		t.Errorf("no --project: exit %d", code)
	}
}
