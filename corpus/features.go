package corpus

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The join signals. Each is a number the stitcher's logistic model weighs;
// the names are those of the weights file.
const (
	fBias           = iota
	fAdjacent       // the head is the next block
	fLogGap         // log of the block distance (0 for the next block)
	fTailOpen       // the tail is running text whose sentence is not closed
	fOpenJump       // an open tail continued somewhere other than the next block
	fHeadCont       // the head cannot open a sentence (，、 的 了 …)
	fWordAcross     // the dictionary finds a word across the join (了|解)
	fSimBlock       // bigram tf-idf cosine of the two blocks
	fSimCtx         // cosine of the article so far and the run that follows
	fBestHead       // how much better the head fits the tail than its best other candidate
	fBestTail       // how much better the tail fits the head than its best other candidate
	fTailTitle      // the tail is a headline or sub-headline
	fHeadLead       // the head is a dateline lead
	fCaptionCredit  // a caption followed by its photo credit
	fPrevOpen       // a jump to a head whose previous block is open (it likely continues there)
	fNextCont       // a jump from a tail whose next block cannot open a sentence
	fHeadTitle      // the head is a headline (only its neighbour may join it)
	fTailEnd        // the tail is a byline or credit, or ends with one
	fMismatch       // a closed tail before a head that cannot open a sentence
	fEcho           // the words across the join stand in a near-duplicate of the tail or head
	fTwinEcho       // near-duplicates of the tail and of the head join with an echo
	fOpenShort      // an open tail before a short head: the rest of a paragraph carried to the next column
	fClosedShort    // a closed paragraph before a short head (a one-line paragraph is rare in news)
	fOpenVerb       // an open tail before a head that starts with a verb (…限期解决，|确保…)
	fClosedVerb     // a closed paragraph before a head that starts with a verb (paragraphs rarely do)
	fNumberAcross   // a number runs across the join (…32|4万人, …10|余项)
	fOpenStart      // an open tail before a head that looks like a sentence start (character model)
	fClosedStart    // a closed paragraph before a head that looks like a sentence start
	fPairFit        // how well the head's first character follows the open tail's last (character model)
	fTextTitle      // running text before a sub-headline or intertitle
	fTwinCtx        // the run that would follow holds a near-duplicate of a block of the article so far
	fQuoteMatch     // the head closes a quotation or bracket the tail leaves open (…“要|把…。”)
	fQuoteLeft      // the tail leaves a quotation open that the head does not close
	fQuoteStray     // the head closes a quotation the tail did not open
	fTitleLines     // a headline line before a sub-headline: one headline in two lines, or a stray headline before the next
	fTitleLinesSim  // fTitleLines times the block similarity of the two lines
	fSimCtxExcess   // the context similarity beyond one spread above the page's mean: its effect levels off
	fSimBlockExcess // the block similarity beyond one spread above the page's mean
	fSimCtxExcess3  // the context similarity beyond three spreads above the page's mean
	fHeadMarginPos  // head_margin where the head is the tail's best fit, else 0
	fTailMarginPos  // tail_margin where the tail is the head's best fit, else 0
	fOpenIndent     // an open tail before a head printed indented: a paragraph's start cannot go on a sentence
	fClosedMid      // a closed paragraph before unindented running text on a page that indents paragraphs: the middle of a paragraph
	fClosedAdj      // a closed paragraph before the next block, a whole paragraph
	fTitleSim       // similarity of the tail's article's headline and the run that follows, standardised
	fStrandedJump   // a far join from a stranded title: a paragraph's first words left at a column foot
	fHeadStranded   // the head is a stranded title (see blockInfo.stranded)
	fStrandedFit    // a far join from a stranded title: how well the head's first character follows its last (character model)
	fStrandedStart  // a far join from a stranded title: how much the head looks like a sentence start
	fAfterAuthor    // a jump to the block under an author line under a headline: that article's first paragraph
	fTwinStep       // a near-duplicate of the tail joins a near-duplicate of the head in the first pass: twin articles go on in step
	fTwinEnds       // every near-duplicate of the tail ends its article in the first pass
	fSecondJump     // a jump whose tail's article, or head's run, already jumps in the first pass
	fJumpyAdj       // the head is the next block, times the share of the first pass's articles that jump twice or more
	fJumpySecond    // second_jump times that share: on a page read column by column an article jumps at each column it spans
	numFeatures
)

// featureNames names the signals, in order, for the weights file and reasons.
var featureNames = [numFeatures]string{
	"bias", "adjacent", "log_gap", "tail_open", "open_jump", "head_cont",
	"word_across", "sim_block", "sim_ctx", "head_margin", "tail_margin",
	"tail_title", "head_lead", "caption_credit", "prev_open", "next_cont",
	"head_title", "tail_end", "mismatch", "echo", "twin_echo", "open_short", "closed_short",
	"open_verb", "closed_verb", "number_across", "open_start", "closed_start", "pair_fit", "text_title",
	"twin_ctx", "quote_match", "quote_left", "quote_stray",
	"title_lines", "title_lines_sim", "sim_ctx_excess", "sim_block_excess", "sim_ctx_excess3", "head_margin_pos", "tail_margin_pos",
	"open_indent", "closed_mid", "closed_adj", "title_sim",
	"stranded_jump", "head_stranded", "stranded_fit", "stranded_start", "after_author",
	"twin_step", "twin_ends", "second_jump", "jumpy_adj", "jumpy_second",
}

// features is the signal vector of one candidate join.
type features [numFeatures]float64

// blockInfo caches what the stitcher knows of one block.
type blockInfo struct {
	kind     Kind
	open     bool // running text whose last sentence is not closed
	canOpen  bool // its first rune can open a sentence
	endsArt  bool // a byline (or a trailing byline) closes the article here; one under a headline does not
	vec      termVec
	textTail string
	textHead string
	text     string
	runes    int     // the length of text in characters
	twins    []int   // near-duplicate blocks on the page
	verb     bool    // its first word is a verb
	start    float64 // running text: how much it looks like the start of a sentence
	fromAway bool    // running text that opens with a note that it comes from another page
	indented bool    // its first line is printed indented (　　): a paragraph's start (paragraphIndents)
	midPara  bool    // running text unindented on a page that indents paragraphs: it goes on a paragraph
	fullEnd  bool    // a closed line as wide as the page's, each a block: its paragraph may go on (markLineWidths)
	stranded bool    // a title between running text and another title: perhaps a paragraph's first words at a column foot
	openQ    uint16  // quotations and brackets left open at its end (brackets)
	closeQ   uint16  // quotations and brackets it closes before opening (brackets)
}

func isRunning(k Kind) bool {
	return k == KindBody || k == KindDateline || k == KindCaption
}

// allowed applies the kind constraints to jumps: a byline or credit ends
// an article, a headline starts one, a sub-headline and a lead follow
// their title, a credit follows its caption, a closed paragraph never
// goes on in a title over a lead. Between neighbours the kinds
// are only signals (head_title, tail_end, …): a short line inside an
// article can look like a headline, and some papers print the byline
// under the headline (but never a headline after a byline). Nothing on
// the page comes before text noted as continued from another page
// （上接第一版）.
func allowed(b []blockInfo, i, j int) bool {
	t, h := b[i], b[j]
	if t.kind == KindNoise || h.kind == KindNoise || h.fromAway {
		return false
	}
	if t.endsArt && h.kind == KindHeadline {
		return false // a byline ends an article, a headline starts the next
	}
	if h.kind == KindByline && t.open && cutMidClause(t.textTail) {
		return false // a byline follows a closed paragraph, not …国际上对
	}
	if isTitle(h.kind) && !t.open && !isTitle(t.kind) && overLead(b, j) {
		return false // a headline over 本报讯… opens its article
	}
	if j == i+1 {
		return true
	}
	if t.endsArt {
		return false
	}
	switch h.kind {
	case KindHeadline, KindSubheadline:
		return false
	case KindDateline:
		return j <= i+2 && (t.kind == KindHeadline || t.kind == KindSubheadline)
	case KindCredit:
		return j <= i+2 && (t.kind == KindCaption || t.kind == KindBody || t.kind == KindHeadline)
	}
	if isTitle(t.kind) {
		return j <= i+2
	}
	return true
}

// overLead reports whether block j stands right over a dateline lead
// (市委第二、第三联动巡察组向县区反馈工作全面完成 over 本报讯（记者 张 喙）…):
// such a title opens its article, and a closed paragraph never goes on
// in it, however much the two reports share their wording. (An open
// paragraph may: a headline's first line can read as running text.)
func overLead(b []blockInfo, j int) bool {
	return j+1 < len(b) && b[j+1].kind == KindDateline
}

// cutMidClause reports whether text breaks off inside a clause: after a
// letter, a digit, a comma or an enumeration comma (…能见度几乎降低,
// …国际上对, …钱其琛说，), not after a colon or a closing bracket, which
// a credit or a caption may end with before a byline (图片：, …摄）).
func cutMidClause(text string) bool {
	r := lastRune(text)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '，' || r == '、' || r == ','
}

// strandedCut reports whether the stranded title i (see blockInfo.stranded)
// may jump to the running text j: 那里真的能出现 at a column foot, 神话吗？…
// at the top of a later one, with no word across the join to show it.
func strandedCut(b []blockInfo, i, j int) bool {
	return b[i].stranded && j > i+2 && isRunning(b[j].kind) && !b[j].fromAway
}

// isStranded reports whether title i stands between running text and
// another title: where a paragraph's first words left at a column foot,
// taken for a headline, stand before the next article's headline.
func isStranded(b []blockInfo, i int) bool {
	return isTitle(b[i].kind) && i > 0 && isRunning(b[i-1].kind) && i+1 < len(b) && isTitle(b[i+1].kind)
}

// isTitle reports a headline or sub-headline.
func isTitle(k Kind) bool { return k == KindHeadline || k == KindSubheadline }

// titleCut reports whether the headline-shaped block i is in fact running
// text cut at a column end (二是水利设, 纽约一), as its join to j shows: a word
// or number runs across the join (设|施, 一|家), j cannot open a sentence,
// or j closes a quotation or bracket i leaves open. Such a tail may jump
// to j although a headline's text follows it.
func titleCut(b []blockInfo, i, j int, dict *Dictionary) bool {
	t, h := b[i], b[j]
	if !isTitle(t.kind) || !isRunning(h.kind) || h.fromAway {
		return false
	}
	return !h.canOpen || t.openQ&h.closeQ != 0 || runsOn(t, h, dict)
}

// runsOn reports whether a number or a word runs across from the
// headline-shaped tail t into h (…旅客10|0多万人次, 全国优|秀科技), which a
// headline's own closing word does not (华文女作家的风采|用什么).
func runsOn(t, h blockInfo, dict *Dictionary) bool {
	return numberAcross(t.textTail, h.textHead) || dict.titleWordAcross(t.textTail, h.textHead) != ""
}

// pairFeatures computes the signals of the join i → j. te answers for the
// page's near-duplicates; ctxSim is the context similarity (the block
// similarity in the first pass).
func pairFeatures(b []blockInfo, i, j int, dict *Dictionary, lm *CharLM, te *twinEchoes, simBlock, ctxSim float64) (features, string) {
	var f features
	t, h := b[i], b[j]
	f[fBias] = 1
	adj := j == i+1
	if adj {
		f[fAdjacent] = 1
	}
	f[fLogGap] = math.Log(float64(j - i))
	word := ""
	if t.open {
		f[fTailOpen] = 1
		if !adj {
			f[fOpenJump] = 1
		}
	}
	switch {
	case t.open:
		word = dict.wordAcross(t.textTail, h.textHead)
	case (isTitle(t.kind) || t.kind == KindIntertitle) && j > i+2: // a far join from a title is one titleCut allowed
		word = dict.titleWordAcross(t.textTail, h.textHead)
	}
	if word != "" {
		f[fWordAcross] = 1
	}
	if !h.canOpen {
		f[fHeadCont] = 1
	}
	f[fSimBlock] = simBlock
	f[fSimCtx] = ctxSim
	if t.kind == KindHeadline || t.kind == KindSubheadline {
		f[fTailTitle] = 1
	}
	if h.kind == KindDateline {
		f[fHeadLead] = 1
	}
	if h.kind == KindCredit {
		f[fCaptionCredit] = 1
	}
	f[fHeadTitle] = b01(h.kind == KindHeadline)
	f[fTailEnd] = b01(t.endsArt)
	f[fMismatch] = b01(!t.open && !h.canOpen)
	f[fEcho] = b01(echo(b, i, j))
	f[fTwinEcho] = b01(te.of(i, j))
	short := isRunning(h.kind) && h.runes <= shortRunes
	f[fOpenShort] = b01(t.open && short)
	f[fClosedShort] = b01(!t.open && isRunning(t.kind) && short)
	f[fOpenVerb] = b01(t.open && h.verb)
	f[fClosedVerb] = b01(!t.open && isRunning(t.kind) && h.verb)
	f[fNumberAcross] = b01(numberAcross(t.textTail, h.textHead))
	f[fOpenIndent] = b01(t.open && h.indented)
	f[fClosedMid] = b01(!t.open && !t.fullEnd && isRunning(t.kind) && h.midPara)
	f[fClosedAdj] = b01(adj && !t.open && isRunning(t.kind) && isRunning(h.kind) && !h.open)
	if t.open {
		f[fOpenStart] = h.start
		f[fPairFit] = lm.PairFit(t.textTail, h.textHead)
	} else if isRunning(t.kind) {
		f[fClosedStart] = h.start
	}
	if isRunning(t.kind) && isRunning(h.kind) {
		f[fQuoteMatch] = b01(t.openQ&h.closeQ != 0)
		f[fQuoteLeft] = b01(t.openQ != 0 && t.openQ&h.closeQ == 0)
		f[fQuoteStray] = b01(h.closeQ != 0 && t.openQ&h.closeQ == 0)
	}
	if isTitle(t.kind) && h.kind == KindSubheadline {
		f[fTitleLines] = 1
		f[fTitleLinesSim] = simBlock
	}
	f[fTextTitle] = b01(isRunning(t.kind) && (h.kind == KindSubheadline || h.kind == KindIntertitle))
	if t.stranded && j > i+2 {
		f[fStrandedJump] = 1
		f[fStrandedFit] = lm.PairFit(t.textTail, h.textHead)
		f[fStrandedStart] = h.start
	}
	f[fHeadStranded] = b01(h.stranded)
	if !adj {
		if b[j-1].open && isRunning(b[j-1].kind) {
			f[fPrevOpen] = 1
		}
		if i+1 < len(b) && !b[i+1].canOpen {
			f[fNextCont] = 1
		}
		f[fAfterAuthor] = b01(b[j-1].kind == KindByline && !b[j-1].endsArt)
	}
	return f, word
}

// numberAcross reports whether a number continues across the join: the
// tail ends with a digit and the head starts with a digit, a decimal point
// or a word that follows numbers (万, 余, 多, 年, %, …), or the tail ends
// with a digit and a decimal point and the head starts with a digit
// (…14.|7%).
func numberAcross(tail, head string) bool {
	if p := lastRune(tail); p == '.' || p == '．' {
		r, _ := utf8.DecodeRuneInString(head)
		return isDigitRune(lastRune(tail[:len(tail)-utf8.RuneLen(p)])) && isDigitRune(r) // a decimal point: …14.|7%
	}
	if !isDigitRune(lastRune(tail)) || head == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(head)
	return isDigitRune(r) || strings.ContainsRune(".．%％万亿千百余多年月日号岁个名人元", r)
}

// shortRunes is the length up to which a block counts as short.
const shortRunes = 20

// echo reports whether the text across the join i → j (three characters
// each side) stands in a near-duplicate of i or j: templated articles show
// how the sentence goes on (…阵痛；要|举一反三… in the sample's twin reports).
func echo(b []blockInfo, i, j int) bool {
	if len(b[i].twins) == 0 && len(b[j].twins) == 0 {
		return false
	}
	w := lastRunes(b[i].text, 3) + firstRunes(b[j].text, 3)
	for _, k := range append(append([]int{}, b[i].twins...), b[j].twins...) {
		if k != i && k != j && strings.Contains(b[k].text, w) {
			return true
		}
	}
	return false
}

// twinEchoes tells, for the joins of one page, whether a near-duplicate of
// the tail joins a near-duplicate of the head with an echo: twin articles
// continue in step. It remembers the echo of each pair of near-duplicates:
// the same pairs come up for many joins, and on a page of many
// near-duplicates (a file that holds the same page several times) for
// nearly all of them.
type twinEchoes struct {
	b    []blockInfo
	memo map[[2]int]bool
}

func newTwinEchoes(b []blockInfo) *twinEchoes {
	return &twinEchoes{b: b, memo: map[[2]int]bool{}}
}

// of reports whether a near-duplicate of i joins one of j with an echo.
func (t *twinEchoes) of(i, j int) bool {
	for _, ti := range t.b[i].twins {
		for _, tj := range t.b[j].twins {
			if ti < tj && ti != j && tj != i && t.echo(ti, tj) {
				return true
			}
		}
	}
	return false
}

func (t *twinEchoes) echo(i, j int) bool {
	k := [2]int{i, j}
	e, ok := t.memo[k]
	if !ok {
		e = echo(t.b, i, j)
		t.memo[k] = e
	}
	return e
}

// The "no successor" signals of a tail and "no predecessor" signals of a
// head: the option of leaving that end of the fragment open.
const (
	nBias  = iota
	nOpen  // tail: its sentence is not closed; head: it cannot open a sentence
	nTitle // tail: a headline or sub-headline; head: a headline or lead
	nBody  // the fragment is running text
	nNext  // tail: the next block cannot open a sentence; head: the previous block is open
	nMid   // head: running text in the middle of a paragraph (see blockInfo.midPara)
	numNone
)

// numWeights is the length of one side's weight vector: the join signals,
// then the signals of leaving the end open.
const numWeights = numFeatures + numNone

var noneNames = [numNone]string{"none_bias", "none_open", "none_title", "none_body", "none_next", "none_mid"}

// tailNone returns the signals of block i having no successor.
func tailNone(b []blockInfo, i int) [numNone]float64 {
	var g [numNone]float64
	g[nBias] = 1
	g[nOpen] = b01(b[i].open)
	g[nTitle] = b01(b[i].kind == KindHeadline || b[i].kind == KindSubheadline)
	g[nBody] = b01(isRunning(b[i].kind))
	g[nNext] = b01(i+1 < len(b) && !b[i+1].canOpen)
	return g
}

// headNone returns the signals of block j having no predecessor.
func headNone(b []blockInfo, j int) [numNone]float64 {
	var g [numNone]float64
	g[nBias] = 1
	g[nOpen] = b01(!b[j].canOpen)
	g[nTitle] = b01(b[j].kind == KindHeadline || b[j].kind == KindDateline)
	g[nBody] = b01(isRunning(b[j].kind))
	g[nNext] = b01(j > 0 && b[j-1].open)
	g[nMid] = b01(b[j].midPara)
	return g
}

// boolInt is 1 for true, 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func b01(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
