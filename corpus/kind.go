package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shape limits used by Classify.
const (
	maxHeadlineRunes   = 40 // a headline or sub-headline is at most this long
	maxIntertitleRunes = 20 // an intertitle is shorter still
	maxBylineRunes     = 40 // bylines and credits are short
	bylineSearchRunes  = 40 // how far from the end TrailingByline looks
	maxNoiseRunes      = 30 // page furniture with letters is short
)

// fragShape is what a fragment's own text says about its kind, before its
// neighbours are looked at.
type fragShape int

const (
	shapeText     fragShape = iota // running text
	shapeHeading                   // short, no closing punctuation: headline-like
	shapeDateline                  // opens with 本报讯（…） or …电
	shapeByline                    // 记者 杨飞, （赵念东）
	shapeCredit                    // 记者 马琳 摄
	shapeNoise                     // page furniture, stray marks
)

// fragLook is a fragment's shape with the evidence for it.
type fragLook struct {
	shape  fragShape
	reason string
	comma  bool // a heading that holds a comma (weak: may be a column break)
}

// Classify sets Kind and KindReason on every fragment from its own text and
// that of its neighbours: headline, subheadline (a headline line right after
// a headline), dateline, body, byline, caption (text followed by a photo
// credit), credit, intertitle (a short heading between body paragraphs) or
// noise. The reason names the evidence, in English, for people. Text in
// traditional characters is read in simplified ones (see Simplified), so
// the words a reason quotes are simplified.
func Classify(frags []Fragment) {
	classify(frags, nil, nil)
}

// classifyPage is Classify for a page's fragments, reading the indents
// its text prints (see paragraphIndents) and, on a page that gives each
// printed line a block, which lines are full (see fullLines).
func classifyPage(p *Page) {
	classify(p.Fragments, paragraphIndents(p.Text, p.Fragments), fullLines(p.Text, p.Fragments))
}

// classify is Classify; indented, when not nil, tells which fragments are
// printed indented. On a page that indents its paragraphs (minIndented
// of them or more) a short line printed indented is a paragraph's first
// line left alone at a column foot, not a headline. full, when not nil,
// tells which fragments are as wide as the page's printed lines on a page
// that gives each line a block: running text, stop or none.
func classify(frags []Fragment, indented, full []bool) {
	view := simplifiedView(frags)
	looks := make([]fragLook, len(view))
	for i := range view {
		looks[i] = lookAt(view[i].Text)
	}
	if indentsParagraphs(looks, indented) {
		for i, l := range looks {
			if indented[i] && l.shape == shapeHeading {
				looks[i] = fragLook{shape: shapeText, reason: "printed indented on a page that indents its paragraphs: a paragraph's first line, not a headline"}
			}
		}
	}
	for i, l := range looks {
		if full != nil && full[i] && l.shape == shapeHeading {
			looks[i] = fragLook{shape: shapeText, reason: "as wide as the page's printed lines, each a block: a line of running text"}
		}
	}
	for i := range view {
		view[i].Kind, view[i].KindReason = decide(view, looks, i)
		if full != nil && isTitle(view[i].Kind) && bylineRest(view, i) {
			view[i].Kind, view[i].KindReason = KindByline, fmt.Sprintf("the rest of the byline line %d ends with: …%s", view[i-1].Block, lastRunes(view[i-1].Text, 6))
		}
		frags[i].Kind, frags[i].KindReason = view[i].Kind, view[i].KindReason
	}
}

// bylineRest reports whether block i, a short line, is the rest of a
// byline that the line before it ends with, on a page that gives each
// printed line a block: …镇党委书记陈启志说。 通讯员 梁绍 | 亭记者刘卫国.
func bylineRest(frags []Fragment, i int) bool {
	if i == 0 || !isBylineRest(frags[i].Text) {
		return false
	}
	_, ok := TrailingByline(frags[i-1].Text)
	return ok
}

// isBylineRest reports whether text, a line after one that ends with a
// byline, may be the rest of it: short, naming a reporter.
func isBylineRest(text string) bool {
	return utf8.RuneCountInString(text) <= maxBylineRest && (strings.Contains(text, "记者") || strings.Contains(text, "通讯员"))
}

// maxBylineRest is the longest line, in characters, read as the rest of a
// byline.
const maxBylineRest = 10

// minIndented is how many blocks of running text a page must print
// indented before indents tell paragraphs apart on it: a page that
// indents nothing says nothing by it.
const minIndented = 3

// indentsTell reports whether a page's indents tell a paragraph's start
// from the rest: it indents minIndented blocks of text or more, and
// prints some text and some headline unindented. An extractor that
// indents every block says nothing by it.
func indentsTell(indentedText, plainText, plainTitles int) bool {
	return indentedText >= minIndented && plainText > 0 && plainTitles > 0
}

// indentsParagraphs is indentsTell for the fragments' looks.
func indentsParagraphs(looks []fragLook, indented []bool) bool {
	if indented == nil {
		return false
	}
	var in, plain, titles int
	for i, l := range looks {
		text := l.shape == shapeText || l.shape == shapeDateline
		switch {
		case text && indented[i]:
			in++
		case text:
			plain++
		case l.shape == shapeHeading && !indented[i]:
			titles++
		}
	}
	return indentsTell(in, plain, titles)
}

// lookAt classifies text on its own.
func lookAt(text string) fragLook {
	if jumpNote.MatchString(text) { // before bylines: （续前页） is no name in brackets
		return fragLook{shape: shapeNoise, reason: "continuation note " + text}
	}
	if ok := isCredit(text); ok {
		return fragLook{shape: shapeCredit, reason: "photo or picture credit " + text}
	}
	if why, ok := bylineReason(text); ok {
		return fragLook{shape: shapeByline, reason: why}
	}
	if why, ok := noiseReason(text); ok {
		return fragLook{shape: shapeNoise, reason: why}
	}
	if open, ok := datelineOpening(text); ok {
		return fragLook{shape: shapeDateline, reason: "opens with " + open}
	}
	if why, ok := headingReason(text); ok {
		return fragLook{shape: shapeHeading, reason: why, comma: strings.ContainsAny(text, "，,")}
	}
	return fragLook{shape: shapeText, reason: textReason(text)}
}

// decide picks the kind of fragment i from its look and its neighbours'.
func decide(frags []Fragment, looks []fragLook, i int) (Kind, string) {
	l := looks[i]
	switch l.shape {
	case shapeCredit:
		return KindCredit, l.reason
	case shapeByline:
		return KindByline, l.reason
	case shapeNoise:
		if cutNumber(frags, i) {
			return KindBody, "a number cut at a column end: it runs on into " + firstRunes(frags[i+1].Text, 4) + "…"
		}
		if numberRest(frags, i) {
			return KindBody, "the rest of a number cut at a column end: …" + lastRunes(frags[i-1].Text, 4) + " runs on into it"
		}
		return KindNoise, l.reason
	case shapeDateline:
		return KindDateline, l.reason
	}
	text := frags[i].Text
	if i+1 < len(frags) && looks[i+1].shape == shapeCredit {
		return KindCaption, "followed by photo credit " + firstRunes(frags[i+1].Text, 16)
	}
	if start, ok := trailingCredit(text); ok {
		return KindCaption, "ends with photo credit " + fromRune(text, start)
	}
	if opensCaption(text) {
		return KindCaption, "opens with " + firstRunes(text, 2)
	}
	if l.shape == shapeHeading {
		return decideHeading(frags, looks, i)
	}
	if i+1 < len(frags) && looks[i+1].shape == shapeHeading && isKicker(text) {
		return KindHeadline, "short line ending with a colon before a headline line: the headline's kicker"
	}
	if i+1 < len(frags) && looks[i+1].shape == shapeDateline && isExclaimedTitle(text) {
		return KindHeadline, "short question or exclamation before a dateline"
	}
	return KindBody, l.reason
}

// maxExclaimedRunes is the longest headline that ends with a question or
// exclamation mark: 钱从哪里来？, 加油！中国女排.
const maxExclaimedRunes = 20

// isExclaimedTitle reports whether text can be a headline although it
// ends like a sentence: short, ending with ？ or ！ (or after it), with no
// full stop or semicolon in it.
func isExclaimedTitle(text string) bool {
	if utf8.RuneCountInString(text) > maxExclaimedRunes || !strings.ContainsAny(text, "？！?!") {
		return false
	}
	return !strings.ContainsAny(text, "。；;：:") && CanOpenSentence(text)
}

// maxKickerRunes is the longest kicker: 北京：, 聚焦两会：.
const maxKickerRunes = 8

// isKicker reports whether text is a headline's kicker (引题) ending with
// a colon, 北京： over 市民乘车更便利: a few characters with no other
// punctuation, and not a speaker introducing a quotation (他说：).
func isKicker(text string) bool {
	body, ok := strings.CutSuffix(text, "：")
	if !ok {
		body, ok = strings.CutSuffix(text, ":")
	}
	if !ok || body == "" || utf8.RuneCountInString(text) > maxKickerRunes || !CanOpenSentence(body) {
		return false
	}
	for _, r := range body {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return false
		}
	}
	return !speechVerb.MatchString(body)
}

// speechVerb matches a text ending with a verb that introduces what
// someone says: 他说, 王浩表示, 会议指出.
var speechVerb = regexp.MustCompile(`(?:说|道|表示|指出|强调|认为|称|介绍|提出|要求|如下|是|有|为|问|答|透露|坦言|感慨|回忆|写道)$`)

// decideHeading picks headline, subheadline, intertitle or body for a
// headline-like fragment.
func decideHeading(frags []Fragment, looks []fragLook, i int) (Kind, string) {
	if i > 0 && isTitle(frags[i-1].Kind) && isAuthorLine(frags[i].Text) {
		return KindByline, fmt.Sprintf("names under headline %d: the author", frags[i-1].Block)
	}
	if i > 0 && (frags[i-1].Kind == KindHeadline || frags[i-1].Kind == KindSubheadline) {
		return KindSubheadline, fmt.Sprintf("headline line right after headline %d", frags[i-1].Block)
	}
	if authorUnderTitle(frags, i-1) {
		return KindIntertitle, fmt.Sprintf("heading under the author %s of headline %d: the article's first section", frags[i-1].Text, frags[i-2].Block)
	}
	next := shapeNoise // what follows: nothing counts as noise
	if i+1 < len(frags) {
		next = looks[i+1].shape
	}
	if next != shapeDateline && strandedWords(frags, i) {
		return KindBody, "a word or two right after a closed paragraph: a paragraph's first words left at a column foot"
	}
	if looks[i].comma {
		if next == shapeDateline {
			return KindHeadline, looks[i].reason + ", before a dateline"
		}
		return KindBody, "short line with a comma and no closing punctuation: running text cut at a column end"
	}
	if open, closed := brackets(frags[i].Text); open != 0 || closed != 0 {
		return KindBody, "short line with an unbalanced quotation mark or bracket: running text cut at a column end"
	}
	if next == shapeText && !CanOpenSentence(frags[i+1].Text) {
		return KindBody, "short line followed by text that continues its sentence (" + firstRunes(frags[i+1].Text, 4) + "…): running text cut at a column end"
	}
	if next == shapeText && !abovePhoto(frags, looks, i) && isIntertitle(frags, i) {
		return KindIntertitle, looks[i].reason + ", between body paragraphs"
	}
	return KindHeadline, looks[i].reason + headlineContext(frags, looks, i)
}

// maxStrandedWords is the longest heading-like text, in characters, read
// as a paragraph's first words when it follows a closed paragraph.
const maxStrandedWords = 3

// strandedWords reports whether heading-like fragment i is a word or two of
// Chinese text right after a closed paragraph of running text: the first
// words of a paragraph left at a column foot (…增加了上千个摊位。 | 连日 |
// … | 来，省市主要领导…), since a heading that short inside an article is
// rare. Four characters already make one (返乡创业).
func strandedWords(frags []Fragment, i int) bool {
	if i == 0 || utf8.RuneCountInString(frags[i].Text) > maxStrandedWords || !allHan(frags[i].Text) {
		return false
	}
	prev := frags[i-1]
	if (prev.Kind != KindBody && prev.Kind != KindDateline) || !ClosesSentence(prev.Text) {
		return false
	}
	_, byline := TrailingByline(prev.Text)
	return !byline
}

// authorUnderTitle reports whether fragment k is a byline right under a
// headline or sub-headline: the article's author, so what follows still
// belongs to that article (风景这边好 under 本报记者李济国贾建舟).
func authorUnderTitle(frags []Fragment, k int) bool {
	return k >= 1 && frags[k].Kind == KindByline && isTitle(frags[k-1].Kind)
}

// headlineContext describes the neighbours that support a headline.
func headlineContext(frags []Fragment, looks []fragLook, i int) string {
	switch {
	case i+1 < len(frags) && looks[i+1].shape == shapeDateline:
		return ", before a dateline"
	case i+1 < len(frags) && looks[i+1].shape == shapeHeading:
		return ", before a sub-headline"
	case abovePhoto(frags, looks, i):
		return ", above a photo caption"
	case i == 0:
		return ", at the top of the page"
	case i+1 == len(frags):
		return ", at the end of the page"
	}
	switch frags[i-1].Kind {
	case KindByline, KindCredit:
		return ", after a " + string(frags[i-1].Kind)
	case KindBody:
		if _, ok := TrailingByline(frags[i-1].Text); ok {
			return ", after a byline"
		}
		if !ClosesSentence(frags[i-1].Text) {
			return ", after a column that breaks off"
		}
	}
	return ""
}

// abovePhoto reports whether fragment i+1 is a photo caption: followed by
// a credit, ending with one, or opening as captions do (图为…).
func abovePhoto(frags []Fragment, looks []fragLook, i int) bool {
	if i+1 >= len(looks) || looks[i+1].shape != shapeText {
		return false
	}
	if i+2 < len(looks) && looks[i+2].shape == shapeCredit {
		return true
	}
	text := frags[i+1].Text
	if _, ok := trailingCredit(text); ok {
		return true
	}
	return opensCaption(text)
}

// namesPhoto reports whether a heading says that a photo goes with it:
// 挂起红灯迎新年（图片）, 贺新年（附图片4张）, 图片新闻.
func namesPhoto(text string) bool {
	return strings.Contains(text, "图片") && !strings.HasSuffix(text, "：")
}

// opensCaption reports whether text opens as a photo caption does: 图为…,
// 上图…, 下图….
func opensCaption(text string) bool {
	return strings.HasPrefix(text, "图为") || strings.HasPrefix(text, "上图") || strings.HasPrefix(text, "下图")
}

// isIntertitle reports whether heading i sits between body paragraphs of one
// article: numbered (一、…, （一）…), or short and right after a closed
// sentence that ends no article, and not followed by a dated lead. A
// heading that names a photo (贺新年（附图片4张）) heads an item of its own.
func isIntertitle(frags []Fragment, i int) bool {
	if namesPhoto(frags[i].Text) {
		return false
	}
	if enumerated.MatchString(frags[i].Text) {
		return i > 0 && ClosesSentence(frags[i-1].Text) && !endsItem(frags[i-1])
	}
	if i == 0 || frags[i-1].Kind != KindBody || utf8.RuneCountInString(frags[i].Text) > maxIntertitleRunes {
		return false
	}
	prev := frags[i-1].Text
	if !ClosesSentence(prev) {
		return false
	}
	if _, ok := TrailingByline(prev); ok {
		return false
	}
	return !datedLead.MatchString(frags[i+1].Text)
}

// endsItem reports whether f closes a piece: a byline, a credit, a photo
// caption, or text ending with one. A numbered heading after it opens the
// next item of a series (1、… 2、… under their photos), not a section; so
// does one after text that breaks off mid-sentence.
func endsItem(f Fragment) bool {
	switch f.Kind {
	case KindByline, KindCredit, KindCaption:
		return true
	}
	return endsWithCredit(f.Text)
}

// endsWithCredit reports whether text ends with a byline or a photo
// credit (…说。（赵念东）, …晨练。（徐建荣摄））: its sentence is closed and
// its article ends with it.
func endsWithCredit(text string) bool {
	if _, ok := TrailingByline(text); ok {
		return true
	}
	_, ok := trailingCredit(text)
	return ok
}

var (
	// enumerated matches a numbered heading: 一、 （一） 1. ■ ●.
	enumerated = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9０-９]+[.．、]\D|[■●◆▲□◇★☆])`)
	// datedLead matches a lead that opens with a date: 9月14日，…
	datedLead = regexp.MustCompile(`^(?:[0-9０-９]{4}年)?[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日`)
)

// textReason explains why text is running text.
func textReason(text string) string {
	if note, ok := ContinuesElsewhere(text); ok {
		return "running text continued on another page " + note
	}
	if note, ok := ContinuedFromElsewhere(text); ok {
		return "running text continued from another page " + note
	}
	if start, ok := TrailingByline(text); ok {
		return "running text ending with byline " + fromRune(text, start)
	}
	if ClosesSentence(text) {
		return "running text ending a sentence"
	}
	if r, _ := utf8.DecodeLastRuneInString(text); strings.ContainsRune(incompleteEnds, r) {
		return "ends with " + string(r) + ": running text cut mid-sentence"
	}
	if !CanOpenSentence(text) {
		return "opens with " + firstRunes(text, 1) + ": continues a sentence"
	}
	if n := utf8.RuneCountInString(text); n > maxHeadlineRunes {
		return fmt.Sprintf("running text cut mid-sentence (%d characters)", n)
	}
	return "running text cut mid-sentence"
}

// incompleteEnds are runes a headline does not end with: a sentence broken
// off at a column end (的, 和, 把 …) or at a pause mark.
const incompleteEnds = "的和与及或把被对向从将为是让使给比跟同在，、；：,;:—-（(“‘《【「『"

// headingReason reports whether text is shaped like a headline: short, with
// letters, no sentence-closing punctuation or pause at its end, no full stop
// inside, no trailing byline, and able to open a sentence.
func headingReason(text string) (string, bool) {
	n := utf8.RuneCountInString(text)
	if n > maxHeadlineRunes || letterCount(text) < 2 || ClosesSentence(text) || !CanOpenSentence(text) {
		return "", false
	}
	if r, _ := utf8.DecodeLastRuneInString(text); strings.ContainsRune(incompleteEnds, r) {
		return "", false
	}
	if strings.ContainsAny(text, "。；;！？!?") {
		return "", false
	}
	if _, ok := TrailingByline(text); ok {
		return "", false
	}
	return fmt.Sprintf("short line (%d characters) without closing punctuation", n), true
}

// letters counts the letters (Han characters included) in s.
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// containsHan reports whether s holds a Chinese character.
func containsHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// Dateline openings.
var (
	datelineOpenings = []*regexp.Regexp{
		// 本报讯（记者 王 浩）, a bare 本报讯, 【本报讯】
		regexp.MustCompile(`^(?:本报讯|【本报讯】|〔本报讯〕)(?:\s*[（(][^（）()]{1,40}[）)])?`),
		// 新华社北京1月1日电（记者 …）, 本报菏泽9月14日讯, 【新华社北京1月1日电】,
		// with the day alone, as older papers date them (新华社北京十四日电),
		// and by any paper, site or station: 中国日报网1月1日电, 澎湃新闻1月1日讯,
		// 北京日报客户端北京1月1日电
		regexp.MustCompile(`^[【〔［\[]?(?:据)?(?:本报|\p{Han}{2,8}(?:社|网|报|台|新闻|客户端))\p{Han}{0,10}?(?:[0-9０-９一二三四五六七八九十〇]{1,4}月)?[0-9０-９一二三四五六七八九十〇]{1,4}日\s*(?:电|讯)[】〕］\]]?(?:\s*[（(][^（）()]{1,40}[）)])?`),
		// 本报记者王浩报道：
		regexp.MustCompile(`^(?:本报|新华社)(?:特约|见习)?记者[^，。：:（）()]{2,24}?报道[：:]?`),
		// 据新华社电, 据中新社电: a report taken from an agency, undated
		regexp.MustCompile(`^据(?:新华社|中新社|中新网|人民网|新华网|央视网|央广网)电`),
		// 鄄城讯（通讯员 …）
		regexp.MustCompile(`^\p{Han}{1,6}讯\s*[（(][^（）()]{0,40}(?:记者|通讯员)[^（）()]{0,40}[）)]`),
		// （新华社记者 …）, （记者 …） before the lead
		regexp.MustCompile(`^[（(](?:本报|新华社|中新社)?(?:融媒体|全媒体)?(?:特约|见习)?(?:记者|通讯员)[^（）()]{1,40}[）)]`),
		// 【明报专讯】, 【大公报讯】, 【星岛日报报道】: Hong Kong papers
		regexp.MustCompile(`^[【〔［\[]\p{Han}{1,8}(?:专讯|讯|报道|报导)[】〕］\]]`),
		// 【记者林志成／台北报导】: Taiwan papers
		regexp.MustCompile(`^[【〔［\[](?:本报)?(?:特约|实习)?记者[^】〕］\]]{1,30}[】〕］\]]`),
		// （中央社记者王小明台北15日电）, （路透社伦敦15日电）: agencies
		regexp.MustCompile(`^[（(](?:中央社|路透社?|法新社|美联社|共同社|塔斯社|韩联社|新华社|中新社)[^（）()]{0,30}电[）)]`),
	}
)

// datelineOpening returns the dateline a lead opens with; text must go on
// after it.
func datelineOpening(text string) (string, bool) {
	for _, re := range datelineOpenings {
		if loc := re.FindStringIndex(text); loc != nil && letterCount(text[loc[1]:]) >= 2 {
			return text[:loc[1]], true
		}
	}
	return "", false
}

// sourceNote matches the note of where an article was taken from:
// 来源：人民日报, 稿件来源：新华网.
var sourceNote = regexp.MustCompile(`^(?:稿件|本文|文章|信息|图文)?来源\s*[:：]\s*[^（）()，。]{2,20}$`)

// reportSource matches the note that closes a report put together from
// other sources: 综合新华社、中新社报道, 据新华社电, 综合外电.
var reportSource = regexp.MustCompile(`^(?:综合|据)[^（）()，。]{1,30}(?:报道|电|消息)$`)

// sourceLine matches the agency line that closes a report: 新华社北京1月1日电.
var sourceLine = regexp.MustCompile(`^(?:新华社|中新社|本报|人民日报)\p{Han}{0,8}(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日电$`)

// bylineRole matches a byline's role word: 记者, 通讯员, 本报记者, 新华社记者 …
// Papers since the 2010s sign as 融媒体记者, 全媒体记者 or with their own
// name: 菏泽日报记者, 大众新闻记者.
var bylineRole = regexp.MustCompile(`^(?:本报|新华社|中新社|人民日报|本刊|央视|\p{Han}{2,4}(?:日报|晚报|都市报|新闻网|新闻|客户端))?(?:驻\p{Han}{1,8}?)?(?:融媒体|全媒体|融媒|新媒体)?(?:特约|见习|首席|摄影|特派|实习)?(?:记者|通讯员)|^实习生`)

// commentator matches the signature of an editorial or commentary, which
// names no person: 本报评论员, 人民日报特约评论员.
var commentator = regexp.MustCompile(`^(?:本报|本刊|新华社|人民日报|\p{Han}{2,4}日报|\p{Han}{2,4}晚报)?(?:特约)?评论员$`)

// isAuthorLine reports whether text is only names (刘心武, 潘跃王萍, 王 浩): under
// a headline, the author. A reporters' column such as 记者手记 is no name,
// nor is a word of three or four characters that opens with no family
// name (相关新闻, 编者按); two characters may be a pen name (粒砂, 塞夫).
func isAuthorLine(text string) bool {
	if reporterColumn.MatchString(text) {
		return false
	}
	tokens := strings.Fields(text)
	if rs := []rune(text); len(tokens) == 1 && len(rs) >= 3 && len(surnameAt(rs, 0)) == 0 {
		return false
	}
	return isNameList(tokens) || isNameRun(text)
}

// isNameList reports whether every token is a Chinese name or part of one
// (王 浩 splits a name into two tokens), together at most 12 characters.
func isNameList(tokens []string) bool {
	total := 0
	for _, t := range tokens {
		n := utf8.RuneCountInString(t)
		if (n > 4 || !allNameRunes(t)) && !isNameRun(t) || strings.ContainsAny(t, notInNames) {
			return false
		}
		total += n
	}
	return len(tokens) > 0 && total >= 2 && total <= 12
}

// notInNames are characters no personal name holds, though they are Han:
// 记者曾就这个 at a column end is text (曾就这个 is no name).
const notInNames = "的了这那们个是就都也把被着过吗呢吧么"

// allNameRunes reports whether s is made of Han characters and the
// middle dot of transcribed names.
func allNameRunes(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && r != '·' && r != '•' {
			return false
		}
	}
	return s != ""
}

// isRoleByline reports whether text is role words and names: 记者 杨飞,
// 通讯员 梁绍亭 记者 刘卫国, 新华社记者兰红光, 本报记者 张三、李四.
func isRoleByline(text string) bool {
	if reporterColumn.MatchString(text) {
		return false
	}
	tokens := strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || r == '、' || r == '，' || r == ',' || r == '/'
	})
	if len(tokens) == 0 {
		return false
	}
	var names []string
	sawRole := false
	for i, t := range tokens {
		loc := bylineRole.FindStringIndex(t)
		if loc == nil {
			if i == 0 {
				return false
			}
			names = append(names, t)
			continue
		}
		if sawRole && !isNameList(names) {
			return false
		}
		sawRole, names = true, nil
		if rest := strings.TrimLeft(t[loc[1]:], ":："); rest != "" {
			names = append(names, rest)
		}
	}
	return isNameList(names)
}

// reporterColumn matches the titles of reporters' columns, which look like
// a role and a name: 记者手记, 记者观察.
var reporterColumn = regexp.MustCompile(`^(?:本报|新华社)?记者(?:手记|观察|调查|来信|札记|述评|探访|随笔|目击|视点|连线|走基层)$`)

// slashRole matches the role that opens a byline like 文/王浩, 文/图 王浩 or
// 文·图/本报记者 王浩.
var slashRole = regexp.MustCompile(`^(?:文|图|文字|摄影|采写|撰文)(?:\s*[/／·、]\s*(?:文|图|摄影))?\s*[/／:：|｜]\s*|^(?:文|图)\s*[/／·]\s*(?:文|图)\s+`)

// isSlashByline reports whether text is a byline that gives the role
// before a slash: 文/王浩, 文/图 王浩, 文·图/本报记者 王浩, 摄影：张三.
func isSlashByline(text string) bool {
	loc := slashRole.FindStringIndex(text)
	if loc == nil {
		return false
	}
	rest := strings.TrimSpace(text[loc[1]:])
	return isRoleByline(rest) || isAuthorLine(rest)
}

// authorNote matches the note on its author that closes a commentary:
// 作者单位：山东大学, 作者为山东大学教授, 本文作者系….
var authorNote = regexp.MustCompile(`^(?:本文)?作者(?:单位|简介)?\s*[:：为系是]`)

// endNote matches an editor's note that closes an article: the book a
// review is about, （《世界华文女作家丛书》由江西百花洲文艺出版社出版）, or
// a cut, （本文有删节）.
var endNote = regexp.MustCompile(`^(?:.{2,60}出版社.{0,20}出版|本文(?:有|略有|已)?(?:删节|删改|节选|摘编))$`)

// bylineMarks are the symbols papers set before a byline: □本报记者 张三,
// ■记者 王浩, ◎文/图 李四.
const bylineMarks = "■□◎●○◆◇▲△★☆※▼▽►▶"

// undecorated returns text without the marks set before it (see
// bylineMarks) and the space after them.
func undecorated(text string) string {
	t := strings.TrimLeft(text, bylineMarks)
	if len(t) == len(text) {
		return text
	}
	return strings.TrimLeft(t, " \t\u3000")
}

// unbracket strips one pair of brackets around the whole of text.
func unbracket(text string) (string, bool) {
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}} {
		if strings.HasPrefix(text, p[0]) && strings.HasSuffix(text, p[1]) {
			return strings.TrimSpace(text[len(p[0]) : len(text)-len(p[1])]), true
		}
	}
	return text, false
}

// bylineReason reports whether the whole of text is a byline: role words and
// names, names in brackets (also run together: （孙海涛胡跃平）), an agency
// line in brackets （新华社北京1月1日电）, or the end mark （完）.
func bylineReason(text string) (string, bool) {
	if utf8.RuneCountInString(text) > maxBylineRunes {
		return "", false
	}
	inner, bracketed := unbracket(undecorated(text))
	switch {
	case isRoleByline(inner):
		return "byline " + text + ": reporter names", true
	case isSlashByline(inner):
		return "byline " + text + ": author of the text or pictures", true
	case commentator.MatchString(inner):
		return "byline " + text + ": the paper's commentator", true
	case bracketed && inner == "完":
		return "end mark " + text, true
	case bracketed && isNameList(strings.FieldsFunc(inner, func(r rune) bool { return unicode.IsSpace(r) || r == '、' })):
		return "byline " + text + ": names in brackets", true
	case bracketed && isNameRun(inner):
		return "byline " + text + ": names run together in brackets", true
	case bracketed && sourceLine.MatchString(inner):
		return "source line " + text + " closing a report", true
	case bracketed && reportSource.MatchString(inner):
		return "source line " + text + " closing a report put together from others", true
	case bracketed && authorNote.MatchString(inner):
		return "author note " + text + " closing a commentary", true
	case bracketed && endNote.MatchString(inner):
		return "editor's note " + text + " closing an article", true
	case bracketed && sourceNote.MatchString(inner):
		return "source note " + text + " closing an article taken from elsewhere", true
	}
	return "", false
}

// isCredit reports whether text is a photo credit: 记者 马琳 摄,
// 新华社记者兰红光摄, 张三 摄, （通讯员 张三 摄）, 新华社发, 资料图片.
func isCredit(text string) bool {
	if utf8.RuneCountInString(text) > maxBylineRunes {
		return false
	}
	inner, bracketed := unbracket(undecorated(text))
	inner = strings.TrimSpace(agencyNote.ReplaceAllString(inner, ""))
	switch {
	case creditSource.MatchString(inner):
		return true
	case strings.HasSuffix(inner, "摄影"):
		inner = strings.TrimSuffix(inner, "摄影")
	case strings.HasSuffix(inner, "摄"):
		inner = strings.TrimSuffix(inner, "摄")
	case strings.HasSuffix(inner, "绘"): // a drawing: 王浩 绘
		inner = strings.TrimSuffix(inner, "绘")
	default:
		return false
	}
	names := strings.TrimRight(inner, " \t\u3000/／")
	if isRoleByline(names) {
		return true
	}
	// Bare names need a space or slash before 摄, so 拍摄 is not a credit,
	// unless the credit stands in brackets alone: （徐建荣摄）.
	return (bracketed || len(names) < len(inner)) && isNameList(strings.Fields(names))
}

// agencyNote matches the agency's note after a credit: 张三 摄（新华社发）.
var agencyNote = regexp.MustCompile(`\s*[（(](?:新华社|中新社)发[）)]$`)

// creditSource matches photo sources that name no photographer, among
// them an agency passing on another's photo: 新华社发美联社照片.
var creditSource = regexp.MustCompile(`^(?:(?:新华社|中新社|新华网|\p{Han}{1,3}社)发(?:\s*[（(][^（）()]{1,20}[）)]|\s*\p{Han}{2,8}(?:照片|图片))?|(?:本报)?资料图片|[\p{Han}A-Za-z]{2,12}\s*供图|图片由\p{Han}{2,16}提供|图片来源\s*[:：]\s*\S{1,16}|(?:漫画|插图|绘图|制图)\s*[:：/／]\s*\p{Han}{2,8})$`)

// TrailingByline reports whether text ends with a byline that follows a
// closed sentence, as in …镇党委书记陈启志说。 通讯员 梁绍亭 记者 刘卫国 or
// …说。（赵念东）, and returns the code-point offset where the byline starts.
// A text that is a byline as a whole gives (0, true). The stitcher reads it
// as the end of an article.
func TrailingByline(text string) (start int, ok bool) {
	return trailing(text, func(tail string) bool {
		_, ok := bylineReason(tail)
		return ok && !isCredit(tail)
	})
}

// trailingCredit is TrailingByline for photo credits: …作品。 记者 马琳 摄.
func trailingCredit(text string) (start int, ok bool) {
	return trailing(text, isCredit)
}

// trailing returns the earliest code-point offset, among the last
// bylineSearchRunes runes of text, where the rest of text passes match and
// what comes before it is empty or closes a sentence.
func trailing(text string, match func(tail string) bool) (int, bool) {
	text = strings.TrimRightFunc(text, unicode.IsSpace)
	if last, _ := utf8.DecodeLastRuneInString(text); strings.ContainsRune(sentenceEnds, last) {
		return 0, false // bylines and credits end with a name, 摄 or a bracket, not a full stop
	}
	from := len(text) // byte offset of the first rune searched
	for k := 0; k < bylineSearchRunes && from > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(text[:from])
		from -= size
	}
	closed := from == 0 || ClosesSentence(text[:from]) // what comes before i closes a sentence
	for i, r := range text[from:] {
		i += from
		if !unicode.IsSpace(r) && closed && match(text[i:]) {
			return utf8.RuneCountInString(text[:i]), true
		}
		switch {
		case strings.ContainsRune(sentenceEnds, r):
			closed = true
		case !strings.ContainsRune(closingMarks, r) && !unicode.IsSpace(r):
			closed = false
		}
	}
	return 0, false
}

// Sentence punctuation.
const (
	sentenceEnds   = "。！？!?…⋯．.｡"
	closingMarks   = "”’」』）)》〉】〕]\"'"
	cannotOpenPunc = "，、。；：？！…,.;:?!）)」』】〕〉》”’%％·"
	particles      = "的了着过地得们吗呢吧啊呀么嘛哦"
)

// particleOpeners are words that open sentences although their first
// character is usually a particle: 的确, 过去, 了解 ….
var particleOpeners = []string{
	"的确", "地方", "地区", "地处", "地球", "地面", "地下", "地震", "地铁", "地理", "地质", "地块", "地产",
	"得益", "得到", "得知", "得以", "得分", "过去", "过年", "过程", "过度", "过于", "着力", "着眼",
	"着重", "着手", "着实", "了解", "了不起",
}

// ClosesSentence reports whether text ends a sentence: its last rune, after
// trailing white space and closing quotes or brackets, is 。！？… (or the
// ASCII . ! ?). 使他们真正了 and （赵念东） do not close; “张书记…”魏兆彬感激地说。
// and …感谢他们。” do.
func ClosesSentence(text string) bool {
	s := strings.TrimRightFunc(text, unicode.IsSpace)
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch {
		case strings.ContainsRune(sentenceEnds, r):
			return true
		case strings.ContainsRune(closingMarks, r):
			s = strings.TrimRightFunc(s[:len(s)-size], unicode.IsSpace)
		default:
			return false
		}
	}
	return false
}

// CanOpenSentence reports whether text can be the start of a sentence: it
// does not open with a comma, enumeration comma, stop, closing bracket or
// quote, with a particle that cannot start a sentence (的了着过地得 … unless
// it begins a word such as 的确 or 过去), or with a lone character followed by
// an enumeration comma (解、明白。 is the tail of 了解、明白。).
func CanOpenSentence(text string) bool {
	s := strings.TrimLeftFunc(text, unicode.IsSpace)
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case s == "":
		return false
	case strings.ContainsRune(cannotOpenPunc, r):
		return false
	case strings.ContainsRune(particles, r):
		return startsWithAny(s, particleOpeners)
	}
	next, _ := utf8.DecodeRuneInString(s[size:])
	if next == '、' && unicode.Is(unicode.Han, r) && !strings.ContainsRune("一二三四五六七八九十甲乙丙丁首其", r) {
		return false
	}
	return true
}

// startsWithAny reports whether s starts with one of the prefixes.
func startsWithAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// fromRune returns s from code point start on.
func fromRune(s string, start int) string {
	for i := range s {
		if start == 0 {
			return s[i:]
		}
		start--
	}
	return ""
}
