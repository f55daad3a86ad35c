package corpus

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// cosine is the reference the Gram matrix is checked against: the dot
// product of two normalised vectors, merging their sorted terms.
func cosine(a, b termVec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.terms) && j < len(b.terms) {
		switch {
		case a.terms[i] < b.terms[j]:
			i++
		case a.terms[i] > b.terms[j]:
			j++
		default:
			s += a.weights[i] * b.weights[j]
			i++
			j++
		}
	}
	return s
}

// TestGramMatchesCosine checks the fast Gram matrix against the pairwise
// cosine on the sample page.
func TestGramMatchesCosine(t *testing.T) {
	vecs, _, g := pageVectors(SamplePage().Fragments)
	for i := range vecs {
		for j := range vecs {
			if c := cosine(vecs[i], vecs[j]); math.Abs(c-g[i][j]) > 1e-9 {
				t.Fatalf("gram[%d][%d] = %v, cosine %v", i, j, g[i][j], c)
			}
		}
	}
}

func TestSimilarity(t *testing.T) {
	frags := []Fragment{
		{Text: "王忠想强调，要切实增强使命意识和政治担当，建立整改长效机制。"},
		{Text: "侯捷强调，要切实增强使命意识和政治担当，建立整改长效机制。"},
		{Text: "菏泽市2020年扶贫助学活动座谈会召开"},
		{Text: "副市长王忠想出席反馈会并对巡察整改提出要求。"},
	}
	_, twins, g := pageVectors(frags)
	if len(twins[0]) != 1 || twins[0][0] != 1 {
		t.Errorf("twins of block 0 = %v, want [1]", twins[0])
	}
	if g[0][3] <= g[2][3] {
		t.Errorf("王忠想 shares nothing: sim(0,3) = %.3f, sim(2,3) = %.3f", g[0][3], g[2][3])
	}
	if g[0][1] > 0.5 {
		t.Errorf("template wording not left out: sim(0,1) = %.3f", g[0][1])
	}
	for x, want := range map[float64]float64{0.2: 0.2, dupSim: dupSim, 0.9: dupSim - 2*(0.9-dupSim)} {
		if got := damp(x); math.Abs(got-want) > 1e-12 {
			t.Errorf("damp(%v) = %v, want %v", x, got, want)
		}
	}
}

// TestLeadIsNoTwin checks that a lead repeating its headline is neither
// its near-duplicate nor held against the join: the similarity above
// dupSim that marks templated twins is no sign against a headline and
// its own lead.
func TestLeadIsNoTwin(t *testing.T) {
	frags := []Fragment{
		{Text: "市委第一联动巡察组向市民政局党组反馈巡察情况", Kind: KindHeadline},
		{Text: "本报讯（记者 张 喙）9月15日，市委第一联动巡察组向市民政局党组反馈巡察情况。", Kind: KindDateline},
	}
	_, twins, g := pageVectors(frags)
	if g[0][1] <= dupSim {
		t.Fatalf("sim(headline, lead) = %.3f, want above %v for the test to mean anything", g[0][1], dupSim)
	}
	if len(twins[0]) != 0 {
		t.Errorf("twins of the headline = %v, want none", twins[0])
	}
	a := testStitcher(t).firstPassEdges(&Page{Fragments: frags})
	if len(a.edges) != 1 || a.edges[0].f[fSimBlock] != g[0][1] {
		t.Errorf("edges %v: want the headline → lead join with its similarity %.3f undamped", a.edges, g[0][1])
	}
}

// TestChainSimWithoutTwins checks that the similarity of a run to an
// article leaves out what near-duplicate blocks share: on the sample page
// blocks 25 and 27 end two templated reports (要认真履行…, 举一反三、以点带面…).
func TestChainSimWithoutTwins(t *testing.T) {
	_, twins, g := pageVectors(SamplePage().Fragments)
	if fmt.Sprint(twins[25]) != "[27]" {
		t.Fatalf("twins of block 25: %v, want [27]", twins[25])
	}
	cross := withoutTwins(g, twins)
	if s := chainSim(g, g, nil, []int{26, 25}, []int{27, 28}); s <= dupSim {
		t.Errorf("plain similarity %.3f, want it above %v", s, dupSim)
	}
	if s := chainSim(g, cross, nil, []int{26, 25}, []int{27, 28}); s > 0.1 {
		t.Errorf("similarity without twins %.3f, want it low", s)
	}
	if cross[25][28] != g[25][28] || g[25][27] == 0 {
		t.Errorf("withoutTwins changed other pairs or g itself")
	}
}

// TestChainSimWeights checks that a block's weight scales its part in a
// context: a long block that shares nothing with the article so far pulls
// the run's similarity down more than a short one.
func TestChainSimWeights(t *testing.T) {
	// Blocks: 0 the article so far; 1 a run block sharing its words; 2 one
	// that shares none.
	g := [][]float64{{1, 0.5, 0}, {0.5, 1, 0}, {0, 0, 1}}
	tests := map[string]struct {
		w    []float64
		want float64
	}{
		"不加权":    {nil, 0.5 / math.Sqrt(2)},
		"无关段落较长": {[]float64{1, 1, 3}, 0.5 / math.Sqrt(10)},
		"相关段落较长": {[]float64{1, 3, 1}, 1.5 / math.Sqrt(10)},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := chainSim(g, g, tc.w, []int{0}, []int{1, 2}); math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("chainSim = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSumVecs checks the merged sum of context vectors against adding the
// weights term by term.
func TestSumVecs(t *testing.T) {
	texts := map[string][]string{
		"同一篇":  {"王常元承租了村里的闲置房屋", "王常元感叹道：要想有发展"},
		"不相干":  {"精进电动项目落地菏泽", "书法家助力美丽庭院创建"},
		"一段自己": {"使他们真正了解、明白"},
	}
	for name, ts := range texts {
		t.Run(name, func(t *testing.T) {
			p := newPageTerms(SplitFragments("测试.txt", strings.Join(ts, "\n\n")))
			vecs := p.vectors(nil)
			want := map[bigram]float64{}
			for _, v := range vecs {
				for k, b := range v.terms {
					want[b] += v.weights[k]
				}
			}
			got := sumVecs(vecs...)
			if !slices.IsSorted(got.terms) || len(got.terms) != len(want) {
				t.Fatalf("sum has %d terms (sorted %v), want %d", len(got.terms), slices.IsSorted(got.terms), len(want))
			}
			var norm float64
			for _, w := range want {
				norm += w * w
			}
			for k, b := range got.terms {
				if math.Abs(got.weights[k]-want[b]/math.Sqrt(norm)) > 1e-12 {
					t.Errorf("term %d: weight %v, want %v", k, got.weights[k], want[b]/math.Sqrt(norm))
				}
			}
		})
	}
}

func TestClosestTwins(t *testing.T) {
	sims := []float64{0, 0.9, 0.5, 0.95, 0.6, 0.7, 0.8, 0.46, 0.99}
	tests := map[string]struct {
		twins, want []int
	}{
		"少于上限原样保留": {[]int{2, 4}, []int{2, 4}},
		"多于上限留最像的": {[]int{1, 2, 3, 4, 5, 6, 7, 8}, []int{1, 3, 4, 5, 6, 8}},
		"没有孪生":     {nil, nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := closestTwins(slices.Clone(tt.twins), sims)
			if !slices.Equal(got, tt.want) {
				t.Errorf("closestTwins(%v) = %v, want %v", tt.twins, got, tt.want)
			}
		})
	}
}

// TestTwinEchoesMemo checks that the page's remembered echoes answer as
// fresh ones do, on the sample page's templated reports.
func TestTwinEchoesMemo(t *testing.T) {
	p := SamplePage()
	b, _ := blockInfos(p.Fragments, nil, nil)
	te := newTwinEchoes(b)
	found := 0
	for i := range b {
		for j := i + 1; j < len(b); j++ {
			want := newTwinEchoes(b).of(i, j)
			first, again := te.of(i, j), te.of(i, j) // the second answer comes from memory
			if first != want || again != want {
				t.Fatalf("twin echo %d→%d: %v, then %v from memory; want %v", i, j, first, again, want)
			}
			if want {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("no twin echo on the sample page")
	}
}

// TestIsContent checks the shortcut for Chinese characters against the
// Unicode tables, over the whole block it answers for and around it.
func TestIsContent(t *testing.T) {
	for r := rune(0x4D00); r <= 0xA0FF; r++ {
		if got, want := isContent(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Fatalf("isContent(%U) = %v, want %v", r, got, want)
		}
	}
	for _, r := range "，。、“”（）《》 \u3000" {
		if isContent(r) {
			t.Errorf("isContent(%q) = true", r)
		}
	}
}

// TestSharedWords checks the words a reason quotes as shared by two
// contexts: whole words of the head's text, not the bigrams the contexts
// share across a word boundary (攻坚|政策 gives 坚政, 条|生产线 条生).
func TestSharedWords(t *testing.T) {
	dict := testStitcher(t).dict
	for name, tt := range sharedWordsTests {
		t.Run(name, func(t *testing.T) {
			got := sharedWordsOf(tt.ctx, tt.head, dict.Cut)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("shared %q, want %q among them", got, w)
				}
			}
			for _, w := range tt.without {
				if slices.Contains(got, w) {
					t.Errorf("shared %q, want no %q", got, w)
				}
			}
			checkSharedWords(t, tt.ctx, tt.head, dict.Cut, got)
			if raw := sharedWordsOf(tt.ctx, tt.head, nil); len(tt.without) > 0 && !containsAny(raw, tt.without) {
				t.Errorf("without word bounds %q: the case shares no bigram across a word boundary", raw)
			}
		})
	}
}

// sharedWordsTests are contexts and heads with the words a reason should
// and should not quote as shared.
var sharedWordsTests = map[string]struct {
	ctx, head string
	want      []string
	without   []string
}{
	"跨词边界的字对不算": {
		ctx:     "各级党组织要发挥中坚政治作用，确保群众满意。",
		head:    "确保脱贫攻坚政策落实到位。",
		want:    []string{"确保"},
		without: []string{"坚政"},
	},
	"量词不带进词里": {
		ctx:     "精进电动在菏泽新建三条生产线，项目投产。",
		head:    "目前工厂共有10余条生产线，项目二期正在建设。",
		want:    []string{"生产线", "项目"},
		without: []string{"条生产线"},
	},
	"人名整个保留": {
		ctx:  "王常元带领村民发展产业。",
		head: "王常元说，村里还要再建一个合作社。",
		want: []string{"王常元"},
	},
}

// sharedWordsOf returns the words head shares with ctx, on a page of the
// two and an unrelated block (for the idf).
func sharedWordsOf(ctx, head string, cut func(string) []string) []string {
	vecs, _, _ := pageVectors([]Fragment{{Text: ctx}, {Text: head}, {Text: "座谈会上，受资助学生代表发言。"}})
	return sharedWords(head, vecs[0], vecs[1], 5, cut)
}

// checkSharedWords checks what sharedWords must hold for any text: each
// string at least two characters, in head, its every bigram in ctx, made
// of whole words, and none twice.
func checkSharedWords(t *testing.T, ctx, head string, cut func(string) []string, got []string) {
	t.Helper()
	seen := map[string]bool{}
	for _, w := range got {
		if utf8.RuneCountInString(w) < 2 || !strings.Contains(head, w) || seen[w] {
			t.Errorf("shared %q: %q is short, twice, or not in the head", got, w)
		}
		rs := []rune(w)
		for i := 1; i < len(rs); i++ {
			if !strings.Contains(ctx, string(rs[i-1:i+1])) {
				t.Errorf("shared %q: %q holds %q, which the context does not", got, w, string(rs[i-1:i+1]))
			}
		}
		seen[w] = true
		if !wholeWords(head, w, cut) {
			t.Errorf("shared %q: %q is not made of whole words", got, w)
		}
	}
}

// wholeWords reports whether w occurs in text where cut, reading it with
// its context, finds a word starting at its start and one ending at its end.
func wholeWords(text, w string, cut func(string) []string) bool {
	rs := []rune(text)
	n := utf8.RuneCountInString(w)
	for i := 0; i+n <= len(rs); i++ {
		if string(rs[i:i+n]) != w {
			continue
		}
		from, to := max(0, i-wordContext), min(len(rs), i+n+wordContext)
		bounds := wordBounds(cut(string(rs[from:to])), to-from)
		if bounds[i-from] && bounds[i+n-from] {
			return true
		}
	}
	return false
}

// FuzzSharedWords checks sharedWords on any two texts, seeded with the
// table's.
func FuzzSharedWords(f *testing.F) {
	for _, tt := range sharedWordsTests {
		f.Add(tt.ctx, tt.head)
	}
	dict := testStitcher(f).dict
	f.Fuzz(func(t *testing.T, ctx, head string) {
		if !utf8.ValidString(ctx) || !utf8.ValidString(head) {
			return
		}
		checkSharedWords(t, ctx, head, dict.Cut, sharedWordsOf(ctx, head, dict.Cut))
	})
}

func containsAny(list, of []string) bool {
	for _, w := range of {
		if slices.Contains(list, w) {
			return true
		}
	}
	return false
}
