package annotate_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/stitchmark/stitchmark/annotate"
	"github.com/stitchmark/stitchmark/corpus"
)

func TestZZSample(t *testing.T) {
	a := annotate.New()
	p := corpus.SamplePage()
	for _, f := range p.Fragments {
		rs := []rune(f.Text)
		for _, g := range a.Suggest(f.Text) {
			if g.Label == os.Getenv("ZZL") {
				fmt.Printf("%-10s %s   [%s]\n", g.Rule, string(rs[g.Start:g.End]), string(rs[max(0, g.Start-4):min(len(rs), g.End+4)]))
			}
		}
	}
}
