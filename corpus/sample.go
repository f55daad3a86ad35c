package corpus

import _ "embed" // the sample page ships inside the binary

// SampleSource is the source name of the bundled sample page.
const SampleSource = "heze-daily-2020-09-15.txt"

// SampleText is the text of the bundled sample page: one real page of a
// Chinese city daily (Heze, 15 September 2020) in layout order, UTF-8 with
// \n line ends. Treat it as read-only.
//
//go:embed sample/heze-daily-2020-09-15.txt
var SampleText string

// SamplePage returns a fresh copy of the bundled sample page, split and
// classified: the document the application opens on first launch.
func SamplePage() *Page {
	p := NewPage(SampleSource, SampleText)
	p.Encoding = EncodingUTF8
	return p
}
