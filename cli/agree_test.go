package cli

import (
	"strings"
	"testing"
)

func TestAgree(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "甲.jsonl", `{"text":"王磊到菏泽市","label":[[0,2,"PER"],[3,6,"GPE"]]}`+"\n")
	b := writeFile(t, dir, "乙.jsonl", `{"text":"王磊到菏泽市","label":[[0,2,"PER"],[3,5,"GPE"]]}`+"\n")
	code, stdout, stderr := runCLI("agree", a, b)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	// 6 characters, κ = 3/4 (worked out in export/agree_test.go)
	for _, want := range []string{"Cohen's kappa on character tags: 0.7500", "甲.jsonl vs 乙.jsonl", "line-1 [3,6) 菏泽市: GPE / —"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if code, _, _ := runCLI("agree", a); code != 2 {
		t.Errorf("agree with one file: exit %d, want 2", code)
	}
}
