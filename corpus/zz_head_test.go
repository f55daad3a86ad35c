package corpus

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestZZHeadlines(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	tune, report := splitPD(t)
	arts := report
	if os.Getenv("ZZT") != "" {
		arts = tune
	}
	s := testStitcher(t)
	tps := simTrainingPages(t, arts, 300, reportSeed)
	cats := map[string]int{}
	for _, tp := range tps {
		a := s.analyse(tp.Page)
		b := a.blocks
		gp := make([]int, len(b))
		for i := range gp {
			gp[i] = -1
		}
		for l := range goldLinks(tp.Gold) {
			gp[l.to] = l.from
		}
		for k := range b {
			if b[k].kind != KindHeadline {
				continue
			}
			cls := "true"
			if gp[k] >= 0 && !isTitle(b[gp[k]].kind) {
				cls = "MID"
			}
			prev, next := "none", "none"
			if k > 0 {
				prev = string(b[k-1].kind)
				if b[k-1].open {
					prev += "-open"
				}
			}
			if k+1 < len(b) {
				next = string(b[k+1].kind)
				if isRunning(b[k+1].kind) && !b[k+1].canOpen {
					next += "-cont"
				}
			}
			key := fmt.Sprintf("%s prev=%s next=%s", cls, prev, next)
			cats[key]++
			if cls == "MID" && cats[key] <= 6 {
				pt, nt := "", ""
				if k > 0 {
					pt = lastRunes(b[k-1].text, 20)
				}
				if k+1 < len(b) {
					nt = firstRunes(b[k+1].text, 20)
				}
				fmt.Printf("%s: …%s | %s | %s…\n", key, pt, b[k].text, nt)
			}
		}
	}
	var keys []string
	for k := range cats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return cats[keys[i]] > cats[keys[j]] })
	for _, k := range keys {
		fmt.Printf("%5d %s\n", cats[k], k)
	}
}
