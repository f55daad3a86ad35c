package annotate

import (
	"strings"
	"unicode"
)

// Names the dictionary does not know (侯捷, 王忠想, 于业鹏, 梁绍亭) are cut
// into single characters, so no tag marks them. News prints them beside a
// cue: a title or role before (厂长于业鹏, 记者 刘卫国, 贫困户魏兆彬) or a
// verb of saying after (侯捷强调, 张自珍说, 魏兆彬感激地说). A surname and
// one or two characters between a cue and a word boundary are taken for a
// name, unless the dictionary knows them as a common word (文件指出,
// 马上说).

// scoreCue is the score of a name found by its cue: below the dictionary's.
const scoreCue = 0.5

// titlesBefore are the titles and roles printed right before a name.
var titlesBefore = []string{
	"记者", "通讯员", "实习生", "摄影", "市长", "县长", "区长", "镇长", "乡长", "村长",
	"书记", "主任", "局长", "厂长", "经理", "董事长", "院长", "校长", "主席", "部长",
	"处长", "科长", "所长", "站长", "队长", "组长", "会长", "秘书长", "总裁", "教授",
	"专家", "老师", "医生", "村民", "居民", "农民", "贫困户", "群众", "同志", "帮扶人",
	"负责人", "代表", "学生", "老人", "师傅", "党员", "干部", "委员", "主持人", "创始人",
}

// verbsAfter are the verbs of saying printed right after a name.
var verbsAfter = []string{
	"说", "表示", "强调", "指出", "介绍", "认为", "要求", "告诉", "坦言", "透露",
	"回忆", "感慨", "提出", "希望", "称", "解释", "补充", "建议", "呼吁", "发言",
}

// cueNames returns the names found beside a cue in toks, the words of
// text (simplified), as candidates.
func cueNames(text string, toks []token, lookup lookupFunc) []candidate {
	rs := []rune(text)
	starts := make([]bool, len(rs)+1) // a word starts (or the text ends) here
	for _, t := range toks {
		if t.Start <= len(rs) {
			starts[t.Start] = true
		}
	}
	starts[len(rs)] = true
	var out []candidate // the same name found by two cues is chosen once (choose)
	for _, t := range toks {
		if titleEndsAt(rs, t.End) { // 帮扶人 may come as 帮扶 人
			for _, n := range namesAfter(rs, starts, t.End, lookup) {
				out = append(out, dictCandidate(n[0], n[1], LabelPER, scoreCue, "cue:PER"))
			}
		}
		if verbAt(rs, t.Start) {
			if s, e, ok := nameBefore(rs, starts, t.Start, lookup); ok {
				out = append(out, dictCandidate(s, e, LabelPER, scoreCue, "cue:PER"))
			}
		}
	}
	return out
}

// verbAt reports whether a verb of saying starts at rs[i:], or an adverb
// of manner and 说 (感激地说).
func verbAt(rs []rune, i int) bool {
	if i+3 < len(rs) && rs[i+2] == '地' && rs[i+3] == '说' {
		return true
	}
	if i >= len(rs) || !strings.ContainsRune(verbFirstRunes, rs[i]) {
		return false
	}
	rest := string(rs[i:min(len(rs), i+2)])
	for _, v := range verbsAfter {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// nameAfter returns the name that starts at i, after a title (a space may
// stand between, and inside a two-character name: 记者 王 浩), ending at a
// word boundary.
func nameAfter(rs []rune, starts []bool, i int, lookup lookupFunc) (int, int, bool) {
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	if e, ok := spacedName(rs, i); ok {
		return i, e, true
	}
	for _, n := range []int{3, 2} {
		if e := i + n; e <= len(rs) && starts[e] && isName(rs[i:e], lookup) {
			return i, e, true
		}
	}
	return 0, 0, false
}

// namesAfter returns the names after a title at i: the first, and in a
// byline the others it lists after a space (通讯员 尹浩 王儒), each ending
// before a space or a character that is no Han.
func namesAfter(rs []rune, starts []bool, i int, lookup lookupFunc) [][2]int {
	s, e, ok := nameAfter(rs, starts, i, lookup)
	if !ok {
		return nil
	}
	out := [][2]int{{s, e}}
	for e < len(rs) && rs[e] == ' ' {
		s, next, ok := nameAfter(rs, starts, e, lookup)
		if !ok || next < len(rs) && unicode.Is(unicode.Han, rs[next]) {
			break
		}
		out, e = append(out, [2]int{s, next}), next
	}
	return out
}

// nameBefore returns the name that ends at e, before a verb of saying,
// starting at a word boundary: three code points after a character that
// is no Han or ends a title, else two.
func nameBefore(rs []rune, starts []bool, e int, lookup lookupFunc) (int, int, bool) {
	if s := e - 3; s >= 0 && starts[s] && isName(rs[s:e], lookup) &&
		(s == 0 || !unicode.Is(unicode.Han, rs[s-1]) || titleEndsAt(rs, s)) {
		return s, e, true
	}
	if s := e - 2; s >= 0 && starts[s] && isName(rs[s:e], lookup) {
		return s, e, true
	}
	return 0, 0, false
}

// titleEndsAt reports whether a title or role ends right before i.
func titleEndsAt(rs []rune, i int) bool {
	if i == 0 || !strings.ContainsRune(titleLastRunes, rs[i-1]) {
		return false
	}
	return hasAnySuffix(string(rs[max(0, i-3):i]), titlesBefore)
}

// titleLastRunes and verbFirstRunes are the code points that end a title
// and open a verb of saying: a cheap check before the lists are searched.
var titleLastRunes, verbFirstRunes = edgeRunes(titlesBefore, true), edgeRunes(verbsAfter, false)

// edgeRunes returns the last (or first) code points of words.
func edgeRunes(words []string, last bool) string {
	var b strings.Builder
	for _, w := range words {
		r := []rune(w)
		if last {
			b.WriteRune(r[len(r)-1])
		} else {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

// spacedName reads a two-character name set with a space between its
// characters, as bylines pad them (王 浩), at rs[i:], returning its end.
func spacedName(rs []rune, i int) (int, bool) {
	if i+2 >= len(rs) || rs[i+1] != ' ' || !strings.ContainsRune(surnames, rs[i]) || !unicode.Is(unicode.Han, rs[i+2]) {
		return 0, false
	}
	if e := i + 3; e == len(rs) || !unicode.Is(unicode.Han, rs[e]) {
		return e, true
	}
	return 0, false
}

// notGiven are characters that end no name: a name before them has ended
// (张明在会上, 李华和同学).
const notGiven = "在和与的是说也等到对向将为了就都还又从把被给让及并方们"

// isName reports whether name (two or three code points) opens with a
// common surname (not 和, far more often "and"), is all Han, ends with a
// character a given name may end with, and is not a common word of the
// dictionary (文件 in 文件指出, 马上 in 马上说).
func isName(name []rune, lookup lookupFunc) bool {
	s := string(name)
	if !allHan(s) || !hasSurname(s) || notNames[s] || name[0] == '和' || strings.ContainsRune(notGiven, name[len(name)-1]) {
		return false
	}
	if commonWord(s, lookup) {
		return false
	}
	return len(name) == 2 || !commonWord(string(name[:2]), lookup) // 会议 in 会议室说
}

// commonWord reports whether the dictionary knows word with a tag that is
// not a person's name (gse also finds the prefixes of its words, untagged).
func commonWord(word string, lookup lookupFunc) bool {
	pos, ok := lookup(word)
	return ok && pos != "" && !strings.HasPrefix(pos, "nr")
}
