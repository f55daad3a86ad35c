package corpus

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
)

// randomAction applies one random action to the project's page and
// returns its name and error (random arguments are often invalid).
func randomAction(t *testing.T, r *rand.Rand, p *Project, page PageID) (string, error) {
	t.Helper()
	arts, err := p.Articles(page)
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := p.PageBlocks(page)
	if err != nil {
		t.Fatal(err)
	}
	a := arts[r.IntN(len(arts))]
	b := arts[r.IntN(len(arts))]
	fr := blocks[r.IntN(len(blocks))]
	v, err := p.Article(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	n := len([]rune(v.Text))
	labels := []string{"PER", "LOC", "ORG", "DATE", "MONEY"}
	var span SpanID = 1
	if len(v.Spans) > 0 {
		span = v.Spans[r.IntN(len(v.Spans))].ID
	}
	start := r.IntN(n)
	end := min(n, start+1+r.IntN(6))
	switch k := r.IntN(17); k {
	case 0:
		_, err = p.BreakJoin(a.ID, r.IntN(a.Fragments))
		return "break", err
	case 1:
		_, err = p.SplitArticle(a.ID, r.IntN(a.Fragments+1))
		return "split", err
	case 2:
		return "attach", p.Attach(a.ID, fr.ID, r.IntN(a.Fragments+1))
	case 3:
		return "move", p.MoveFragment(a.ID, r.IntN(a.Fragments), r.IntN(5)-2)
	case 4:
		return "merge", p.MergeArticles(a.ID, b.ID)
	case 5:
		return "kind", p.SetKind(fr.ID, Kinds[r.IntN(len(Kinds))])
	case 6:
		return "unassign", p.Unassign(fr.ID)
	case 7:
		fl := len([]rune(fr.Text))
		s := r.IntN(fl + 1)
		e := min(fl, s+r.IntN(4))
		return "edit", p.EditFragmentText(fr.ID, s, e, []string{"鳏", "", "and", "市委"}[r.IntN(4)])
	case 8:
		return "confirm", p.ConfirmJoins(a.ID)
	case 9:
		return "status", p.SetStatus(a.ID, Statuses[r.IntN(len(Statuses))])
	case 10, 11:
		_, err = p.AddSpan(a.ID, start, end, labels[r.IntN(len(labels))], OriginSuggestion)
		return "span", err
	case 12:
		return "remove", p.RemoveSpan(span)
	case 13:
		return "resize", p.ResizeSpan(span, start, end)
	case 14:
		return "relabel", p.Relabel(span, labels[r.IntN(len(labels))])
	case 15:
		return "reject", p.RejectSuggestion(a.ID, start, end, "LOC")
	default:
		name := fmt.Sprintf("标签%d", r.IntN(3))
		switch r.IntN(3) {
		case 0:
			return "add label", p.AddLabel(Label{Name: name, Colour: "#123456"})
		case 1:
			return "update label", p.UpdateLabel(name, Label{Name: fmt.Sprintf("标签%d", r.IntN(3)), Colour: "#654321", Order: 9})
		}
		return "delete label", p.DeleteLabel(name)
	}
}

// TestUndoRedoProperty applies random actions to the imported sample page,
// with random undos, redos and reopenings in between, and checks the
// project against a model: the stack of states the actions made. Undoing
// everything gives the freshly imported project, redoing everything the
// final one.
func TestUndoRedoProperty(t *testing.T) {
	seeds := []uint64{1, 2, 3, 4}
	steps := 60
	if testing.Short() {
		seeds, steps = seeds[:1], 30
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 7))
			path := filepath.Join(t.TempDir(), "随机.stitchmark")
			p, err := CreateProject(path)
			if err != nil {
				t.Fatal(err)
			}
			defer func() { p.Close() }()
			page := addSample(t, p)
			states := []string{dump(t, p)} // states[i]: after i actions
			cur := 0
			ok := 0
			for i := range steps {
				switch x := r.IntN(10); {
				case x == 0 && cur > 0:
					if _, err := p.Undo(); err != nil {
						t.Fatal(err)
					}
					cur--
				case x == 1 && cur < len(states)-1:
					if _, err := p.Redo(); err != nil {
						t.Fatal(err)
					}
					cur++
				case x == 2:
					if err := p.Close(); err != nil {
						t.Fatal(err)
					}
					if p, err = OpenProject(path); err != nil {
						t.Fatal(err)
					}
				default:
					name, err := randomAction(t, r, p, page)
					got := dump(t, p)
					switch {
					case err != nil && got != states[cur]:
						t.Fatalf("step %d: failed %s changed the project: %v", i, name, err)
					case err == nil && got != states[cur]:
						states = append(states[:cur+1], got)
						cur++
						if p.CanRedo() {
							t.Fatalf("step %d: %s left a redo step", i, name)
						}
					}
					if err == nil {
						ok++
					}
					continue
				}
				if got := dump(t, p); got != states[cur] {
					t.Fatalf("step %d: project differs from the model:\n%s", i, diffLines(states[cur], got))
				}
				if p.CanRedo() != (cur < len(states)-1) {
					t.Fatalf("step %d: CanRedo %v with %d of %d states", i, p.CanRedo(), cur, len(states)-1)
				}
			}
			if ok < steps/4 {
				t.Errorf("only %d of %d random actions succeeded", ok, steps)
			}
			final := len(states) - 1
			for ; cur > 0; cur-- {
				if _, err := p.Undo(); err != nil {
					t.Fatal(err)
				}
			}
			if got := dump(t, p); got != states[0] {
				t.Fatalf("undo all differs from the imported page:\n%s", diffLines(states[0], got))
			}
			for ; cur < final; cur++ {
				if _, err := p.Redo(); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := p.Redo(); !errors.Is(err, ErrNoRedo) {
				t.Errorf("Redo past the end: %v", err)
			}
			if got := dump(t, p); got != states[final] {
				t.Fatalf("redo all differs from the final state:\n%s", diffLines(states[final], got))
			}
		})
	}
}

func TestUndoDescriptions(t *testing.T) {
	f := newFixture(t)
	id := f.span(t, f.arts[1], "杨飞", "PER")
	if err := f.p.Relabel(id, "ORG"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"relabel span 1 PER → ORG", `label "杨飞" PER`, "import page 测试.txt"} {
		got, err := f.p.Undo()
		if err != nil || got != want {
			t.Errorf("Undo = %q, %v; want %q", got, err, want)
		}
	}
	if _, err := f.p.Undo(); !errors.Is(err, ErrNoUndo) {
		t.Errorf("Undo of nothing: %v", err)
	}
	if got, err := f.p.Redo(); err != nil || got != "import page 测试.txt" {
		t.Errorf("Redo = %q, %v", got, err)
	}
	if err := f.p.SetStatus(f.arts[0], StatusGold); err != nil {
		t.Fatal(err)
	}
	if f.p.CanRedo() {
		t.Error("a new action left the redo stack")
	}
	if _, err := f.p.Redo(); !errors.Is(err, ErrNoRedo) {
		t.Errorf("Redo after a new action: %v", err)
	}
}
