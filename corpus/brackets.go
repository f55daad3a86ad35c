package corpus

// bracketPairs are the quotation marks and brackets whose balance across a
// join the stitcher checks, as opening and closing runes.
var bracketPairs = [...][2]rune{{'“', '”'}, {'（', '）'}, {'《', '》'}, {'‘', '’'}, {'「', '」'}, {'『', '』'}, {'【', '】'}, {'(', ')'}}

// openBrackets returns, as a bit per bracketPairs entry, the quotations and
// brackets text leaves open at its end: a column break inside a quotation
// (…他说：“要|把…) needs a head that closes it.
func openBrackets(text string) uint16 {
	var depth [len(bracketPairs)]int
	for _, r := range text {
		for k, p := range bracketPairs {
			switch r {
			case p[0]:
				depth[k]++
			case p[1]:
				depth[k] = max(0, depth[k]-1)
			}
		}
	}
	var bits uint16
	for k, d := range depth {
		if d > 0 {
			bits |= 1 << k
		}
	}
	return bits
}

// closedBrackets returns, as a bit per bracketPairs entry, the quotations
// and brackets text closes before it opens one of the same kind: it starts
// inside a quotation that an earlier block opened.
func closedBrackets(text string) uint16 {
	var depth [len(bracketPairs)]int
	var bits uint16
	for _, r := range text {
		for k, p := range bracketPairs {
			switch r {
			case p[0]:
				depth[k]++
			case p[1]:
				if depth[k] == 0 {
					bits |= 1 << k
				} else {
					depth[k]--
				}
			}
		}
	}
	return bits
}
