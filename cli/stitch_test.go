package cli

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	json "github.com/goccy/go-json"
)

const samplePage = "../../shared/samples/heze-daily-2020-09-15.txt"

// keysOf returns the sorted keys of a JSON object.
func keysOf(t *testing.T, v any) []string {
	t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%v is not an object", v)
	}
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// checkPageShape checks one page object against the fixed --json shape.
func checkPageShape(t *testing.T, page any) {
	t.Helper()
	want := map[string][]string{
		"page":     {"articles", "source", "unassigned"},
		"article":  {"fragments", "joins", "title"},
		"fragment": {"block", "kind", "text"},
		"join":     {"from", "reason", "score", "to"},
	}
	if got := keysOf(t, page); !reflect.DeepEqual(got, want["page"]) {
		t.Fatalf("page keys %v, want %v", got, want["page"])
	}
	p := page.(map[string]any)
	for _, a := range p["articles"].([]any) {
		if got := keysOf(t, a); !reflect.DeepEqual(got, want["article"]) {
			t.Fatalf("article keys %v", got)
		}
		art := a.(map[string]any)
		for _, f := range art["fragments"].([]any) {
			if got := keysOf(t, f); !reflect.DeepEqual(got, want["fragment"]) {
				t.Fatalf("fragment keys %v", got)
			}
		}
		for _, j := range art["joins"].([]any) {
			if got := keysOf(t, j); !reflect.DeepEqual(got, want["join"]) {
				t.Fatalf("join keys %v", got)
			}
		}
	}
	for _, f := range p["unassigned"].([]any) {
		if got := keysOf(t, f); !reflect.DeepEqual(got, want["fragment"]) {
			t.Fatalf("unassigned keys %v", got)
		}
	}
}

func TestStitchJSON(t *testing.T) {
	code, out, errs := runCLI("stitch", "--json", samplePage)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var page any
	if err := json.Unmarshal([]byte(out), &page); err != nil {
		t.Fatal(err)
	}
	checkPageShape(t, page)
	p := page.(map[string]any)
	if p["source"] != "heze-daily-2020-09-15.txt" {
		t.Errorf("source %v", p["source"])
	}
	arts := p["articles"].([]any)
	first := arts[0].(map[string]any)
	if first["title"] != "市危化品专项整治工作会议要求" || len(arts) != 11 {
		t.Errorf("%d articles, the first titled %v", len(arts), first["title"])
	}
	var jump map[string]any
	for _, j := range first["joins"].([]any) {
		if j.(map[string]any)["from"] == 3.0 {
			jump = j.(map[string]any)
		}
	}
	if jump == nil || jump["to"] != 23.0 || jump["score"].(float64) < 0.5 || !strings.Contains(jump["reason"].(string), "jump") {
		t.Errorf("join from block 3: %v, want to 23 with a score and a reason", jump)
	}
	un := p["unassigned"].([]any)
	if len(un) != 1 || un[0].(map[string]any)["block"] != 78.0 {
		t.Errorf("unassigned %v, want block 78", un)
	}
}

func TestStitchSeveralPages(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(samplePage)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"第一版.txt", "第二版.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := runCLI("stitch", "--json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc map[string][]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc) != 1 || len(doc["pages"]) != 2 {
		t.Fatalf("want {\"pages\": [2 pages]}, got keys %v", keysOf(t, map[string]any{"pages": doc["pages"]}))
	}
	for _, p := range doc["pages"] {
		checkPageShape(t, p)
	}
}

func TestStitchText(t *testing.T) {
	code, out, errs := runCLI("stitch", samplePage)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"11 articles, 1 unassigned", "[1] 市危化品专项整治工作会议要求", "3→23", "(no headline)", "unassigned:"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// The sample's two ends under the line (0.898 and 0.899), cut, not rounded.
	if got := strings.Count(out, "⊣ end 0.89: could go on (…"); got != 2 {
		t.Errorf("%d doubtful ends printed, want 2:\n%s", got, out)
	}
	if strings.Count(out, "⊣") != 2 {
		t.Errorf("ends above the line printed too:\n%s", out)
	}
}

// TestStitchWarnsSideBySide checks that stitch tells on stderr when a page
// holds columns side by side (as pdftotext writes narrow columns without
// -raw), still stitching it, and says nothing of other pages.
func TestStitchWarnsSideBySide(t *testing.T) {
	code, out, errs := runCLI("stitch", "../corpus/testdata/pdftotext/heze-daily-2020-09-15.txt")
	if code != 0 || !strings.Contains(out, "articles") {
		t.Fatalf("exit %d, output %q: %s", code, out, errs)
	}
	for _, want := range []string{"stitchmark stitch: warning: heze-daily-2020-09-15.txt: corpus: columns side by side", "pdftotext -raw"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr %q lacks %q", errs, want)
		}
	}
	if _, _, errs := runCLI("stitch", samplePage); errs != "" {
		t.Errorf("the sample page: stderr %q", errs)
	}
}

func TestStitchErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "坏.txt")
	if err := os.WriteFile(bad, []byte("版面\x00\x01\x02"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		say  string
	}{
		{"no page", []string{"stitch"}, 2, "need at least one page"},
		{"binary page", []string{"stitch", bad}, 1, "坏.txt"},
		{"missing page", []string{"stitch", filepath.Join(dir, "没有.txt")}, 1, "没有.txt"},
		{"unknown flag", []string{"stitch", "--yaml", samplePage}, 2, "yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.say) {
				t.Errorf("exit %d, stderr %q; want %d mentioning %q", code, errs, tt.code, tt.say)
			}
		})
	}
}
