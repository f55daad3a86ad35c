package corpus

import (
	"os"
	"testing"
)

func devSamplePage(t testing.TB) *Page {
	data, err := os.ReadFile("../../shared/samples/heze-daily-2020-09-15.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	frags := SplitFragments("heze-daily-2020-09-15.txt", text)
	Classify(frags)
	return &Page{Source: "heze-daily-2020-09-15.txt", Text: text, Fragments: frags}
}

func TestDevStitchSample(t *testing.T) {
	p := devSamplePage(t)
	d, _ := LoadDictionary()
	st := NewStitcher(d, nil).Stitch(p)
	for _, f := range p.Fragments {
		t.Logf("%d %s %s", f.Block, f.Kind, f.KindReason)
	}
	for _, a := range st.Articles {
		t.Logf("%v %s", a.Blocks, a.Title)
		for _, j := range a.Joins {
			if j.To != j.From+1 {
				t.Logf("   %d→%d %.3f %s", j.From, j.To, j.Score, j.Reason)
			}
		}
	}
	t.Logf("unassigned %v", st.Unassigned)
}

func TestDevSimErrors(t *testing.T) {
	arts, _ := LoadPeoplesDaily(pdPath)
	_, report := SplitArticles(arts, 0.6)
	d, _ := LoadDictionary()
	s := NewStitcher(d, nil)
	for _, tp := range simTrainingPages(t, report, 3, 99) {
		st := s.Stitch(tp.Page)
		for i, f := range tp.Page.Fragments {
			r := []rune(f.Text)
			h, tl := string(r[:min(10, len(r))]), string(r[max(0, len(r)-8):])
			t.Logf("%d %s %s … %s", i, f.Kind, h, tl)
		}
		for _, a := range tp.Gold.Articles {
			t.Logf("gold %v", a.Blocks)
		}
		for _, a := range st.Articles {
			t.Logf("got  %v", a.Blocks)
		}
		t.Logf("%v", Evaluate(tp.Gold, st))
	}
}

func TestDevJumpRanks(t *testing.T) {
	arts, _ := LoadPeoplesDaily(pdPath)
	_, report := SplitArticles(arts, 0.6)
	d, _ := LoadDictionary()
	s := NewStitcher(d, nil)
	rankHist := map[int]int{}
	openMiss, closedMiss, openAll, closedAll := 0, 0, 0, 0
	for _, tp := range simTrainingPages(t, report, 60, 99) {
		a := s.analyse(tp.Page)
		for l := range goldLinks(tp.Gold) {
			if l.to == l.from+1 {
				continue
			}
			// rank of true tail among head's candidate tails by sim_ctx
			var trueSim float64
			for _, e := range a.edges {
				if e.from == l.from && e.to == l.to {
					trueSim = e.f[fSimCtx]
				}
			}
			rank := 0
			for _, e := range a.edges {
				if e.to == l.to && e.f[fSimCtx] > trueSim {
					rank++
				}
			}
			rankHist[min(rank, 5)]++
			if a.blocks[l.from].open {
				openAll++
				if a.succ[l.from] != l.to {
					openMiss++
				}
			} else {
				closedAll++
				if a.succ[l.from] != l.to {
					closedMiss++
				}
			}
		}
	}
	t.Logf("rank of true tail by sim_ctx among head's candidates: %v", rankHist)
	t.Logf("open-tail jumps missed %d/%d, closed-tail jumps missed %d/%d", openMiss, openAll, closedMiss, closedAll)
}

func TestDevCrossing(t *testing.T) {
	arts, _ := LoadPeoplesDaily(pdPath)
	cross, pairs, pagesWith := 0, 0, 0
	for _, tp := range simTrainingPages(t, arts, 300, 5) {
		var js []goldLink
		for l := range goldLinks(tp.Gold) {
			if l.to != l.from+1 {
				js = append(js, l)
			}
		}
		c0 := cross
		for x := range js {
			for y := range js {
				if js[x].from < js[y].from {
					pairs++
					if js[x].to > js[y].to {
						cross++
					}
				}
			}
		}
		if cross > c0 {
			pagesWith++
		}
	}
	t.Logf("crossing jump pairs %d of %d; pages with a crossing %d/300", cross, pairs, pagesWith)
}

func TestDevOpenTails(t *testing.T) {
	arts, _ := LoadPeoplesDaily(pdPath)
	_, report := SplitArticles(arts, 0.6)
	d, _ := LoadDictionary()
	s := NewStitcher(d, nil)
	openNone, openAll := 0, 0
	shown := 0
	for _, tp := range simTrainingPages(t, report, 60, 99) {
		a := s.analyse(tp.Page)
		succ := map[int]int{}
		for l := range goldLinks(tp.Gold) {
			succ[l.from] = l.to
		}
		for i, b := range a.blocks {
			if !b.open {
				continue
			}
			openAll++
			j, ok := succ[i]
			if !ok {
				openNone++
				continue
			}
			if j == i+1 || a.succ[i] == j || shown > 12 {
				continue
			}
			shown++
			for _, e := range a.edges {
				if e.from == i && e.to == j {
					t.Logf("missed %d→%d W=%.2f st=%.2f f=%v got %d", i, j, e.w, e.st, e.f, a.succ[i])
				}
			}
		}
	}
	t.Logf("open tails with no successor: %d/%d", openNone, openAll)
}

func TestDevSampleEdges(t *testing.T) {
	p := devSamplePage(t)
	d, _ := LoadDictionary()
	a := NewStitcher(d, nil).analyse(p)
	want := map[[2]int]bool{{29, 30}: true, {14, 30}: true, {7, 11}: true, {10, 11}: true, {7, 25}: true, {24, 25}: true, {11, 27}: true, {26, 27}: true, {3, 23}: true, {14, 23}: true, {14, 29}: true, {28, 29}: true, {11, 28}: true}
	for _, e := range a.edges {
		if want[[2]int{e.from, e.to}] {
			t.Logf("%d→%d W=%.2f simB=%.2f simC=%.2f hm=%.2f tm=%.2f", e.from, e.to, e.w, e.f[fSimBlock], e.f[fSimCtx], e.f[fBestHead], e.f[fBestTail])
		}
	}
}

func TestDevWordAcross(t *testing.T) {
	d, _ := LoadDictionary()
	for _, c := range [][2]string{{"使他们真正了", "解、明白。"}, {"就能引进一", "个17亿元的项目"}, {"对符合条件的", "确保脱贫攻坚"}, {"对符合条件的", "贫困家庭大学"}, {"解困和慰", "问资金"}, {"要想有", "发展，还得"}, {"剪、裁、缝、", "熨等各个"}, {"看到自己的车间", "很快有模有样"}} {
		t.Logf("%s|%s → %q", c[0], c[1], d.wordAcross(lastRunes(c[0], 4), firstRunes(c[1], 4)))
	}
}

func TestDevFreq(t *testing.T) {
	d, _ := LoadDictionary()
	for _, w := range []string{"的", "保", "了", "一", "的确", "确保", "确保脱", "合条件", "条件的", "了解", "一个", "慰问", "个1", "解、"} {
		t.Logf("%s %v", w, d.Freq(w))
	}
	t.Logf("%q", d.Cut("合条件的确保脱贫"))
}

func TestDevErrorKinds(t *testing.T) {
	arts, _ := LoadPeoplesDaily(pdPath)
	_, report := SplitArticles(arts, 0.6)
	d, _ := LoadDictionary()
	s := NewStitcher(d, nil)
	gated, fnAdj, fnJump, fpAdj, fpJump := 0, 0, 0, 0, 0
	kinds := map[string]int{}
	for _, tp := range simTrainingPages(t, report, 100, 99) {
		a := s.analyse(tp.Page)
		links := goldLinks(tp.Gold)
		for l := range links {
			if !allowed(a.blocks, l.from, l.to) {
				gated++
				kinds[string(a.blocks[l.from].kind)+"→"+string(a.blocks[l.to].kind)]++
				continue
			}
			if a.succ[l.from] != l.to {
				if l.to == l.from+1 {
					fnAdj++
				} else {
					fnJump++
				}
			}
		}
		for i, j := range a.succ {
			if j >= 0 && !links[goldLink{i, j}] {
				if j == i+1 {
					fpAdj++
				} else {
					fpJump++
				}
			}
		}
	}
	t.Logf("gated gold links %d %v; FN adj %d jump %d; FP adj %d jump %d", gated, kinds, fnAdj, fnJump, fpAdj, fpJump)
}

func TestDevFPAdj(t *testing.T) {
	arts, _ := LoadPeoplesDaily(pdPath)
	_, report := SplitArticles(arts, 0.6)
	d, _ := LoadDictionary()
	s := NewStitcher(d, nil)
	shown := 0
	openT, canOpenH := 0, 0
	total := 0
	for _, tp := range simTrainingPages(t, report, 40, 99) {
		a := s.analyse(tp.Page)
		links := goldLinks(tp.Gold)
		gs := map[int]int{}
		for l := range links {
			gs[l.from] = l.to
		}
		for i, j := range a.succ {
			if j == i+1 && !links[goldLink{i, j}] {
				total++
				if a.blocks[i].open {
					openT++
				}
				if a.blocks[j].canOpen {
					canOpenH++
				}
				if shown < 25 {
					shown++
					g, ok := gs[i]
					if !ok {
						g = -1
					}
					t.Logf("%s %d→%d (gold %d) %s|%s open=%v", tp.Page.Source, i, j, g, lastRunes(tp.Page.Fragments[i].Text, 8), firstRunes(tp.Page.Fragments[j].Text, 8), a.blocks[i].open)
				}
			}
		}
	}
	t.Logf("FP adj %d: tail open %d, head can open %d", total, openT, canOpenH)
}
