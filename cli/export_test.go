package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stitchmark/stitchmark/corpus"
)

// exportEntities are labeled wherever they occur in the sample articles.
var exportEntities = []struct{ text, label string }{
	{"王磊", "PER"}, {"王忠想", "PER"}, {"于业鹏", "PER"}, {"菏泽市", "GPE"}, {"9月14日", "DATE"},
	{"17亿元", "MONEY"}, {"精进电动科技(菏泽)有限公司", "ORG"}, {"市扶贫开发办", "ORG"},
}

// sampleProject creates a project holding three articles of the sample
// page in true reading order (from the shared gold file), labeled, with
// statuses gold, gold and labeled.
func sampleProject(t *testing.T) (string, int) {
	t.Helper()
	g, err := corpus.ReadGold("../../shared/samples/heze-daily-2020-09-15.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	page := corpus.SamplePage()
	var recs []corpus.ArticleRecord
	spans := 0
	for n, a := range []int{0, 1, 6} {
		var frags []corpus.Fragment
		for _, b := range g.Articles[a].Blocks {
			frags = append(frags, corpus.Fragment{Source: corpus.SampleSource, Block: b, Text: g.Blocks[b], Kind: page.Fragments[b].Kind})
		}
		text, refs := corpus.ArticleText(frags)
		rec := corpus.ArticleRecord{ID: fmt.Sprintf("heze-daily-2020-09-15#%02d", n+1), Title: g.Blocks[g.Articles[a].Blocks[0]],
			Text: text, Fragments: refs, Status: "gold", Annotator: "甲"}
		if n == 2 {
			rec.Status = "labeled"
		}
		for k := 1; k < len(frags); k++ {
			rec.Joins = append(rec.Joins, corpus.JoinRecord{From: frags[k-1].Block, To: frags[k].Block, Score: 0.75, Decision: "confirmed"})
		}
		for _, e := range exportEntities {
			for from := 0; ; {
				i := strings.Index(text[from:], e.text)
				if i < 0 {
					break
				}
				at := utf8.RuneCountInString(text[:from+i])
				rec.Entities = append(rec.Entities, corpus.Span{Start: at, End: at + utf8.RuneCountInString(e.text), Label: e.label, Text: e.text, Origin: corpus.OriginHuman})
				from += i + len(e.text)
			}
		}
		spans += len(rec.Entities)
		recs = append(recs, rec)
	}
	path := filepath.Join(t.TempDir(), "样例.stitchmark")
	p, err := corpus.CreateProject(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.ImportRecords(recs); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	return path, spans
}

func TestExportImportExportIsByteIdentical(t *testing.T) {
	project, spans := sampleProject(t)
	dir := t.TempDir()
	out1, out2 := filepath.Join(dir, "一"), filepath.Join(dir, "二")
	code, stdout, stderr := runCLI("export", "--project", project, "--status", "all", "--out", out1)
	if code != 0 || !strings.Contains(stdout, fmt.Sprintf("exported 3 articles (3 units, %d spans)", spans)) {
		t.Fatalf("export: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	second := filepath.Join(dir, "再.stitchmark")
	code, stdout, stderr = runCLI("import-jsonl", "--project", second, filepath.Join(out1, "gold.jsonl"))
	if code != 0 || !strings.Contains(stdout, "imported 3 articles") {
		t.Fatalf("import-jsonl: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if code, _, stderr = runCLI("export", "--project", second, "--status", "all", "--out", out2); code != 0 {
		t.Fatalf("second export: exit %d, stderr %q", code, stderr)
	}
	a, errA := os.ReadFile(filepath.Join(out1, "gold.jsonl"))
	b, errB := os.ReadFile(filepath.Join(out2, "gold.jsonl"))
	if errA != nil || errB != nil || len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("export → import → export changed the file (%v, %v)\n%s\n---\n%s", errA, errB, a, b)
	}
}

// TestExportNothingSaysWhy checks that an export that finds no article
// of the statuses asked for says which statuses the project's articles
// have and how to export them, and that an export that finds some says
// nothing of the kind.
func TestExportNothingSaysWhy(t *testing.T) {
	project, _ := sampleProject(t)
	tests := map[string]struct {
		status, want string
	}{
		"只要已确认衔接": {"joins-checked", "no article has status joins-checked; the project holds 1 labeled, 2 gold"},
		"两种都没有":   {"auto,joins-checked", "no article has status auto or joins-checked"},
		"有金标":     {"gold", ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			code, stdout, stderr := runCLI("export", "--project", project, "--status", tt.status, "--out", t.TempDir())
			if code != 0 {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			if tt.want == "" {
				if strings.Contains(stderr, "no article") || strings.Contains(stdout, "exported 0") {
					t.Errorf("stdout %q, stderr %q: want articles and no hint", stdout, stderr)
				}
				return
			}
			if !strings.Contains(stdout, "exported 0 articles") || !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, "--status all") {
				t.Errorf("stdout %q, stderr %q: want 0 articles and a hint holding %q", stdout, stderr, tt.want)
			}
		})
	}
}

func TestExportStatusAndSplit(t *testing.T) {
	project, _ := sampleProject(t)
	out := t.TempDir()
	code, stdout, stderr := runCLI("export", "--project", project, "--format", "doccano", "--split", "80/10/10", "--seed", "5", "--out", out)
	if code != 0 || !strings.Contains(stdout, "exported 2 articles") {
		t.Fatalf("exit %d, stdout %q, stderr %q (want the 2 gold articles)", code, stdout, stderr)
	}
	lines := 0
	for _, s := range []string{"train", "dev", "test"} {
		data, err := os.ReadFile(filepath.Join(out, "doccano-"+s+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		lines += bytes.Count(data, []byte("\n"))
	}
	if lines != 2 {
		t.Errorf("%d lines across the splits, want 2", lines)
	}
}

func TestExportUsage(t *testing.T) {
	project, _ := sampleProject(t)
	tests := []struct {
		name string
		args []string
	}{
		{"no out", []string{"export", "--project", project}},
		{"unknown format", []string{"export", "--project", project, "--format", "brat", "--out", t.TempDir()}},
		{"sentences of the gold JSONL", []string{"export", "--project", project, "--sentences", "--out", t.TempDir()}},
		{"split not 100", []string{"export", "--project", project, "--format", "conll", "--split", "80/30", "--out", t.TempDir()}},
		{"unknown status", []string{"export", "--project", project, "--status", "审核", "--out", t.TempDir()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, stderr := runCLI(tt.args...); code != 2 || stderr == "" {
				t.Errorf("exit %d, stderr %q; want 2 with a message", code, stderr)
			}
		})
	}
}
