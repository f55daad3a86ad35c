package corpus

// Span is a labeled entity span in an article's text, in code points.
type Span struct {
	Start, End int
	Label      string
	Text       string // the covered text, text[Start:End]
	Origin     string // human, suggestion, rule, model
}

// FragmentRef places one fragment inside an article's text.
type FragmentRef struct {
	Source     string
	Block      int
	Kind       Kind
	Start, End int // code points in ArticleRecord.Text
}

// JoinRecord is a join with the person's decision on it.
type JoinRecord struct {
	From, To int
	Score    float64
	Reason   string
	Decision string // "", confirmed, broken, created
}

// ArticleRecord is the flat, exportable view of one article: what the gold
// corpus holds for it. The store produces it and the export package writes it.
type ArticleRecord struct {
	ID        string // e.g. heze-daily-2020-09-15#03
	Title     string
	Text      string // headline line(s), then the body; paragraphs separated by \n
	Entities  []Span
	Fragments []FragmentRef
	Joins     []JoinRecord
	Status    string // auto, joins-checked, labeled, gold
	Annotator string
}
