package corpus

import (
	"math"
	"slices"
	"sort"
	"unicode"
)

// bigram is two adjacent content runes of a text, packed.
type bigram uint64

// termVec is a sparse, L2-normalised tf-idf vector over character bigrams,
// sorted by term.
type termVec struct {
	terms   []bigram
	weights []float64
}

// bigrams returns the content-character bigrams of text (letters and digits,
// punctuation and spaces break the sequence).
func bigrams(text string) []bigram {
	var out []bigram
	var prev rune = -1
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			out = append(out, bigram(uint64(prev)<<32|uint64(r)))
		}
		prev = r
	}
	return out
}

// pageVectors builds the tf-idf vectors of the page's blocks; the idf is the
// page's own (a bigram in many blocks says little about which article a
// block belongs to). Bigrams that near-duplicate blocks of similar length
// share are template wording (the same report on two departments) and are
// left out, so that what remains is what tells the articles apart: names,
// places, figures. It also returns each block's near-duplicates (its
// twins) and the cosine similarity of every pair of blocks (the Gram
// matrix of the vectors).
func pageVectors(frags []Fragment) ([]termVec, [][]int, [][]float64) {
	counts := make([]termCounts, len(frags))
	for i, f := range frags {
		counts[i] = countBigrams(f.Text)
	}
	vecs := tfidf(counts)
	g := gram(vecs)
	template := map[bigram]bool{}
	twins := make([][]int, len(vecs))
	for i := range vecs {
		for j := i + 1; j < len(vecs); j++ {
			if g[i][j] <= dupSim {
				continue
			}
			twins[i] = append(twins[i], j)
			twins[j] = append(twins[j], i)
			if similarLength(frags[i].Text, frags[j].Text) {
				for _, b := range counts[i].terms {
					if counts[j].has(b) {
						template[b] = true
					}
				}
			}
		}
	}
	if len(template) == 0 {
		return vecs, twins, g
	}
	for i := range counts {
		counts[i] = counts[i].without(template)
	}
	vecs = tfidf(counts)
	return vecs, twins, gram(vecs)
}

// termCounts is a block's bigrams, sorted, with how often each occurs.
type termCounts struct {
	terms []bigram
	tf    []float64
}

func countBigrams(text string) termCounts {
	bs := bigrams(text)
	slices.Sort(bs)
	var c termCounts
	for k, b := range bs {
		if k > 0 && bs[k-1] == b {
			c.tf[len(c.tf)-1]++
			continue
		}
		c.terms = append(c.terms, b)
		c.tf = append(c.tf, 1)
	}
	return c
}

func (c termCounts) has(b bigram) bool {
	_, ok := slices.BinarySearch(c.terms, b)
	return ok
}

func (c termCounts) without(drop map[bigram]bool) termCounts {
	var out termCounts
	for k, b := range c.terms {
		if !drop[b] {
			out.terms = append(out.terms, b)
			out.tf = append(out.tf, c.tf[k])
		}
	}
	return out
}

// gram returns the dot product of every pair of vectors. It scatters one
// vector into a dense array and gathers the others against it, which is
// several times faster than merging sorted terms pair by pair.
func gram(vecs []termVec) [][]float64 {
	ids := map[bigram]int32{}
	sparse := make([][]int32, len(vecs))
	for i, v := range vecs {
		sparse[i] = make([]int32, len(v.terms))
		for k, t := range v.terms {
			id, ok := ids[t]
			if !ok {
				id = int32(len(ids))
				ids[t] = id
			}
			sparse[i][k] = id
		}
	}
	dense := make([]float64, len(ids))
	g := make([][]float64, len(vecs))
	for i := range g {
		g[i] = make([]float64, len(vecs))
	}
	for i, v := range vecs {
		for k, id := range sparse[i] {
			dense[id] = v.weights[k]
		}
		for j := i; j < len(vecs); j++ {
			var s float64
			for k, id := range sparse[j] {
				s += dense[id] * vecs[j].weights[k]
			}
			g[i][j], g[j][i] = s, s
		}
		for _, id := range sparse[i] {
			dense[id] = 0
		}
	}
	return g
}

// chainSim is the cosine similarity of the sums of two sets of normalised
// block vectors, from the blocks' Gram matrix g. Between the two sets it
// reads cross instead: g without the similarity of twins.
func chainSim(g, cross [][]float64, a, b []int) float64 {
	var ab, aa, bb float64
	for _, x := range a {
		for _, y := range b {
			ab += cross[x][y]
		}
		for _, y := range a {
			aa += g[x][y]
		}
	}
	for _, x := range b {
		for _, y := range b {
			bb += g[x][y]
		}
	}
	if aa <= 0 || bb <= 0 {
		return 0
	}
	return ab / math.Sqrt(aa*bb)
}

// withoutTwins returns g with the similarity of near-duplicate blocks set
// to 0: twins stand in parallel articles, so what they share says nothing
// about whether a run continues an article that holds one of them (g
// itself if there are no twins).
func withoutTwins(g [][]float64, twins [][]int) [][]float64 {
	out, copied := g, false
	for i, ts := range twins {
		for _, j := range ts {
			if !copied {
				out, copied = make([][]float64, len(g)), true
				for k := range g {
					out[k] = append([]float64(nil), g[k]...)
				}
			}
			out[i][j], out[j][i] = 0, 0
		}
	}
	return out
}

// similarLength reports whether two texts are within a factor of 1.5 in
// length: a lead that repeats its headline is not template wording.
func similarLength(a, b string) bool {
	la, lb := float64(len(a)), float64(len(b))
	return la <= 1.5*lb && lb <= 1.5*la
}

// tfidf weighs bigram counts by the page's inverse document frequency
// and normalises each block's vector.
func tfidf(counts []termCounts) []termVec {
	var all []bigram
	for _, c := range counts {
		all = append(all, c.terms...)
	}
	slices.Sort(all)
	n := float64(len(counts))
	vecs := make([]termVec, len(counts))
	for i, c := range counts {
		v := termVec{terms: c.terms, weights: make([]float64, len(c.terms))}
		for k, b := range c.terms {
			w := math.Log(1 + n/float64(countIn(all, b)))
			if c.tf[k] > 1 {
				w *= 1 + math.Log(c.tf[k])
			}
			v.weights[k] = w
		}
		normalise(v.weights)
		vecs[i] = v
	}
	return vecs
}

// countIn counts b in the sorted slice all.
func countIn(all []bigram, b bigram) int {
	lo, _ := slices.BinarySearch(all, b)
	hi := lo
	for hi < len(all) && all[hi] == b {
		hi++
	}
	return hi - lo
}

func newTermVec(m map[bigram]float64) termVec {
	v := termVec{terms: make([]bigram, 0, len(m))}
	for b := range m {
		v.terms = append(v.terms, b)
	}
	sort.Slice(v.terms, func(a, b int) bool { return v.terms[a] < v.terms[b] })
	v.weights = make([]float64, len(v.terms))
	for k, b := range v.terms {
		v.weights[k] = m[b]
	}
	normalise(v.weights)
	return v
}

// normalise scales w to unit length (a zero vector stays zero).
func normalise(w []float64) {
	var norm float64
	for _, x := range w {
		norm += x * x
	}
	if norm > 0 {
		norm = math.Sqrt(norm)
		for k := range w {
			w[k] /= norm
		}
	}
}

// sumVecs adds vectors and normalises the sum.
func sumVecs(vs ...termVec) termVec {
	if len(vs) == 1 {
		return vs[0]
	}
	m := map[bigram]float64{}
	for _, v := range vs {
		for k, b := range v.terms {
			m[b] += v.weights[k]
		}
	}
	return newTermVec(m)
}

// sharedWords returns up to max strings of text that consist of bigrams
// found in both a and b, heaviest first: the names and key words two
// contexts share, for the join's reason.
func sharedWords(text string, a, b termVec, max int) []string {
	inBoth := func(t bigram) float64 {
		wa, wb := lookup(a, t), lookup(b, t)
		if wa == 0 || wb == 0 {
			return 0
		}
		return wa * wb
	}
	type run struct {
		s string
		w float64
	}
	var runs []run
	var cur []rune
	var w float64
	flush := func() {
		if len(cur) >= 2 {
			runs = append(runs, run{string(cur), w})
		}
		cur, w = cur[:0], 0
	}
	var prev rune = -1
	for _, r := range text {
		if prev >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if x := inBoth(bigram(uint64(prev)<<32 | uint64(r))); x > 0 {
				if len(cur) == 0 {
					cur = append(cur, prev)
				}
				cur = append(cur, r)
				w += x
				prev = r
				continue
			}
		}
		flush()
		prev = r
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			prev = -1
		}
	}
	flush()
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].w > runs[j].w })
	var out []string
	seen := map[string]bool{}
	for _, r := range runs {
		if !seen[r.s] {
			seen[r.s] = true
			out = append(out, r.s)
		}
		if len(out) == max {
			break
		}
	}
	return out
}

func lookup(v termVec, t bigram) float64 {
	k := sort.Search(len(v.terms), func(i int) bool { return v.terms[i] >= t })
	if k < len(v.terms) && v.terms[k] == t {
		return v.weights[k]
	}
	return 0
}

// dupSim is the similarity above which two texts look less like an article
// and its continuation and more like two parallel, templated articles (the
// same report on two departments), or a repeated passage.
const dupSim = 0.45

// damp turns similarity into evidence for a join: it grows up to dupSim and
// falls beyond, since continuations share names and key words, not whole
// sentences.
func damp(x float64) float64 {
	if x <= dupSim {
		return x
	}
	return dupSim - 2*(x-dupSim)
}
