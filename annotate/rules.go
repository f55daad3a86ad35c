package annotate

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Date rules. A date is one calendar expression: a year, a month or a day,
// or several of them in falling order (1998年1月1日), optionally followed by
// a named holiday (1998年新年), a third of a month (元月上旬), a part of the
// day and a clock time (1日下午, 1997年12月31日10时44分), as the People's
// Daily 1998 corpus labels them. A range such as 5月11日至7月31日 gives two
// dates, one on each side of 至, because each side is a date on its own and
// the corpus labels them so (12月27日至31日 → 12月27日, 31日).
//
// Relative expressions (今天, 今年, 当天, 去年10月31日) are left out unless
// Options.RelativeDates is set: they need the article's date to mean
// anything. Named holidays (新年, 元旦, 春节, 国庆节) are fixed calendar
// dates and are always suggested.
const (
	digit     = `[0-9０-９]`
	cnDigit   = `[〇○零一二三四五六七八九]`
	year      = `(?:` + digit + `{4}|` + cnDigit + `{4})年`
	month     = `(?:` + digit + `{1,2}|十[一二]?|[一二三四五六七八九]|元)月份?`
	cnDay     = `(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`
	day       = `(?:` + digit + `{1,2}|` + cnDay + `)日`
	holiday   = `(?:新年|新春|元旦|春节|除夕|元宵节|清明节|劳动节|端午节|儿童节|建军节|中秋节|国庆节|圣诞节)`
	season    = `(?:岁末|年初|年底|年末|上半年|下半年|春天|夏天|秋天|冬天|寒冬)`
	xun       = `[上中下]旬`
	dayPart   = `(?:凌晨|清晨|早晨|早上|上午|中午|下午|傍晚|晚上|夜间|深夜|午夜|子夜|晚|夜)`
	clockNum  = `(?:` + digit + `{1,2}|[零一二两三四五六七八九十]{1,3})`
	clock     = clockNum + `时(?:` + clockNum + `分)?`
	timeOfDay = `(?:` + dayPart + `?` + clock + `|` + dayPart + `)`
	relative  = `(?:今天|昨天|明天|前天|后天|今年|去年|明年|前年|后年|上年|本月|上月|下月|今晚|昨晚|明晚|当天|当日|次日|翌日)`

	// calendar is the explicit part: year, month, day in falling order.
	calendar = `(?:` + year + `(?:` + month + `(?:` + day + `|` + xun + `)?|` + holiday + `|` + season + `)?` +
		`|` + month + `(?:` + day + `|` + xun + `)?` +
		`|` + digit + `{1,2}日)`
	// clockOnly is a time of day that names its hour: 上午9时, 23时10分.
	clockOnly = `(?:` + dayPart + clock + `|` + clockNum + `时` + clockNum + `分)`
)

// The money rule: an amount, an optional 余/多 (more than), an optional
// multiplier, and a currency, optionally led by 人民币: 1290余万元, 17亿元,
// 200多元, 3.5万美元, 人民币500元.
const (
	amount   = `(?:` + digit + `+(?:,` + digit + `{3})*(?:[.．]` + digit + `+)?|[零〇一二两三四五六七八九十百千万亿]+)`
	about    = `(?:余|多|来)?`
	multiple = `(?:万亿|千万|百万|[十百千万亿])?`
	currency = `(?:美元|港元|港币|日元|欧元|英镑|卢布|马克|法郎|澳元|加元|韩元|台币|元|人民币)`
	money    = `(?:人民币|美金)?` + amount + about + multiple + about + currency
)

var (
	reDate         = regexp.MustCompile(calendar + timeOfDay + `?|` + clockOnly)
	reDateRelative = regexp.MustCompile(`(?:` + relative + `(?:` + calendar + `)?|` + calendar + `)` + timeOfDay + `?|` + clockOnly)
	reHoliday      = regexp.MustCompile(holiday)
	reMoney        = regexp.MustCompile(money)
	reNumbers      = regexp.MustCompile(digit + `+`)
)

// notMoneyAfter lists runes that turn a trailing 元 into another word
// (元月, 元旦, 元素, 元首, 元老, 元宵).
const notMoneyAfter = "月旦素首老宵帅件"

// ruleSuggestions returns the dates and sums of money in text.
func ruleSuggestions(text string, relativeDates bool) []candidate {
	idx := runeIndex(text)
	re := reDate
	if relativeDates {
		re = reDateRelative
	}
	var out []candidate
	for _, m := range re.FindAllStringIndex(text, -1) {
		if dateOK(text, m[0], m[1]) {
			out = append(out, ruleCandidate(idx, m, LabelDATE, 0.8, "date"))
		}
	}
	for _, m := range reHoliday.FindAllStringIndex(text, -1) {
		out = append(out, ruleCandidate(idx, m, LabelDATE, 0.6, "date"))
	}
	for _, m := range reMoney.FindAllStringIndex(text, -1) {
		if moneyOK(text, m[0], m[1]) {
			out = append(out, ruleCandidate(idx, m, LabelMONEY, 0.8, "money"))
		}
	}
	return out
}

// ruleCandidate converts a byte match into a candidate in code points.
func ruleCandidate(idx []int, m []int, label string, score float64, rule string) candidate {
	return candidate{
		Suggestion: Suggestion{Start: idx[m[0]], End: idx[m[1]], Label: label, Score: score, Rule: rule},
		priority:   priorityRule,
	}
}

// dateOK rejects matches glued to a longer number (12345年) and numbers out
// of range for a year (1000–2199), a month or a day.
func dateOK(text string, start, end int) bool {
	if gluedToNumber(text, start) {
		return false
	}
	s := text[start:end]
	for _, loc := range reNumbers.FindAllStringIndex(s, -1) {
		n := atoiWide(s[loc[0]:loc[1]])
		unit := s[loc[1]:]
		switch {
		case strings.HasPrefix(unit, "年"):
			if n < 1000 || n > 2199 {
				return false
			}
		case strings.HasPrefix(unit, "月"):
			if n < 1 || n > 12 {
				return false
			}
		case strings.HasPrefix(unit, "日"):
			if n < 1 || n > 31 {
				return false
			}
		case strings.HasPrefix(unit, "时"):
			if n > 24 {
				return false
			}
		case strings.HasPrefix(unit, "分"):
			if n > 59 {
				return false
			}
		}
	}
	return true
}

// moneyOK rejects matches glued to a longer number or word: 统一元首,
// 元月, x1.5元 after letters.
func moneyOK(text string, start, end int) bool {
	if gluedToNumber(text, start) {
		return false
	}
	rest := text[end:]
	if strings.HasSuffix(text[start:end], "元") && rest != "" && strings.ContainsRune(notMoneyAfter, firstRune(rest)) {
		return false
	}
	// A lone Chinese numeral before 元 is usually part of a word (统一元首,
	// 多元化); a sum needs digits, two numerals, or a multiplier.
	body := strings.TrimPrefix(strings.TrimPrefix(text[start:end], "人民币"), "美金")
	return len([]rune(body)) > 2 || startsWithDigit(body)
}

// gluedToNumber reports whether the byte before start is part of a number
// (a digit, a decimal point or a Latin letter), so a match at start would cut
// a longer token.
func gluedToNumber(text string, start int) bool {
	if start == 0 {
		return false
	}
	r := lastRune(text[:start])
	return unicode.IsDigit(r) || r == '.' || r == '．' || unicode.In(r, unicode.Latin)
}

// atoiWide parses decimal digits, full-width ones included; it returns -1
// when the number does not fit.
func atoiWide(s string) int {
	var b strings.Builder
	for _, r := range s {
		if r >= '０' && r <= '９' {
			r = '0' + (r - '０')
		}
		b.WriteRune(r)
	}
	n, err := strconv.Atoi(b.String())
	if err != nil {
		return -1
	}
	return n
}

// startsWithDigit reports whether s opens with a decimal digit.
func startsWithDigit(s string) bool {
	return s != "" && unicode.IsDigit(firstRune(s))
}

// firstRune returns the first rune of a non-empty s.
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// lastRune returns the last rune of a non-empty s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
