package cli

import (
	"fmt"
	"path/filepath"

	"github.com/stitchmark/stitchmark/export"
)

func init() {
	register("agree", "measure agreement between annotators' JSONL files", runAgree)
}

// runAgree is `stitchmark agree A.jsonl B.jsonl [C.jsonl…]`.
func runAgree(env Env, args []string) error {
	fl := newFlags(env, "agree", "A.jsonl B.jsonl [C.jsonl...]")
	docOff := fl.String("doccano-offsets", "codepoints", "the unit of doccano lines' offsets: codepoints or utf16")
	if err := parse(fl, args); err != nil {
		return err
	}
	if fl.NArg() < 2 {
		fl.Usage()
		return fmt.Errorf("%w: need two or more annotators' files", errUsage)
	}
	off, err := export.ParseOffsets(*docOff)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	var anns []export.Annotation
	for _, path := range fl.Args() {
		items, err := readJSONL(path, off)
		if err != nil {
			return err
		}
		anns = append(anns, export.Annotation{Name: filepath.Base(path), Records: records(items)})
	}
	r, err := export.Agree(anns)
	if err != nil {
		return err
	}
	return r.Write(env.Stdout)
}
