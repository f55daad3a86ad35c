package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestConfidenceColor(t *testing.T) {
	tests := []struct {
		name  string
		score float64
		want  fyne.ThemeColorName
	}{
		{"certain", 1, theme.ColorNameSuccess},
		{"high edge", 0.9, theme.ColorNameSuccess},
		{"just under high", 0.899, theme.ColorNameWarning},
		{"mid edge", 0.6, theme.ColorNameWarning},
		{"just under mid", 0.599, theme.ColorNameError},
		{"created by hand", 0, theme.ColorNameError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := confidenceColor(tt.score); got != tt.want {
				t.Errorf("confidenceColor(%v) = %s, want %s", tt.score, got, tt.want)
			}
		})
	}
}

func TestJoinTexts(t *testing.T) {
	tests := []struct {
		name        string
		join        corpus.JoinRecord
		caption     string
		tipContains []string
	}{
		{"automatic", corpus.JoinRecord{From: 3, To: 23, Score: 0.97, Reason: "了|解 → 了解"},
			"↓ 0.97 · automatic", []string{"3 → 23", "0.97", "了|解 → 了解"}},
		{"confirmed", corpus.JoinRecord{From: 7, To: 25, Score: 0.612, Reason: "shared names 王忠想", Decision: "confirmed"},
			"↓ 0.61 · confirmed", []string{"7 → 25", "0.612", "confirmed", "王忠想"}},
		{"just under the green band", corpus.JoinRecord{From: 0, To: 1, Score: 0.897, Reason: "下一块；标题 → 正文"},
			"↓ 0.89 · automatic", []string{"0 → 1", "0.897"}},
		{"no floating-point cut", corpus.JoinRecord{From: 11, To: 27, Score: 0.29, Reason: "shared 民政局"},
			"↓ 0.29 · automatic", []string{"11 → 27", "0.290"}},
		{"broken", corpus.JoinRecord{From: 3, To: 23, Score: 0.989, Reason: "下一块", Decision: "broken"},
			"✕ 0.98 · broken → #23", []string{"3 → 23", "broken"}},
		{"created without reason", corpus.JoinRecord{From: 49, To: 67, Decision: "created"},
			"↓ 0.00 · created", []string{"49 → 67", "no reason recorded"}},
		{"a doubtful end", endRecord(&corpus.EndView{Block: 70, Score: 0.873, Next: 71, Reason: "could go on (…赵念东）|本报讯（…)"}),
			"⊣ end 0.87 · automatic", []string{"ends after block 70", "0.873", "could go on (…赵念东）|本报讯（…)"}},
		{"a confirmed end", endRecord(&corpus.EndView{Block: 78, Score: 0.99, Next: -1, Reason: "no block could follow", Decision: "confirmed"}),
			"⊣ end 0.99 · confirmed", []string{"ends after block 78", "confirmed", "no block could follow"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinCaption(tt.join); got != tt.caption {
				t.Errorf("caption = %q, want %q", got, tt.caption)
			}
			tip := joinTip(tt.join)
			for _, s := range tt.tipContains {
				if !strings.Contains(tip, s) {
					t.Errorf("tip %q lacks %q", tip, s)
				}
			}
		})
	}
}

func TestJoinMarkerHover(t *testing.T) {
	test.NewTempApp(t)
	m := newJoinMarker(corpus.JoinRecord{From: 3, To: 23, Score: 0.97, Reason: "了|解 → 了解"})
	right := 0
	m.onSecondary = func(fyne.Position) { right++ }
	w := test.NewTempWindow(t, container.NewVBox(m))
	w.Resize(fyne.NewSize(300, 60))
	c := w.Canvas()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(m).AddXY(20, m.Size().Height/2)

	test.MoveMouse(c, pos)
	top := c.Overlays().Top()
	if top == nil {
		t.Fatal("no pop-up on hover")
	}
	found := false
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "了|解 → 了解") {
			found = true
		}
	}
	if !found {
		t.Error("the pop-up does not show the join's reason")
	}
	test.MoveMouse(c, fyne.NewPos(290, 55))
	if c.Overlays().Top() != nil {
		t.Error("the pop-up stays after the pointer left")
	}
	test.TapSecondaryAt(m, fyne.NewPos(20, 2))
	if right != 1 {
		t.Errorf("right clicks seen: %d, want 1", right)
	}
}
