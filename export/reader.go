package export

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-json"
	"github.com/stitchmark/stitchmark/corpus"
)

// Limits of the reader, by default.
const (
	DefaultMaxLine  = 64 << 20 // bytes in one line
	DefaultMaxDepth = 16       // nesting of arrays and objects in one line
)

// LineError is an error on one line of an input file; it unwraps to the
// package's sentinel error.
type LineError struct {
	Line int
	Err  error
}

// Error says "export: line N: what".
func (e *LineError) Error() string {
	return fmt.Sprintf("export: line %d: %s", e.Line, strings.TrimPrefix(e.Err.Error(), "export: "))
}

// Unwrap returns the underlying error.
func (e *LineError) Unwrap() error { return e.Err }

// Item is one record read from a JSONL file.
type Item struct {
	Record corpus.ArticleRecord
	Split  string // the gold JSONL's "split" field ("" for doccano)
	Format Format // FormatJSONL or FormatDoccano
	Line   int    // 1-based line number
}

// Reader reads the gold JSONL or doccano's JSONL (the format is told apart
// on each line: a line with "label" and no "entities" is doccano's) one
// line at a time, in memory bounded by MaxLine. Every record is checked
// like CheckRecord and ids must be unique; UTF-16 offsets ("offsets":
// "utf16") are turned back into code points. Blank lines are skipped.
type Reader struct {
	MaxLine        int     // longest line accepted, in bytes
	MaxDepth       int     // deepest nesting accepted
	DoccanoOffsets Offsets // the unit of doccano lines' offsets (they carry no field saying so)
	Source         string  // the source name of doccano records' one fragment

	br   *bufio.Reader
	line int
	buf  []byte
	seen map[string]int // id → line
	err  error
}

// NewReader returns a reader of r with the default limits, code-point
// doccano offsets and the source name "doccano".
func NewReader(r io.Reader) *Reader {
	return &Reader{MaxLine: DefaultMaxLine, MaxDepth: DefaultMaxDepth, Source: "doccano",
		br: bufio.NewReaderSize(r, 1<<16), seen: map[string]int{}}
}

// Next returns the next record, or io.EOF after the last one. After an
// error it keeps returning that error.
func (r *Reader) Next() (Item, error) {
	if r.err != nil {
		return Item{}, r.err
	}
	for {
		line, err := r.readLine()
		if err != nil {
			r.err = err
			return Item{}, err
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		it, err := r.parse(line)
		if err != nil {
			r.err = &LineError{Line: r.line, Err: err}
			return Item{}, r.err
		}
		return it, nil
	}
}

// ReadAll reads every record of r; it stops at the first error.
func ReadAll(r io.Reader) ([]Item, error) {
	rd := NewReader(r)
	var out []Item
	for {
		it, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, it)
	}
}

// readLine returns the next line without its line ending, or io.EOF. A
// line longer than MaxLine is an error as soon as MaxLine bytes are read.
func (r *Reader) readLine() ([]byte, error) {
	r.buf = r.buf[:0]
	r.line++
	for {
		chunk, err := r.br.ReadSlice('\n')
		if len(r.buf)+len(chunk) > r.MaxLine+1 {
			return nil, &LineError{Line: r.line, Err: fmt.Errorf("%w: longer than %d bytes", ErrBadLine, r.MaxLine)}
		}
		r.buf = append(r.buf, chunk...)
		switch {
		case err == nil:
			return bytes.TrimSuffix(bytes.TrimSuffix(r.buf, []byte("\n")), []byte("\r")), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(r.buf) == 0 {
				return nil, io.EOF
			}
			return bytes.TrimSuffix(r.buf, []byte("\r")), nil
		default:
			return nil, fmt.Errorf("export: line %d: %w", r.line, err)
		}
	}
}

// parse checks and decodes one non-blank line.
func (r *Reader) parse(line []byte) (Item, error) {
	if !utf8.Valid(line) {
		return Item{}, fmt.Errorf("%w: invalid UTF-8 at byte %d", ErrBadLine, invalidAt(line))
	}
	if depth(line) > r.MaxDepth {
		return Item{}, fmt.Errorf("%w: nested deeper than %d levels", ErrBadLine, r.MaxDepth)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(line, &keys); err != nil {
		return Item{}, fmt.Errorf("%w: not a JSON object: %v", ErrBadLine, err)
	}
	var it Item
	var err error
	if _, ok := keys["label"]; ok && keys["entities"] == nil {
		it, err = r.parseDoccano(line)
	} else {
		it, err = parseGold(line, keys)
	}
	if err != nil {
		return Item{}, err
	}
	if err := CheckRecord(it.Record); err != nil {
		return Item{}, err
	}
	if prev, dup := r.seen[it.Record.ID]; dup {
		return Item{}, fmt.Errorf("%w: id %q already on line %d", ErrBadRecord, it.Record.ID, prev)
	}
	r.seen[it.Record.ID] = r.line
	it.Line = r.line
	return it, nil
}

// invalidAt returns the byte offset of the first invalid UTF-8 in b.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// depth returns the deepest nesting of arrays and objects in a JSON text,
// without decoding it.
func depth(b []byte) int {
	d, deepest := 0, 0
	inString, escaped := false, false
	for _, c := range b {
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case inString && c == '"':
			inString = false
		case inString:
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			d++
			deepest = max(deepest, d)
		case c == '}' || c == ']':
			d--
		}
	}
	return deepest
}
