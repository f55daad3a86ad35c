package export

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/stitchmark/stitchmark/corpus"
)

// Format names an export format.
type Format string

// The export formats.
const (
	FormatJSONL       Format = "jsonl"       // the gold JSONL: one article a line, with provenance
	FormatDoccano     Format = "doccano"     // doccano sequence-labeling JSONL
	FormatLabelStudio Format = "labelstudio" // Label Studio JSON tasks plus a labeling config
	FormatCoNLL       Format = "conll"       // character-level CoNLL, BIO or BIOES
	FormatSpacy       Format = "spacy"       // spaCy-ready JSONL with character spans
)

// Formats lists every format.
var Formats = []Format{FormatJSONL, FormatDoccano, FormatLabelStudio, FormatCoNLL, FormatSpacy}

// ParseFormat reads the --format flag.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("%w: format %q (want one of %v)", ErrBadOption, s, Formats)
}

// Options says what a Writer writes.
type Options struct {
	Format    Format
	Sentences bool    // one unit per sentence (not for the gold JSONL)
	Offsets   Offsets // UTF16 only for the gold JSONL and doccano
	Tags      Tags    // CoNLL tagging scheme; "" is BIO
	Split     Split   // the zero Split writes one file
}

// Check reports options that do not go together, as ErrBadOption.
func (o Options) Check() error {
	if _, err := ParseFormat(string(o.Format)); err != nil {
		return err
	}
	if o.Sentences && o.Format == FormatJSONL {
		return fmt.Errorf("%w: the gold JSONL has one article a line; --sentences is for doccano, labelstudio, conll and spacy", ErrBadOption)
	}
	if o.Offsets == UTF16 && o.Format != FormatJSONL && o.Format != FormatDoccano {
		return fmt.Errorf("%w: UTF-16 offsets are for jsonl and doccano; %s uses code points", ErrBadOption, o.Format)
	}
	if _, err := ParseOffsets(string(o.Offsets)); err != nil {
		return err
	}
	_, err := ParseTags(string(o.Tags))
	return err
}

// fileName is the name of the file of one split ("" for no split).
func (o Options) fileName(split string) string {
	base, ext := string(o.Format), ".jsonl"
	switch o.Format {
	case FormatJSONL:
		base = "gold"
	case FormatLabelStudio:
		ext = ".json"
	case FormatCoNLL:
		ext = ".txt"
	}
	if split != "" {
		base += "-" + split
	}
	return base + ext
}

// Summary counts what a Writer wrote.
type Summary struct {
	Articles int            // records written
	Units    int            // lines, tasks or CoNLL blocks written (sentences in sentence mode)
	Spans    int            // entity spans written
	Dropped  int            // nested spans CoNLL could not hold (see Flatten)
	BySplit  map[string]int // articles per split
	Files    []string       // the files written, after Close
}

// Writer writes records to the files of one export in a directory: one
// file, or train/dev/test files with a Split; Label Studio also gets
// labelstudio-config.xml. Every file is written under a temporary name and
// renamed by Close, so a crash or an error leaves no half file under a final
// name (Abort removes the temporary files).
type Writer struct {
	opt    Options
	dir    string
	files  map[string]*atomicFile
	splits []string
	tasks  map[string]int // Label Studio tasks written per split, for commas
	labels map[string]bool
	sum    Summary
}

// NewWriter checks opt and opens the temporary files in dir, creating dir
// if needed.
func NewWriter(dir string, opt Options) (*Writer, error) {
	if err := opt.Check(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("export: output directory: %w", err)
	}
	w := &Writer{opt: opt, dir: dir, files: map[string]*atomicFile{}, tasks: map[string]int{},
		labels: map[string]bool{}, sum: Summary{BySplit: map[string]int{}}}
	w.splits = []string{""}
	if opt.Split.Enabled() {
		w.splits = SplitNames
	}
	for _, s := range w.splits {
		f, err := createAtomic(filepath.Join(dir, opt.fileName(s)))
		if err != nil {
			w.Abort()
			return nil, err
		}
		w.files[s] = f
		if opt.Format == FormatLabelStudio {
			if _, err := f.Write([]byte("[")); err != nil {
				w.Abort()
				return nil, err
			}
		}
	}
	return w, nil
}

// Write writes one article (or its sentences). On error nothing is
// written for it; the caller should Abort.
func (w *Writer) Write(rec corpus.ArticleRecord) error {
	if w.opt.Format != FormatJSONL { // MarshalGold checks its records
		if err := CheckRecord(rec); err != nil {
			return err
		}
	}
	split := w.opt.Split.Of(rec.ID)
	f := w.files[split]
	if f == nil {
		return fmt.Errorf("%w: write after Close or Abort", ErrBadOption)
	}
	var out []byte
	units := []corpus.ArticleRecord{rec}
	if w.opt.Sentences {
		units = Sentences(rec)
	}
	for _, u := range units {
		b, err := w.encode(u, split)
		if err != nil {
			return err
		}
		out = append(out, b...)
	}
	if _, err := f.Write(out); err != nil {
		return fmt.Errorf("export: write %s: %w", f.final, err)
	}
	for _, s := range rec.Entities {
		w.labels[s.Label] = true
	}
	w.sum.Articles++
	w.sum.BySplit[split]++
	w.sum.Units += len(units)
	w.sum.Spans += len(rec.Entities)
	return nil
}

// encode returns one unit in the writer's format.
func (w *Writer) encode(u corpus.ArticleRecord, split string) ([]byte, error) {
	switch w.opt.Format {
	case FormatJSONL:
		return MarshalGold(u, split, w.opt.Offsets)
	case FormatDoccano:
		return MarshalDoccano(u, w.opt.Offsets)
	case FormatSpacy:
		return MarshalSpacy(u)
	case FormatCoNLL:
		b, dropped, err := MarshalCoNLL(u, w.opt.Tags)
		w.sum.Dropped += dropped
		return b, err
	}
	b, err := MarshalLabelStudio(u)
	if err != nil {
		return nil, err
	}
	sep := ",\n"
	if w.tasks[split] == 0 {
		sep = "\n"
	}
	w.tasks[split]++
	return append([]byte(sep), b...), nil
}

// Close finishes and renames every file and returns what was written.
func (w *Writer) Close() (Summary, error) {
	for _, s := range w.splits {
		f := w.files[s]
		if w.opt.Format == FormatLabelStudio {
			if _, err := f.Write([]byte("\n]\n")); err != nil {
				w.Abort()
				return w.sum, fmt.Errorf("export: write %s: %w", f.final, err)
			}
		}
		delete(w.files, s)
		if err := f.commit(); err != nil {
			w.Abort()
			return w.sum, err
		}
		w.sum.Files = append(w.sum.Files, f.final)
	}
	if w.opt.Format == FormatLabelStudio {
		path := filepath.Join(w.dir, "labelstudio-config.xml")
		if err := writeFileAtomic(path, LabelStudioConfig(w.Labels())); err != nil {
			return w.sum, err
		}
		w.sum.Files = append(w.sum.Files, path)
	}
	return w.sum, nil
}

// Abort removes the temporary files not yet renamed.
func (w *Writer) Abort() {
	for s, f := range w.files {
		f.abort()
		delete(w.files, s)
	}
}

// Labels returns the labels written so far, sorted.
func (w *Writer) Labels() []string {
	out := make([]string, 0, len(w.labels))
	for l := range w.labels {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}
