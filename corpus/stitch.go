package corpus

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Stitcher chains a page's fragments into articles. It scores every
// possible join with a logistic model over the join signals, then chooses
// the joins globally (a maximum-weight assignment of tails to heads, each
// fragment with at most one successor and one predecessor; joins only run
// forward in layout order, so cycles are impossible). It runs two passes:
// the second measures content similarity between the article so far and
// the run that would follow, as the first pass chained them. A Stitcher is
// safe for concurrent use.
type Stitcher struct {
	dict  *Dictionary // nil: no word-across-the-join signal
	lm    *CharLM     // nil: no character-model signals
	model *Model
	lines *Model // for pages that give a printed line a block; nil: model
}

// NewStitcher returns a stitcher using dict (which may be nil), the
// embedded character model and model (nil: the embedded models, one for
// pages that give each printed line a block and one for other pages).
func NewStitcher(dict *Dictionary, model *Model) *Stitcher {
	if model == nil {
		return &Stitcher{dict: dict, lm: DefaultCharLM(), model: DefaultModel(), lines: DefaultLineModel()}
	}
	return &Stitcher{dict: dict, lm: DefaultCharLM(), model: model}
}

var (
	defaultOnce     sync.Once
	defaultStitcher *Stitcher
	defaultErr      error
)

// DefaultStitcher returns the shared stitcher with the gse dictionary and the
// embedded model. The first call loads the dictionary (about 1.3 s).
func DefaultStitcher() (*Stitcher, error) {
	defaultOnce.Do(func() {
		d, err := LoadDictionary()
		if err != nil {
			defaultErr = fmt.Errorf("corpus: loading the dictionary: %w", err)
			return
		}
		defaultStitcher = NewStitcher(d, nil)
	})
	return defaultStitcher, defaultErr
}

// Stitch chains the page's fragments into articles. Each printed page of
// a file with form feeds, and each section of a page of more than
// maxSection blocks, is stitched on its own.
func (s *Stitcher) Stitch(p *Page) Stitching {
	st := Stitching{Source: p.Source}
	for _, r := range sections(p.Fragments, pageBreaks(p)) {
		part := s.analyse(sectionPage(p, r[0], r[1])).stitching().shift(r[0])
		st.Articles = append(st.Articles, part.Articles...)
		st.Unassigned = append(st.Unassigned, part.Unassigned...)
	}
	return st
}

// Candidate is a possible continuation of a fragment.
type Candidate struct {
	Block  int
	Score  float64 // probability that the join is right, on its own
	Reason string
}

// Candidates ranks the blocks after tail that could continue it, best
// first. Score is the tail model's probability of the join among the
// tail's options (every candidate head, or no successor).
func (s *Stitcher) Candidates(p *Page, tail int) []Candidate {
	lo, hi := 0, len(p.Fragments)
	for _, r := range sections(p.Fragments, pageBreaks(p)) {
		if tail >= r[0] && tail < r[1] {
			lo, hi = r[0], r[1]
		}
	}
	a := s.analyse(sectionPage(p, lo, hi))
	tail -= lo
	var out []Candidate
	z := 1.0 // the "no successor" option, at log-odds 0
	for x := range a.edges {
		e := &a.edges[x]
		if e.from == tail {
			z += math.Exp(e.st)
		}
	}
	for x := range a.edges {
		e := &a.edges[x]
		if e.from == tail {
			out = append(out, Candidate{Block: lo + e.to, Score: round3(math.Exp(e.st) / z), Reason: a.reason(x)})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// scored is one candidate join with its signals.
type scored struct {
	from, to int
	f        features
	st       float64 // tail model: log-odds against the tail having no successor
	w        float64 // the join's weight in the assignment
}

// analysis is the stitcher's working state for one page.
type analysis struct {
	s          *Stitcher
	page       *Page
	view       []Fragment // the page's fragments in simplified characters (simplifiedView)
	blocks     []blockInfo
	edges      []scored
	words      []string // the dictionary word across each edge's join, or ""
	succ       []int
	gram       [][]float64 // cosine similarity of every pair of blocks
	cross      [][]float64 // gram without the similarity of twins
	ctxB       [][]int     // the article so far, ending at each block (pass 2)
	ctxF       [][]int     // the run starting at each block (pass 2)
	title      []int       // the headline each block's article opens with, -1 if none (pass 2)
	weight     []float64   // how much each block tells of its article's topic: the root of its length
	best       *bestAlt    // each end's heaviest edges, for margins (final pass)
	lineBlocks bool        // the page gives each printed line as a block (lineBlockWidth)
	model      *Model      // the stitcher's model for such pages or for others
}

func (s *Stitcher) analyse(p *Page) *analysis {
	a := s.firstPassEdges(p)
	a.pass(a.model.Tail1, a.model.Head1)
	a.secondPassSignals()
	a.pass(a.model.Tail2, a.model.Head2)
	return a
}

// maxJump is the farthest, in blocks, a join may reach. A newspaper page
// has a few hundred blocks at most; the limit keeps a file that holds a
// whole issue as one page from growing a candidate join for every pair of
// its thousands of blocks.
const maxJump = 250

// firstPassEdges builds the page's candidate joins with first-pass signals.
func (s *Stitcher) firstPassEdges(p *Page) *analysis {
	a := &analysis{s: s, page: p, view: simplifiedView(p.Fragments)}
	a.blocks, a.gram = blockInfos(a.view, s.dict, s.lm)
	lines := blockLines(p.Text, p.Fragments)
	width, lineBlocks := lineBlockWidth(lines)
	a.lineBlocks = lineBlocks
	a.model = s.model
	if a.lineBlocks && s.lines != nil {
		a.model = s.lines
	}
	switch {
	case markIndents(a.blocks, paragraphIndents(p.Text, p.Fragments)):
	case lineBlocks:
		markLineWidths(a.blocks, lines, width)
	default:
		markLineStarts(a.blocks, lines, p.Fragments)
	}
	twins := make([][]int, len(a.blocks))
	for i := range a.blocks {
		twins[i] = a.blocks[i].twins
	}
	a.cross = withoutTwins(a.gram, twins)
	n := len(a.blocks)
	a.weight = make([]float64, n)
	for i, b := range a.blocks {
		a.weight[i] = math.Sqrt(float64(b.runes))
	}
	pairs := make([][2]int, 0, n*min(n, maxJump)/2)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n && j-i <= maxJump; j++ {
			if allowed(a.blocks, i, j) || titleCut(a.blocks, i, j, s.dict) || strandedCut(a.blocks, i, j) {
				pairs = append(pairs, [2]int{i, j})
			}
		}
	}
	a.edges = make([]scored, len(pairs))
	a.words = make([]string, len(pairs))
	te := newTwinEchoes(a.blocks)
	for k, p := range pairs {
		i, j := p[0], p[1]
		sim := a.gram[i][j]
		if isTitle(a.blocks[i].kind) == isTitle(a.blocks[j].kind) {
			sim = damp(sim) // near-duplicates count against a join; a lead repeating its headline does not
		}
		if a.lineBlocks {
			sim = 0 // two single lines share too few words for it to mean anything
		}
		f, word := pairFeatures(a.blocks, i, j, s.dict, s.lm, te, sim, sim)
		a.edges[k] = scored{from: i, to: j, f: f}
		a.words[k] = word
	}
	a.standardise(fSimBlock)
	a.standardise(fSimCtx)
	a.setExcess()
	return a
}

// pass sets the best-candidate signals, scores every edge with the tail
// and head models and chooses the joins. An edge's weight is how much
// likelier the join is than leaving its tail without successor, plus how
// much likelier than leaving its head without predecessor (the models'
// normalising terms cancel).
func (a *analysis) pass(wt, wh []float64) {
	a.markBest()
	n := len(a.blocks)
	tNone, hNone := make([]float64, n), make([]float64, n)
	for i := 0; i < n; i++ {
		g, h := tailNone(a.blocks, i), headNone(a.blocks, i)
		tNone[i] = dotSlice(g[:], wt[numFeatures:])
		hNone[i] = dotSlice(h[:], wh[numFeatures:])
	}
	es := make([]edge, len(a.edges))
	for k := range a.edges {
		e := &a.edges[k]
		e.st = dotSlice(e.f[:], wt[:numFeatures]) - tNone[e.from]
		e.w = e.st + dotSlice(e.f[:], wh[:numFeatures]) - hNone[e.to]
		es[k] = edge{From: e.from, To: e.to, W: e.w}
	}
	a.succ = chooseLinks(n, es)
	a.best = nil
}

func dotSlice(x, w []float64) float64 {
	var s float64
	for k := range x {
		s += x[k] * w[k]
	}
	return s
}

// standardise rescales signal k over the page's candidate joins to mean 0
// and unit spread, so that similarity means the same on a page whose
// articles all share one topic as on a page of unrelated ones.
func (a *analysis) standardise(k int) { a.standardiseWhere(k, nil) }

// standardiseWhere is standardise over the joins for which has (given the
// join's index) holds, nil meaning all; the others get 0. With fewer than
// two such joins the signal is left as it is, and with fewer than
// minSpreadJoins the page's spread says little: the standardised values
// are drawn towards 0 in proportion (on a page of five blocks, the one
// join whose blocks share words would otherwise make every other join a
// spread below the mean, a headline's join to its lead among them).
func (a *analysis) standardiseWhere(k int, has func(int) bool) {
	in := func(i int) bool { return has == nil || has(i) }
	var sum, sq, n float64
	for i := range a.edges {
		if in(i) {
			sum += a.edges[i].f[k]
			n++
		}
	}
	if n < 2 {
		return
	}
	mean := sum / n
	for i := range a.edges {
		if in(i) {
			d := a.edges[i].f[k] - mean
			sq += d * d
		}
	}
	sd := math.Sqrt(sq / n)
	shrink := math.Min(1, n/minSpreadJoins)
	for i := range a.edges {
		z := 0.0
		if in(i) && sd > 1e-9 {
			z = shrink * (a.edges[i].f[k] - mean) / sd
		}
		a.edges[i].f[k] = math.Max(-3, math.Min(8, z))
	}
}

// minSpreadJoins is how many joins a page's spread of a signal is read
// from in full (standardiseWhere); the simulated pages the model learns
// from have hundreds.
const minSpreadJoins = 20

// markBest sets, for each edge, how much more similar its head is to the
// tail than the tail's best other candidate, and its tail to the head than
// the head's best other candidate (negative when another fits better),
// and the same margins where they are positive (the best fit on each
// side), so that the model can weigh being the best apart from the gap.
func (a *analysis) markBest() {
	n := len(a.blocks)
	best1H, best2H := make([]float64, n), make([]float64, n) // per tail: best and second best
	best1T, best2T := make([]float64, n), make([]float64, n) // per head
	for k := range a.edges {
		e := &a.edges[k]
		x := e.f[fSimCtx]
		best1H[e.from], best2H[e.from] = top2(best1H[e.from], best2H[e.from], x)
		best1T[e.to], best2T[e.to] = top2(best1T[e.to], best2T[e.to], x)
	}
	for k := range a.edges {
		e := &a.edges[k]
		x := e.f[fSimCtx]
		e.f[fBestHead] = x - otherBest(best1H[e.from], best2H[e.from], x)
		e.f[fBestTail] = x - otherBest(best1T[e.to], best2T[e.to], x)
		e.f[fHeadMarginPos] = math.Max(0, e.f[fBestHead])
		e.f[fTailMarginPos] = math.Max(0, e.f[fBestTail])
	}
}

func top2(b1, b2, x float64) (float64, float64) {
	switch {
	case x > b1:
		return x, b1
	case x > b2:
		return b1, x
	}
	return b1, b2
}

// otherBest is the best value other than x among a best and second best.
func otherBest(b1, b2, x float64) float64 {
	if x >= b1 {
		return b2
	}
	return b1
}

// ctxLen is how many blocks of a chain make a context.
const ctxLen = 3

// contexts builds, from the first pass's chains, the article up to each
// block and the run from each block on.
func (a *analysis) contexts() {
	n := len(a.blocks)
	succ, pred := slices.Clone(a.succ), predecessors(a.succ)
	// An end the first pass left open follows its best-scored edge, even
	// to a block another join took: the run it would start or end is the
	// text it is to be compared with.
	openTail, openHead := make([]bool, n), make([]bool, n)
	for i := 0; i < n; i++ {
		openTail[i], openHead[i] = succ[i] < 0, pred[i] < 0
	}
	bestS, bestP := make([]float64, n), make([]float64, n)
	for x := range a.edges {
		e := &a.edges[x]
		if openTail[e.from] && e.w > bestS[e.from] {
			succ[e.from], bestS[e.from] = e.to, e.w
		}
		if openHead[e.to] && e.w > bestP[e.to] {
			pred[e.to], bestP[e.to] = e.from, e.w
		}
	}
	a.ctxB, a.ctxF = make([][]int, n), make([][]int, n)
	a.title = make([]int, n)
	for i := 0; i < n; i++ {
		a.ctxB[i] = a.context(i, pred)
		a.ctxF[i] = a.context(i, succ)
		a.title[i] = a.headlineOf(i, pred)
	}
}

// headlineOf follows pred back from i to the start of its chain and
// returns that block if it is a headline or sub-headline other than i,
// else -1.
func (a *analysis) headlineOf(i int, pred []int) int {
	r := i
	for k := 0; k < len(pred) && pred[r] >= 0; k++ {
		r = pred[r]
	}
	if r == i || !isTitle(a.blocks[r].kind) {
		return -1
	}
	return r
}

// secondPassSignals builds the contexts from the first pass's joins and
// sets each edge's context similarity, and the similarity of the tail's
// headline to the run that follows (standardised over the joins whose
// tail has one): a headline names what its article is about, and a long
// article's last blocks share little with its first (世界华文女作家丛书
// over …为侨情记下了苦乐人生 | 概括来说，世界华文文学的研究…). It also
// sets whether the tail's near-duplicates go on, or end, as the join
// would have it (twinStep, twinEnds).
func (a *analysis) secondPassSignals() {
	a.contexts()
	before, after := a.jumps()
	jumpy := multiJumpShare(a.succ)
	for k := range a.edges {
		e := &a.edges[k]
		// On a page that gives a printed line a block, an article jumps at
		// every column it runs on.
		e.f[fSecondJump] = b01(!a.lineBlocks && e.to > e.from+1 && (before[e.from] || after[e.to]))
		// On a page read column by column down the whole page many
		// articles jump at each column: the model weighs the next block
		// and a second jump by how many do in the first pass.
		e.f[fJumpyAdj] = jumpy * b01(e.to == e.from+1)
		e.f[fJumpySecond] = jumpy * e.f[fSecondJump]
		e.f[fTwinStep] = b01(twinStep(a.blocks, a.succ, e.from, e.to))
		e.f[fTwinEnds] = b01(twinEnds(a.blocks, a.succ, e.from, e.to))
		e.f[fSimCtx] = damp(chainSim(a.gram, a.cross, a.weight, a.ctxB[e.from], a.ctxF[e.to]))
		e.f[fTwinCtx] = b01(a.twinChains(a.ctxB[e.from], a.ctxF[e.to]))
		e.f[fTitleSim] = 0
		if a.titleSims(k) {
			e.f[fTitleSim] = chainSim(a.gram, a.cross, nil, []int{a.title[e.from]}, a.ctxF[e.to])
		}
	}
	a.standardiseWhere(fTitleSim, a.titleSims)
	a.standardise(fSimCtx)
	a.setExcess()
}

// jumps reports, for each block, whether the first pass's article holds a
// jump before it (before) and after it (after).
func (a *analysis) jumps() (before, after []bool) {
	n := len(a.blocks)
	before, after = make([]bool, n), make([]bool, n)
	pred := predecessors(a.succ)
	for i := 0; i < n; i++ {
		if p := pred[i]; p >= 0 {
			before[i] = p != i-1 || before[p]
		}
	}
	for i := n - 1; i >= 0; i-- {
		if s := a.succ[i]; s >= 0 {
			after[i] = s != i+1 || after[s]
		}
	}
	return before, after
}

// multiJumpShare is the share of the articles of two blocks or more in
// succ that jump twice or more: near 0 on a page whose articles go on
// once at most, high on one read column by column down the whole page.
func multiJumpShare(succ []int) float64 {
	pred := predecessors(succ)
	arts, multi := 0, 0
	for i, s := range succ {
		if pred[i] >= 0 || s < 0 {
			continue
		}
		arts++
		jumps := 0
		for j := i; succ[j] >= 0; j = succ[j] {
			if succ[j] != j+1 {
				jumps++
			}
		}
		if jumps >= 2 {
			multi++
		}
	}
	if arts == 0 {
		return 0
	}
	return float64(multi) / float64(arts)
}

// predecessors inverts succ: each block's predecessor, -1 for none.
func predecessors(succ []int) []int {
	pred := make([]int, len(succ))
	for i := range pred {
		pred[i] = -1
	}
	for i, j := range succ {
		if j >= 0 {
			pred[j] = i
		}
	}
	return pred
}

// titleSims reports whether edge k has a title similarity: its tail's
// article opens with a headline and its head is no title. A headline
// says nothing of whether a title goes on its article, and templated
// reports print near the same headline twice (市委第一联动巡察组向市民政局…
// and 市委第二、第三联动巡察组向县区…).
func (a *analysis) titleSims(k int) bool {
	e := &a.edges[k]
	return a.title[e.from] >= 0 && !isTitle(a.blocks[e.to].kind)
}

// setExcess sets each edge's hinges on its standardised similarities:
// the part of the context similarity beyond 1 and beyond 3, and of the
// block similarity beyond 1. They let the model bend the similarities'
// effect. Trained, the effect levels off: beyond one spread above the
// mean each further spread of context similarity counts about two thirds
// as much, beyond three spreads a third, and of block similarity nothing
// (similarity that high also comes from templated reports and shared
// wording).
func (a *analysis) setExcess() {
	for k := range a.edges {
		a.edges[k].f[fSimCtxExcess] = math.Max(0, a.edges[k].f[fSimCtx]-1)
		a.edges[k].f[fSimCtxExcess3] = math.Max(0, a.edges[k].f[fSimCtx]-3)
		a.edges[k].f[fSimBlockExcess] = math.Max(0, a.edges[k].f[fSimBlock]-1)
	}
}

// twinChains reports whether a block of one chain is a near-duplicate of
// a block of the other: an article does not print a paragraph twice, so
// such chains are parallel articles, not one.
func (a *analysis) twinChains(x, y []int) bool {
	for _, i := range x {
		for _, t := range a.blocks[i].twins {
			if slices.Contains(y, t) {
				return true
			}
		}
	}
	return false
}

// chain follows next from i for up to ctxLen blocks.
func chain(i int, next []int) []int {
	out := make([]int, 0, ctxLen)
	for k := 0; i >= 0 && k < ctxLen; k++ {
		out = append(out, i)
		i = next[i]
	}
	return out
}

// ctxRunes is how many characters a context holds on a page that gives a
// printed line a block.
const ctxRunes = 240

// context follows next from i for a context: ctxLen blocks, or on a page
// that gives a printed line a block, blocks that hold ctxRunes characters
// (at most maxJump blocks).
func (a *analysis) context(i int, next []int) []int {
	if !a.lineBlocks {
		return chain(i, next)
	}
	var out []int
	for n := 0; i >= 0 && n < ctxRunes && len(out) < maxJump; i = next[i] {
		out = append(out, i)
		n += a.blocks[i].runes
	}
	return out
}

// chainVec is the text vector of a chain of blocks.
func (a *analysis) chainVec(blocks []int) termVec {
	vs := make([]termVec, len(blocks))
	for k, b := range blocks {
		vs[k] = a.blocks[b].vec
	}
	return sumVecs(vs...)
}

func blockInfos(frags []Fragment, dict *Dictionary, lm *CharLM) ([]blockInfo, [][]float64) {
	vecs, twins, g := pageVectors(frags)
	b := make([]blockInfo, len(frags))
	for i, f := range frags {
		trailing := endsWithCredit(f.Text)
		_, away := ContinuesElsewhere(f.Text)
		_, from := ContinuedFromElsewhere(f.Text)
		b[i] = blockInfo{
			kind:     f.Kind,
			open:     isRunning(f.Kind) && !trailing && !away && !ClosesSentence(f.Text),
			canOpen:  CanOpenSentence(f.Text),
			endsArt:  endsArticle(frags, i, trailing || away),
			fromAway: isRunning(f.Kind) && from,
			vec:      vecs[i],
			textTail: lastRunes(f.Text, 4),
			textHead: firstRunes(f.Text, 4),
			text:     f.Text,
			runes:    utf8.RuneCountInString(f.Text),
			twins:    twins[i],
			verb:     dict.startsWithVerb(f.Text),
		}
		b[i].openQ, b[i].closeQ = brackets(f.Text)
	}
	for i := range b {
		if i+1 < len(b) && (cutHeading(b, i, dict) || readsOn(b, i, lm)) {
			b[i].kind, b[i].open = KindBody, true
		}
		if isRunning(b[i].kind) {
			b[i].start = lm.StartFit(b[i].text)
		}
	}
	for i := range b {
		b[i].stranded = isStranded(b, i)
	}
	return b, g
}

// markIndents notes, on a page whose indents tell paragraphs apart (see
// indentsTell), which blocks are printed indented and which running text
// is not: a paragraph that goes on at the top of a column. It reports
// whether the indents tell.
func markIndents(b []blockInfo, indented []bool) bool {
	var in, plain, titles int
	for i := range b {
		b[i].indented = indented[i]
		switch {
		case isRunning(b[i].kind) && indented[i]:
			in++
		case isRunning(b[i].kind):
			plain++
		case isTitle(b[i].kind) && !indented[i]:
			titles++
		}
	}
	if !indentsTell(in, plain, titles) {
		for i := range b {
			b[i].indented = false
		}
		return false
	}
	for i := range b {
		b[i].midPara = isRunning(b[i].kind) && !b[i].indented
	}
	return true
}

// markLineStarts notes, on a page that keeps its printed lines (see
// lineStarts), which blocks of running text open a paragraph and which go
// on one, as markIndents does for indents; blocks the lines do not tell
// about are neither.
func markLineStarts(b []blockInfo, lines [][]float64, frags []Fragment) {
	starts, known := readLineStarts(lines, frags)
	var in, plain int
	for i := range starts {
		if known[i] && isRunning(b[i].kind) {
			if starts[i] {
				in++
			} else {
				plain++
			}
		}
	}
	if in < minIndented || plain == 0 {
		return // as indentsTell: a few starts, and some text that goes on
	}
	for i := range starts {
		if known[i] && isRunning(b[i].kind) {
			b[i].indented, b[i].midPara = starts[i], !starts[i]
		}
	}
}

// markLineWidths notes, on a page that gives each printed line a block
// (of the given width), which lines of running text open a paragraph (two
// or so characters short, where the indent was), which go on one (full:
// a paragraph's first line never is) and which close their sentence with
// a full line, so that their paragraph may go on. A line whose byline goes
// on in the next (see bylineRest) does not end its article there.
func markLineWidths(b []blockInfo, lines [][]float64, width float64) {
	for i := range b {
		if !isRunning(b[i].kind) || len(lines[i]) != 1 {
			continue
		}
		w := lines[i][0]
		b[i].indented = w >= width-3 && w <= width-1.5
		b[i].midPara = w >= width-0.5
		b[i].fullEnd = !b[i].open && b[i].midPara
		if i+1 < len(b) && b[i+1].kind == KindByline && b[i].endsArt && isBylineRest(b[i+1].text) {
			b[i].endsArt = false // its byline goes on in the next line, which ends the article
		}
	}
}

// cutHeading reports whether block i, taken for a headline or an
// intertitle, is the start of a paragraph cut at a column end, as a word
// or a number running on into the next block shows (全国优|秀科技…,
// …农田基本|建设的…, …旅客10|0多万人次).
func cutHeading(b []blockInfo, i int, dict *Dictionary) bool {
	return headingBeforeText(b, i) && runsOn(b[i], b[i+1], dict)
}

// minReadOn is how much likelier, as a log ratio, the character after a
// headline-shaped block follows its last than it opens a sentence, for
// the block to be read as a paragraph's first words (readsOn).
const minReadOn = 2

// readsOn reports whether block i, taken for a headline or an intertitle,
// is the start of a paragraph cut at a column end, as the character model
// shows: the next block's first character follows its last far better
// than it opens a sentence (吕梁地区在两个文明|建设的各项工作中…).
func readsOn(b []blockInfo, i int, lm *CharLM) bool {
	t, h := b[i], b[i+1]
	return headingBeforeText(b, i) && lm.PairFit(t.textTail, h.textHead)-lm.StartFit(h.text) >= minReadOn
}

// headingBeforeText reports whether block i is a headline, sub-headline or
// intertitle followed by running text that is not noted as continued from
// another page.
func headingBeforeText(b []blockInfo, i int) bool {
	t, h := b[i], b[i+1]
	return (isTitle(t.kind) || t.kind == KindIntertitle) && isRunning(h.kind) && !h.fromAway
}

// endsArticle reports whether block i closes its article: a credit does,
// and a byline unless it stands under a headline (□本报记者 张三 under the
// title opens the article); other text does when it ends with a byline or
// a note that it continues elsewhere (closing).
func endsArticle(frags []Fragment, i int, closing bool) bool {
	switch frags[i].Kind {
	case KindCredit:
		return true
	case KindByline:
		return i == 0 || !isTitle(frags[i-1].Kind)
	}
	return closing
}

// confidence turns a chosen join's log-odds and its margin over the best
// alternative into a calibrated probability.
func (a *analysis) confidence(e *scored) float64 {
	x := a.calibRow(e)
	return sigmoid(dotSlice(x[:], a.model.Calib))
}

// calibInputs is the length of a join's calibration row (calibRow).
const calibInputs = 8

// calibRow is what a join's confidence is read from: its weight and its
// margin over the best alternative, each also for jumps apart, and the
// weight for open tails apart. A jump or the end of an open sentence is
// right less often than a join to the next block of the same weight, so
// reading them apart ranks the joins most likely wrong first (the desk's
// doubtful joins) and keeps every kind calibrated.
func (a *analysis) calibRow(e *scored) [calibInputs]float64 {
	m := a.margin(e)
	jump, open := b01(e.to != e.from+1), b01(a.blocks[e.from].open)
	return [calibInputs]float64{1, e.w, m, jump, open, jump * e.w, jump * m, open * e.w}
}

// margin is how much the join beats the best alternative for either end
// (another head for its tail, another tail for its head, or none).
func (a *analysis) margin(e *scored) float64 {
	if a.best == nil {
		a.best = newBestAlt(a.edges, len(a.blocks))
	}
	return e.w - max(0, a.best.tail.other(e.from, e.to), a.best.head.other(e.to, e.from))
}

// bestAlt keeps, for every tail and every head, its two heaviest edges.
type bestAlt struct{ tail, head top2s }

type top2s struct {
	w1, w2 []float64
	at1    []int
}

func newTop2s(n int) top2s {
	t := top2s{w1: make([]float64, n), w2: make([]float64, n), at1: make([]int, n)}
	for i := range t.w1 {
		t.w1[i], t.w2[i], t.at1[i] = math.Inf(-1), math.Inf(-1), -1
	}
	return t
}

func (t top2s) add(k, other int, w float64) {
	switch {
	case w > t.w1[k]:
		t.w2[k], t.w1[k], t.at1[k] = t.w1[k], w, other
	case w > t.w2[k]:
		t.w2[k] = w
	}
}

// other is the best weight at k among edges not going to except.
func (t top2s) other(k, except int) float64 {
	if t.at1[k] == except {
		return t.w2[k]
	}
	return t.w1[k]
}

func newBestAlt(edges []scored, n int) *bestAlt {
	b := &bestAlt{tail: newTop2s(n), head: newTop2s(n)}
	for _, e := range edges {
		b.tail.add(e.from, e.to, e.w)
		b.head.add(e.to, e.from, e.w)
	}
	return b
}

// titleSimShown is the standardised headline similarity from which a
// jump's reason names the headline.
const titleSimShown = 1.5

// reason says in words which signals carry join k.
func (a *analysis) reason(k int) string {
	e := &a.edges[k]
	var parts []string
	if e.f[fAdjacent] == 1 {
		parts = append(parts, "next block")
	} else {
		parts = append(parts, fmt.Sprintf("jump of %d blocks", e.to-e.from))
	}
	switch {
	case e.f[fStrandedJump] == 1:
		parts = append(parts, "a paragraph's first words at a column foot")
	case e.f[fTailTitle] == 1 && e.f[fHeadLead] == 1:
		parts = append(parts, "headline → lead")
	case e.f[fTailTitle] == 1:
		parts = append(parts, "headline → text")
	case e.f[fCaptionCredit] == 1:
		parts = append(parts, "caption → credit")
	}
	tail, head := lastRunes(a.page.Fragments[e.from].Text, 4), firstRunes(a.page.Fragments[e.to].Text, 4)
	if e.f[fTailOpen] == 1 || e.f[fStrandedJump] == 1 {
		parts = append(parts, fmt.Sprintf("sentence continues (…%s|%s…)", tail, head))
	}
	if a.words[k] != "" {
		word := printed(tail+head, a.blocks[e.from].textTail+a.blocks[e.to].textHead, a.words[k])
		parts = append(parts, "word "+word+" across the join")
	} else if max(e.f[fPairFit], e.f[fStrandedFit]) >= pairFitShown {
		parts = append(parts, fmt.Sprintf("%s|%s often follow each other", lastRunes(tail, 1), firstRunes(head, 1)))
	}
	if e.f[fHeadCont] == 1 {
		parts = append(parts, "head cannot open a sentence")
	}
	if e.f[fTwinStep] == 1 && e.f[fAdjacent] == 0 {
		parts = append(parts, "a templated twin report goes on alike")
	}
	if e.f[fTitleSim] >= titleSimShown && e.f[fAdjacent] == 0 {
		parts = append(parts, "fits the headline "+clipRunes(a.page.Fragments[a.title[e.from]].Text, 12))
	}
	if e.f[fAdjacent] == 0 && a.ctxB != nil {
		orig, view := a.page.Fragments[e.to].Text, a.view[e.to].Text
		if w := sharedWords(view, a.chainVec(a.ctxB[e.from]), a.chainVec(a.ctxF[e.to]), 3, a.cut()); len(w) > 0 {
			for i := range w {
				w[i] = printed(orig, view, w[i])
			}
			parts = append(parts, "shares "+strings.Join(w, "、"))
		}
	}
	return strings.Join(parts, "; ")
}

// cut returns the stitcher's dictionary segmentation, or nil without one.
func (a *analysis) cut() func(string) []string {
	if a.s.dict == nil {
		return nil
	}
	return a.s.dict.Cut
}

// pairFitShown is the character-pair fit (nats) from which a reason
// mentions it.
const pairFitShown = 1.5

// stitching turns the chosen joins into articles.
func (a *analysis) stitching() Stitching {
	n := len(a.blocks)
	st := Stitching{Source: a.page.Source}
	hasPred := make([]bool, n)
	for _, j := range a.succ {
		if j >= 0 {
			hasPred[j] = true
		}
	}
	byPair := make(map[[2]int]int, n) // the chosen joins' edges
	for k := range a.edges {
		if e := &a.edges[k]; a.succ[e.from] == e.to {
			byPair[[2]int{e.from, e.to}] = k
		}
	}
	opts := a.endOptions()
	for i := 0; i < n; i++ {
		if hasPred[i] {
			continue
		}
		if a.succ[i] < 0 && !standsAlone(a.blocks[i].kind) {
			st.Unassigned = append(st.Unassigned, i)
			continue
		}
		art := Article{Blocks: []int{i}}
		for k := i; a.succ[k] >= 0; k = a.succ[k] {
			x := byPair[[2]int{k, a.succ[k]}]
			e := &a.edges[x]
			art.Blocks = append(art.Blocks, e.to)
			art.Joins = append(art.Joins, Join{From: e.from, To: e.to, Score: round3(a.confidence(e)), Reason: a.reason(x)})
		}
		art.Title = articleTitle(a.page.Fragments, art.Blocks)
		last := art.Blocks[len(art.Blocks)-1]
		art.End = a.end(last, opts[last])
		st.Articles = append(st.Articles, art)
	}
	return st
}

// standsAlone reports whether a fragment of this kind makes an article on
// its own (running text does; a lone headline or credit does not).
func standsAlone(k Kind) bool {
	return isRunning(k)
}

// articleTitle is the text of the headline (or sub-headline) the article
// opens with, or "".
// A headline-like line after its first running text is no title: the
// first words of a paragraph left at a column foot (see blockInfo.stranded).
func articleTitle(frags []Fragment, blocks []int) string {
	for _, b := range blocks {
		switch {
		case isTitle(frags[b].Kind):
			return frags[b].Text
		case isRunning(frags[b].Kind):
			return ""
		}
	}
	return ""
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
