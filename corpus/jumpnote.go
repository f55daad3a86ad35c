package corpus

import "regexp"

// Continuation notes that papers print where an article leaves the page or
// comes back to it: （下转第二版） at the end of a block, （上接第一版) at the
// start of one.
var (
	noteTo   = regexp.MustCompile(`[（(]\s*(?:下转|转至|转|续)\s*(?:第\s*)?[0-9０-９A-Z一二三四五六七八九十]{1,4}\s*版\s*[）)]\s*$`)
	noteFrom = regexp.MustCompile(`^\s*[（(]\s*(?:上接|接|续)\s*(?:第\s*)?[0-9０-９A-Z一二三四五六七八九十]{1,4}\s*版\s*[）)]`)
)

// ContinuesElsewhere reports whether text ends with a note that its article
// goes on on another page, such as （下转第二版）, and returns the note.
func ContinuesElsewhere(text string) (string, bool) {
	note := noteTo.FindString(text)
	return note, note != ""
}

// ContinuedFromElsewhere reports whether text opens with a note that its
// article comes from another page, such as （上接第一版）, and returns the
// note.
func ContinuedFromElsewhere(text string) (string, bool) {
	note := noteFrom.FindString(text)
	return note, note != ""
}
