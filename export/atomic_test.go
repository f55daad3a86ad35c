package export

import (
	"os"
	"path/filepath"
	"testing"
)

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gold.jsonl")
	if err := os.WriteFile(path, []byte("旧的\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := createAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Write([]byte("新的\n")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "旧的\n" {
		t.Errorf("before commit the file holds %q, want the old content", got)
	}
	if err := a.commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "新的\n" {
		t.Errorf("after commit the file holds %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want only the file", len(entries))
	}
}

func TestAtomicAbort(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "doccano.jsonl")
	a, err := createAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Write([]byte("半个文件")); err != nil {
		t.Fatal(err)
	}
	a.abort()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("after abort the directory holds %v", entries)
	}
}
