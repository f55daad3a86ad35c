package cli

import (
	"strings"
	"testing"
)

func TestBench(t *testing.T) {
	code, out, errs := runCLI("bench", "--data", "../../shared/data/peoples-daily-1998-ner-1000.jsonl", "--pages", "5",
		"--page", samplePage, "--gold", "../../shared/samples/heze-daily-2020-09-15.gold.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"dictionary loaded", "heze-daily-2020-09-15.txt: links P", "5 simulated pages", "ECE", "pages/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, errs = runCLI("bench", "--data", "../../shared/data/peoples-daily-1998-ner-1000.jsonl", "--pages", "3", "--line", "12")
	if code != 0 || !strings.Contains(out, "3 simulated pages") {
		t.Errorf("bench --line 12: exit %d: %s%s", code, out, errs)
	}
	if code, _, _ := runCLI("bench"); code != 2 {
		t.Errorf("bench without data: exit %d, want 2", code)
	}
}
