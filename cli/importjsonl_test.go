package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportJSONLDoccano(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "标注.jsonl")
	data := `{"text":"王磊在菏泽市调研。","label":[[0,2,"PER"],[3,6,"GPE"]]}` + "\n" + `{"id":9,"text":"𠮷野家开业。","label":[[0,3,"ORG"]]}` + "\n"
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	project := filepath.Join(dir, "d.stitchmark")
	code, stdout, stderr := runCLI("import-jsonl", "--project", project, file)
	if code != 0 || !strings.Contains(stdout, "created "+project+": imported 2 articles") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	out := t.TempDir()
	if code, _, stderr := runCLI("export", "--project", project, "--format", "doccano", "--status", "labeled", "--out", out); code != 0 {
		t.Fatalf("export: exit %d, %s", code, stderr)
	}
	got, err := os.ReadFile(filepath.Join(out, "doccano.jsonl"))
	if err != nil || string(got) != data[:strings.Index(data, "\n")+1]+`{"text":"𠮷野家开业。","label":[[0,3,"ORG"]]}`+"\n" {
		t.Errorf("doccano → project → doccano gave %q, %v", got, err)
	}
}

func TestImportJSONLHostile(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"span text differs", `{"id":"a","text":"王磊","entities":[{"start":0,"end":2,"label":"PER","text":"王忠"}],"status":"gold"}`, "line 1"},
		{"negative offset on line 2", "\n" + `{"text":"王磊","label":[[-1,2,"PER"]]}`, "line 2"},
		{"invalid UTF-8", "{\"text\":\"\xff\",\"label\":[]}", "invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "坏.jsonl")
			if err := os.WriteFile(file, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			project := filepath.Join(dir, "p.stitchmark")
			code, _, stderr := runCLI("import-jsonl", "--project", project, file)
			if code != 1 || !strings.Contains(stderr, "坏.jsonl: export: "+tt.want) && !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 1 naming %q", code, stderr, tt.want)
			}
			if _, err := os.Stat(project); err == nil {
				t.Error("a project was created from a bad file")
			}
		})
	}
}
