package main

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/stitchmark/stitchmark"

// deps lists the packages pkg depends on, as go list -deps prints them.
func deps(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", pkg).Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v", pkg, err)
	}
	return strings.Fields(string(out))
}

// TestLayering checks the import rules: the non-GUI packages never reach
// Fyne, and imports flow main → app, cli → annotate, export → corpus.
func TestLayering(t *testing.T) {
	forbidden := map[string][]string{
		"./corpus":   {"fyne.io/", module + "/app", module + "/cli", module + "/annotate", module + "/export"},
		"./annotate": {"fyne.io/", module + "/app", module + "/cli", module + "/export"},
		"./export":   {"fyne.io/", module + "/app", module + "/cli", module + "/annotate"},
		"./cli":      {"fyne.io/", module + "/app"},
	}
	for pkg, bad := range forbidden {
		for _, d := range deps(t, pkg) {
			for _, b := range bad {
				if d == b || strings.HasPrefix(d, b) && (strings.HasSuffix(b, "/") || strings.HasPrefix(d, b+"/")) {
					t.Errorf("%s imports %s (via go list -deps)", pkg, d)
				}
			}
		}
	}
}
