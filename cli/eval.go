package cli

import (
	"fmt"

	"github.com/stitchmark/stitchmark/export"
)

func init() {
	register("eval", "score predicted spans and joins against a gold JSONL", runEval)
}

// runEval is `stitchmark eval --gold G.jsonl --pred P.jsonl`.
func runEval(env Env, args []string) error {
	fl := newFlags(env, "eval", "--gold G.jsonl --pred P.jsonl")
	gold := fl.String("gold", "", "the reference file (gold JSONL or doccano)")
	pred := fl.String("pred", "", "the predictions (gold JSONL or doccano)")
	docOff := fl.String("doccano-offsets", "codepoints", "the unit of doccano lines' offsets: codepoints or utf16")
	if err := parse(fl, args); err != nil {
		return err
	}
	if *gold == "" || *pred == "" || fl.NArg() > 0 {
		fl.Usage()
		return fmt.Errorf("%w: need --gold and --pred", errUsage)
	}
	off, err := export.ParseOffsets(*docOff)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	g, err := readJSONL(*gold, off)
	if err != nil {
		return err
	}
	p, err := readJSONL(*pred, off)
	if err != nil {
		return err
	}
	r, err := export.Evaluate(records(g), records(p))
	if err != nil {
		return err
	}
	return r.Write(env.Stdout)
}
