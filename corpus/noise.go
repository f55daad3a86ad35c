package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture: the lines a page prints around its articles (page
// number, date, masthead, staff, contact lines) and stray marks.
var (
	pageMark = regexp.MustCompile(`^(?:第\s*[0-9０-９A-Z一二三四五六七八九十]{1,3}|[0-9０-９A-Z]{1,3})\s*版$`)
	jumpNote = regexp.MustCompile(`^[（(]?(?:(?:上接|紧接|下转|转至|转|接|续|承)\s*` + notePlace + `|未完待续|待续)[）)]?$`)
	// pageDate matches a date line: 2020年9月15日 星期二, 二〇二〇年九月十五日 星期二.
	pageDate   = regexp.MustCompile(`^` + anyDate + `\s*(?:星期|周)[一二三四五六日天]$`)
	headerDate = regexp.MustCompile(anyDate)
	headerMark = regexp.MustCompile(`第\s*[0-9０-９A-Z一二三四五六七八九十]{1,3}\s*版|(?:星期|周)[一二三四五六日天]|农历`)
	// pageNumber finds the page number in a running head: 菏泽日报 第2版 要闻.
	// It stands apart, so 《现代汉语词典》第7版面世 is no running head.
	pageNumber = regexp.MustCompile(`(?:^|[\s\x{3000}|｜·])第\s*[0-9０-９A-Z一二三四五六七八九十]{1,3}\s*版(?:$|[\s\x{3000}|｜·])`)
	// staffCredits matches a line that opens with the page's staff:
	// 责任编辑：张三, 本版编辑 张三, ■编辑 王浩 ■校对 李丽.
	staffCredits = regexp.MustCompile(`^(?:(?:责任编辑|责编|编辑|版式|美编|校对|组版|审校|检校|本版编辑)[\s\x{3000}]*[:：]|(?:责任编辑|本版编辑|责编|美编|版式|校对)[\s\x{3000}]+\p{Han}|(?:编辑|校对)[\s\x{3000}]+\p{Han}{2,4}[\s\x{3000}]*[■□●◆▲★☆/／|｜]?[\s\x{3000}]*(?:校对|美编|版式|组版|审校|编辑))`)
	staffRole    = regexp.MustCompile(`(?:责任编辑|责编|编辑|版式|美编|校对|组版|审校|检校|制图)[\s\x{3000}]*[:：]`)
	// contactLine matches the paper's own contact and masthead lines:
	// 新闻热线：0530-5311111, 投稿邮箱：…, 国内统一连续出版物号 CN37-0012,
	// 邮发代号 23-36. An article's own 咨询电话：… is text.
	contactLine = regexp.MustCompile(`^(?:(?:新闻|报料|投稿|广告|发行|订阅|读者|值班|采编|编辑部|总编室)(?:热线|电话|邮箱|信箱|传真)|国内统一连续出版物号|国内统一刊号|统一刊号|邮发代号|总第[\s\x{3000}]*[0-9０-９]+[\s\x{3000}]*[期号])`)
	// serialNumber matches a masthead's issue line: 总第12345期, 第12345期.
	serialNumber = regexp.MustCompile(`^(?:总)?第\s*[0-9０-９]{3,6}\s*[期号]$`)
)

// anyDate matches a date in Arabic or Chinese numerals: 2020年9月15日,
// 二〇二〇年九月十五日.
const anyDate = `(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)`

// furniturePunct are the marks running text has and page furniture does not.
const furniturePunct = "，。；！？、,;!?"

// noiseReason reports whether text is page furniture or stray marks.
func noiseReason(text string) (string, bool) {
	n := utf8.RuneCountInString(text)
	if n <= 2*maxNoiseRunes {
		if why, ok := staffOrContact(text); ok {
			return why, true
		}
	}
	switch {
	case strings.IndexFunc(text, unicode.IsLetter) < 0 && !numberEndsSentence(text):
		return "no letters: a page number or stray symbols", true
	case n > maxNoiseRunes:
		return "", false
	case jumpNote.MatchString(text):
		return "continuation note " + text, true
	case pageMark.MatchString(text):
		return "page mark " + text, true
	case pageDate.MatchString(text):
		return "page date line", true
	case headerDate.MatchString(text) && headerMark.MatchString(text):
		return "page header: date with page or weekday", true
	case pageNumber.MatchString(text) && !strings.ContainsAny(text, furniturePunct):
		return "running head with the page number", true
	case serialNumber.MatchString(text):
		return "masthead issue number " + text, true
	case n == 1:
		return "a single character", true
	case n <= 3 && !containsHan(text) && !numberEndsSentence(text):
		return "very short non-Chinese text", true
	case isLatinMasthead(text):
		return "capitals without Chinese: the paper's name in Latin letters", true
	}
	return "", false
}

// numberEndsSentence reports whether text is a number that ends a
// sentence, the rest of one cut at a column end (…增加16.3%和14. | 7%。):
// a page number or a stray mark does not end with a full stop.
func numberEndsSentence(text string) bool {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	r := lastRune(strings.TrimRight(t, closingMarks))
	return strings.ContainsRune("。！？", r) && strings.IndexFunc(t, isDigitRune) >= 0
}

// staffOrContact reports the page's staff credits and contact lines, which
// may run longer than other furniture: 本版编辑：张三 电话：0530-1234567.
func staffOrContact(text string) (string, bool) {
	t := undecorated(text)
	switch {
	case strings.ContainsAny(t, ":：") && len(staffRole.FindAllStringIndex(t, 2)) == 2:
		return "page header with staff credits", true
	case staffCredits.MatchString(t):
		return "page staff credits", true
	case contactLine.MatchString(t):
		return "the paper's contact or masthead line", true
	}
	return "", false
}

// isLatinMasthead reports a short line of two or more words in capital
// Latin letters and no Chinese: HEZE DAILY, PEOPLE'S DAILY. A lone
// abbreviation (APEC) may be a line of running text cut at a column end,
// and a lower-case word (a stray and) is no masthead.
func isLatinMasthead(text string) bool {
	words := 0
	for _, w := range strings.Fields(text) {
		for _, r := range w {
			if unicode.Is(unicode.Han, r) || unicode.IsLower(r) {
				return false
			}
		}
		if letterCount(w) >= 2 {
			words++
		}
	}
	return words >= 2
}

// maxCutNumber is the most digits a number cut at a column end has in all:
// a year (20|18年), a count (1|00多万人).
const maxCutNumber = 4

// cutNumber reports whether fragment i, digits alone (2018, 20), is the
// start of a number cut at a column end rather than a page number: it
// stands between running text, has two digits or more, and the next block
// goes on with the number (20|18年, 2018|年，…) into at most maxCutNumber
// digits.
func cutNumber(frags []Fragment, i int) bool {
	if i == 0 || i+1 >= len(frags) || !isRunning(frags[i-1].Kind) {
		return false
	}
	text := strings.TrimSpace(frags[i].Text)
	n := utf8.RuneCountInString(text)
	if n < 2 || !allDigits(text) {
		return false
	}
	next := frags[i+1].Text
	digits := strings.IndexFunc(next, func(r rune) bool { return !isDigitRune(r) })
	if digits < 0 {
		return false // the next block is a number of its own
	}
	return numberAcross(text, next) && n+utf8.RuneCountInString(next[:digits]) <= maxCutNumber
}

// numberRest reports whether fragment i, without letters, is the rest of a
// number that running text before it leaves cut at a column end (…总数的3
// over 5%。): it goes on with the number and holds more than digits (a
// bare number there may be a page number set between two columns).
func numberRest(frags []Fragment, i int) bool {
	if i == 0 || !isRunning(frags[i-1].Kind) {
		return false
	}
	text := strings.TrimSpace(frags[i].Text)
	return !allDigits(text) && numberAcross(frags[i-1].Text, text)
}

// allDigits reports whether s is made of digits only.
func allDigits(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !isDigitRune(r) }) < 0
}
