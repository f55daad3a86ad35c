package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/stitchmark/stitchmark/corpus"
	"github.com/stitchmark/stitchmark/export"
)

func init() {
	register("import-jsonl", "read a gold JSONL (or doccano JSONL) file into a project", runImportJSONL)
}

// runImportJSONL is `stitchmark import-jsonl --project P FILE`.
func runImportJSONL(env Env, args []string) error {
	fl := newFlags(env, "import-jsonl", "--project P.stitchmark FILE.jsonl")
	project := fl.String("project", "", "the project file; created if missing")
	docOff := fl.String("doccano-offsets", "codepoints", "the unit of doccano lines' offsets: codepoints or utf16")
	if err := parse(fl, args); err != nil {
		return err
	}
	if *project == "" || fl.NArg() != 1 {
		fl.Usage()
		return fmt.Errorf("%w: need --project and one JSONL file", errUsage)
	}
	off, err := export.ParseOffsets(*docOff)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	items, err := readJSONL(fl.Arg(0), off)
	if err != nil {
		return err
	}
	p, created, err := openOrCreate(*project)
	if err != nil {
		return err
	}
	err = p.ImportRecords(records(items))
	if cerr := p.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		if created {
			os.Remove(*project)
		}
		return err
	}
	what := *project
	if created {
		what = "created " + *project
	}
	fmt.Fprintf(env.Stdout, "%s: imported %d articles from %s\n", what, len(items), fl.Arg(0))
	return nil
}

// readJSONL reads every record of a gold JSONL or doccano file; errors
// name the file and line.
func readJSONL(path string, doccanoOffsets export.Offsets) ([]export.Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := export.NewReader(f)
	r.DoccanoOffsets = doccanoOffsets
	r.Source = filepath.Base(path)
	var items []export.Item
	for {
		it, err := r.Next()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return items, nil
			}
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		items = append(items, it)
	}
}

// records returns the items' records.
func records(items []export.Item) []corpus.ArticleRecord {
	out := make([]corpus.ArticleRecord, len(items))
	for i, it := range items {
		out[i] = it.Record
	}
	return out
}
