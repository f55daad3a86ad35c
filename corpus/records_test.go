package corpus

import (
	"errors"
	"reflect"
	"testing"
)

// allRecords returns every record of p.
func allRecords(t *testing.T, p *Project) []ArticleRecord {
	t.Helper()
	var out []ArticleRecord
	if err := p.Records(nil, func(r ArticleRecord) error {
		out = append(out, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// workedSample is the sample page after some labeling and join fixing.
func workedSample(t *testing.T) (*Project, PageID) {
	t.Helper()
	p := newProject(t)
	page := addSample(t, p)
	if err := p.SetAnnotator("马琳"); err != nil {
		t.Fatal(err)
	}
	arts, err := p.Articles(page)
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.Article(arts[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.AddSpan(v.ID, 0, 2, "LOC", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := p.AddSpan(v.ID, v.Refs[1].End-3, v.Refs[2].Start+2, "ORG", OriginModel); err != nil {
		t.Fatal(err)
	}
	if err := p.ConfirmJoins(v.ID); err != nil {
		t.Fatal(err)
	}
	if err := p.SetStatus(arts[2].ID, StatusGold); err != nil {
		t.Fatal(err)
	}
	if _, err := p.BreakJoin(biggestArticle(t, p, page).ID, 1); err != nil {
		t.Fatal(err)
	}
	if err := p.EditFragmentText(v.Fragments[1].ID, 0, 3, "本报消息"); err != nil {
		t.Fatal(err)
	}
	return p, page
}

func TestRecordsRoundTrip(t *testing.T) {
	p, _ := workedSample(t)
	first := allRecords(t, p)
	if list, _ := p.Articles(0); len(first) != len(list) {
		t.Fatalf("%d records of %d articles", len(first), len(list))
	}
	if first[2].ID != "heze-daily-2020-09-15#03" || first[2].Status != "gold" || first[2].Annotator != "马琳" {
		t.Errorf("record 3: %s %s %q", first[2].ID, first[2].Status, first[2].Annotator)
	}
	for _, r := range first {
		runes := []rune(r.Text)
		for _, e := range r.Entities {
			if string(runes[e.Start:e.End]) != e.Text {
				t.Errorf("%s: entity %+v does not match the text", r.ID, e)
			}
		}
	}
	if n := len(first[1].Entities); n != 2 {
		t.Errorf("record 2 has %d entities", n)
	}
	q := newProject(t)
	if err := q.ImportRecords(first); err != nil {
		t.Fatal(err)
	}
	second := allRecords(t, q)
	if !reflect.DeepEqual(first, second) {
		for i := range first {
			if !reflect.DeepEqual(first[i], second[i]) {
				t.Errorf("record %d differs:\n%+v\n%+v", i, first[i], second[i])
			}
		}
	}
	if _, err := q.Undo(); err != nil {
		t.Fatal(err)
	}
	if s, _ := q.Stats(); s.Articles != 0 || s.Pages != 0 {
		t.Errorf("undoing the import left %+v", s)
	}
}

func TestRecordsByStatus(t *testing.T) {
	p, _ := workedSample(t)
	var ids []string
	if err := p.Records([]Status{StatusGold, StatusJoinsChecked}, func(r ArticleRecord) error {
		ids = append(ids, r.ID+" "+r.Status)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := []string{"heze-daily-2020-09-15#02 joins-checked", "heze-daily-2020-09-15#03 gold"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("records %v, want %v", ids, want)
	}
	stop := errors.New("停")
	n := 0
	if err := p.Records(nil, func(ArticleRecord) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("Records did not stop at fn's error: %v after %d", err, n)
	}
}

func TestImportBadRecords(t *testing.T) {
	good := func() ArticleRecord {
		return ArticleRecord{
			ID: "测试#01", Title: "关爱孤寡老人", Text: "关爱孤寡老人\n志愿者送去温暖。",
			Fragments: []FragmentRef{
				{Source: "测试.txt", Block: 0, Kind: KindHeadline, Start: 0, End: 6},
				{Source: "测试.txt", Block: 1, Kind: KindBody, Start: 7, End: 15},
			},
			Entities: []Span{{Start: 7, End: 10, Label: "PER", Text: "志愿者"}},
		}
	}
	tests := []struct {
		name  string
		spoil func(r *ArticleRecord)
		want  error
	}{
		{"text does not match the fragments", func(r *ArticleRecord) { r.Text = "关爱孤寡老人 志愿者送去温暖。" }, ErrBadValue},
		{"fragment past the text", func(r *ArticleRecord) { r.Fragments[1].End = 99 }, ErrBadOffsets},
		{"entity past the text", func(r *ArticleRecord) { r.Entities[0].End = 99 }, ErrBadOffsets},
		{"unknown kind", func(r *ArticleRecord) { r.Fragments[0].Kind = "标题" }, ErrBadValue},
		{"unknown status", func(r *ArticleRecord) { r.Status = "完成" }, ErrBadValue},
		{"no fragments", func(r *ArticleRecord) { r.Fragments = nil }, ErrBadValue},
		{"two sources", func(r *ArticleRecord) { r.Fragments[1].Source = "另一版.txt" }, ErrBadValue},
	}
	p := newProject(t)
	if err := p.ImportRecords([]ArticleRecord{good()}); err != nil {
		t.Fatalf("the good record: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := dump(t, p)
			r := good()
			tt.spoil(&r)
			if err := p.ImportRecords([]ArticleRecord{good(), r}); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
			if dump(t, p) != before {
				t.Error("a failed import changed the project")
			}
		})
	}
}
