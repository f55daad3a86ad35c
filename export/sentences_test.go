package export

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities []corpus.Span
		want     []string // sentence texts
		spans    []string // every sentence's entities as "start-end:text", by sentence, joined by "|"
	}{
		{"cut at 。！？", "王磊来了。好！真的？", []corpus.Span{span(0, 2, "PER", "王磊")},
			[]string{"王磊来了。", "好！", "真的？"}, []string{"0-2:王磊", "", ""}},
		{"closing quote stays with its sentence", "他说：“好。”王忠想点头。", []corpus.Span{span(7, 10, "PER", "王忠想")},
			[]string{"他说：“好。”", "王忠想点头。"}, []string{"", "0-3:王忠想"}},
		{"paragraph newline is a cut, trimmed", "标题\n 本报讯 ！？ \n\n", nil,
			[]string{"标题", "本报讯 ！？"}, []string{"", ""}},
		{"no cut inside an entity", "《你好。世界》在菏泽市上映。", []corpus.Span{span(0, 7, "WORK", "《你好。世界》"), span(8, 11, "GPE", "菏泽市")},
			[]string{"《你好。世界》在菏泽市上映。"}, []string{"0-7:《你好。世界》 8-11:菏泽市"}},
		{"entity across a newline keeps the paragraphs together", "精进电动\n科技公司。次句。", []corpus.Span{span(0, 9, "ORG", "精进电动\n科技公司")},
			[]string{"精进电动\n科技公司。", "次句。"}, []string{"0-9:精进电动\n科技公司", ""}},
		{"no closing punctuation", "记者 杨飞", []corpus.Span{span(3, 5, "PER", "杨飞")},
			[]string{"记者 杨飞"}, []string{"3-5:杨飞"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := corpus.ArticleRecord{ID: "s#1", Text: tt.text, Entities: tt.entities, Status: "gold"}
			if err := CheckSpans(rec.ID, rec.Text, rec.Entities); err != nil {
				t.Fatalf("bad test case: %v", err)
			}
			got := Sentences(rec)
			if len(got) != len(tt.want) {
				t.Fatalf("%d sentences %q, want %q", len(got), texts(got), tt.want)
			}
			n := 0
			for i, s := range got {
				if s.Text != tt.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, s.Text, tt.want[i])
				}
				if s.ID != fmt.Sprintf("%s/%d", rec.ID, i+1) {
					t.Errorf("sentence %d id %q", i, s.ID)
				}
				if err := CheckSpans(s.ID, s.Text, s.Entities); err != nil {
					t.Errorf("broken span: %v", err)
				}
				var sp []string
				for _, e := range s.Entities {
					sp = append(sp, fmt.Sprintf("%d-%d:%s", e.Start, e.End, e.Text))
				}
				if strings.Join(sp, " ") != tt.spans[i] {
					t.Errorf("sentence %d entities %q, want %q", i, sp, tt.spans[i])
				}
				n += len(s.Entities)
			}
			if n != len(tt.entities) {
				t.Errorf("%d entities in the sentences, %d in the article", n, len(tt.entities))
			}
		})
	}
}

func TestSentencesKeepEverySampleSpan(t *testing.T) {
	for _, rec := range sampleRecords(t) {
		n := 0
		for _, s := range Sentences(rec) {
			if err := CheckSpans(s.ID, s.Text, s.Entities); err != nil {
				t.Error(err)
			}
			n += len(s.Entities)
		}
		if n != len(rec.Entities) {
			t.Errorf("%s: %d entities in sentences, %d in the article", rec.ID, n, len(rec.Entities))
		}
	}
}

func texts(recs []corpus.ArticleRecord) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.Text)
	}
	return out
}
