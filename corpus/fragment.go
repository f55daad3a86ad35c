package corpus

// Kind is the role a fragment plays on the page.
type Kind string

// The fragment kinds. Every classified fragment has exactly one.
const (
	KindHeadline    Kind = "headline"    // an article's title
	KindSubheadline Kind = "subheadline" // a second title line (kicker or deck)
	KindDateline    Kind = "dateline"    // a lead opening with 本报讯（记者 …） or 新华社…电
	KindBody        Kind = "body"        // running text
	KindByline      Kind = "byline"      // 记者 杨飞, （赵念东）: ends an article
	KindCaption     Kind = "caption"     // text under a photo
	KindCredit      Kind = "credit"      // photo credit: 记者 马琳 摄
	KindIntertitle  Kind = "intertitle"  // a short heading inside an article
	KindNoise       Kind = "noise"       // page furniture, stray marks
)

// Kinds lists every kind in display order.
var Kinds = []Kind{KindHeadline, KindSubheadline, KindDateline, KindBody,
	KindByline, KindCaption, KindCredit, KindIntertitle, KindNoise}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Fragment is one text block of a page: a maximal run of non-blank lines.
type Fragment struct {
	Source     string // the page's source name (file base name)
	Block      int    // 0-based index of the block in file order
	Start, End int    // code-point offsets of the block in Page.Text, end exclusive
	Text       string // the block's lines joined (no separator between CJK, one space between Latin words)
	Kind       Kind
	KindReason string // why Kind was chosen, for people
}

// Page is one decoded page of text with its fragments.
type Page struct {
	Source    string // base name of the file, e.g. heze-daily-2020-09-15.txt
	Path      string // where it was read from, if a file
	Encoding  string // detected encoding: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, big5
	Text      string // decoded text with \r\n and \r normalised to \n
	Fragments []Fragment
}
