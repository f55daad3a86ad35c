package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPOSIXLocaleQuiet runs the built binary under LANG=C.UTF-8, as in a
// container, and checks that Fyne logs no error about the locale.
func TestPOSIXLocaleQuiet(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "stitchmark")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "help")
	cmd.Env = append(withoutLocale(os.Environ()), "LANG=C.UTF-8")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("stitchmark help: %v\n%s", err, stderr.String())
	}
	if strings.Contains(stderr.String(), "Fyne error") {
		t.Errorf("stitchmark help under LANG=C.UTF-8 logged:\n%s", stderr.String())
	}
}

// withoutLocale drops the locale variables from env.
func withoutLocale(env []string) []string {
	var out []string
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		if k != "LANG" && k != "LANGUAGE" && k != "LC_ALL" && k != "LC_MESSAGES" {
			out = append(out, kv)
		}
	}
	return out
}
