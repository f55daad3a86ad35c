package export

import (
	stdjson "encoding/json"
	"fmt"
	"io"
	"testing"
	"unicode/utf8"

	"github.com/stitchmark/stitchmark/corpus"
)

// benchArticles is how many synthetic articles the export benchmarks write.
const benchArticles = 100_000

// syntheticRecords makes n articles of about 250 characters: a headline
// and three paragraphs, six entities, four fragments and three joins.
func syntheticRecords(n int) []corpus.ArticleRecord {
	names := []string{"王磊", "李鑫", "于业鹏", "张自珍", "侯捷"}
	places := []string{"菏泽市", "济南", "鄄城县", "定陶区"}
	recs := make([]corpus.ArticleRecord, n)
	for i := range recs {
		who, where := names[i%len(names)], places[i%len(places)]
		paras := []string{
			fmt.Sprintf("%s第%d次调研扶贫车间", where, i),
			fmt.Sprintf("本报讯（记者 张 喙）9月14日，%s到%s调研，强调要切实增强使命意识和政治担当，以实际行动践行“两个维护”。", who, where),
			"要拿出刮骨疗伤的勇气抓整改，不要怕改革中的阵痛；要举一反三、以点带面，建立整改长效机制，确保脱贫成果让人民认可、经得起历史检验。",
			fmt.Sprintf("%s表示，一个17亿元的项目已在%s落地，精进电动科技(菏泽)有限公司的生产线全部投产。", who, where),
		}
		var frags []corpus.Fragment
		for k, p := range paras {
			kind := corpus.KindBody
			if k == 0 {
				kind = corpus.KindHeadline
			}
			frags = append(frags, corpus.Fragment{Source: fmt.Sprintf("page-%d.txt", i/8), Block: k * 3, Text: p, Kind: kind})
		}
		text, refs := corpus.ArticleText(frags)
		rec := corpus.ArticleRecord{ID: fmt.Sprintf("page-%d#%02d", i/8, i%8), Title: paras[0], Text: text,
			Fragments: refs, Status: "gold", Annotator: "bench"}
		for k := 1; k < len(frags); k++ {
			rec.Joins = append(rec.Joins, corpus.JoinRecord{From: frags[k-1].Block, To: frags[k].Block, Score: 0.87, Decision: "confirmed"})
		}
		for _, e := range []struct{ s, l string }{{where, "GPE"}, {who, "PER"}, {"9月14日", "DATE"}, {"17亿元", "MONEY"}, {"精进电动科技(菏泽)有限公司", "ORG"}} {
			if at := occurrences(text, e.s); len(at) > 0 {
				rec.Entities = append(rec.Entities, corpus.Span{Start: at[0], End: at[0] + utf8.RuneCountInString(e.s), Label: e.l, Text: e.s})
			}
		}
		recs[i] = rec
	}
	return recs
}

// BenchmarkExport writes 100,000 synthetic articles as the gold JSONL
// through a Writer into a directory (temporary file, fsync, rename): one
// op is the whole export.
func BenchmarkExport(b *testing.B) {
	recs := syntheticRecords(benchArticles)
	for _, format := range []Format{FormatJSONL, FormatDoccano, FormatCoNLL} {
		b.Run(string(format), func(b *testing.B) {
			dir := b.TempDir()
			for b.Loop() {
				w, err := NewWriter(dir, Options{Format: format})
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range recs {
					if err := w.Write(r); err != nil {
						b.Fatal(err)
					}
				}
				if _, err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMarshalGold encodes 100,000 gold JSONL lines with goccy/go-json
// and with encoding/json in the same run: one op is all the lines.
func BenchmarkMarshalGold(b *testing.B) {
	recs := syntheticRecords(benchArticles)
	for _, m := range []struct {
		name string
		f    marshalFunc
	}{{"goccy", marshal}, {"encoding-json", stdjson.Marshal}} {
		b.Run(m.name, func(b *testing.B) {
			n := int64(0)
			for b.Loop() {
				for _, r := range recs {
					line, err := marshalGold(m.f, r, "train", CodePoints)
					if err != nil {
						b.Fatal(err)
					}
					k, _ := io.Discard.Write(line)
					n += int64(k)
				}
			}
			b.SetBytes(n / int64(b.N))
		})
	}
}
