package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// labelPalette is the right-hand panel: every label with its colour, its
// hotkey and how many spans carry it in the open article and in the whole
// project. Tapping a label applies it to the text selection.
type labelPalette struct {
	d          *desk
	rows       *fyne.Container
	total      *widget.Label
	root       fyne.CanvasObject
	labels     []corpus.Label  // the labels the rows show
	countTexts []*widget.Label // the counts of each row
}

// paletteCounts are the span counts per label.
type paletteCounts struct {
	article, project map[string]int
}

// newLabelPalette makes the palette of d and registers its reload hook.
func newLabelPalette(d *desk) *labelPalette {
	l := &labelPalette{d: d, rows: container.NewVBox(), total: widget.NewLabel("")}
	l.total.Wrapping = fyne.TextWrapWord
	l.total.SizeName = theme.SizeNameCaptionText
	edit := widget.NewButtonWithIcon(T("Edit labels…"), theme.SettingsIcon(), func() { newLabelEditor(d).show() })
	head := widget.NewLabelWithStyle(T("Labels"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	hint := widget.NewLabel(T("Click a label or press its key to label the selection. Counts: this article / project."))
	hint.Wrapping = fyne.TextWrapWord
	hint.SizeName = theme.SizeNameCaptionText
	l.root = container.NewBorder(container.NewVBox(head, hint), container.NewVBox(l.total, edit), nil, nil,
		container.NewVScroll(l.rows))
	d.onRefresh = append(d.onRefresh, l.reload)
	d.onShow = append(d.onShow, func(corpus.ArticleID) { l.reload() })
	return l
}

// object is the palette's canvas object.
func (l *labelPalette) object() fyne.CanvasObject { return l.root }

// reload reads the labels and the counts again.
func (l *labelPalette) reload() {
	if l.d.proj == nil {
		return
	}
	labels, err := l.d.proj.Labels()
	if err != nil {
		l.d.showError(err)
		return
	}
	counts, err := l.counts()
	if err != nil {
		l.d.showError(err)
		return
	}
	if !sameLabels(labels, l.labels) {
		l.labels = labels
		l.countTexts = make([]*widget.Label, len(labels))
		l.rows.RemoveAll()
		for i, lb := range labels {
			l.rows.Add(l.row(i, lb))
		}
		l.rows.Refresh()
	}
	changed := false
	for i, lb := range labels {
		txt := fmt.Sprintf("%d / %d", counts.article[lb.Name], counts.project[lb.Name])
		if l.countTexts[i].Text != txt {
			l.countTexts[i].SetText(txt)
			changed = true
		}
	}
	if changed {
		l.rows.Refresh() // lays the rows out again for the new widths
	}
	l.total.SetText(fmt.Sprintf(T("Spans: %d in this article, %d in the project."), sum(counts.article), sum(counts.project)))
}

// counts counts the spans per label in the open article and the project.
func (l *labelPalette) counts() (paletteCounts, error) {
	c := paletteCounts{article: map[string]int{}}
	st, err := l.d.proj.Stats()
	if err != nil {
		return c, err
	}
	c.project = st.ByLabel
	if l.d.art == 0 {
		return c, nil
	}
	v, err := l.d.proj.Article(l.d.art)
	if err != nil {
		return c, nil // the article is gone (merged, undone): no counts
	}
	for _, s := range v.Spans {
		c.article[s.Label]++
	}
	return c, nil
}

// sum adds up the counts of m.
func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// sameLabels reports whether a and b list the same labels in order.
func sameLabels(a, b []corpus.Label) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// row is the i-th label of the palette: a flat button under a swatch, the
// hotkey, the name and the counts (filled in by reload).
func (l *labelPalette) row(i int, lb corpus.Label) fyne.CanvasObject {
	swatch := canvas.NewRectangle(parseColour(lb.Colour))
	swatch.SetMinSize(fyne.NewSize(18, 18))
	swatch.CornerRadius = 3
	key := "–"
	if lb.Hotkey != 0 {
		key = fmt.Sprint(lb.Hotkey)
	}
	keyText := widget.NewLabelWithStyle(key, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	name := widget.NewLabel(lb.Name)
	count := widget.NewLabel("")
	l.countTexts[i] = count
	name.Truncation = fyne.TextTruncateEllipsis
	btn := widget.NewButton("", func() { l.apply(lb.Name) })
	btn.Importance = widget.LowImportance
	line := container.NewBorder(nil, nil, container.NewHBox(container.NewCenter(swatch), keyText), count, name)
	return container.NewStack(btn, container.NewPadded(line))
}

// apply labels the article text's selection with name.
func (l *labelPalette) apply(name string) {
	if l.d.article == nil || l.d.article.view == nil {
		l.d.say(T("Open an article and select some text first."))
		return
	}
	start, end := l.d.article.text.Selection()
	l.d.article.applyLabel(name, start, end)
}
