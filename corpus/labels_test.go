package corpus

import (
	"reflect"
	"testing"
)

// labelOf returns the label named name, or a zero Label.
func labelOf(t *testing.T, f *fixture, name string) Label {
	t.Helper()
	labels, err := f.p.Labels()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range labels {
		if l.Name == name {
			return l
		}
	}
	return Label{}
}

func TestLabelActions(t *testing.T) {
	runActions(t, []actionCase{
		{
			name: "add a label last",
			do: func(t *testing.T, f *fixture) error {
				return f.p.AddLabel(Label{Name: "职务", Colour: "#A0A0FF", Hotkey: 6})
			},
			check: func(t *testing.T, f *fixture) {
				if got := labelOf(t, f, "职务"); got != (Label{Name: "职务", Colour: "#a0a0ff", Hotkey: 6, Order: 6}) {
					t.Errorf("label %+v", got)
				}
			},
		},
		{
			name: "rename a label carries its spans",
			setup: func(t *testing.T, f *fixture) {
				f.span(t, f.arts[1], "杨飞", "PER")
			},
			do: func(t *testing.T, f *fixture) error {
				return f.p.UpdateLabel("PER", Label{Name: "人物", Colour: "#ff0000", Hotkey: 1, Order: 1})
			},
			check: func(t *testing.T, f *fixture) {
				if got := f.spanTexts(t, f.arts[1]); !reflect.DeepEqual(got, []string{"人物:杨飞:"}) {
					t.Errorf("spans %v", got)
				}
				if labelOf(t, f, "PER").Name != "" {
					t.Error("old label still there")
				}
			},
		},
		{
			name: "change a label's colour and hotkey",
			do: func(t *testing.T, f *fixture) error {
				return f.p.UpdateLabel("MONEY", Label{Name: "MONEY", Colour: "#00ff00", Hotkey: 9, Order: 5})
			},
			check: func(t *testing.T, f *fixture) {
				if got := labelOf(t, f, "MONEY"); got.Colour != "#00ff00" || got.Hotkey != 9 {
					t.Errorf("label %+v", got)
				}
			},
		},
		{
			name: "delete an unused label",
			do:   func(t *testing.T, f *fixture) error { return f.p.DeleteLabel("MONEY") },
			check: func(t *testing.T, f *fixture) {
				if labelOf(t, f, "MONEY").Name != "" {
					t.Error("label still there")
				}
			},
		},
		{
			name:  "delete a label in use",
			err:   ErrLabelInUse,
			setup: func(t *testing.T, f *fixture) { f.span(t, f.arts[1], "杨飞", "PER") },
			do:    func(t *testing.T, f *fixture) error { return f.p.DeleteLabel("PER") },
		},
		{name: "bad colour", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.AddLabel(Label{Name: "职务", Colour: "红色"})
		}},
		{name: "hotkey taken", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.AddLabel(Label{Name: "职务", Colour: "#ffffff", Hotkey: 1})
		}},
		{name: "hotkey out of range", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.AddLabel(Label{Name: "职务", Colour: "#ffffff", Hotkey: 10})
		}},
		{name: "duplicate name", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.AddLabel(Label{Name: "LOC", Colour: "#ffffff"})
		}},
		{name: "rename onto another label", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.UpdateLabel("LOC", Label{Name: "ORG", Colour: "#ffffff"})
		}},
		{name: "name with a space", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.AddLabel(Label{Name: "地 名", Colour: "#ffffff"})
		}},
		{name: "update an unknown label", err: ErrBadValue, do: func(t *testing.T, f *fixture) error {
			return f.p.UpdateLabel("地名", Label{Name: "地名", Colour: "#ffffff"})
		}},
	})
}

func TestAnnotatorIsNotUndone(t *testing.T) {
	f := newFixture(t)
	if err := f.p.SetAnnotator("  杨飞 "); err != nil {
		t.Fatal(err)
	}
	if got := f.p.Annotator(); got != "杨飞" {
		t.Errorf("Annotator = %q", got)
	}
	if _, err := f.p.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := f.p.Annotator(); got != "杨飞" {
		t.Errorf("Annotator after undoing the import = %q", got)
	}
}
