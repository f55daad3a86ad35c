package corpus

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// editText replaces the first old in block's text with repl.
func editText(t *testing.T, f *fixture, block int, old, repl string) error {
	t.Helper()
	blocks, err := f.p.PageBlocks(f.page)
	if err != nil {
		t.Fatal(err)
	}
	text := blocks[block].Text
	i := strings.Index(text, old)
	if i < 0 {
		t.Fatalf("%q not in block %d %q", old, block, text)
	}
	start := len([]rune(text[:i]))
	return f.p.EditFragmentText(f.frag[block], start, start+len([]rune(old)), repl)
}

// original returns the stored original text of a fragment, "" if unedited.
func original(t *testing.T, f *fixture, block int) string {
	t.Helper()
	var s *string
	if err := f.p.db.QueryRow(`SELECT original FROM fragments WHERE id = ?`, f.frag[block]).Scan(&s); err != nil {
		t.Fatal(err)
	}
	if s == nil {
		return ""
	}
	return *s
}

func TestEditFragmentText(t *testing.T) {
	runActions(t, []actionCase{
		{
			name: "邬寡孤 → 鳏寡孤: the span over it keeps covering it",
			setup: func(t *testing.T, f *fixture) {
				f.span(t, f.arts[1], "邬寡孤独老人", "ORG")
				f.span(t, f.arts[1], "志愿者", "PER")
				f.span(t, f.arts[1], "温暖", "LOC")
			},
			do: func(t *testing.T, f *fixture) error { return editText(t, f, 5, "邬", "鳏") },
			check: func(t *testing.T, f *fixture) {
				got := f.spanTexts(t, f.arts[1])
				want := []string{"PER:志愿者:", "ORG:鳏寡孤独老人:", "LOC:温暖:"}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("spans %v, want %v", got, want)
				}
				if o := original(t, f, 5); o != "本报讯 重阳节前夕，志愿者为邬寡孤独老人送去温暖。" {
					t.Errorf("original %q", o)
				}
			},
		},
		{
			name: "removing a stray space moves the spans after it",
			setup: func(t *testing.T, f *fixture) {
				f.span(t, f.arts[0], "张 喙", "PER")
				f.span(t, f.arts[0], "市扶贫开发办", "ORG")
				f.span(t, f.arts[0], "王忠想", "PER")
			},
			do: func(t *testing.T, f *fixture) error { return editText(t, f, 1, "张 喙", "张喙") },
			check: func(t *testing.T, f *fixture) {
				got := f.spanTexts(t, f.arts[0])
				want := []string{"PER:张喙:", "ORG:市扶贫开发办:", "PER:王忠想:"}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("spans %v, want %v", got, want)
				}
			},
		},
		{
			name: "an edit cutting through a span flags it",
			setup: func(t *testing.T, f *fixture) {
				f.span(t, f.arts[0], "扶贫开发办", "ORG")
			},
			do: func(t *testing.T, f *fixture) error { return editText(t, f, 1, "市扶贫", "县民政") },
			check: func(t *testing.T, f *fixture) {
				v := f.view(t, f.arts[0])
				if len(v.Spans) != 1 || v.Spans[0].Flag != FlagCut {
					t.Errorf("spans %+v, want one flagged cut", v.Spans)
				}
				if !strings.Contains(v.Text, "向县民政开发办反馈") {
					t.Errorf("text %q", v.Text)
				}
			},
		},
		{
			name: "an insertion before a span moves it",
			setup: func(t *testing.T, f *fixture) {
				f.span(t, f.arts[1], "志愿者", "PER")
			},
			do: func(t *testing.T, f *fixture) error {
				return f.p.EditFragmentText(f.frag[5], 10, 10, "青年")
			},
			check: func(t *testing.T, f *fixture) {
				if got := f.spanTexts(t, f.arts[1]); !reflect.DeepEqual(got, []string{"PER:志愿者:"}) {
					t.Errorf("spans %v", got)
				}
				if v := f.view(t, f.arts[1]); !strings.Contains(v.Text, "青年志愿者") {
					t.Errorf("text %q", v.Text)
				}
			},
		},
		{
			name: "a span ending in the next fragment follows an edit of its start",
			setup: func(t *testing.T, f *fixture) {
				f.span(t, f.arts[0], "阵痛", "ORG")
			},
			do: func(t *testing.T, f *fixture) error { return editText(t, f, 2, "王忠想强调", "他说") },
			check: func(t *testing.T, f *fixture) {
				if got := f.spanTexts(t, f.arts[0]); !reflect.DeepEqual(got, []string{"ORG:阵痛:"}) {
					t.Errorf("spans %v", got)
				}
			},
		},
		{name: "edit past the end", err: ErrBadOffsets, do: func(t *testing.T, f *fixture) error {
			return f.p.EditFragmentText(f.frag[6], 2, 99, "")
		}},
		{name: "edit emptying the fragment", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.EditFragmentText(f.frag[6], 0, 5, "")
		}},
		{name: "edit an unknown fragment", err: ErrNotFound, do: func(t *testing.T, f *fixture) error {
			return f.p.EditFragmentText(999, 0, 1, "鳏")
		}},
	})
}

func TestEditKeepsFirstOriginal(t *testing.T) {
	f := newFixture(t)
	if err := editText(t, f, 5, "邬", "鳏"); err != nil {
		t.Fatal(err)
	}
	if err := editText(t, f, 5, "温暖", "关怀"); err != nil {
		t.Fatal(err)
	}
	if o := original(t, f, 5); o != "本报讯 重阳节前夕，志愿者为邬寡孤独老人送去温暖。" {
		t.Errorf("original %q", o)
	}
	if err := f.p.EditFragmentText(f.frag[5], 0, 0, ""); !errors.Is(err, ErrBadOffsets) {
		t.Errorf("empty edit: %v", err)
	}
}
