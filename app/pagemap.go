package app

import (
	"fmt"
	"image/color"
	"sort"
	"strconv"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

var _ fyne.Widget = (*pageMap)(nil)
var _ fyne.Tappable = (*pageMap)(nil)
var _ desktop.Hoverable = (*pageMap)(nil)

// Page map geometry, in Fyne units.
const (
	mapMinBlock   = 14  // height of the shortest block
	mapMaxBlock   = 90  // height of the longest block
	mapRunesPerPx = 5.0 // text length per unit of height
	mapGap        = 2   // space between blocks
	mapWidth      = 64  // minimum width
	mapStroke     = 2.5 // outline of the current article's blocks
	mapTextSize   = 10  // size of the block numbers
)

// articlePalette colours articles on the page map: medium tones on which
// dark block numbers stay readable, in an order where neighbours differ.
var articlePalette = []color.NRGBA{
	{0x8e, 0xc5, 0xfc, 0xff}, // blue
	{0xf9, 0xb2, 0x6c, 0xff}, // orange
	{0x9f, 0xdc, 0x8c, 0xff}, // green
	{0xf4, 0x9c, 0xb4, 0xff}, // pink
	{0xc5, 0xa9, 0xf0, 0xff}, // violet
	{0xf6, 0xe0, 0x72, 0xff}, // yellow
	{0x7f, 0xd8, 0xcf, 0xff}, // teal
	{0xe8, 0xa0, 0x8a, 0xff}, // salmon
	{0xb7, 0xc8, 0x6a, 0xff}, // olive
	{0xa8, 0xbf, 0xe0, 0xff}, // slate
	{0xe3, 0xb5, 0xe8, 0xff}, // lilac
	{0xd6, 0xc0, 0x96, 0xff}, // sand
}

// unassignedColour fills blocks that belong to no article.
var unassignedColour = color.NRGBA{0xbd, 0xbd, 0xbd, 0xff}

// articleColour is the stable colour of the article with ordinal n (1-based)
// on its page; n ≤ 0 (unassigned) is grey.
func articleColour(n int) color.NRGBA {
	if n <= 0 {
		return unassignedColour
	}
	return articlePalette[(n-1)%len(articlePalette)]
}

// pageMap draws a page's blocks in layout order as boxes whose height grows
// with their text, coloured by the article each belongs to; the current
// article's blocks are outlined. Tapping a block calls onTapped; hovering
// one calls onHover with its description ("" when the pointer leaves).
type pageMap struct {
	widget.BaseWidget

	blocks  []corpus.BlockInfo
	ordinal map[corpus.ArticleID]int // article → its number on the page
	current corpus.ArticleID

	onTapped func(b corpus.BlockInfo)
	onHover  func(desc string)
}

// newPageMap returns an empty page map.
func newPageMap() *pageMap {
	m := &pageMap{}
	m.ExtendBaseWidget(m)
	return m
}

// setBlocks shows blocks (in layout order) with the blocks of current
// outlined; arts gives each article's number on the page, which picks its
// colour, so that the navigator and the map agree.
func (m *pageMap) setBlocks(blocks []corpus.BlockInfo, arts []corpus.ArticleInfo, current corpus.ArticleID) {
	m.blocks = blocks
	m.current = current
	m.ordinal = make(map[corpus.ArticleID]int, len(arts))
	for _, a := range arts {
		m.ordinal[a.ID] = a.Ordinal
	}
	m.Refresh()
}

// blockHeight is the drawn height of a block with text of n runes.
func blockHeight(n int) float32 {
	h := float32(n) / mapRunesPerPx
	switch {
	case h < mapMinBlock:
		return mapMinBlock
	case h > mapMaxBlock:
		return mapMaxBlock
	}
	return h
}

// tops returns the y of each block's top and the total height.
func (m *pageMap) tops() ([]float32, float32) {
	ys := make([]float32, len(m.blocks))
	y := float32(0)
	for i, b := range m.blocks {
		ys[i] = y
		y += blockHeight(utf8.RuneCountInString(b.Text)) + mapGap
	}
	return ys, y
}

// blockAt returns the index of the block under y, or -1.
func (m *pageMap) blockAt(y float32) int {
	ys, total := m.tops()
	if y < 0 || y >= total || len(ys) == 0 {
		return -1
	}
	i := sort.Search(len(ys), func(i int) bool { return ys[i] > y }) - 1
	if i < 0 || y > ys[i]+blockHeight(utf8.RuneCountInString(m.blocks[i].Text)) {
		return -1 // in a gap
	}
	return i
}

// topOf returns the y of the first block of article id, if it has one.
func (m *pageMap) topOf(id corpus.ArticleID) (float32, bool) {
	ys, _ := m.tops()
	for i, b := range m.blocks {
		if b.Article == id && id != 0 {
			return ys[i], true
		}
	}
	return 0, false
}

// describe is the hover text of block b.
func (m *pageMap) describe(b corpus.BlockInfo) string {
	kind := T(string(b.Kind))
	if b.Article == 0 {
		return fmt.Sprintf(T("Block %d · %s · unassigned"), b.Block, kind)
	}
	return fmt.Sprintf(T("Block %d · %s · article %d"), b.Block, kind, m.ordinal[b.Article])
}

// Tapped opens the block under the pointer.
func (m *pageMap) Tapped(ev *fyne.PointEvent) {
	i := m.blockAt(ev.Position.Y)
	if i >= 0 && m.onTapped != nil {
		m.onTapped(m.blocks[i])
	}
}

// MouseIn describes the block under the pointer.
func (m *pageMap) MouseIn(ev *desktop.MouseEvent) { m.MouseMoved(ev) }

// MouseMoved describes the block under the pointer.
func (m *pageMap) MouseMoved(ev *desktop.MouseEvent) {
	if m.onHover == nil {
		return
	}
	if i := m.blockAt(ev.Position.Y); i >= 0 {
		m.onHover(m.describe(m.blocks[i]))
		return
	}
	m.onHover("")
}

// MouseOut clears the description.
func (m *pageMap) MouseOut() {
	if m.onHover != nil {
		m.onHover("")
	}
}

// CreateRenderer returns the page map's renderer.
func (m *pageMap) CreateRenderer() fyne.WidgetRenderer {
	r := &pageMapRenderer{m: m}
	r.sync()
	return r
}

// pageMapRenderer draws one rectangle and one number per block.
type pageMapRenderer struct {
	m     *pageMap
	boxes []*canvas.Rectangle
	nums  []*canvas.Text
}

// Layout places the boxes top to bottom at the full width.
func (r *pageMapRenderer) Layout(size fyne.Size) {
	ys, _ := r.m.tops()
	for i, box := range r.boxes {
		if i >= len(ys) {
			break
		}
		h := blockHeight(utf8.RuneCountInString(r.m.blocks[i].Text))
		box.Move(fyne.NewPos(0, ys[i]))
		box.Resize(fyne.NewSize(size.Width, h))
		num := r.nums[i]
		ns := num.MinSize()
		num.Move(fyne.NewPos(4, ys[i]+(h-ns.Height)/2))
		num.Resize(ns)
	}
}

// MinSize is the fixed width by the blocks' total height.
func (r *pageMapRenderer) MinSize() fyne.Size {
	_, h := r.m.tops()
	return fyne.NewSize(mapWidth, h)
}

// Refresh rebuilds the boxes for the current blocks.
func (r *pageMapRenderer) Refresh() {
	r.sync()
	r.Layout(r.m.Size())
	canvas.Refresh(r.m)
}

// sync makes one box and one number per block with the right colours.
func (r *pageMapRenderer) sync() {
	n := len(r.m.blocks)
	for len(r.boxes) < n {
		r.boxes = append(r.boxes, canvas.NewRectangle(unassignedColour))
		t := canvas.NewText("", color.Black)
		t.TextSize = mapTextSize
		r.nums = append(r.nums, t)
	}
	r.boxes, r.nums = r.boxes[:n], r.nums[:n]
	fg := theme.Color(theme.ColorNameForeground)
	for i, b := range r.m.blocks {
		box := r.boxes[i]
		box.FillColor = articleColour(r.m.ordinal[b.Article])
		box.StrokeWidth = 0
		box.CornerRadius = 2
		if b.Article != 0 && b.Article == r.m.current {
			box.StrokeWidth = mapStroke
			box.StrokeColor = fg
		}
		r.nums[i].Text = strconv.Itoa(b.Block)
		r.nums[i].Color = color.NRGBA{0x20, 0x20, 0x20, 0xff}
	}
}

// Objects are the boxes then the numbers.
func (r *pageMapRenderer) Objects() []fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 0, 2*len(r.boxes))
	for _, b := range r.boxes {
		objs = append(objs, b)
	}
	for _, t := range r.nums {
		objs = append(objs, t)
	}
	return objs
}

// Destroy has nothing to release.
func (r *pageMapRenderer) Destroy() {}
