package corpus

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestZZPerArticle(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	_, report := splitPD(t)
	s := testStitcher(t)
	opt := DefaultSimOptions()
	opt.Seed = reportSeed
	tot, ok := map[int]int{}, map[int]int{}
	for _, sp := range SimulatePages(report, 200, opt) {
		p := NewPage(sp.Name, sp.Text)
		st := s.Stitch(p)
		seqs := map[string]bool{}
		for _, a := range st.Articles {
			seqs[blockSeqKey(a.Blocks)] = true
		}
		for k, ga := range sp.Gold.Articles {
			src := sp.Articles[k].Source
			tot[src]++
			if seqs[blockSeqKey(ga.Blocks)] || len(ga.Blocks) == 1 {
				ok[src]++
			}
		}
	}
	var ids []int
	for id := range tot {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return tot[ids[i]]-ok[ids[i]] > tot[ids[j]]-ok[ids[j]] })
	for _, id := range ids[:25] {
		a := report[id]
		fmt.Printf("%3d/%3d wrong  %s | %d paras | %s\n", tot[id]-ok[id], tot[id], a.Title, len(a.Paragraphs), firstRunes(a.Paragraphs[len(a.Paragraphs)-1], 30))
	}
}
