package annotate

import "unicode/utf8"

// runeIndex maps every byte offset of text that starts a rune (and
// len(text)) to its code-point offset. Offsets inside a rune map to the rune
// that contains them.
func runeIndex(text string) []int {
	idx := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < size; k++ {
			idx[i+k] = n
		}
		i += size
		n++
	}
	idx[len(text)] = n
	return idx
}
