package corpus

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SimOptions shapes simulated newspaper pages.
type SimOptions struct {
	Seed            int64   // same seed, same pages
	ArticlesPerPage int     // articles SimulatePages puts on a page, give or take one
	ColumnRunes     int     // characters in one column, give or take a fifth
	FullWidth       bool    // print , ; : ? ! ( ) full-width, as Chinese papers do
	LeadShare       float64 // share of articles without a dateline given a 本报讯（记者 …） lead
	BylineShare     float64 // share of articles given a byline block at the end
	PhotoShare      float64 // share of short articles laid out as a photo item with a credit
	HeadlessShare   float64 // chance that a page shows one article without its headline
	StrayShare      float64 // chance that a page has a stray headline with no body
	ParaEndShare    float64 // share of column breaks moved to a paragraph end
	TwinShare       float64 // chance that a page prints a templated twin of an article next to it
	// TopBylineShare is the share of articles with a headline that print
	// their byline under it, set after a mark (□本报记者 张三), instead of
	// a lead or a byline at the end.
	TopBylineShare float64
	// LineRunes, when set, is the characters in one printed line: column
	// breaks fall at line ends (a paragraph's first line is indented by
	// two), a paragraph that would leave less than its first line in a
	// column starts in the next one, and no line starts with a comma, a
	// stop or a closing mark (they stay at the end of the line before).
	// At 0 breaks fall at any character.
	LineRunes int
	// Indent prints each paragraph's first line after two ideographic
	// spaces (　　), as many extractors keep them; the gold blocks are
	// stripped as always.
	Indent bool
	// ColumnBlocks prints the paragraphs of one article in one column as
	// one block, as extractors that group text by column write it (the
	// paragraphs' lines follow each other without a blank line between).
	// Headlines and bylines stay blocks of their own.
	ColumnBlocks bool
	// PrintLines, with LineRunes set, writes each paragraph in its printed
	// lines, one text line each, as extractors that keep a page's lines
	// write it: LineRunes character widths a line (a Latin letter or digit
	// is half as wide), the first line of a paragraph two short for its
	// indent, which the extractor leaves out unless Indent is set.
	PrintLines bool
	// LineBlocks, with PrintLines, writes a blank line after every printed
	// line, as some extractors do: each line is a block of its own.
	LineBlocks bool
	// ColumnMajor sets each article in a box a few columns wide on a grid
	// of columns and reads the page as extractors that follow the columns
	// down the whole page do: each column from top to bottom, so that an
	// article set over several columns jumps, at each column end, over
	// what is set under it.
	ColumnMajor bool
}

// DefaultSimOptions returns options that imitate the sample page
// heze-daily-2020-09-15.txt.
func DefaultSimOptions() SimOptions {
	return SimOptions{
		Seed:            1,
		ArticlesPerPage: 7,
		ColumnRunes:     240,
		FullWidth:       true,
		LeadShare:       0.4,
		BylineShare:     0.15,
		PhotoShare:      0.6,
		HeadlessShare:   0.3,
		StrayShare:      0.5,
		ParaEndShare:    0.2,
		TwinShare:       0.25,
	}
}

// SimPage is one simulated page with its reading-order gold.
type SimPage struct {
	Name     string
	Text     string
	Gold     Gold
	Articles []SimArticle // how each gold article was made, in Gold.Articles order
}

// SimArticle records how the simulator placed one source article, so that
// its text on the page can be traced back to the source.
type SimArticle struct {
	Source   int    // index of the article in the slice given to the simulator
	Headless bool   // the headline lines were left off the page
	Photo    bool   // laid out as a photo item (title, caption, credit)
	Lead     string // dateline lead put before the first paragraph, "" if none
	Byline   string // byline or photo credit block added at the end, "" if none
	// TopByline is the byline block set under the headline (see
	// SimOptions.TopBylineShare), "" if none.
	TopByline string
	// Twin is the templated twin printed instead of the source article
	// (its names replaced), nil if the article is printed as it is.
	Twin *SourceArticle
}

// SimulatePage lays out arts on one page named name, as a layout extractor
// would emit it: blocks separated by blank lines, in layout order. It
// returns the page text and the true reading order. With chance
// opt.StrayShare the last article gives only its first headline line, a
// stray headline with no body. The layout depends on opt.Seed and name.
func SimulatePage(arts []SourceArticle, name string, opt SimOptions) (text string, gold Gold) {
	p := simulate(arts, name, opt)
	return p.Text, p.Gold
}

// SimulatePages makes n pages, walking through arts in order (wrapping
// around) from a start chosen by opt.Seed; SimArticle.Source indexes arts.
func SimulatePages(arts []SourceArticle, n int, opt SimOptions) []SimPage {
	if len(arts) == 0 || n <= 0 {
		return nil
	}
	opt = opt.withDefaults()
	r := rand.New(rand.NewPCG(uint64(opt.Seed), 0x51a7e))
	cursor := r.IntN(len(arts))
	pages := make([]SimPage, 0, n)
	for i := range n {
		k := min(len(arts), max(2, opt.ArticlesPerPage-1+r.IntN(3)))
		idx := make([]int, k)
		chunk := make([]SourceArticle, k)
		for j := range k {
			idx[j] = (cursor + j) % len(arts)
			chunk[j] = arts[idx[j]]
		}
		cursor = (cursor + k) % len(arts)
		p := simulate(chunk, fmt.Sprintf("sim-%d-%03d.txt", opt.Seed, i+1), opt)
		for j := range p.Articles {
			p.Articles[j].Source = idx[p.Articles[j].Source]
		}
		pages = append(pages, p)
	}
	return pages
}

// withDefaults fills in sizes left at zero.
func (o SimOptions) withDefaults() SimOptions {
	d := DefaultSimOptions()
	if o.ArticlesPerPage <= 0 {
		o.ArticlesPerPage = d.ArticlesPerPage
	}
	if o.ColumnRunes <= 0 {
		o.ColumnRunes = d.ColumnRunes
	}
	return o
}

// simArt is one article being laid out.
type simArt struct {
	info  SimArticle
	title string
	units []simUnit  // headline lines and paragraphs as printed
	cols  [][]string // the blocks of each column
	runs  [][]string // groups of consecutive columns printed together
}

// simUnit is a headline line or a paragraph.
type simUnit struct {
	text     string
	headline bool
	apart    bool // a byline or credit, set apart from the text
}

// simRun is a run of an article's blocks at one place on the page.
type simRun struct {
	art    int
	blocks []string
}

// simulate lays out arts on one page.
func simulate(arts []SourceArticle, name string, opt SimOptions) SimPage {
	opt = opt.withDefaults()
	h := fnv.New64a()
	h.Write([]byte(name))
	r := rand.New(rand.NewPCG(uint64(opt.Seed), h.Sum64()))
	n := newSimNamer(r)

	stray := ""
	if len(arts) >= 3 && r.Float64() < opt.StrayShare {
		if hs := simCleanUnits(arts[len(arts)-1].Headlines); len(hs) > 0 {
			stray = fullWidthIf(opt.FullWidth, hs[0])
			arts = arts[:len(arts)-1]
		}
	}
	twin := simTwin(arts, opt.TwinShare, r)
	placed := make([]*simArt, len(arts))
	for i, a := range arts {
		if twin != nil && twin.at == i {
			placed[i] = simPrepare(twin.art, i, r, n, opt)
			placed[i].info.Twin = &twin.art
			continue
		}
		placed[i] = simPrepare(a, i, r, n, opt)
	}
	if r.Float64() < opt.HeadlessShare {
		simDropHeadline(placed, r)
	}
	for _, a := range placed {
		a.cols = simPour(a.units, r, opt)
		if opt.LineBlocks {
			a.cols = simLineBlocks(a.cols)
		}
	}
	var runs []simRun
	if opt.ColumnMajor {
		runs = simColumnMajor(placed, r)
	} else {
		runs = simLayout(placed, r)
	}
	return simAssemble(name, placed, runs, stray, r)
}

// simPrepare turns a source article into the units printed on the page,
// adding a lead, a byline or a photo credit. An article without paragraphs
// is printed as it is.
func simPrepare(a SourceArticle, i int, r *rand.Rand, n *simNamer, opt SimOptions) *simArt {
	s := &simArt{info: SimArticle{Source: i}, title: a.Title}
	heads, paras := simCleanUnits(a.Headlines), simCleanUnits(a.Paragraphs)
	for _, h := range heads {
		s.units = append(s.units, simUnit{text: fullWidthIf(opt.FullWidth, h), headline: true})
	}
	body := 0
	for _, p := range paras {
		s.units = append(s.units, simUnit{text: fullWidthIf(opt.FullWidth, p)})
		body += utf8.RuneCountInString(p)
	}
	if len(paras) == 0 {
		return s
	}
	if simSigned(heads) {
		return s // a signed piece credits its author under the headline only
	}
	short := len(paras) <= 2 && body <= opt.ColumnRunes*3/4
	switch {
	case short && r.Float64() < opt.PhotoShare:
		s.info.Photo = true
		last := paras[len(paras)-1]
		if !strings.HasSuffix(last, "摄)") && !strings.HasSuffix(last, "摄）") {
			s.info.Byline = n.credit()
		}
	case r.Float64() < opt.BylineShare:
		s.info.Byline = n.byline()
	}
	first := len(heads)
	if !s.info.Photo && first > 0 && opt.TopBylineShare > 0 && r.Float64() < opt.TopBylineShare {
		s.info.Byline, s.info.TopByline = "", n.topByline()
		s.units = slices.Insert(s.units, first, simUnit{text: s.info.TopByline, headline: true})
		return s
	}
	if !s.info.Photo && !simHasDateline(s.units[first].text) && r.Float64() < opt.LeadShare {
		s.info.Lead = n.lead()
		s.units[first].text = s.info.Lead + s.units[first].text
	}
	if s.info.Byline != "" {
		s.units = append(s.units, simUnit{text: s.info.Byline, apart: true})
	}
	return s
}

// simSigned reports whether a headline line after the first names the
// author (李学勤, 本报记者李济国贾建舟): such an article gets no lead and no
// other byline.
func simSigned(heads []string) bool {
	for _, h := range heads[min(1, len(heads)):] {
		if _, ok := bylineReason(h); ok || isAuthorLine(h) {
			return true
		}
	}
	return false
}

// simLineBreaks turns line breaks into spaces.
var simLineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// simCleanUnits returns the texts that can be printed as blocks: line breaks
// become spaces, surrounding space is trimmed and blank texts are left out,
// since a page block is a stripped run of non-blank lines.
func simCleanUnits(texts []string) []string {
	out := make([]string, 0, len(texts))
	for _, t := range texts {
		t = strings.TrimSpace(simLineBreaks.Replace(t))
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

// simDropHeadline leaves the headline off one article (not the first, not a
// photo item) whose first paragraph opens with a dateline, as when the
// headline is printed on another page.
func simDropHeadline(arts []*simArt, r *rand.Rand) {
	var cands []*simArt
	for _, a := range arts[min(1, len(arts)):] {
		h := a.headlines()
		if h > 0 && h < len(a.units) && !a.info.Photo && simHasDateline(a.units[h].text) {
			cands = append(cands, a)
		}
	}
	if len(cands) == 0 {
		return
	}
	a := cands[r.IntN(len(cands))]
	a.units = a.units[a.headlines():]
	a.info.Headless = true
}

// headlines counts the headline units at the start of a.
func (a *simArt) headlines() int {
	n := 0
	for n < len(a.units) && a.units[n].headline {
		n++
	}
	return n
}

// simDatelineStarts open a lead that names the source of the report.
var simDatelineStarts = []string{"本报", "新华社", "据新华社", "中新社", "据中新社", "人民日报", "据"}

// simHasDateline reports whether a paragraph opens with a dateline such as
// 新华社北京1月1日电 or 本报讯.
func simHasDateline(p string) bool {
	for _, s := range simDatelineStarts {
		if strings.HasPrefix(p, s) {
			head := []rune(p)[:min(utf8.RuneCountInString(p), 30)]
			return strings.Contains(string(head), "电") || strings.Contains(string(head), "讯")
		}
	}
	return false
}

// simMinPiece is the fewest characters a column break leaves on either side,
// and paragraphs shorter than twice that are never broken.
const simMinPiece = 2

// simPour fills columns with the units. A unit that does not fit breaks at the
// column end, at an arbitrary character (mid-sentence, even mid-word), or
// sometimes moves whole so that the break falls at the paragraph's end.
// Headlines and very short units never break.
func simPour(units []simUnit, r *rand.Rand, opt SimOptions) [][]string {
	var cols [][]string
	var col []string
	var alone []bool // per piece of col: a block of its own
	room := simColumnRoom(r, opt)
	closeCol := func() {
		cols = append(cols, simColumnBlocks(col, alone, opt))
		col, alone = nil, nil
		room = simColumnRoom(r, opt)
	}
	for _, u := range units {
		rest := []rune(u.text)
		start := !u.headline // the next piece opens the paragraph
		piece := func(rs []rune) string {
			t := string(rs)
			if opt.PrintLines && opt.LineRunes > 0 && !u.headline && !u.apart {
				t = simPrintLines(rs, start, opt.LineRunes)
			}
			if start && opt.Indent {
				t = simIndent + t
			}
			start = false
			alone = append(alone, u.headline || u.apart)
			return t
		}
		for len(rest) > room {
			if u.headline || len(rest) < 2*simMinPiece || r.Float64() < opt.ParaEndShare {
				if len(col) == 0 || len(rest)-room < opt.ColumnRunes/4 {
					col = append(col, piece(rest))
					rest = nil
				}
				closeCol()
				continue
			}
			cut := simCutAt(rest, room)
			if opt.LineRunes > 0 {
				cut = simLineCut(rest, room, len(rest) == utf8.RuneCountInString(u.text), opt.LineRunes)
				if cut == 0 {
					closeCol()
					continue
				}
			}
			if cut < 0 {
				break
			}
			col = append(col, piece(rest[:cut]))
			rest = rest[cut:]
			closeCol()
		}
		if len(rest) > 0 {
			room -= simUsed(len(rest), len(rest) == utf8.RuneCountInString(u.text), opt.LineRunes)
			col = append(col, piece(rest))
		}
	}
	if len(col) > 0 {
		cols = append(cols, simColumnBlocks(col, alone, opt))
	}
	return cols
}

// simColumnBlocks joins neighbouring pieces of a column that are not alone
// into one block when opt.ColumnBlocks is set.
func simColumnBlocks(col []string, alone []bool, opt SimOptions) []string {
	if !opt.ColumnBlocks {
		return col
	}
	var out []string
	for k, p := range col {
		if k > 0 && !alone[k] && !alone[k-1] {
			out[len(out)-1] += "\n" + p
			continue
		}
		out = append(out, p)
	}
	return out
}

// simLineBlocks makes each line of each block of cols a block of its own
// (SimOptions.LineBlocks).
func simLineBlocks(cols [][]string) [][]string {
	out := make([][]string, len(cols))
	for k, col := range cols {
		for _, b := range col {
			out[k] = append(out[k], strings.Split(b, "\n")...)
		}
	}
	return out
}

// simIndent is the indent of a paragraph's first line (SimOptions.Indent).
const simIndent = "　　"

// simUsed is the room n characters take in a column: n, or with lines
// whole lines (the first indented by two when whole).
func simUsed(n int, whole bool, line int) int {
	if line <= 0 {
		return n
	}
	if whole {
		n += 2
	}
	return (n + line - 1) / line * line
}

// simLineCut breaks rest at the end of the last whole line that fits in
// room (whole is set when rest is a paragraph from its start, whose first
// line is indented), keeping a comma, stop or closing mark on that line and
// carrying an opening mark to the next.
// It returns 0 when not one line fits, and -1 when rest fits or cannot be
// broken.
func simLineCut(rest []rune, room int, whole bool, line int) int {
	indent := 0
	if whole {
		indent = 2
	}
	lines := (room + indent) / line
	if lines < 1 {
		return 0
	}
	cut := lines*line - indent
	for cut < len(rest) && strings.ContainsRune(cannotOpenPunc, rest[cut]) {
		cut++
	}
	for cut > 1 && cut < len(rest) && strings.ContainsRune(simCannotEnd, rest[cut-1]) {
		cut--
	}
	if cut >= len(rest) || unicode.IsSpace(rest[cut-1]) || unicode.IsSpace(rest[cut]) {
		return -1
	}
	return cut
}

// simColumnRoom is the size of a new column.
func simColumnRoom(r *rand.Rand, opt SimOptions) int {
	return opt.ColumnRunes*4/5 + r.IntN(opt.ColumnRunes*2/5+1)
}

// simCannotEnd holds the opening marks typesetters never leave at the end
// of a line or column: they go with the text they open.
const simCannotEnd = "（(「『【〔〈《“‘"

// simCutAt finds where to break rest near want: at least simMinPiece characters
// on both sides, no white space at the break (a page block is stripped) and,
// as typesetters do, no comma, stop or closing mark at the start of the
// new column and no opening mark at the end of the old one. It returns -1
// if there is no such place.
func simCutAt(rest []rune, want int) int {
	lo, hi := simMinPiece, len(rest)-simMinPiece
	ok := func(c int) bool {
		return c >= lo && c <= hi && !unicode.IsSpace(rest[c-1]) && !unicode.IsSpace(rest[c]) &&
			!strings.ContainsRune(cannotOpenPunc, rest[c]) && !strings.ContainsRune(simCannotEnd, rest[c-1])
	}
	want = min(max(want, lo), hi)
	for d := 0; d <= len(rest); d++ {
		if ok(want + d) {
			return want + d
		}
		if ok(want - d) {
			return want - d
		}
	}
	return -1
}

// simLayout splits the articles into runs and orders the runs on the page: a
// grid band (the first columns of several articles, then their
// continuations in the same order), a feature band (long articles whose
// continuations come after other items), photo items, an article without a
// headline. The bands' order and sizes vary with r.
func simLayout(arts []*simArt, r *rand.Rand) []simRun {
	var grid, features, fillers, headless []int
	for i, a := range arts {
		switch {
		case a.info.Headless:
			headless = append(headless, i)
		case a.info.Photo:
			fillers = append(fillers, i)
		case len(a.cols) > 3 && len(features) < 2:
			features = append(features, i)
		default:
			grid = append(grid, i)
		}
	}
	for _, i := range grid {
		arts[i].splitRuns(1 + boolInt(r.Float64() < 0.2))
	}
	for _, i := range features {
		n := len(arts[i].cols)
		arts[i].splitRuns(max(1, n*(55+r.IntN(26))/100))
	}
	for _, i := range fillers {
		arts[i].splitRuns(len(arts[i].cols))
	}
	for _, i := range headless {
		arts[i].splitRuns(len(arts[i].cols))
	}
	bands := simGridBands(arts, grid, fillers, r)
	lower := simFeatureBand(arts, features, fillers, headless, r)
	if r.Float64() < 0.25 {
		bands = append([][]simRun{lower}, bands...)
	} else {
		at := len(bands)
		if len(bands) > 1 && r.Float64() < 0.3 {
			at = 1
		}
		bands = append(bands[:at], append([][]simRun{lower}, bands[at:]...)...)
	}
	var runs []simRun
	for _, b := range bands {
		runs = append(runs, b...)
	}
	return runs
}

// splitRuns makes a first run of the first k columns and a second of the rest.
func (a *simArt) splitRuns(k int) {
	k = min(k, len(a.cols))
	a.runs = [][]string{simFlatten(a.cols[:k])}
	if k < len(a.cols) {
		a.runs = append(a.runs, simFlatten(a.cols[k:]))
	}
}

// simFlatten joins columns into one list of blocks.
func simFlatten(cols [][]string) []string {
	var blocks []string
	for _, c := range cols {
		blocks = append(blocks, c...)
	}
	return blocks
}

// simGridBands lays the grid articles out in one or two bands; a band is the
// first runs in order, then the continuations in the same order. The first
// photo item sometimes sits between the two halves of a band.
func simGridBands(arts []*simArt, grid, fillers []int, r *rand.Rand) [][]simRun {
	groups := [][]int{grid}
	if len(grid) >= 4 && r.Float64() < 0.35 {
		k := 2 + r.IntN(len(grid)-3)
		groups = [][]int{grid[:k], grid[k:]}
	}
	var bands [][]simRun
	for gi, g := range groups {
		var band []simRun
		for _, i := range g {
			band = append(band, simRun{art: i, blocks: arts[i].runs[0]})
		}
		if gi == 0 && len(fillers) > 0 && r.Float64() < 0.3 {
			band = append(band, arts[fillers[0]].takeRun(fillers[0]))
		}
		for _, i := range g {
			if len(arts[i].runs) > 1 {
				band = append(band, simRun{art: i, blocks: arts[i].runs[1]})
			}
		}
		bands = append(bands, band)
	}
	return bands
}

// takeRun returns the article's single run once; later calls return an
// empty run, so that a filler placed early is not placed twice.
func (a *simArt) takeRun(i int) simRun {
	run := simRun{art: i}
	if len(a.runs) > 0 {
		run.blocks = a.runs[0]
		a.runs = nil
	}
	return run
}

// simFeatureBand lays out the long articles: the first runs of one or two
// features with photo items between them, then the continuations, the
// headless article between or after them, and the remaining photo items.
func simFeatureBand(arts []*simArt, features, fillers, headless []int, r *rand.Rand) []simRun {
	var band []simRun
	split := 0
	if len(fillers) > 0 {
		split = r.IntN(len(fillers) + 1)
	}
	fill := func(from []int) {
		for _, i := range from {
			band = append(band, arts[i].takeRun(i))
		}
	}
	firstRun := func(i int) { band = append(band, simRun{art: i, blocks: arts[i].runs[0]}) }
	contRun := func(i int) {
		if len(arts[i].runs) > 1 {
			band = append(band, simRun{art: i, blocks: arts[i].runs[1]})
		}
	}
	headlessEarly := r.Float64() < 0.5
	if len(features) > 0 {
		firstRun(features[0])
	}
	fill(fillers[:split])
	if len(features) > 1 {
		firstRun(features[1])
	}
	if headlessEarly {
		fill(headless)
	}
	for _, i := range features {
		contRun(i)
		if !headlessEarly && len(features) > 1 && i == features[0] {
			fill(headless)
		}
	}
	if !headlessEarly && len(features) < 2 {
		fill(headless)
	}
	fill(fillers[split:])
	return band
}

// simAssemble numbers the blocks in layout order, writes the page text and
// the gold, with the stray headline at the end or between two runs.
func simAssemble(name string, arts []*simArt, runs []simRun, stray string, r *rand.Rand) SimPage {
	page := SimPage{Name: name, Gold: Gold{Source: name, Articles: []GoldArticle{}, Unassigned: []int{},
		About: "Simulated page: blocks in layout order, articles in reading order."}}
	strayAt := len(runs)
	if stray != "" && r.Float64() < 0.4 && len(runs) > 1 {
		strayAt = 1 + r.IntN(len(runs)-1)
	}
	order := make([]int, 0, len(arts)) // articles by first block
	blocksOf := make([][]int, len(arts))
	for ri := 0; ri <= len(runs); ri++ {
		if ri == strayAt && stray != "" {
			page.Gold.Unassigned = append(page.Gold.Unassigned, len(page.Gold.Blocks))
			page.Gold.Blocks = append(page.Gold.Blocks, stray)
		}
		if ri == len(runs) {
			break
		}
		run := runs[ri]
		for _, b := range run.blocks {
			if blocksOf[run.art] == nil {
				order = append(order, run.art)
			}
			blocksOf[run.art] = append(blocksOf[run.art], len(page.Gold.Blocks))
			page.Gold.Blocks = append(page.Gold.Blocks, b)
		}
	}
	printed := slices.Clone(page.Gold.Blocks)
	for i, b := range page.Gold.Blocks {
		page.Gold.Blocks[i] = simJoinLines(b)
	}
	for _, i := range order {
		page.Gold.Articles = append(page.Gold.Articles, GoldArticle{Title: arts[i].title, Blocks: blocksOf[i]})
		page.Articles = append(page.Articles, arts[i].info)
	}
	page.Text = simPageText(printed, r)
	return page
}

// simPageText joins blocks with blank lines, now and then two, after a few
// leading blank lines, as extractors emit them.
func simPageText(blocks []string, r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(strings.Repeat("\n", r.IntN(3)))
	for i, s := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
			if r.IntN(10) == 0 {
				b.WriteString("\n")
			}
		}
		b.WriteString(s)
	}
	b.WriteString("\n")
	return b.String()
}

// fullWidthIf converts half-width punctuation to full-width when on is set.
func fullWidthIf(on bool, s string) string {
	if !on {
		return s
	}
	return FullWidth(s)
}

// FullWidth converts the half-width punctuation , ; : ? ! ( ) of a
// publisher's copy to the full-width forms printed on Chinese pages; a comma
// or colon between digits (1,000 or 20:30) stays as it is. The text keeps
// its length in code points.
func FullWidth(s string) string {
	if !strings.ContainsAny(s, ",;:?!()") {
		return s
	}
	rs := []rune(s)
	for i, c := range rs {
		between := i > 0 && i < len(rs)-1 && simIsDigit(rs[i-1]) && simIsDigit(rs[i+1])
		switch {
		case c == ',' && !between:
			rs[i] = '，'
		case c == ':' && !between:
			rs[i] = '：'
		case c == ';':
			rs[i] = '；'
		case c == '?':
			rs[i] = '？'
		case c == '!':
			rs[i] = '！'
		case c == '(':
			rs[i] = '（'
		case c == ')':
			rs[i] = '）'
		}
	}
	return string(rs)
}

// simIsDigit reports an ASCII digit.
func simIsDigit(c rune) bool { return c >= '0' && c <= '9' }

// simNamer makes up reporters' names for leads, bylines and credits.
type simNamer struct{ r *rand.Rand }

func newSimNamer(r *rand.Rand) *simNamer { return &simNamer{r: r} }

var (
	simSurnames = []rune("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
	simGiven    = []string{"浩", "磊", "静", "敏", "伟", "芳", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "博", "琳", "飞", "宾", "鹏",
		"秀英", "建华", "志强", "海燕", "卫国", "小红", "若生", "绍亭", "念东", "晓梅", "文斌", "春雷", "国庆", "丽华", "永刚", "红霞"}
)

// name is a made-up Chinese name; two-character names sometimes carry the
// space that layout puts between them (王 浩).
func (n *simNamer) name() string {
	s := string(simSurnames[n.r.IntN(len(simSurnames))])
	g := simGiven[n.r.IntN(len(simGiven))]
	if utf8.RuneCountInString(g) == 1 && n.r.IntN(2) == 0 {
		return s + " " + g
	}
	return s + g
}

// lead is a dateline lead such as 本报讯（记者 王 浩）.
func (n *simNamer) lead() string {
	switch n.r.IntN(4) {
	case 0:
		return fmt.Sprintf("本报讯（通讯员 %s 记者 %s）", n.name(), n.name())
	case 1:
		return fmt.Sprintf("本报讯（记者 %s 通讯员 %s）", n.name(), n.name())
	default:
		return fmt.Sprintf("本报讯（记者 %s）", n.name())
	}
}

// byline is an article's closing byline such as 记者 杨飞 or （赵念东）.
func (n *simNamer) byline() string {
	switch n.r.IntN(4) {
	case 0:
		return fmt.Sprintf("（%s）", n.name())
	case 1:
		return fmt.Sprintf("通讯员 %s 记者 %s", n.name(), n.name())
	case 2:
		return fmt.Sprintf("（记者 %s）", n.name())
	default:
		return "记者 " + n.name()
	}
}

// topByline is a byline set under a headline after a mark: □本报记者 张三.
func (n *simNamer) topByline() string {
	mark := string([]rune("□■◎")[n.r.IntN(3)])
	if n.r.IntN(3) == 0 {
		return fmt.Sprintf("%s本报记者 %s 通讯员 %s", mark, n.name(), n.name())
	}
	return fmt.Sprintf("%s本报记者 %s", mark, n.name())
}

// credit is a photo credit such as 记者 马琳 摄.
func (n *simNamer) credit() string {
	if n.r.IntN(3) == 0 {
		return fmt.Sprintf("%s 摄", n.name())
	}
	return fmt.Sprintf("记者 %s 摄", n.name())
}

// simJoinLines is a printed block as an import reads it: each line
// stripped, the lines joined as appendJoin joins them.
func simJoinLines(block string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(block, "\n") {
		line = strings.TrimFunc(line, unicode.IsSpace)
		if b.Len() > 0 {
			appendJoin(&b, line)
		}
		b.WriteString(line)
	}
	return b.String()
}

// simPrintLines breaks a piece of a paragraph into printed lines of width
// line (see SimOptions.PrintLines); start says the piece opens the
// paragraph. A line breaks only where simMayBreak allows.
func simPrintLines(rs []rune, start bool, line int) string {
	var b strings.Builder
	room := float64(line)
	if start {
		room -= 2
	}
	used := 0.0
	for k, r := range rs {
		w := runeWidth(r)
		if k > 0 && used+w > room && simMayBreak(rs[k-1], r) {
			b.WriteByte('\n')
			room, used = float64(line), 0
		}
		b.WriteRune(r)
		used += w
	}
	return b.String()
}

// simMayBreak reports whether a printed line may end between a and b:
// not before a comma, a stop or a closing mark, not after an opening
// mark, not at a space (an extractor would drop it) and not inside a
// Latin word or number.
func simMayBreak(a, b rune) bool {
	return !strings.ContainsRune(cannotOpenPunc, b) && !strings.ContainsRune(simCannotEnd, a) && !unicode.IsSpace(a) && !unicode.IsSpace(b) && (isCJK(a) || isCJK(b))
}
