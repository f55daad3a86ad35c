package export

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/goccy/go-json"
	"github.com/stitchmark/stitchmark/corpus"
)

const sampleSource = "heze-daily-2020-09-15.txt"

// sampleGold is the part of the sample page's reading-order gold the tests
// use.
type sampleGold struct {
	Blocks   []string `json:"blocks"`
	Articles []struct {
		Title  string `json:"title"`
		Blocks []int  `json:"blocks"`
	} `json:"articles"`
}

// sampleKinds are the kinds of the blocks of the articles used, by hand;
// every other block is body text.
var sampleKinds = map[int]corpus.Kind{
	0: corpus.KindHeadline, 1: corpus.KindSubheadline, 2: corpus.KindDateline,
	4: corpus.KindHeadline, 5: corpus.KindDateline,
	15: corpus.KindHeadline, 16: corpus.KindDateline,
	38: corpus.KindHeadline, 39: corpus.KindSubheadline, 70: corpus.KindByline,
}

// sampleEntities are the entities labeled in the sample articles: every
// occurrence of each surface form gets the label.
var sampleEntities = []struct{ text, label string }{
	{"王磊", "PER"}, {"王忠想", "PER"}, {"王 浩", "PER"}, {"张 喙", "PER"}, {"李宁", "PER"},
	{"邵伟", "PER"}, {"于业鹏", "PER"}, {"李鑫", "PER"}, {"孔 博", "PER"},
	{"菏泽市", "GPE"}, {"济南", "GPE"},
	{"9月14日", "DATE"}, {"9月15日", "DATE"}, {"9月12日", "DATE"}, {"2018年8月", "DATE"},
	{"17亿元", "MONEY"}, {"1290余万元", "MONEY"},
	{"精进电动科技(菏泽)有限公司", "ORG"}, {"市扶贫开发办", "ORG"}, {"农业银行", "ORG"},
}

// sampleRecords builds four articles of the sample page in their true
// reading order (危化品, 扶贫开发办, 扶贫助学, 菏泽速度) with the entities
// above, plus the GPE 菏泽 nested in the first company name, and confirmed
// joins between consecutive blocks.
func sampleRecords(t testing.TB) []corpus.ArticleRecord {
	t.Helper()
	data, err := os.ReadFile("../../shared/samples/heze-daily-2020-09-15.gold.json")
	if err != nil {
		t.Fatalf("read the sample gold: %v", err)
	}
	var g sampleGold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("parse the sample gold: %v", err)
	}
	var recs []corpus.ArticleRecord
	for n, a := range []int{0, 1, 4, 6} {
		recs = append(recs, sampleRecord(g, g.Articles[a].Blocks, n+1))
	}
	return recs
}

func sampleRecord(g sampleGold, blocks []int, n int) corpus.ArticleRecord {
	var frags []corpus.Fragment
	for _, b := range blocks {
		k, ok := sampleKinds[b]
		if !ok {
			k = corpus.KindBody
		}
		frags = append(frags, corpus.Fragment{Source: sampleSource, Block: b, Text: g.Blocks[b], Kind: k})
	}
	text, refs := corpus.ArticleText(frags)
	rec := corpus.ArticleRecord{
		ID: fmt.Sprintf("heze-daily-2020-09-15#%02d", n), Title: g.Blocks[blocks[0]], Text: text,
		Fragments: refs, Status: "gold", Annotator: "linguist-a",
	}
	for i := 1; i < len(blocks); i++ {
		rec.Joins = append(rec.Joins, corpus.JoinRecord{From: blocks[i-1], To: blocks[i], Score: 0.5 + float64(i%5)/10, Decision: "confirmed"})
	}
	for _, e := range sampleEntities {
		for _, at := range occurrences(text, e.text) {
			rec.Entities = append(rec.Entities, corpus.Span{Start: at, End: at + utf8.RuneCountInString(e.text), Label: e.label, Text: e.text, Origin: "human"})
		}
	}
	if at := occurrences(text, "(菏泽)有限公司"); len(at) > 0 {
		rec.Entities = append(rec.Entities, corpus.Span{Start: at[0] + 1, End: at[0] + 3, Label: "GPE", Text: "菏泽", Origin: "human"})
	}
	return rec
}

// occurrences returns the code-point offsets of every occurrence of sub in
// s, found with strings.Index (independent of the package's offset code).
func occurrences(s, sub string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return out
		}
		out = append(out, utf8.RuneCountInString(s[:from+i]))
		from += i + len(sub)
	}
}
