package export

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenCases are the exports of the sample articles kept under
// testdata/<name>/.
var goldenCases = []struct {
	name  string
	opt   Options
	files []string
}{
	{"jsonl", Options{Format: FormatJSONL}, []string{"gold.jsonl"}},
	{"jsonl-utf16", Options{Format: FormatJSONL, Offsets: UTF16}, []string{"gold.jsonl"}},
	{"doccano", Options{Format: FormatDoccano}, []string{"doccano.jsonl"}},
	{"labelstudio", Options{Format: FormatLabelStudio}, []string{"labelstudio.json", "labelstudio-config.xml"}},
	{"conll-bio", Options{Format: FormatCoNLL}, []string{"conll.txt"}},
	{"conll-bioes-sentences", Options{Format: FormatCoNLL, Tags: BIOES, Sentences: true}, []string{"conll.txt"}},
	{"spacy-sentences", Options{Format: FormatSpacy, Sentences: true}, []string{"spacy.jsonl"}},
	{"jsonl-split", Options{Format: FormatJSONL, Split: Split{Train: 50, Dev: 25, Test: 25, Seed: 7}},
		[]string{"gold-train.jsonl", "gold-dev.jsonl", "gold-test.jsonl"}},
}

// exportSample writes the sample articles with opt into a new directory.
func exportSample(t *testing.T, opt Options) (string, Summary) {
	t.Helper()
	dir := t.TempDir()
	w, err := NewWriter(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range sampleRecords(t) {
		if err := w.Write(rec); err != nil {
			w.Abort()
			t.Fatal(err)
		}
	}
	sum, err := w.Close()
	if err != nil {
		t.Fatal(err)
	}
	return dir, sum
}

func TestGoldenFiles(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			dir, sum := exportSample(t, tc.opt)
			if len(sum.Files) != len(tc.files) {
				t.Fatalf("wrote %v, want %v", sum.Files, tc.files)
			}
			for _, name := range tc.files {
				got, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("testdata", tc.name, name)
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, got, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./export -run TestGoldenFiles -update)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from %s (run with -update after checking the change)", name, golden)
				}
			}
		})
	}
}

func TestSplitKeepsArticlesWhole(t *testing.T) {
	dir, sum := exportSample(t, Options{Format: FormatJSONL, Split: Split{Train: 50, Dev: 25, Test: 25, Seed: 7}})
	seen := map[string]string{}
	for _, split := range SplitNames {
		f, err := os.Open(filepath.Join(dir, "gold-"+split+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		items, err := ReadAll(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			if it.Split != split {
				t.Errorf("%s in gold-%s.jsonl says split %q", it.Record.ID, split, it.Split)
			}
			if prev, dup := seen[it.Record.ID]; dup {
				t.Errorf("%s in both %s and %s", it.Record.ID, prev, split)
			}
			seen[it.Record.ID] = split
		}
	}
	if len(seen) != sum.Articles || sum.Articles != len(sampleRecords(t)) {
		t.Errorf("%d articles across the splits, %d written, want %d", len(seen), sum.Articles, len(sampleRecords(t)))
	}
}

// pyCheck is the independent checker: Python's json module and str
// slicing (code points) verify every span of the gold JSONL and Label
// Studio files given, and print how many they checked.
const pyCheck = `
import json, sys
n = 0
for path in sys.argv[1:]:
    if path.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                for e in d["entities"]:
                    assert 0 <= e["start"] < e["end"] <= len(d["text"]), (d["id"], e)
                    assert d["text"][e["start"]:e["end"]] == e["text"], (d["id"], e)
                    n += 1
    else:
        with open(path, encoding="utf-8") as f:
            for task in json.load(f):
                t = task["data"]["text"]
                for r in task["annotations"][0]["result"]:
                    v = r["value"]
                    assert t[v["start"]:v["end"]] == v["text"], (task["data"]["article"], v)
                    n += 1
print(n)
`

func TestPythonChecksEverySpan(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Fatal("python3 is needed for the independent span check")
	}
	gold, sum := exportSample(t, Options{Format: FormatJSONL})
	ls, _ := exportSample(t, Options{Format: FormatLabelStudio})
	out, err := exec.Command(py, "-c", pyCheck, filepath.Join(gold, "gold.jsonl"), filepath.Join(ls, "labelstudio.json")).CombinedOutput()
	if err != nil {
		t.Fatalf("python check failed: %v\n%s", err, out)
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil || n != 2*sum.Spans || sum.Spans < 20 {
		t.Errorf("python checked %q spans, want 2×%d (and at least 20 labeled)", out, sum.Spans)
	}
}

func TestWriterErrorsLeaveNoFile(t *testing.T) {
	recs := sampleRecords(t)
	bad := recs[1]
	bad.Entities = append([]corpus.Span(nil), bad.Entities...)
	bad.Entities[0].Text = "王忠"
	dir := t.TempDir()
	w, err := NewWriter(dir, Options{Format: FormatDoccano})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(recs[0]); err != nil {
		t.Fatal(err)
	}
	err = w.Write(bad)
	if !errors.Is(err, ErrBadSpan) || !strings.Contains(err.Error(), bad.ID) {
		t.Fatalf("error = %v, want ErrBadSpan naming %s", err, bad.ID)
	}
	w.Abort()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("after Abort the directory holds %v", entries)
	}
	if err := w.Write(recs[0]); err == nil {
		t.Error("Write after Abort succeeded")
	}
}

func TestWriterOptions(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
		ok   bool
	}{
		{"doccano 句子 utf16", Options{Format: FormatDoccano, Sentences: true, Offsets: UTF16}, true},
		{"gold JSONL by sentence", Options{Format: FormatJSONL, Sentences: true}, false},
		{"spaCy with UTF-16", Options{Format: FormatSpacy, Offsets: UTF16}, false},
		{"unknown format", Options{Format: "brat"}, false},
		{"unknown tags", Options{Format: FormatCoNLL, Tags: "bilou"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := NewWriter(t.TempDir(), tt.opt)
			if (err == nil) != tt.ok {
				t.Fatalf("NewWriter error = %v, want ok %v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrBadOption) {
				t.Errorf("error %v is not ErrBadOption", err)
			}
			if w != nil {
				w.Abort()
			}
		})
	}
}
