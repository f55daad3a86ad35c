package corpus

import (
	"regexp"
	"strings"
	"unicode"
)

// Continuation notes that papers print where an article leaves the page or
// comes back to it: （下转第二版）, （转下页）, （待续） at the end of a block,
// （上接第一版), （续前页）, （紧接第一版） at the start of one; in either
// script.
var (
	notePlace = `(?:(?:第\s*)?[0-9０-９A-Z一二三四五六七八九十]{1,4}\s*(?:版|页|面)|[上前下后次]页)`
	noteTo    = regexp.MustCompile(`[（(]\s*(?:(?:下转|转至|转|续|接)\s*` + notePlace + `|未完待续|待续|未完)\s*[）)]\s*$`)
	noteFrom  = regexp.MustCompile(`^\s*[（(]\s*(?:上接|紧接|接|续|承)\s*` + notePlace + `\s*[）)]`)
)

// maxNoteRunes bounds the length of a continuation note.
const maxNoteRunes = 48

// ContinuesElsewhere reports whether text ends with a note that its article
// goes on on another page, such as （下转第二版）, and returns the note.
func ContinuesElsewhere(text string) (string, bool) {
	text = strings.TrimRightFunc(text, unicode.IsSpace)
	if !strings.HasSuffix(text, "）") && !strings.HasSuffix(text, ")") {
		return "", false // the note closes its bracket
	}
	// The note is short: searching only the end keeps long blocks cheap.
	note := findPrinted(noteTo, lastRunes(text, maxNoteRunes))
	return note, note != ""
}

// ContinuedFromElsewhere reports whether text opens with a note that its
// article comes from another page, such as （上接第一版）, and returns the
// note.
func ContinuedFromElsewhere(text string) (string, bool) {
	if t := strings.TrimLeftFunc(text, unicode.IsSpace); !strings.HasPrefix(t, "（") && !strings.HasPrefix(t, "(") {
		return "", false // the note opens with a bracket
	}
	note := findPrinted(noteFrom, firstRunes(text, maxNoteRunes))
	return note, note != ""
}

// findPrinted returns the first match of re in text read in simplified
// characters (see Simplified), as text prints it: （下轉第二版） matches
// （下转第二版）.
func findPrinted(re *regexp.Regexp, text string) string {
	view := Simplified(text)
	loc := re.FindStringIndex(view)
	if loc == nil {
		return ""
	}
	if view == text {
		return text[loc[0]:loc[1]]
	}
	return printedAt(text, view, loc[0], loc[1])
}
