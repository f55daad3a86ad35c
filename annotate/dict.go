package annotate

import (
	"strings"
	"unicode"
)

// Dictionary suggestions: gse tags a word nr (person), ns (place) or nt
// (organisation); a small suffix gazetteer then joins a proper name with the
// noun that ends an organisation (菏泽市 + 生态环境 + 局) or a place
// (双泾 + 村, 吕 + 陵 + 镇), with care not to take generic words
// (开发区, 城市, 全市, 西部).

// dictScores are the scores of the sources, below the rules' 0.8.
const (
	scorePOS    = 0.6
	scoreSuffix = 0.4
)

// orgSuffixes end the names of organisations.
var orgSuffixes = []string{"委员会", "联合会", "检察院", "研究所", "研究院", "公司", "集团",
	"银行", "大学", "学院", "中学", "小学", "医院", "法院", "政府", "协会", "学会",
	"局", "办", "委", "厅", "部", "社"}

// locSuffixes end the names of administrative places.
const locSuffixes = "省市县区镇乡村州旗"

// maxChain is how many words a suffix rule may join.
const maxChain = 5

// lookupFunc returns the gse tag of a dictionary word.
type lookupFunc func(word string) (pos string, ok bool)

// dictSuggestions returns the names found in the tagged words of a text.
func dictSuggestions(toks []token, lookup lookupFunc) []candidate {
	var out []candidate
	for _, t := range toks {
		if c, ok := posCandidate(t, lookup); ok {
			out = append(out, c)
		}
	}
	for j := range toks {
		if c, ok := orgSuffixCandidate(toks, j); ok {
			out = append(out, c)
		}
		if c, ok := locSuffixCandidate(toks, j, lookup); ok {
			out = append(out, c)
		}
	}
	return out
}

// posCandidate labels a word by its gse tag: nr → PER (or LOC for a place
// name tagged nr), ns → LOC, nt → ORG.
// Single code points (兰, 京) are too ambiguous to suggest, and common words
// the dictionary mistags (notNames) are skipped.
func posCandidate(t token, lookup lookupFunc) (candidate, bool) {
	if t.End-t.Start < 2 || !allHan(t.Text) || notNames[t.Text] || genericPlace(t.Text) {
		return candidate{}, false
	}
	var label string
	switch {
	case strings.HasPrefix(t.Pos, "nr") && placeTaggedName(t.Text, lookup):
		label = LabelLOC // 曹县, tagged as if 曹 were a surname
	case strings.HasPrefix(t.Pos, "nr"):
		if !looksLikeName(t.Text) {
			return candidate{}, false
		}
		label = LabelPER
	case strings.HasPrefix(t.Pos, "ns"):
		label = LabelLOC
	case strings.HasPrefix(t.Pos, "nt"):
		if !orgName(t.Text) {
			return candidate{}, false
		}
		label = LabelORG
	default:
		return candidate{}, false
	}
	return dictCandidate(t.Start, t.End, label, scorePOS, "dict:"+t.Pos[:2]), true
}

// orgName reports whether a word the dictionary tags nt can name an
// organisation: a field of study (冰川学, 外交学) or a process (中国化,
// 复合化) cannot, but a school can (北京大学, 高级中学).
func orgName(word string) bool {
	switch {
	case strings.HasSuffix(word, "学"):
		return hasAnySuffix(word, []string{"大学", "中学", "小学"})
	case strings.HasSuffix(word, "化"):
		return false
	}
	return true
}

// orgSuffixCandidate joins toks[j], a noun ending in an organisation
// suffix, with the words before it back to the first proper name: the name
// is the head, the nouns between describe the body.
func orgSuffixCandidate(toks []token, j int) (candidate, bool) {
	t := toks[j]
	if !hasAnySuffix(t.Text, orgSuffixes) || !nounTag(t.Pos) || !allHan(t.Text) {
		return candidate{}, false
	}
	head := -1
	for i := j - 1; i >= 0 && j-i < maxChain; i-- {
		if !allHan(toks[i].Text) || !(nounTag(toks[i].Pos) || properTag(toks[i].Pos)) {
			break
		}
		if properTag(toks[i].Pos) {
			head = i
		}
	}
	if head < 0 {
		return candidate{}, false
	}
	return dictCandidate(toks[head].Start, t.End, LabelORG, scoreSuffix, "suffix:ORG"), true
}

// locSuffixCandidate finds a place ending in 省/市/县/区/镇/乡/村…: either one
// word (双泾村) or a lone suffix after unknown single code points (吕 陵 镇),
// when the stem before the suffix has two to four code points and is not a
// generic dictionary word (开发区, 自治区, 贫困县).
func locSuffixCandidate(toks []token, j int, lookup lookupFunc) (candidate, bool) {
	t := toks[j]
	r := []rune(t.Text)
	if !strings.ContainsRune(locSuffixes, r[len(r)-1]) || !allHan(t.Text) {
		return candidate{}, false
	}
	first := j
	switch {
	case len(r) == 1:
		first = stemStart(toks, j)
	case len(r) == 2 && j > 0 && nameBeforeSuffix(toks[j-1]):
		first = stemStart(toks, j) // 张鲁|集镇, 杨老|家村, 箕|山镇: the name cut short
		if first == j {
			first = j - 1
		}
	}
	if first == j && strings.HasPrefix(t.Pos, "ns") {
		return candidate{}, false // a place the dictionary knows
	}
	var stem strings.Builder
	for i := first; i < j; i++ {
		stem.WriteString(toks[i].Text)
	}
	stem.WriteString(string(r[:len(r)-1]))
	n := len([]rune(stem.String()))
	if n < 2 || n > 4 || genericWord(stem.String(), lookup) {
		return candidate{}, false
	}
	return dictCandidate(toks[first].Start, t.End, LabelLOC, scoreSuffix, "suffix:LOC"), true
}

// stemStart walks back from a suffix at toks[j] over up to three single
// code points that may be part of a name (半 堤 镇, 小 留 镇), returning the
// index of the first.
func stemStart(toks []token, j int) int {
	first := j
	for i := j - 1; i >= 0 && j-i <= 3; i-- {
		if !stemChar(toks[i]) {
			break
		}
		first = i
	}
	return first
}

// stemChar reports whether a single code point may be part of a place's
// name before its suffix: a Han character that is no function word, number,
// determiner or suffix (区 in 定陶区马集镇 ends the place before).
func stemChar(t token) bool {
	return t.End-t.Start == 1 && allHan(t.Text) && !strings.Contains(notInPlaceNames, t.Text) &&
		!strings.Contains(notInPlaceStems, t.Text) && !strings.Contains(locSuffixes, t.Text) && !functionTag(t.Pos)
}

// nameBeforeSuffix reports whether t, right before a two-character word
// that ends in a place suffix, may begin the place's name: a single
// character of a name, or a person's name (villages are named after
// families: 张鲁集镇, 杨老家村).
func nameBeforeSuffix(t token) bool {
	return stemChar(t) || t.End-t.Start == 2 && strings.HasPrefix(t.Pos, "nr") && looksLikeName(t.Text)
}

// notInPlaceStems are numbers and determiners, which go before a place's
// suffix without naming it (三个村, 全镇, 各乡).
const notInPlaceStems = "一二三四五六七八九十百千万两个各全本该我外每此这那其某"

// functionTag reports whether a gse tag marks a function word: a
// preposition, conjunction, particle, pronoun or adverb.
func functionTag(pos string) bool {
	return pos != "" && strings.ContainsRune("pcurd", rune(pos[0]))
}

// genericPlace reports whether word names no place but refers to one by
// a determiner and administrative units: 各县区, 全市, 本县, 该镇, 我省
// (全椒县 and 本溪市 are names).
func genericPlace(word string) bool {
	r := []rune(word)
	if !strings.ContainsRune("各全本该我外每此", r[0]) {
		return false
	}
	for _, c := range r[1:] {
		if !strings.ContainsRune(locSuffixes, c) {
			return false
		}
	}
	return true
}

// placeTaggedName reports whether word, tagged nr, is rather a place: a
// name and an administrative suffix (曹县, 吴忠市, 西营镇), not a common word
// and a suffix (小康村, 富裕村).
func placeTaggedName(word string, lookup lookupFunc) bool {
	r := []rune(word)
	if len(r) < 2 || !strings.ContainsRune(strings.TrimSuffix(locSuffixes, "旗"), r[len(r)-1]) {
		return false // 旗 ends 五星红旗 more often than a banner's name
	}
	stem := string(r[:len(r)-1])
	pos, ok := lookup(stem)
	switch {
	case !ok || pos == "":
		return true
	case len(r) > 2 && strings.HasPrefix(pos, "nr"):
		return looksLikeName(stem) // 小康 is tagged nr too
	}
	return properTag(pos) // 曹 is, 小 (小镇) is not
}

// notInPlaceNames are single characters gse may leave untagged that are
// words of their own before a place, not part of its name (巡察组向市…).
const notInPlaceNames = "向在对和与为到从被把给于至由自及等组的是了将"

// genericWord reports whether the dictionary knows stem as a common word
// (not a name): 开发, 自治, 贫困.
func genericWord(stem string, lookup lookupFunc) bool {
	pos, ok := lookup(stem)
	return ok && !properTag(pos)
}

// properTag reports whether a gse tag marks a proper name or abbreviation.
func properTag(pos string) bool {
	for _, p := range []string{"nr", "ns", "nt", "nz", "j"} {
		if strings.HasPrefix(pos, p) {
			return true
		}
	}
	return false
}

// nounTag reports whether a gse tag marks a common noun or noun phrase.
func nounTag(pos string) bool {
	switch pos {
	case "n", "ng", "nz", "l", "vn", "zg", "j":
		return true
	}
	return false
}

// hasAnySuffix reports whether s ends with one of suffixes.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// allHan reports whether s is non-empty and made only of Han code points.
func allHan(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// dictCandidate builds a dictionary candidate.
func dictCandidate(start, end int, label string, score float64, rule string) candidate {
	return candidate{
		Suggestion: Suggestion{Start: start, End: end, Label: label, Score: score, Rule: rule},
		priority:   priorityDict,
	}
}
