package app

import (
	"image/color"
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestSpanAt(t *testing.T) {
	// 市委常委、常务副市长王磊出席会议: 王磊 [10,12), 市委 [0,2), 常务副市长王磊 [5,12).
	spans := []corpus.SpanView{
		{ID: 1, Start: 0, End: 2, Label: "ORG", Text: "市委"},
		{ID: 2, Start: 5, End: 12, Label: "PER", Text: "常务副市长王磊"},
		{ID: 3, Start: 10, End: 12, Label: "PER", Text: "王磊"},
	}
	tests := []struct {
		name   string
		pos    int
		wantID corpus.SpanID
		found  bool
	}{
		{"inside the first", 1, 1, true},
		{"right after the first", 2, 1, true},
		{"between spans", 3, 0, false},
		{"the outer one", 6, 2, true},
		{"the innermost wins", 11, 3, true},
		{"at the end of nested ones", 12, 3, true},
		{"past everything", 14, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp, ok := spanAt(spans, tt.pos)
			if ok != tt.found || (ok && sp.ID != tt.wantID) {
				t.Errorf("spanAt(%d) = %d, %v; want %d, %v", tt.pos, sp.ID, ok, tt.wantID, tt.found)
			}
		})
	}
}

func TestLabelByHotkey(t *testing.T) {
	labels := []corpus.Label{{Name: "PER", Hotkey: 1}, {Name: "LOC", Hotkey: 2}, {Name: "事件", Hotkey: 0}}
	tests := []struct {
		name string
		key  int
		want string
	}{
		{"first", 1, "PER"},
		{"second", 2, "LOC"},
		{"no label on the key", 5, ""},
		{"zero means none", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := labelByHotkey(labels, tt.key)
			if ok != (tt.want != "") || l.Name != tt.want {
				t.Errorf("labelByHotkey(%d) = %q, %v; want %q", tt.key, l.Name, ok, tt.want)
			}
		})
	}
}

func TestParseColour(t *testing.T) {
	tests := []struct {
		name string
		hex  string
		want color.Color
	}{
		{"lower case", "#e57373", color.NRGBA{0xe5, 0x73, 0x73, 0xff}},
		{"upper case", "#64B5F6", color.NRGBA{0x64, 0xb5, 0xf6, 0xff}},
		{"no hash", "81c784", color.NRGBA{0x81, 0xc7, 0x84, 0xff}},
		{"too short", "#fff", unknownLabelColour},
		{"not hex", "#红色红色", unknownLabelColour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseColour(tt.hex)
			if got != tt.want {
				t.Errorf("parseColour(%q) = %v, want %v", tt.hex, got, tt.want)
			}
			if tt.want != unknownLabelColour {
				if back := colourHex(got); parseColour(back) != got {
					t.Errorf("colourHex(%v) = %q does not read back", got, back)
				}
			}
		})
	}
}

func TestSuggestionID(t *testing.T) {
	for i := range 5 {
		id := suggestionID(i)
		if id >= 0 {
			t.Fatalf("suggestionID(%d) = %d, want negative", i, id)
		}
		if back, ok := suggestionIndex(id); !ok || back != i {
			t.Errorf("suggestionIndex(%d) = %d, %v; want %d", id, back, ok, i)
		}
	}
	if _, ok := suggestionIndex(7); ok {
		t.Error("a stored span id was taken for a suggestion")
	}
}
