package export

import "fmt"

// Offsets names the unit of the offsets in an exported file.
type Offsets string

// The offset units. CodePoints is the default and what Python's str
// indexing, spaCy and Label Studio use; UTF16 is what JavaScript tools
// (and doccano's exports) use: a character outside the Basic Multilingual
// Plane (such as 𠮷) counts 2.
const (
	CodePoints Offsets = ""
	UTF16      Offsets = "utf16"
)

// ParseOffsets reads the --offsets flag: "codepoints" (or "") or "utf16".
func ParseOffsets(s string) (Offsets, error) {
	switch s {
	case "", "codepoints":
		return CodePoints, nil
	case "utf16":
		return UTF16, nil
	}
	return "", fmt.Errorf("%w: offsets %q (want codepoints or utf16)", ErrBadOption, s)
}

// utf16Index maps code-point offsets of one text to UTF-16 offsets and
// back. It is nil (the identity) when the text has no astral characters.
type utf16Index []int

// newUTF16Index returns the index of text, nil if every character of it
// takes one UTF-16 unit.
func newUTF16Index(text string) utf16Index {
	astral := false
	for _, r := range text {
		if r > 0xFFFF {
			astral = true
			break
		}
	}
	if !astral {
		return nil
	}
	idx := utf16Index{0}
	u := 0
	for _, r := range text {
		u++
		if r > 0xFFFF {
			u++
		}
		idx = append(idx, u)
	}
	return idx
}

// to returns the UTF-16 offset of code-point offset cp (0 ≤ cp ≤ length).
func (x utf16Index) to(cp int) int {
	if x == nil {
		return cp
	}
	return x[cp]
}

// from returns the code-point offset of UTF-16 offset u, or false if u is
// out of range or falls inside a surrogate pair.
func (x utf16Index) from(u, length int) (int, bool) {
	if x == nil {
		return u, u >= 0 && u <= length
	}
	lo, hi := 0, len(x)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		switch {
		case x[mid] == u:
			return mid, true
		case x[mid] < u:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return 0, false
}
