package corpus

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"
)

// bigram is two adjacent content runes of a text, packed.
type bigram uint64

// termVec is a sparse, L2-normalised tf-idf vector over character bigrams,
// sorted by term.
type termVec struct {
	terms   []bigram
	weights []float64
	ids     []int32 // a page's block vector: the page-wide number of each term
}

// bigrams returns the content-character bigrams of text (letters and digits,
// punctuation and spaces break the sequence).
func bigrams(text string) []bigram {
	out := make([]bigram, 0, len(text)/3+1)
	var prev rune = -1
	for _, r := range text {
		if !isContent(r) {
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

// isContent reports whether r is a letter or a digit, answering for the
// common Chinese characters without the Unicode tables.
func isContent(r rune) bool {
	return isBasicHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// pageVectors builds the tf-idf vectors of the page's blocks; the idf is the
// page's own (a bigram in many blocks says little about which article a
// block belongs to). Bigrams that near-duplicate blocks of similar length
// share are template wording (the same report on two departments) and are
// left out, so that what remains is what tells the articles apart: names,
// places, figures. It also returns each block's near-duplicates (its
// twins: both headline lines or both text, since a lead that repeats its
// headline is no twin) and the cosine similarity of every pair of blocks
// (the Gram matrix of the vectors).
func pageVectors(frags []Fragment) ([]termVec, [][]int, [][]float64) {
	p := newPageTerms(frags)
	vecs := p.vectors(nil)
	g := p.gram(vecs)
	var template []bool // by term number
	twins := make([][]int, len(vecs))
	for i := range vecs {
		for j := i + 1; j < len(vecs); j++ {
			if g[i][j] <= dupSim || isTitle(frags[i].Kind) != isTitle(frags[j].Kind) {
				continue // a lead that repeats its headline is no twin
			}
			twins[i] = append(twins[i], j)
			twins[j] = append(twins[j], i)
			if similarLength(frags[i].Text, frags[j].Text) {
				if template == nil {
					template = make([]bool, len(p.idf))
				}
				for k, b := range p.counts[i].terms {
					if p.counts[j].has(b) {
						template[p.ids[i][k]] = true
					}
				}
			}
		}
	}
	for i := range twins {
		twins[i] = closestTwins(twins[i], g[i])
	}
	if template == nil {
		return vecs, twins, g
	}
	// Leaving terms out of every block changes no other term's idf.
	vecs = p.vectors(template)
	return vecs, twins, p.gram(vecs)
}

// maxTwins is the most near-duplicates a block keeps: a page prints a
// report in a few templated versions at most, and more (a file holding
// the same page many times) would make every join compare them all.
const maxTwins = 6

// closestTwins keeps the maxTwins of twins most similar to the block
// (similarities sims), in page order.
func closestTwins(twins []int, sims []float64) []int {
	if len(twins) <= maxTwins {
		return twins
	}
	slices.SortStableFunc(twins, func(x, y int) int { return cmp.Compare(sims[y], sims[x]) })
	twins = twins[:maxTwins]
	slices.Sort(twins)
	return twins
}

// pageTerms is the bigrams of a page's blocks, each numbered page-wide.
type pageTerms struct {
	counts []termCounts
	ids    [][]int32 // per block, the number of each of its terms
	idf    []float64 // per number, the term's inverse document frequency
}

// newPageTerms counts the bigrams of each fragment, numbers them page-wide
// and works out each one's inverse document frequency over the page.
func newPageTerms(frags []Fragment) pageTerms {
	p := pageTerms{counts: make([]termCounts, len(frags)), ids: make([][]int32, len(frags))}
	size := 0
	for _, f := range frags {
		size += len(f.Text) / 3 // about one bigram per Chinese character
	}
	number := make(map[bigram]int32, size)
	var df []int32
	for i, f := range frags {
		c := countBigrams(f.Text)
		ids := make([]int32, len(c.terms))
		for k, t := range c.terms {
			id, ok := number[t]
			if !ok {
				id = int32(len(df))
				number[t] = id
				df = append(df, 0)
			}
			df[id]++
			ids[k] = id
		}
		p.counts[i], p.ids[i] = c, ids
	}
	n := float64(len(frags))
	p.idf = make([]float64, len(df))
	for id, d := range df {
		p.idf[id] = math.Log(1 + n/float64(d))
	}
	return p
}

// vectors weighs each block's bigram counts by the page's inverse document
// frequency, leaving out the terms drop marks (nil: none), and normalises
// each block's vector.
func (p pageTerms) vectors(drop []bool) []termVec {
	vecs := make([]termVec, len(p.counts))
	for i, c := range p.counts {
		v := termVec{
			terms:   make([]bigram, 0, len(c.terms)),
			weights: make([]float64, 0, len(c.terms)),
			ids:     make([]int32, 0, len(c.terms)),
		}
		for k, b := range c.terms {
			id := p.ids[i][k]
			if drop != nil && drop[id] {
				continue
			}
			w := p.idf[id]
			if c.tf[k] > 1 {
				w *= 1 + math.Log(c.tf[k])
			}
			v.terms = append(v.terms, b)
			v.weights = append(v.weights, w)
			v.ids = append(v.ids, id)
		}
		normalise(v.weights)
		vecs[i] = v
	}
	return vecs
}

// termCounts is a block's bigrams, sorted, with how often each occurs.
type termCounts struct {
	terms []bigram
	tf    []float64
}

func countBigrams(text string) termCounts {
	bs := bigrams(text)
	slices.Sort(bs)
	c := termCounts{terms: make([]bigram, 0, len(bs)), tf: make([]float64, 0, len(bs))}
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

// gram returns the dot product of every pair of the page's vectors. It
// walks the blocks that hold each term (its postings): most bigrams stand
// in one block or a few, so this costs far less than comparing every pair
// of blocks.
func (p pageTerms) gram(vecs []termVec) [][]float64 {
	n := len(vecs)
	flat := make([]float64, n*n)
	g := make([][]float64, n)
	for i := range g {
		g[i] = flat[i*n : (i+1)*n]
	}
	start := make([]int32, len(p.idf)+1) // postings of term id: start[id]:start[id+1]
	for _, v := range vecs {
		for _, id := range v.ids {
			start[id+1]++
		}
	}
	for id := range p.idf {
		start[id+1] += start[id]
	}
	fill := slices.Clone(start[:len(p.idf)])
	block := make([]int32, start[len(p.idf)])
	weight := make([]float64, start[len(p.idf)])
	for i, v := range vecs {
		for k, id := range v.ids {
			block[fill[id]], weight[fill[id]] = int32(i), v.weights[k]
			fill[id]++
		}
	}
	for id := range p.idf {
		lo, hi := start[id], start[id+1]
		for a := lo; a < hi; a++ {
			row, wa := g[block[a]], weight[a]
			for b := lo; b < hi; b++ {
				row[block[b]] += wa * weight[b]
			}
		}
	}
	return g
}

// chainSim is the cosine similarity of two sets of blocks, each the sum of
// its blocks' normalised vectors scaled by the blocks' weights w (nil: all
// 1), from the blocks' Gram matrix g. Between the two sets it reads cross
// instead: g without the similarity of twins.
func chainSim(g, cross [][]float64, w []float64, a, b []int) float64 {
	weight := func(x int) float64 {
		if w == nil {
			return 1
		}
		return w[x]
	}
	var ab, aa, bb float64
	for _, x := range a {
		wx := weight(x)
		for _, y := range b {
			ab += cross[x][y] * wx * weight(y)
		}
		for _, y := range a {
			aa += g[x][y] * wx * weight(y)
		}
	}
	for _, x := range b {
		for _, y := range b {
			bb += g[x][y] * weight(x) * weight(y)
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
	sum := termVec{}
	for _, v := range vs {
		sum = addVecs(sum, v)
	}
	normalise(sum.weights)
	return sum
}

// addVecs merges two term-sorted vectors into their sum (not normalised).
func addVecs(a, b termVec) termVec {
	out := termVec{
		terms:   make([]bigram, 0, len(a.terms)+len(b.terms)),
		weights: make([]float64, 0, len(a.terms)+len(b.terms)),
	}
	i, j := 0, 0
	for i < len(a.terms) || j < len(b.terms) {
		switch {
		case j == len(b.terms) || i < len(a.terms) && a.terms[i] < b.terms[j]:
			out.terms, out.weights = append(out.terms, a.terms[i]), append(out.weights, a.weights[i])
			i++
		case i == len(a.terms) || b.terms[j] < a.terms[i]:
			out.terms, out.weights = append(out.terms, b.terms[j]), append(out.weights, b.weights[j])
			j++
		default:
			out.terms, out.weights = append(out.terms, a.terms[i]), append(out.weights, a.weights[i]+b.weights[j])
			i, j = i+1, j+1
		}
	}
	return out
}

// sharedWords returns up to max strings of text that consist of bigrams
// found in both a and b, heaviest first: the names and key words two
// contexts share, for the join's reason. cut segments text into words
// (nil: any characters are a word): a string is trimmed to whole words, as
// cut reads it with a few characters either side, so that the bigrams two
// contexts share across a word boundary (攻坚|政策 gives 坚政) are not
// quoted as if they were a word.
func sharedWords(text string, a, b termVec, max int, cut func(string) []string) []string {
	inBoth := func(t bigram) float64 {
		wa, wb := lookup(a, t), lookup(b, t)
		if wa == 0 || wb == 0 {
			return 0
		}
		return wa * wb
	}
	rs := []rune(text)
	type run struct {
		s, e int
		w    float64
	}
	var runs []run
	start, w := -1, 0.0
	for i := 1; i <= len(rs); i++ {
		if i < len(rs) && isWordRune(rs[i-1]) && isWordRune(rs[i]) {
			if x := inBoth(bigram(uint64(rs[i-1])<<32 | uint64(rs[i]))); x > 0 {
				if start < 0 {
					start = i - 1
				}
				w += x
				continue
			}
		}
		if start >= 0 {
			runs = append(runs, run{start, i, w})
		}
		start, w = -1, 0
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].w > runs[j].w })
	var out []string
	seen := map[string]bool{}
	for _, r := range runs { // heaviest first, segmenting only as many as are quoted
		s, e := snapToWords(rs, r.s, r.e, cut)
		if w := string(rs[s:e]); e-s >= 2 && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
		if len(out) == max {
			break
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordBounds marks the rune offsets 0…n at which a word of words starts
// or ends; words that do not add up to n runes mark every offset.
func wordBounds(words []string, n int) []bool {
	bounds := make([]bool, n+1)
	at := 0
	for _, w := range words {
		bounds[min(at, n)] = true
		at += utf8.RuneCountInString(w)
	}
	if at != n {
		for i := range bounds {
			bounds[i] = true
		}
	}
	bounds[n] = true
	return bounds
}

// snapToWords narrows the rune span [s, e) of rs to the word bounds within
// it, as cut reads the span with wordContext characters either side.
func snapToWords(rs []rune, s, e int, cut func(string) []string) (int, int) {
	if cut == nil {
		return s, e
	}
	from, to := max(0, s-wordContext), min(len(rs), e+wordContext)
	bounds := wordBounds(cut(string(rs[from:to])), to-from)
	for s < e && !bounds[s-from] {
		s++
	}
	for e > s && !bounds[e-from] {
		e--
	}
	return s, e
}

// wordContext is how many characters either side of a shared string are
// segmented with it to find its word bounds.
const wordContext = 4

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
