package corpus

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The encoding names Decode reports, as stored in Page.Encoding.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF8BOM = "utf-8-bom"
	EncodingUTF16LE = "utf-16le"
	EncodingUTF16BE = "utf-16be"
	EncodingGB18030 = "gb18030"
	EncodingBig5    = "big5"
)

// maxUncommonShare bounds how much of a GB18030 decoding's non-ASCII text may
// fall outside the scripts a Chinese page uses (1 in 20) before the bytes are
// judged not to be GB18030 text at all.
const maxUncommonShare = 20

// InputError says why some input cannot be read as a page, and where.
// It wraps ErrBadInput.
type InputError struct {
	Source  string // file or source name; empty when unknown
	Line    int    // 1-based line of the problem; 0 when it has no place
	Offset  int64  // byte offset of the problem in the input; -1 when it has no place
	Problem string // what is wrong, for people
}

// Error returns e.g. "corpus: bad input: a.txt: line 3, byte 120: NUL byte".
func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString(ErrBadInput.Error())
	b.WriteString(": ")
	if e.Source != "" {
		b.WriteString(e.Source)
		b.WriteString(": ")
	}
	switch {
	case e.Line > 0 && e.Offset >= 0:
		fmt.Fprintf(&b, "line %d, byte %d: ", e.Line, e.Offset)
	case e.Line > 0:
		fmt.Fprintf(&b, "line %d: ", e.Line)
	case e.Offset >= 0:
		fmt.Fprintf(&b, "byte %d: ", e.Offset)
	}
	b.WriteString(e.Problem)
	return b.String()
}

// Unwrap returns ErrBadInput.
func (e *InputError) Unwrap() error { return ErrBadInput }

// badAt returns an InputError at byte offset off of data.
func badAt(data []byte, off int, format string, args ...any) *InputError {
	return &InputError{Line: lineAt(data, off), Offset: int64(off), Problem: fmt.Sprintf(format, args...)}
}

// lineAt returns the 1-based line holding byte off of data, counting \n, \r\n
// and \r as line ends. It suits UTF-8 and GB18030, where those bytes never sit
// inside a multi-byte character.
func lineAt(data []byte, off int) int {
	head := data[:min(off, len(data))]
	return 1 + bytes.Count(head, []byte{'\n'}) + bytes.Count(head, []byte{'\r'}) - bytes.Count(head, []byte("\r\n"))
}

// Decode detects the encoding of data and returns its text with \r\n and \r
// normalised to \n, and the encoding's name: "utf-8", "utf-8-bom",
// "utf-16le", "utf-16be" (both with a byte-order mark), "gb18030" (which
// covers GBK and GB2312) or "big5" (Hong Kong and Taiwan pages). UTF-8 wins
// when data is valid UTF-8; otherwise GB18030 or Big5 is used, whichever
// decodes every byte into what looks like Chinese text, and when both do,
// the one whose characters are likelier in news text (most byte pairs are
// valid in both). NUL bytes, control characters (other than tab, form feed
// and line ends) and undecodable bytes give an *InputError wrapping
// ErrBadInput with the line and byte offset of the first one. Empty data
// decodes to "".
func Decode(data []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		if e := checkControlBytes(data, 3); e != nil {
			return "", "", e
		}
		if off := 3 + firstInvalidUTF8(data[3:]); off < len(data) {
			return "", "", badAt(data, off, "byte 0x%02X is not valid UTF-8", data[off])
		}
		text, err = utf8Text(data, 3)
		return text, EncodingUTF8BOM, err
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		text, err = decodeUTF16(data, false)
		return text, EncodingUTF16LE, err
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text, err = decodeUTF16(data, true)
		return text, EncodingUTF16BE, err
	}
	if e := checkControlBytes(data, 0); e != nil {
		return "", "", e
	}
	if utf8.Valid(data) {
		text, err = utf8Text(data, 0)
		return text, EncodingUTF8, err
	}
	return decodeDoubleByte(data)
}

// decodeDoubleByte decodes data, which is not UTF-8, as GB18030 or Big5
// (see Decode). Big5 is decoded in full only when it wins on a sample.
func decodeDoubleByte(data []byte) (text, encoding string, err error) {
	gb, err := decodeGB18030(data)
	if err == nil && !big5Likelier(data, gb) {
		return gb, EncodingGB18030, nil
	}
	if big5, ok := decodeBig5(data); ok {
		return big5, EncodingBig5, nil
	}
	if err != nil {
		return "", "", err
	}
	return gb, EncodingGB18030, nil
}

// likelihoodSample is how many bytes of data big5Likelier decodes.
const likelihoodSample = 64 << 10

// big5Likelier reports whether the start of data reads likelier as Big5
// than gb, its GB18030 decoding, does. The sample ends at a line end,
// which never sits inside a character in either encoding; in a long line
// it may cut a two-byte character, which one byte less mends.
func big5Likelier(data []byte, gb string) bool {
	head, cut := data, false
	if len(head) > likelihoodSample {
		head = head[:likelihoodSample]
		if i := bytes.LastIndexByte(head, '\n'); i > 0 {
			head = head[:i+1]
		} else {
			cut = true
		}
	}
	big5, ok := decodeBig5(head)
	if !ok && cut {
		big5, ok = decodeBig5(head[:len(head)-1])
	}
	return ok && newsLikelihood(big5) > newsLikelihood(gb)
}

// decodeBig5 decodes data as Big5; ok is false when some bytes are not
// Big5 or the result does not look like Chinese text.
func decodeBig5(data []byte) (string, bool) {
	out, err := traditionalchinese.Big5.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) || !looksChinese(string(out)) {
		return "", false
	}
	return NormalizeNewlines(string(out)), true
}

// likelihoodRunes is how many Han characters newsLikelihood reads.
const likelihoodRunes = 4096

// newsLikelihood is the mean log-probability of the first Han characters
// of text under the character model, read in simplified characters: a
// wrong decoding gives rare characters (涓枃 for 中文) and scores far lower.
// Text without Han characters scores 0.
func newsLikelihood(text string) float64 {
	lm, simple := DefaultCharLM(), toSimplified().m
	sum, n := 0.0, 0
	for _, r := range text {
		if !unicode.Is(unicode.Han, r) {
			continue
		}
		if s, ok := simple[r]; ok {
			r = s
		}
		sum += math.Log(lm.prob(r))
		if n++; n == likelihoodRunes {
			break
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// utf8Text returns valid UTF-8 data[skip:] as text, rejecting C1 control
// characters; skip is the length of a BOM.
func utf8Text(data []byte, skip int) (string, error) {
	body := data[skip:]
	for i, r := range string(body) {
		if r >= 0x80 && r <= 0x9F {
			return "", badAt(data, skip+i, "control character U+%04X: binary data, not text", r)
		}
	}
	return NormalizeNewlines(string(body)), nil
}

// firstInvalidUTF8 returns the offset of the first byte of b that does not
// start a valid UTF-8 sequence, or len(b).
func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// checkControlBytes rejects NUL and other C0 control bytes in data[from:].
// In UTF-8 and GB18030 those bytes are always characters of their own.
func checkControlBytes(data []byte, from int) *InputError {
	for i := from; i < len(data); i++ {
		c := data[i]
		switch {
		case c == 0:
			return badAt(data, i, "NUL byte: binary data, or UTF-16 text without a byte-order mark")
		case isControl(rune(c)):
			return badAt(data, i, "control byte 0x%02X: binary data, not text", c)
		}
	}
	return nil
}

// isControl reports whether r is a C0 control or DEL that text should not
// hold; tab, line feed, vertical tab, form feed and carriage return are allowed.
func isControl(r rune) bool {
	if r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' {
		return false
	}
	return r < 0x20 || r == 0x7F
}

// decodeUTF16 decodes data after its 2-byte BOM as UTF-16 in the given byte order.
func decodeUTF16(data []byte, bigEndian bool) (string, error) {
	body := data[2:]
	line := 1
	if len(body)%2 != 0 {
		return "", &InputError{Offset: int64(len(data) - 1), Problem: "odd number of bytes: truncated UTF-16 text"}
	}
	units := make([]uint16, len(body)/2)
	for i := range units {
		a, b := body[2*i], body[2*i+1]
		if bigEndian {
			a, b = b, a
		}
		units[i] = uint16(a) | uint16(b)<<8
	}
	var sb strings.Builder
	sb.Grow(len(body))
	for i := 0; i < len(units); i++ {
		off := int64(2 + 2*i)
		u := rune(units[i])
		switch {
		case u == 0:
			return "", &InputError{Line: line, Offset: off, Problem: "NUL character: binary data, not text"}
		case isControl(u) || (u >= 0x80 && u <= 0x9F):
			return "", &InputError{Line: line, Offset: off, Problem: fmt.Sprintf("control character U+%04X: binary data, not text", u)}
		case utf16.IsSurrogate(u):
			if i+1 >= len(units) || u >= 0xDC00 {
				return "", &InputError{Line: line, Offset: off, Problem: fmt.Sprintf("unpaired UTF-16 surrogate 0x%04X", u)}
			}
			r := utf16.DecodeRune(u, rune(units[i+1]))
			if r == utf8.RuneError {
				return "", &InputError{Line: line, Offset: off, Problem: fmt.Sprintf("unpaired UTF-16 surrogate 0x%04X", u)}
			}
			sb.WriteRune(r)
			i++
			continue
		case u == '\n' || (u == '\r' && (i+1 >= len(units) || units[i+1] != '\n')):
			line++
		}
		sb.WriteRune(u)
	}
	return NormalizeNewlines(sb.String()), nil
}

// decodeGB18030 decodes data as GB18030 and checks the result looks like text.
func decodeGB18030(data []byte) (string, error) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", &InputError{Offset: -1, Problem: "cannot decode as GB18030: " + err.Error()}
	}
	text := string(out)
	if k := runeIndex(text, utf8.RuneError); k >= 0 {
		off := gbUnitOffset(data, k)
		inv := firstInvalidUTF8(data)
		return "", badAt(data, off, "undecodable bytes: neither UTF-8 (byte 0x%02X at byte %d) nor GB18030 (byte 0x%02X) nor Big5",
			data[inv], inv, data[off])
	}
	if !looksChinese(text) {
		return "", &InputError{Offset: -1, Problem: "not UTF-8, and as GB18030 or Big5 it does not look like Chinese text: binary data or an unsupported encoding"}
	}
	return NormalizeNewlines(text), nil
}

// runeIndex returns the index, counted in runes, of the first r in s, or -1.
func runeIndex(s string, r rune) int {
	k := 0
	for _, c := range s {
		if c == r {
			return k
		}
		k++
	}
	return -1
}

// gbUnitOffset returns the byte offset of the k-th character of GB18030 data,
// walking characters the way the golang.org/x/text decoder does: one rune per
// 1-, 2- or 4-byte unit, invalid bytes counting as 1-byte units.
func gbUnitOffset(data []byte, k int) int {
	off := 0
	for ; k > 0 && off < len(data); k-- {
		off += gbUnitLen(data[off:])
	}
	return min(off, len(data)-1)
}

// gbUnitLen returns the length of the GB18030 unit at the start of b.
func gbUnitLen(b []byte) int {
	c0 := b[0]
	if c0 <= 0x80 || c0 == 0xFF || len(b) < 2 {
		return 1
	}
	c1 := b[1]
	switch {
	case (c1 >= 0x40 && c1 < 0x7F) || (c1 >= 0x80 && c1 < 0xFF):
		return 2
	case c1 >= 0x30 && c1 < 0x3A && len(b) >= 4 && b[2] >= 0x81 && b[2] < 0xFF && b[3] >= 0x30 && b[3] < 0x3A:
		return 4
	}
	return 1
}

// looksChinese reports whether the non-ASCII runes of text mostly belong to
// the scripts and symbol blocks that GB18030-encoded Chinese pages use.
func looksChinese(text string) bool {
	var nonASCII, uncommon int
	for _, r := range text {
		if r < utf8.RuneSelf {
			continue
		}
		nonASCII++
		if !commonInChinese(r) {
			uncommon++
		}
	}
	return uncommon*maxUncommonShare <= nonASCII
}

// commonInChinese reports whether r belongs to a block Chinese text uses:
// CJK ideographs and punctuation, full-width forms, pinyin letters, Greek,
// Cyrillic, general punctuation and the usual symbols.
func commonInChinese(r rune) bool {
	switch {
	case r >= 0x00A0 && r <= 0x04FF: // Latin-1 … Cyrillic (pinyin, Greek, Russian)
	case r >= 0x2000 && r <= 0x27BF: // punctuation, letterlike, arrows, maths, shapes, symbols
	case r >= 0x2E80 && r <= 0x33FF: // CJK radicals, punctuation, kana, bopomofo, enclosed
	case r >= 0x3400 && r <= 0x4DBF: // CJK extension A
	case r >= 0x4E00 && r <= 0x9FFF: // CJK unified ideographs
	case r >= 0xF900 && r <= 0xFAFF: // CJK compatibility ideographs
	case r >= 0xFE30 && r <= 0xFE6F: // CJK compatibility and small forms
	case r >= 0xFF00 && r <= 0xFFEF: // full-width forms
	case r >= 0x20000 && r <= 0x3134F: // CJK extensions B…G
	default:
		return false
	}
	return true
}

// NormalizeNewlines returns s with \r\n and lone \r replaced by \n. It returns
// s itself, without copying, when s holds no \r.
func NormalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\r' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('\n')
		if i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
	}
	return b.String()
}
