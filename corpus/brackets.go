package corpus

// bracketPairs are the quotation marks and brackets whose balance across a
// join the stitcher checks, as opening and closing runes.
var bracketPairs = [...][2]rune{{'“', '”'}, {'（', '）'}, {'《', '》'}, {'‘', '’'}, {'「', '」'}, {'『', '』'}, {'【', '】'}, {'(', ')'}}

// brackets returns, as a bit per bracketPairs entry, the quotations and
// brackets text leaves open at its end (a column break inside a quotation,
// …他说：“要|把…, needs a head that closes it) and those it closes before
// opening one of the same kind (it starts inside a quotation that an
// earlier block opened).
func brackets(text string) (open, closed uint16) {
	var depth [len(bracketPairs)]int
	for _, r := range text {
		if isBasicHan(r) {
			continue // a Chinese character: the common case, and no bracket
		}
		for k, p := range bracketPairs {
			switch {
			case r == p[0]:
				depth[k]++
			case r == p[1] && depth[k] == 0:
				closed |= 1 << k
			case r == p[1]:
				depth[k]--
			}
		}
	}
	for k, d := range depth {
		if d > 0 {
			open |= 1 << k
		}
	}
	return open, closed
}
