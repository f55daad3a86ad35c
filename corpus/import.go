package corpus

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on the pages ParsePage accepts.
const (
	// MaxPageBytes is the largest page file accepted, in bytes (32 MiB, some
	// hundred times a real newspaper page). Larger input is rejected after
	// reading at most MaxPageBytes+1 bytes of it.
	MaxPageBytes = 32 << 20
	// MaxLineRunes is the longest line accepted, in code points (1 Mi): a
	// longer line means the file is not page text.
	MaxLineRunes = 1 << 20
	// readChunk is how much ParsePage reads at a time.
	readChunk = 64 << 10
)

// NewPage makes a page from already-decoded text: it normalises line ends,
// splits the text into fragments and classifies them (reading the indents
// of its paragraphs, if it prints them). Encoding is left empty.
func NewPage(source, text string) *Page {
	text = NormalizeNewlines(text)
	p := &Page{Source: source, Text: text, Fragments: SplitFragments(source, text)}
	classifyPage(p)
	return p
}

// ParsePage reads a page from r in chunks of at most 64 KiB, decodes it (see
// Decode), splits it into fragments and classifies them. Input that is not a
// page of text gives an *InputError wrapping ErrBadInput that names source,
// the problem and, where it applies, the line and byte offset: binary data,
// NUL bytes, undecodable bytes, an empty or whitespace-only file, more than
// MaxPageBytes bytes, a line longer than MaxLineRunes code points.
func ParsePage(source string, r io.Reader) (*Page, error) {
	return parsePage(source, r, 0)
}

// parsePage is ParsePage with a hint of the input's size for the buffer.
func parsePage(source string, r io.Reader, sizeHint int64) (*Page, error) {
	data, err := readBounded(r, sizeHint)
	if err != nil {
		return nil, named(err, source)
	}
	if len(data) == 0 {
		return nil, &InputError{Source: source, Offset: -1, Problem: "empty file"}
	}
	text, enc, err := Decode(data)
	if err != nil {
		return nil, named(err, source)
	}
	if strings.TrimFunc(text, isBlankRune) == "" {
		return nil, &InputError{Source: source, Offset: -1, Problem: "the file holds only white space"}
	}
	if err := checkLines(text); err != nil {
		return nil, named(err, source)
	}
	p := &Page{Source: source, Encoding: enc, Text: text, Fragments: SplitFragments(source, text)}
	classifyPage(p)
	return p, nil
}

// isBlankRune reports white space and the invisible format characters
// (byte-order marks, zero-width spaces) that visible leaves out: a file of
// nothing else has no text.
func isBlankRune(r rune) bool { return unicode.IsSpace(r) || isFormat(r) }

// named fills in the source of an *InputError that has none.
func named(err error, source string) error {
	var ie *InputError
	if errors.As(err, &ie) && ie.Source == "" {
		ie.Source = source
	}
	return err
}

// readBounded reads all of r in chunks, failing once it passes MaxPageBytes.
func readBounded(r io.Reader, sizeHint int64) ([]byte, error) {
	data := make([]byte, 0, min(max(sizeHint+1, readChunk), MaxPageBytes+1))
	for {
		if len(data) == cap(data) {
			data = append(data, make([]byte, readChunk)...)[:len(data)]
		}
		n, err := r.Read(data[len(data):min(cap(data), len(data)+readChunk)])
		data = data[:len(data)+n]
		if len(data) > MaxPageBytes {
			return nil, &InputError{Offset: -1, Problem: fmt.Sprintf("larger than the %d MiB limit for a page", MaxPageBytes>>20)}
		}
		switch {
		case err == io.EOF:
			return data, nil
		case err != nil:
			return nil, fmt.Errorf("corpus: reading page: %w", err)
		}
	}
}

// checkLines rejects a line longer than MaxLineRunes code points.
func checkLines(text string) error {
	for line := 1; text != ""; line++ {
		l, rest, _ := strings.Cut(text, "\n")
		if len(l) > MaxLineRunes { // bytes ≥ runes: only long lines get counted
			if n := utf8.RuneCountInString(l); n > MaxLineRunes {
				return &InputError{Line: line, Offset: -1, Problem: fmt.Sprintf(
					"line of %d characters, longer than the limit of %d: not page text", n, MaxLineRunes)}
			}
		}
		text = rest
	}
	return nil
}

// ReadPage reads the page file at path (see ParsePage). The page's Source is
// the file's base name and Path is path; errors name path. A file larger than
// MaxPageBytes is rejected before it is read.
func ReadPage(path string) (*Page, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	if info.IsDir() {
		return nil, &InputError{Source: path, Offset: -1, Problem: "is a folder, not a page file"}
	}
	if info.Size() > MaxPageBytes {
		return nil, &InputError{Source: path, Offset: -1, Problem: fmt.Sprintf(
			"file of %.1f MB, larger than the %d MiB limit for a page", float64(info.Size())/1e6, MaxPageBytes>>20)}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	p, err := parsePage(path, f, info.Size())
	if err != nil {
		return nil, err
	}
	p.Source, p.Path = filepath.Base(path), path
	for i := range p.Fragments {
		p.Fragments[i].Source = p.Source
	}
	return p, nil
}

// ReadPages reads page files and folders. A folder stands for the .txt files
// directly inside it (not in sub-folders: a project's pages sit side by side,
// and recursing could pull in backups or unrelated text), in name order,
// hidden files skipped. Pages come back in the order given. Every file is
// tried: ReadPages returns the pages it could read and, when some could not
// be read, an error joining one error per failed file or folder. Two files
// with the same base name in different folders are an error, since a page is
// known by its base name.
func ReadPages(paths ...string) ([]*Page, error) {
	files, errs := expandPaths(paths)
	var pages []*Page
	seen := map[string]string{} // source → path
	for _, path := range files {
		source := filepath.Base(path)
		if other, dup := seen[source]; dup {
			errs = append(errs, &InputError{Source: path, Offset: -1, Problem: "same file name as " + other})
			continue
		}
		p, err := ReadPage(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		seen[source] = path
		pages = append(pages, p)
	}
	return pages, errors.Join(errs...)
}

// expandPaths replaces folders by their .txt files and drops repeated paths.
func expandPaths(paths []string) (files []string, errs []error) {
	if len(paths) == 0 {
		return nil, []error{fmt.Errorf("%w: no page files given", ErrBadInput)}
	}
	done := map[string]bool{}
	add := func(p string) {
		if c := filepath.Clean(p); !done[c] {
			done[c] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			add(p) // ReadPage reports the error with the file's name
			continue
		}
		txt, err := folderPages(p)
		if err != nil {
			errs = append(errs, err)
		}
		for _, f := range txt {
			add(f)
		}
	}
	return files, errs
}

// folderPages lists the .txt files directly inside dir, sorted by name.
func folderPages(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	var files []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || !strings.EqualFold(filepath.Ext(name), ".txt") {
			continue
		}
		files = append(files, filepath.Join(dir, name))
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, &InputError{Source: dir, Offset: -1, Problem: "folder holds no .txt files"}
	}
	return files, nil
}
