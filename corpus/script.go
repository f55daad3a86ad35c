package corpus

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// tsCharacters is OpenCC's table of traditional characters and their
// simplified forms (data/dictionary/TSCharacters.txt of
// github.com/BYVoid/OpenCC, Apache License 2.0; see NOTICE): a line is a
// traditional character, a tab, and its simplified forms separated by
// spaces, the usual one first. The Go ports of OpenCC build on a GPL trie,
// so the table is read here; one-to-one replacement is all the stitcher
// needs.
//
//go:embed TSCharacters.txt
var tsCharacters string

// scriptTable maps each traditional character to its usual simplified
// form; bmp marks the traditional characters of the Basic Multilingual
// Plane, so that a text in simplified characters is checked without a map
// lookup per character.
type scriptTable struct {
	m   map[rune]rune
	bmp [0x10000 / 64]uint64
}

// traditional reports whether r has a simplified form.
func (t *scriptTable) traditional(r rune) bool {
	if r < 0x10000 {
		return r >= 0 && t.bmp[r>>6]&(1<<(r&63)) != 0
	}
	_, ok := t.m[r]
	return ok
}

// toSimplified returns the character table, read on first use.
var toSimplified = sync.OnceValue(func() *scriptTable {
	m := make(map[rune]rune, 4200)
	for _, line := range strings.Split(tsCharacters, "\n") {
		trad, forms, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok {
			continue
		}
		t, tSize := utf8.DecodeRuneInString(trad)
		s, sSize := utf8.DecodeRuneInString(forms)
		if tSize != len(trad) || sSize == 0 || s == utf8.RuneError || s == t {
			continue
		}
		m[t] = s
	}
	tab := &scriptTable{m: m}
	for r := range m {
		if r < 0x10000 {
			tab.bmp[r>>6] |= 1 << (r & 63)
		}
	}
	return tab
})

// Simplified returns text with every traditional character replaced by its
// usual simplified form (發 → 发, 後 → 后), so that pages printed in
// traditional characters (Hong Kong, Taiwan, papers before 1956) meet the
// same dictionary, character model and cue words as simplified ones. It
// keeps the rune count and every other rune, so offsets into the result
// are offsets into text; text without traditional characters comes back
// as it is.
func Simplified(text string) string {
	tab := toSimplified()
	at := strings.IndexFunc(text, tab.traditional)
	if at < 0 {
		return text
	}
	m := tab.m
	var b strings.Builder
	b.Grow(len(text))
	b.WriteString(text[:at])
	for _, r := range text[at:] {
		if s, ok := m[r]; ok {
			r = s
		}
		b.WriteRune(r)
	}
	return b.String()
}

// simplifiedView returns frags with their text in simplified characters
// (see Simplified) for the analysis, or frags itself when none holds a
// traditional character. The caller's fragments are not changed.
func simplifiedView(frags []Fragment) []Fragment {
	var view []Fragment
	for i, f := range frags {
		s := Simplified(f.Text)
		if s == f.Text {
			continue
		}
		if view == nil {
			view = slices.Clone(frags)
		}
		view[i].Text = s
	}
	if view == nil {
		return frags
	}
	return view
}

// printed returns the part of orig that s is in view, the text orig as
// analysed (see Simplified): s itself when view does not hold it.
func printed(orig, view, s string) string {
	at := strings.Index(view, s)
	if at < 0 || orig == view {
		return s
	}
	return printedAt(orig, view, at, at+len(s))
}

// printedAt returns the part of orig that the bytes [start, end) of view
// are, view being orig as analysed (see Simplified); view[start:end] when
// the two differ in length.
func printedAt(orig, view string, start, end int) string {
	o := []rune(orig)
	if utf8.RuneCountInString(view) != len(o) {
		return view[start:end]
	}
	from := utf8.RuneCountInString(view[:start])
	return string(o[from : from+utf8.RuneCountInString(view[start:end])])
}
