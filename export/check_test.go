package export

import (
	"errors"
	"strings"
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestCheckRecord(t *testing.T) {
	base := func() corpus.ArticleRecord {
		return corpus.ArticleRecord{ID: "a#1", Text: "王磊在菏泽市政府开会", Status: "gold",
			Entities:  []corpus.Span{span(0, 2, "PER", "王磊"), span(3, 8, "ORG", "菏泽市政府"), span(3, 6, "GPE", "菏泽市")},
			Fragments: []corpus.FragmentRef{{Source: "p.txt", Block: 2, Kind: corpus.KindBody, Start: 0, End: 10}},
			Joins:     []corpus.JoinRecord{{From: 2, To: 3, Score: 0.9, Decision: "confirmed"}}}
	}
	tests := []struct {
		name   string
		change func(*corpus.ArticleRecord)
		err    error
		where  string // the error names this
	}{
		{"good, nested labels", func(*corpus.ArticleRecord) {}, nil, ""},
		{"no id", func(r *corpus.ArticleRecord) { r.ID = "" }, ErrBadRecord, "no id"},
		{"unknown status", func(r *corpus.ArticleRecord) { r.Status = "完成" }, ErrBadRecord, "完成"},
		{"negative start", func(r *corpus.ArticleRecord) { r.Entities[0].Start = -1 }, ErrBadSpan, "entity 0"},
		{"empty span", func(r *corpus.ArticleRecord) { r.Entities[0].End = 0 }, ErrBadSpan, "entity 0"},
		{"past the end", func(r *corpus.ArticleRecord) { r.Entities[1].End = 11 }, ErrBadSpan, "entity 1"},
		{"text differs", func(r *corpus.ArticleRecord) { r.Entities[0].Text = "王忠想" }, ErrBadSpan, `"王磊"`},
		{"no label", func(r *corpus.ArticleRecord) { r.Entities[0].Label = "" }, ErrBadSpan, "no label"},
		{"same span twice", func(r *corpus.ArticleRecord) { r.Entities = append(r.Entities, span(0, 2, "PER", "王磊")) }, ErrBadSpan, "overlap"},
		{"same label overlap", func(r *corpus.ArticleRecord) { r.Entities = append(r.Entities, span(4, 8, "ORG", "泽市政府")) }, ErrBadSpan, "overlap"},
		{"fragment out of range", func(r *corpus.ArticleRecord) { r.Fragments[0].End = 12 }, ErrBadRecord, "fragment 0"},
		{"fragment kind", func(r *corpus.ArticleRecord) { r.Fragments[0].Kind = "标题" }, ErrBadRecord, "标题"},
		{"join score", func(r *corpus.ArticleRecord) { r.Joins[0].Score = 1.5 }, ErrBadRecord, "join 0"},
		{"join decision", func(r *corpus.ArticleRecord) { r.Joins[0].Decision = "ok" }, ErrBadRecord, "join 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := base()
			tt.change(&r)
			err := CheckRecord(r)
			if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
				t.Fatalf("error = %v, want %v", err, tt.err)
			}
			if err != nil && (!strings.Contains(err.Error(), tt.where) || !strings.HasPrefix(err.Error(), "export: ")) {
				t.Errorf("error %q does not say %q", err, tt.where)
			}
		})
	}
}

func TestFormatsRejectBadSpans(t *testing.T) {
	bad := formatRecord
	bad.Entities = []corpus.Span{span(0, 2, "ORG", "𠮷野家")}
	marshalers := map[string]func() error{
		"gold":        func() error { _, err := MarshalGold(bad, "", CodePoints); return err },
		"doccano":     func() error { _, err := MarshalDoccano(bad, CodePoints); return err },
		"spacy":       func() error { _, err := MarshalSpacy(bad); return err },
		"labelstudio": func() error { _, err := MarshalLabelStudio(bad); return err },
		"conll":       func() error { _, _, err := MarshalCoNLL(bad, BIO); return err },
	}
	for name, m := range marshalers {
		if err := m(); err == nil || !strings.Contains(err.Error(), "p#7") {
			t.Errorf("%s: error = %v, want a bad span in p#7", name, err)
		}
	}
}
