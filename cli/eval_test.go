package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestEval(t *testing.T) {
	dir := t.TempDir()
	gold := writeFile(t, dir, "gold.jsonl",
		`{"id":"a#1","text":"王磊到菏泽市","entities":[{"start":0,"end":2,"label":"PER","text":"王磊"},{"start":3,"end":6,"label":"GPE","text":"菏泽市"}],"status":"gold"}`+"\n")
	// doccano predictions: ids are line numbers, so give the gold id
	pred := writeFile(t, dir, "pred.jsonl", `{"id":"a#1","text":"王磊到菏泽市","label":[[0,2,"PER"],[3,5,"GPE"]]}`+"\n")
	code, stdout, stderr := runCLI("eval", "--gold", gold, "--pred", pred)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	// PER exact 1/1/1; GPE exact 0, partial 1: micro exact P=R=F1=0.5
	for _, want := range []string{"PER", "GPE", "micro", "0.5000", "1 articles scored", "join links: not scored"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if code, _, _ := runCLI("eval", "--gold", gold); code != 2 {
		t.Errorf("eval without --pred: exit %d, want 2", code)
	}
}
