package app

import (
	"fmt"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// The confidence bands of a join marker.
const (
	highConfidence = 0.9 // green at or above
	midConfidence  = 0.6 // amber at or above, red below
)

// joinBarHeight is the thickness of the coloured bar of a join marker.
const joinBarHeight = 4

// tipWidth is the width of the pop-up with a join's reason.
const tipWidth = 380

var _ fyne.Widget = (*joinMarker)(nil)
var _ desktop.Hoverable = (*joinMarker)(nil)
var _ fyne.SecondaryTappable = (*joinMarker)(nil)

// joinMarker is the thin bar drawn between two fragments of an article,
// coloured by the join's confidence, with its score and the person's
// decision beside it; hovering shows the join's reason. Under an
// article's last fragment it shows the judgement that the article ends
// there (endOfArticle).
type joinMarker struct {
	widget.BaseWidget
	join corpus.JoinRecord

	// onTapped runs on a primary tap (the article panel selects the join).
	onTapped func()
	// onSecondary runs on a right click with the absolute position.
	onSecondary func(pos fyne.Position)

	tip *widget.PopUp
}

// newJoinMarker returns a marker for j.
func newJoinMarker(j corpus.JoinRecord) *joinMarker {
	m := &joinMarker{join: j}
	m.ExtendBaseWidget(m)
	return m
}

// CreateRenderer is part of fyne.Widget.
func (m *joinMarker) CreateRenderer() fyne.WidgetRenderer {
	r := &joinMarkerRenderer{m: m, bar: canvas.NewRectangle(color.Transparent),
		label: canvas.NewText("", color.Black)}
	r.label.TextSize = theme.CaptionTextSize()
	r.Refresh()
	return r
}

// Tapped is part of fyne.Tappable.
func (m *joinMarker) Tapped(*fyne.PointEvent) {
	if m.onTapped != nil {
		m.onTapped()
	}
}

// TappedSecondary is part of fyne.SecondaryTappable.
func (m *joinMarker) TappedSecondary(e *fyne.PointEvent) {
	m.hideTip()
	if m.onSecondary != nil {
		m.onSecondary(e.AbsolutePosition)
	}
}

// MouseIn shows the join's reason in a small pop-up under the pointer.
func (m *joinMarker) MouseIn(e *desktop.MouseEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(m)
	if c == nil {
		return
	}
	m.hideTip()
	txt := widget.NewLabel(joinTip(m.join))
	txt.Wrapping = fyne.TextWrapWord
	txt.SizeName = theme.SizeNameCaptionText
	txt.Resize(fyne.NewSize(tipWidth, txt.MinSize().Height))
	m.tip = widget.NewPopUp(txt, c)
	m.tip.Resize(fyne.NewSize(tipWidth, txt.MinSize().Height))
	m.tip.ShowAtPosition(e.AbsolutePosition.AddXY(12, 12))
}

// MouseMoved is part of desktop.Hoverable.
func (m *joinMarker) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the reason pop-up.
func (m *joinMarker) MouseOut() { m.hideTip() }

func (m *joinMarker) hideTip() {
	if m.tip != nil {
		m.tip.Hide()
		m.tip = nil
	}
}

// endOfArticle is the To of the record an end marker shows: the
// stitcher's judgement that the article ends after block From
// (corpus.EndView).
const endOfArticle = -1

// endRecord is the record an end marker shows for e.
func endRecord(e *corpus.EndView) corpus.JoinRecord {
	return corpus.JoinRecord{From: e.Block, To: endOfArticle, Score: e.Score, Reason: e.Reason, Decision: e.Decision}
}

// joinTip is the text of the hover pop-up: score, decision and reason.
func joinTip(j corpus.JoinRecord) string {
	reason := reasonText(j.Reason)
	if reason == "" {
		reason = T("no reason recorded")
	}
	if j.To == endOfArticle {
		return fmt.Sprintf("%s %d · %s %.3f · %s\n%s", T("The article ends after block"), j.From,
			T("score"), j.Score, decisionText(j.Decision), reason)
	}
	return fmt.Sprintf("%s %d → %d · %s %.3f · %s\n%s", T("Join"), j.From, j.To,
		T("score"), j.Score, decisionText(j.Decision), reason)
}

// joinCaption is the short text beside the bar. The score is cut, not
// rounded, to two decimals so that it never reads 0.90 on an amber bar.
func joinCaption(j corpus.JoinRecord) string {
	score := math.Floor(j.Score*100+1e-9) / 100
	if j.To == endOfArticle {
		return fmt.Sprintf("⊣ %s %.2f · %s", T("end"), score, decisionText(j.Decision))
	}
	if j.Decision == corpus.DecisionBroken {
		return fmt.Sprintf("✕ %.2f · %s → #%d", score, decisionText(j.Decision), j.To)
	}
	return fmt.Sprintf("↓ %.2f · %s", score, decisionText(j.Decision))
}

// markerColor is the theme colour of a marker: by confidence, grey when
// the join is broken.
func markerColor(j corpus.JoinRecord) fyne.ThemeColorName {
	if j.Decision == corpus.DecisionBroken {
		return theme.ColorNameDisabled
	}
	return confidenceColor(j.Score)
}

// decisionText names a join decision for people; "" is the stitcher's.
func decisionText(d string) string {
	switch d {
	case "":
		return T("automatic")
	case "confirmed":
		return T("confirmed")
	case "broken":
		return T("broken")
	case "created":
		return T("created")
	}
	return d
}

// confidenceColor is the theme colour of a join with the given score:
// green at or above highConfidence, amber at or above midConfidence, red
// below.
func confidenceColor(score float64) fyne.ThemeColorName {
	switch {
	case score >= highConfidence:
		return theme.ColorNameSuccess
	case score >= midConfidence:
		return theme.ColorNameWarning
	}
	return theme.ColorNameError
}

// joinMarkerRenderer draws a join marker: a bar and a caption.
type joinMarkerRenderer struct {
	m     *joinMarker
	bar   *canvas.Rectangle
	label *canvas.Text
}

// Layout is part of fyne.WidgetRenderer.
func (r *joinMarkerRenderer) Layout(size fyne.Size) {
	ls := r.label.MinSize()
	pad := theme.Padding()
	r.label.Move(fyne.NewPos(pad, (size.Height-ls.Height)/2))
	r.label.Resize(ls)
	barX := ls.Width + 2*pad
	r.bar.Move(fyne.NewPos(barX, (size.Height-joinBarHeight)/2))
	r.bar.Resize(fyne.NewSize(fyne.Max(size.Width-barX-pad, 0), joinBarHeight))
}

// MinSize is part of fyne.WidgetRenderer.
func (r *joinMarkerRenderer) MinSize() fyne.Size {
	ls := r.label.MinSize()
	return fyne.NewSize(ls.Width+3*theme.Padding()+24, ls.Height+2*theme.Padding())
}

// Refresh is part of fyne.WidgetRenderer.
func (r *joinMarkerRenderer) Refresh() {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	th := r.m.Theme()
	c := th.Color(markerColor(r.m.join), v)
	r.bar.FillColor = c
	r.bar.CornerRadius = joinBarHeight / 2
	r.label.Text = joinCaption(r.m.join)
	r.label.Color = c
	r.label.TextStyle = fyne.TextStyle{Bold: r.m.join.Decision != ""}
	r.bar.Refresh()
	r.label.Refresh()
}

// Objects is part of fyne.WidgetRenderer.
func (r *joinMarkerRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bar, r.label}
}

// Destroy is part of fyne.WidgetRenderer.
func (r *joinMarkerRenderer) Destroy() { r.m.hideTip() }
