package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/stitchmark/stitchmark/corpus"
)

// mapBlocks are three blocks of the sample page: a headline and a dateline
// of article 7, and an unassigned stray headline.
var mapBlocks = []corpus.BlockInfo{
	{Block: 0, Kind: corpus.KindHeadline, Text: "市危化品专项整治工作会议要求", Article: 7, Pos: 0},
	{Block: 2, Kind: corpus.KindDateline, Text: strings.Repeat("本报讯（记者 王 浩）9月14日，全市危险化学品专项整治工作会议召开。", 4), Article: 7, Pos: 1},
	{Block: 78, Kind: corpus.KindHeadline, Text: "以案促改", Pos: -1},
}

func TestBlockHeight(t *testing.T) {
	tests := []struct {
		name  string
		runes int
		want  float32
	}{
		{"空块取最小高度", 0, mapMinBlock},
		{"短标题取最小高度", len([]rune("以案促改")), mapMinBlock},
		{"按长度", 200, 200 / mapRunesPerPx},
		{"长文截到最大高度", 5000, mapMaxBlock},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := blockHeight(tc.runes); got != tc.want {
				t.Errorf("blockHeight(%d) = %v, want %v", tc.runes, got, tc.want)
			}
		})
	}
}

func TestPageMapBlockAt(t *testing.T) {
	test.NewTempApp(t)
	m := newPageMap()
	m.setBlocks(mapBlocks, []corpus.ArticleInfo{{ID: 7, Ordinal: 2}}, 7)
	ys, total := m.tops()
	h1 := blockHeight(len([]rune(mapBlocks[1].Text)))
	tests := []struct {
		name string
		y    float32
		want int
	}{
		{"标题块顶端", 0, 0},
		{"导语块中间", ys[1] + h1/2, 1},
		{"块之间的空隙", ys[1] - mapGap/2, -1},
		{"最后一块", ys[2] + 1, 2},
		{"图外上方", -1, -1},
		{"图外下方", total + 5, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := m.blockAt(tc.y); got != tc.want {
				t.Errorf("blockAt(%v) = %d, want %d", tc.y, got, tc.want)
			}
		})
	}
}

func TestPageMapTapAndHover(t *testing.T) {
	test.NewTempApp(t)
	setLanguage("en")
	t.Cleanup(func() { setLanguage("") })
	m := newPageMap()
	m.setBlocks(mapBlocks, []corpus.ArticleInfo{{ID: 7, Ordinal: 2}}, 7)
	m.Resize(fyne.NewSize(80, m.MinSize().Height))
	var tapped []int
	m.onTapped = func(b corpus.BlockInfo) { tapped = append(tapped, b.Block) }
	var hover string
	m.onHover = func(s string) { hover = s }
	ys, _ := m.tops()

	test.TapAt(m, fyne.NewPos(10, ys[2]+2))
	test.TapAt(m, fyne.NewPos(10, ys[1]-mapGap/2)) // a gap: nothing
	test.TapAt(m, fyne.NewPos(10, ys[1]+5))
	if len(tapped) != 2 || tapped[0] != 78 || tapped[1] != 2 {
		t.Errorf("taps opened blocks %v, want [78 2]", tapped)
	}

	m.MouseMoved(mouseAt(10, ys[1]+5))
	if hover != "Block 2 · dateline · article 2" {
		t.Errorf("hover over block 2 says %q", hover)
	}
	m.MouseMoved(mouseAt(10, ys[2]+2))
	if hover != "Block 78 · headline · unassigned" {
		t.Errorf("hover over block 78 says %q", hover)
	}
	m.MouseOut()
	if hover != "" {
		t.Errorf("hover after leaving says %q", hover)
	}
}

func TestPageMapColours(t *testing.T) {
	test.NewTempApp(t)
	m := newPageMap()
	m.setBlocks(mapBlocks, []corpus.ArticleInfo{{ID: 7, Ordinal: 2}}, 7)
	r := test.WidgetRenderer(m).(*pageMapRenderer)
	if len(r.boxes) != len(mapBlocks) {
		t.Fatalf("%d boxes for %d blocks", len(r.boxes), len(mapBlocks))
	}
	if r.boxes[0].FillColor != articleColour(2) || r.boxes[1].FillColor != articleColour(2) {
		t.Errorf("article 2's blocks are %v and %v, want %v", r.boxes[0].FillColor, r.boxes[1].FillColor, articleColour(2))
	}
	if r.boxes[2].FillColor != unassignedColour {
		t.Errorf("the unassigned block is %v, want grey", r.boxes[2].FillColor)
	}
	if r.boxes[0].StrokeWidth == 0 || r.boxes[2].StrokeWidth != 0 {
		t.Errorf("outlines: current article %v, unassigned %v", r.boxes[0].StrokeWidth, r.boxes[2].StrokeWidth)
	}
	m.setBlocks(mapBlocks[2:], nil, 0)
	if len(r.Objects()) != 2 {
		t.Errorf("after showing one block the map has %d objects, want 2", len(r.Objects()))
	}
	if articleColour(1) == articleColour(2) || articleColour(1) != articleColour(1+len(articlePalette)) {
		t.Error("the palette does not cycle as expected")
	}
}

// mouseAt is a mouse event at (x, y) in the widget.
func mouseAt(x, y float32) *desktop.MouseEvent {
	return &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, y)}}
}
