package corpus

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestSpanActions(t *testing.T) {
	var id SpanID
	runActions(t, []actionCase{
		{
			name: "label a person",
			do: func(t *testing.T, f *fixture) error {
				_, err := f.p.AddSpan(f.arts[0], 53, 56, "PER", "")
				return err
			},
			check: func(t *testing.T, f *fixture) {
				v := f.view(t, f.arts[0])
				if len(v.Spans) != 1 || v.Spans[0].Text != "王忠想" || v.Spans[0].Origin != OriginHuman || v.Spans[0].Start != 53 {
					t.Errorf("spans %+v", v.Spans)
				}
				r, _ := f.p.Record(f.arts[0])
				if len(r.Entities) != 1 || r.Entities[0] != (Span{Start: 53, End: 56, Label: "PER", Text: "王忠想", Origin: OriginHuman}) {
					t.Errorf("record entities %+v", r.Entities)
				}
			},
		},
		{
			name: "label several spans in one action",
			do: func(t *testing.T, f *fixture) error {
				_, err := f.p.AddSpans(f.arts[0], []Span{{Start: 53, End: 56, Label: "PER"}, {Start: 0, End: 2, Label: "ORG"}}, OriginSuggestion)
				return err
			},
			check: func(t *testing.T, f *fixture) {
				v := f.view(t, f.arts[0])
				if len(v.Spans) != 2 || v.Spans[0].Origin != OriginSuggestion {
					t.Errorf("spans %+v", v.Spans)
				}
			},
		},
		{
			name: "one bad span stores none",
			do: func(t *testing.T, f *fixture) error {
				_, err := f.p.AddSpans(f.arts[0], []Span{{Start: 53, End: 56, Label: "PER"}, {Start: 5, End: 5, Label: "ORG"}}, "")
				return err
			},
			err: ErrBadOffsets,
		},
		{
			name: "a span across a mid-word join",
			do: func(t *testing.T, f *fixture) error {
				f.span(t, f.arts[0], "阵痛", "ORG")
				return nil
			},
			check: func(t *testing.T, f *fixture) {
				if got := f.spanTexts(t, f.arts[0]); !reflect.DeepEqual(got, []string{"ORG:阵痛:"}) {
					t.Errorf("spans %v", got)
				}
			},
		},
		{
			name: "a line break at a span's end is left out",
			do: func(t *testing.T, f *fixture) error {
				f.span(t, f.arts[0], "反馈巡察情况。\n", "ORG")
				return nil
			},
			check: func(t *testing.T, f *fixture) {
				if got := f.spanTexts(t, f.arts[0]); !reflect.DeepEqual(got, []string{"ORG:反馈巡察情况。:"}) {
					t.Errorf("spans %v", got)
				}
			},
		},
		{
			name:  "remove a span",
			setup: func(t *testing.T, f *fixture) { id = f.span(t, f.arts[1], "杨飞", "PER") },
			do:    func(t *testing.T, f *fixture) error { return f.p.RemoveSpan(id) },
			check: func(t *testing.T, f *fixture) {
				if got := f.spanTexts(t, f.arts[1]); got != nil {
					t.Errorf("spans %v", got)
				}
			},
		},
		{
			name:  "resize a span",
			setup: func(t *testing.T, f *fixture) { id = f.span(t, f.arts[0], "扶贫开发办", "ORG") },
			do: func(t *testing.T, f *fixture) error {
				v := f.view(t, f.arts[0])
				s := v.Spans[0]
				return f.p.ResizeSpan(id, s.Start-1, s.End)
			},
			check: func(t *testing.T, f *fixture) {
				if got := f.spanTexts(t, f.arts[0]); !reflect.DeepEqual(got, []string{"ORG:市扶贫开发办:"}) {
					t.Errorf("spans %v", got)
				}
			},
		},
		{
			name:  "relabel a span",
			setup: func(t *testing.T, f *fixture) { id = f.span(t, f.arts[0], "9月15日", "PER") },
			do:    func(t *testing.T, f *fixture) error { return f.p.Relabel(id, "DATE") },
			check: func(t *testing.T, f *fixture) {
				if got := f.spanTexts(t, f.arts[0]); !reflect.DeepEqual(got, []string{"DATE:9月15日:"}) {
					t.Errorf("spans %v", got)
				}
			},
		},
		{
			name: "reject a suggestion",
			do: func(t *testing.T, f *fixture) error {
				return f.p.RejectSuggestion(f.arts[1], 0, 2, "LOC")
			},
			check: func(t *testing.T, f *fixture) {
				got, err := f.p.Rejected(f.arts[1])
				if err != nil || len(got) != 1 || got[0] != (Span{Start: 0, End: 2, Label: "LOC", Text: "关爱"}) {
					t.Errorf("rejected %+v, %v", got, err)
				}
			},
		},
		{name: "empty span", err: ErrBadOffsets, do: func(t *testing.T, f *fixture) error {
			_, err := f.p.AddSpan(f.arts[0], 3, 3, "PER", "")
			return err
		}},
		{name: "span past the end", err: ErrBadOffsets, do: func(t *testing.T, f *fixture) error {
			_, err := f.p.AddSpan(f.arts[1], 0, 1000, "PER", "")
			return err
		}},
		{name: "negative start", err: ErrBadOffsets, do: func(t *testing.T, f *fixture) error {
			_, err := f.p.AddSpan(f.arts[1], -1, 2, "PER", "")
			return err
		}},
		{name: "span over a line break only", err: ErrBadOffsets, do: func(t *testing.T, f *fixture) error {
			_, err := f.p.AddSpan(f.arts[1], 6, 7, "PER", "")
			return err
		}},
		{name: "unknown label", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			_, err := f.p.AddSpan(f.arts[1], 0, 2, "人名", "")
			return err
		}},
		{name: "unknown origin", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			_, err := f.p.AddSpan(f.arts[1], 0, 2, "PER", "猜的")
			return err
		}},
		{name: "remove an unknown span", err: ErrNotFound, do: func(t *testing.T, f *fixture) error {
			return f.p.RemoveSpan(12345)
		}},
		{name: "reject outside the text", err: ErrBadOffsets, do: func(t *testing.T, f *fixture) error {
			return f.p.RejectSuggestion(f.arts[1], 5, 500, "LOC")
		}},
	})
}

func TestBadOffsetsNameTheArticle(t *testing.T) {
	f := newFixture(t)
	_, err := f.p.AddSpan(f.arts[1], 10, 5, "PER", "")
	if !errors.Is(err, ErrBadOffsets) {
		t.Fatalf("error %v", err)
	}
	for _, want := range []string{"测试#02", "[10, 5)", f.p.Path()} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}
