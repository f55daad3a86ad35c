package export

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

// atomicFile is a file written under a temporary name in its target
// directory and renamed to its final name only when complete, so a crash
// never leaves half a file under the final name.
type atomicFile struct {
	f     *os.File
	w     *bufio.Writer
	final string
}

// createAtomic starts writing the file path.
func createAtomic(path string) (*atomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("export: create %s: %w", path, err)
	}
	return &atomicFile{f: f, w: bufio.NewWriterSize(f, 1<<16), final: path}, nil
}

// Write buffers p for the file.
func (a *atomicFile) Write(p []byte) (int, error) {
	return a.w.Write(p)
}

// commit flushes, syncs and closes the file, renames it to its final name
// and syncs the directory. On error the temporary file is removed.
func (a *atomicFile) commit() error {
	err := a.w.Flush()
	if err == nil {
		err = a.f.Sync()
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(a.f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.final)
	}
	if err != nil {
		os.Remove(a.f.Name())
		return fmt.Errorf("export: write %s: %w", a.final, err)
	}
	syncDir(filepath.Dir(a.final))
	return nil
}

// abort closes and removes the temporary file; the final name is untouched.
func (a *atomicFile) abort() {
	a.f.Close()
	os.Remove(a.f.Name())
}

// syncDir makes a rename in dir durable where the system allows it; it is
// best effort (some systems cannot sync a directory).
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	d.Close()
}

// writeFileAtomic writes data to path through a temporary file.
func writeFileAtomic(path string, data []byte) error {
	a, err := createAtomic(path)
	if err != nil {
		return err
	}
	if _, err := a.Write(data); err != nil {
		a.abort()
		return fmt.Errorf("export: write %s: %w", path, err)
	}
	return a.commit()
}
