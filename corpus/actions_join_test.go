package corpus

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// wantBlocks fails unless article a has blocks want in that order.
func wantBlocks(t *testing.T, f *fixture, a ArticleID, want ...int) {
	t.Helper()
	if got := f.blocks(t, a); !reflect.DeepEqual(got, want) {
		t.Errorf("article %d blocks %v, want %v", a, got, want)
	}
}

// joinDecisions returns "from-to:decision" for each join of article a.
func joinDecisions(t *testing.T, f *fixture, a ArticleID) []string {
	t.Helper()
	var out []string
	for _, j := range f.view(t, a).Joins {
		out = append(out, fmt.Sprintf("%d-%d:%s", j.FromBlock, j.ToBlock, j.Decision))
	}
	return out
}

// lastArticle returns the page's article with the highest ordinal.
func lastArticle(t *testing.T, f *fixture) ArticleInfo {
	t.Helper()
	list, err := f.p.Articles(f.page)
	if err != nil {
		t.Fatal(err)
	}
	return list[len(list)-1]
}

func TestJoinActions(t *testing.T) {
	runActions(t, []actionCase{
		{
			name: "break the join between dateline and body; the span follows its text",
			setup: func(t *testing.T, f *fixture) {
				f.span(t, f.arts[0], "王忠想", "PER")
			},
			do: func(t *testing.T, f *fixture) error {
				nb, err := f.p.BreakJoin(f.arts[0], 1)
				if err == nil && nb != lastArticle(t, f).ID {
					t.Errorf("BreakJoin returned %d, not the new article", nb)
				}
				return err
			},
			check: func(t *testing.T, f *fixture) {
				wantBlocks(t, f, f.arts[0], 0, 1)
				nb := lastArticle(t, f)
				wantBlocks(t, f, nb.ID, 2, 3)
				if nb.Ordinal != 3 || nb.Title != "王忠想强调，要切实增强使命意识，不要怕改…" || nb.RecordID != "测试#03" {
					t.Errorf("new article %+v", nb)
				}
				if got := joinDecisions(t, f, f.arts[0]); !reflect.DeepEqual(got, []string{"0-1:", "1-2:broken"}) {
					t.Errorf("joins %v", got)
				}
				if got := f.spanTexts(t, nb.ID); !reflect.DeepEqual(got, []string{"PER:王忠想:"}) {
					t.Errorf("spans of the new article %v", got)
				}
				if got := f.spanTexts(t, f.arts[0]); got != nil {
					t.Errorf("spans left behind %v", got)
				}
			},
		},
		{
			name: "a span across the broken join is flagged and left out of the record",
			setup: func(t *testing.T, f *fixture) {
				f.span(t, f.arts[0], "情况。\n王忠想", "ORG")
			},
			do: func(t *testing.T, f *fixture) error {
				_, err := f.p.BreakJoin(f.arts[0], 1)
				return err
			},
			check: func(t *testing.T, f *fixture) {
				if got := f.spanTexts(t, f.arts[0]); len(got) != 1 || got[0] != "ORG:情况。:split" {
					t.Errorf("spans %v, want the span clamped and flagged", got)
				}
				r, err := f.p.Record(f.arts[0])
				if err != nil || len(r.Entities) != 0 {
					t.Errorf("record entities %v, %v", r.Entities, err)
				}
			},
		},
		{
			name: "split an article before its third fragment",
			do: func(t *testing.T, f *fixture) error {
				_, err := f.p.SplitArticle(f.arts[0], 2)
				return err
			},
			check: func(t *testing.T, f *fixture) {
				wantBlocks(t, f, f.arts[0], 0, 1)
				wantBlocks(t, f, lastArticle(t, f).ID, 2, 3)
			},
		},
		{
			name: "attach the byline of another article",
			do: func(t *testing.T, f *fixture) error {
				return f.p.Attach(f.arts[0], f.frag[6], 4)
			},
			check: func(t *testing.T, f *fixture) {
				wantBlocks(t, f, f.arts[0], 0, 1, 2, 3, 6)
				wantBlocks(t, f, f.arts[1], 4, 5)
				if got := joinDecisions(t, f, f.arts[0]); !reflect.DeepEqual(got, []string{"0-1:", "1-2:", "2-3:", "3-6:created"}) {
					t.Errorf("joins %v", got)
				}
				if got := joinDecisions(t, f, f.arts[1]); !reflect.DeepEqual(got, []string{"4-5:", "5-6:broken"}) {
					t.Errorf("joins left behind %v", got)
				}
			},
		},
		{
			name: "attach from the unassigned tray mends the broken join",
			setup: func(t *testing.T, f *fixture) {
				if err := f.p.Unassign(f.frag[6]); err != nil {
					t.Fatal(err)
				}
			},
			do: func(t *testing.T, f *fixture) error {
				return f.p.Attach(f.arts[1], f.frag[6], 2)
			},
			check: func(t *testing.T, f *fixture) {
				wantBlocks(t, f, f.arts[1], 4, 5, 6)
				if got := joinDecisions(t, f, f.arts[1]); !reflect.DeepEqual(got, []string{"4-5:", "5-6:created"}) {
					t.Errorf("joins %v", got)
				}
				if u, err := f.p.Unassigned(f.page); err != nil || len(u) != 0 {
					t.Errorf("unassigned %v, %v", u, err)
				}
			},
		},
		{
			name: "attach the last fragment of an article deletes it",
			setup: func(t *testing.T, f *fixture) {
				if _, err := f.p.BreakJoin(f.arts[1], 1); err != nil {
					t.Fatal(err)
				}
			},
			do: func(t *testing.T, f *fixture) error {
				return f.p.Attach(f.arts[1], f.frag[6], 0)
			},
			check: func(t *testing.T, f *fixture) {
				wantBlocks(t, f, f.arts[1], 6, 4, 5)
				if list, _ := f.p.Articles(f.page); len(list) != 2 {
					t.Errorf("%d articles, want the emptied one deleted", len(list))
				}
			},
		},
		{
			name: "move the continuation before the body",
			do: func(t *testing.T, f *fixture) error {
				return f.p.MoveFragment(f.arts[0], 3, -1)
			},
			check: func(t *testing.T, f *fixture) {
				wantBlocks(t, f, f.arts[0], 0, 1, 3, 2)
				got := joinDecisions(t, f, f.arts[0])
				want := []string{"0-1:", "1-3:created", "3-2:created", "1-2:broken", "2-3:broken"}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("joins %v, want %v", got, want)
				}
				if v := f.view(t, f.arts[0]); v.Text != "市委巡察组反馈巡察情况\n本报讯（记者 张 喙）9月15日，市委第一联动巡察组向市扶贫开发办反馈巡察情况。\n痛；要举一反三、以点带面。\n王忠想强调，要切实增强使命意识，不要怕改革中的阵" {
					t.Errorf("text %q", v.Text)
				}
			},
		},
		{
			name: "merge two articles; spans follow their text",
			setup: func(t *testing.T, f *fixture) {
				f.span(t, f.arts[1], "杨飞", "PER")
			},
			do: func(t *testing.T, f *fixture) error {
				return f.p.MergeArticles(f.arts[0], f.arts[1])
			},
			check: func(t *testing.T, f *fixture) {
				wantBlocks(t, f, f.arts[0], 0, 1, 2, 3, 4, 5, 6)
				if _, err := f.p.Article(f.arts[1]); !errors.Is(err, ErrNotFound) {
					t.Errorf("merged article still there: %v", err)
				}
				if got := f.spanTexts(t, f.arts[0]); !reflect.DeepEqual(got, []string{"PER:杨飞:"}) {
					t.Errorf("spans %v", got)
				}
				if got := joinDecisions(t, f, f.arts[0]); got[3] != "3-4:created" {
					t.Errorf("joins %v", got)
				}
			},
		},
		{
			name: "unassign the byline",
			do: func(t *testing.T, f *fixture) error {
				return f.p.Unassign(f.frag[6])
			},
			check: func(t *testing.T, f *fixture) {
				wantBlocks(t, f, f.arts[1], 4, 5)
				u, err := f.p.Unassigned(f.page)
				if err != nil || len(u) != 1 || u[0].Text != "记者 杨飞" || u[0].Article != 0 || u[0].Pos != -1 {
					t.Errorf("unassigned %+v, %v", u, err)
				}
				s, _ := f.p.Stats()
				if s.Unassigned != 1 {
					t.Errorf("stats %+v", s)
				}
			},
		},
		{
			name: "set a fragment's kind changes the text's line breaks",
			do: func(t *testing.T, f *fixture) error {
				return f.p.SetKind(f.frag[2], KindByline)
			},
			check: func(t *testing.T, f *fixture) {
				v := f.view(t, f.arts[0])
				if v.Fragments[2].Kind != KindByline {
					t.Errorf("kind %s", v.Fragments[2].Kind)
				}
				if want := "…的阵\n痛；"; !strings.Contains(v.Text, "的阵\n痛；") {
					t.Errorf("text %q lacks %q", v.Text, want)
				}
			},
		},
		{
			name: "confirm joins",
			do: func(t *testing.T, f *fixture) error {
				return f.p.ConfirmJoins(f.arts[0])
			},
			check: func(t *testing.T, f *fixture) {
				if got := joinDecisions(t, f, f.arts[0]); !reflect.DeepEqual(got, []string{"0-1:confirmed", "1-2:confirmed", "2-3:confirmed"}) {
					t.Errorf("joins %v", got)
				}
				if v := f.view(t, f.arts[0]); v.Status != StatusJoinsChecked {
					t.Errorf("status %s", v.Status)
				}
			},
		},
		{
			name: "set status gold records the annotator",
			setup: func(t *testing.T, f *fixture) {
				if err := f.p.SetAnnotator("王 浩"); err != nil {
					t.Fatal(err)
				}
			},
			do: func(t *testing.T, f *fixture) error {
				return f.p.SetStatus(f.arts[1], StatusGold)
			},
			check: func(t *testing.T, f *fixture) {
				v := f.view(t, f.arts[1])
				if v.Status != StatusGold || v.Annotator != "王 浩" {
					t.Errorf("status %s annotator %q", v.Status, v.Annotator)
				}
				if list, _ := f.p.ArticlesByStatus(StatusGold); len(list) != 1 || list[0].ID != f.arts[1] {
					t.Errorf("ArticlesByStatus(gold) = %+v", list)
				}
			},
		},
		{name: "break after the last fragment", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			_, err := f.p.BreakJoin(f.arts[0], 3)
			return err
		}},
		{name: "break an unknown article", err: ErrNotFound, do: func(t *testing.T, f *fixture) error {
			_, err := f.p.BreakJoin(999, 0)
			return err
		}},
		{name: "attach beyond the end", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.Attach(f.arts[0], f.frag[6], 5)
		}},
		{name: "attach an unknown fragment", err: ErrNotFound, do: func(t *testing.T, f *fixture) error {
			return f.p.Attach(f.arts[0], 999, 0)
		}},
		{name: "move before the start", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.MoveFragment(f.arts[0], 0, -1)
		}},
		{name: "merge an article with itself", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.MergeArticles(f.arts[0], f.arts[0])
		}},
		{name: "unknown kind", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.SetKind(f.frag[0], "标题")
		}},
		{name: "unknown status", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.SetStatus(f.arts[0], "完成")
		}},
		{
			name: "unassign twice",
			err:  ErrBadValue,
			setup: func(t *testing.T, f *fixture) {
				if err := f.p.Unassign(f.frag[6]); err != nil {
					t.Fatal(err)
				}
			},
			do: func(t *testing.T, f *fixture) error { return f.p.Unassign(f.frag[6]) },
		},
	})
}

func TestAttachAcrossPages(t *testing.T) {
	f := newFixture(t)
	other := addText(t, f.p, "另一版.txt", "市区新建三处口袋公园\n\n居民出门五分钟就能见绿。\n")
	list, err := f.p.Articles(other)
	if err != nil || len(list) != 1 {
		t.Fatalf("%v %v", list, err)
	}
	if err := f.p.Attach(list[0].ID, f.frag[6], 0); !errors.Is(err, ErrBadValue) {
		t.Errorf("attach across pages: %v", err)
	}
	if err := f.p.MergeArticles(list[0].ID, f.arts[0]); !errors.Is(err, ErrBadValue) {
		t.Errorf("merge across pages: %v", err)
	}
}
