package app

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// labelNamed returns the project's label called name.
func labelNamed(t *testing.T, d *desk, name string) (corpus.Label, bool) {
	t.Helper()
	labels, err := d.proj.Labels()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range labels {
		if l.Name == name {
			return l, true
		}
	}
	return corpus.Label{}, false
}

// paletteHas reports whether the palette shows a label with text s.
func paletteHas(d *desk, s string) bool {
	for _, o := range test.LaidOutObjects(d.palette.rows) {
		if l, ok := o.(*widget.Label); ok && l.Text == s {
			return true
		}
	}
	return false
}

// runeIndex is the code-point offset of the first sub in text, or -1.
func runeIndex(text, sub string) int {
	i := strings.Index(text, sub)
	if i < 0 {
		return -1
	}
	return runeLen(text[:i])
}

func TestLabelEditor(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	at := runeIndex(p.view.Text, "王磊")
	if at < 0 {
		t.Fatal("王磊 is not in the first article")
	}
	p.applyLabel("PER", at, at+2)
	if len(p.view.Spans) != 1 || p.view.Spans[0].Label != "PER" {
		t.Fatalf("spans = %v, want one PER", p.view.Spans)
	}
	e := newLabelEditor(d)
	e.reload()
	per, _ := labelNamed(t, d, "PER")

	t.Run("rename carries spans", func(t *testing.T) {
		e.rename(per, "人名")
		if _, ok := labelNamed(t, d, "PER"); ok {
			t.Error("PER still exists")
		}
		if got := p.view.Spans[0].Label; got != "人名" {
			t.Errorf("span label = %q, want 人名", got)
		}
		if !paletteHas(d, "人名") {
			t.Error("the palette does not show 人名")
		}
	})
	t.Run("re-key", func(t *testing.T) {
		l, _ := labelNamed(t, d, "人名")
		e.rekey(l, 9)
		if l, _ = labelNamed(t, d, "人名"); l.Hotkey != 9 {
			t.Errorf("hotkey = %d, want 9", l.Hotkey)
		}
		p.labelKey(9, at+2, at+4)
		if len(p.view.Spans) != 2 || p.view.Spans[1].Label != "人名" {
			t.Errorf("key 9 did not label with 人名: %v", p.view.Spans)
		}
	})
	t.Run("recolour", func(t *testing.T) {
		l, _ := labelNamed(t, d, "人名")
		e.recolour(l, color.NRGBA{R: 0x12, G: 0x34, B: 0x56, A: 0xff})
		if l, _ = labelNamed(t, d, "人名"); l.Colour != "#123456" {
			t.Errorf("colour = %s, want #123456", l.Colour)
		}
	})
	t.Run("add and delete", func(t *testing.T) {
		e.add("事件")
		l, ok := labelNamed(t, d, "事件")
		if !ok {
			t.Fatal("事件 was not added")
		}
		if l.Hotkey != 1 {
			t.Errorf("new label hotkey = %d, want 1 (freed when 人名 moved to 9)", l.Hotkey)
		}
		if err := d.proj.DeleteLabel("事件"); err != nil {
			t.Fatal(err)
		}
		e.reload()
		if len(e.rows.Objects) != 5 {
			t.Errorf("the editor shows %d labels, want 5", len(e.rows.Objects))
		}
	})
}
