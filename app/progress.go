package app

import (
	"fmt"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// progress is a modal dialog with a progress bar, the item being worked on
// and a Cancel button. Its methods run on the UI goroutine; the worker
// polls cancelled.
type progress struct {
	dlg       *dialog.CustomDialog
	bar       *widget.ProgressBar
	what      *widget.Label
	cancelled atomic.Bool
}

// newProgress shows a progress dialog titled title over win.
func newProgress(title string, win fyne.Window) *progress {
	p := &progress{bar: widget.NewProgressBar(), what: widget.NewLabel(T("Starting…"))}
	p.what.Truncation = fyne.TextTruncateEllipsis
	body := container.NewVBox(p.what, p.bar)
	cancel := widget.NewButton(T("Cancel"), func() {
		p.cancelled.Store(true)
		p.what.SetText(T("Stopping after the current item…"))
	})
	p.dlg = dialog.NewCustomWithoutButtons(title, body, win)
	p.dlg.SetButtons([]fyne.CanvasObject{cancel})
	p.dlg.Resize(fyne.NewSize(460, 160))
	p.dlg.Show()
	return p
}

// set shows that item i of n (0-based) is being worked on.
func (p *progress) set(i, n int, item string) {
	if !p.cancelled.Load() {
		p.what.SetText(fmt.Sprintf("%d / %d  %s", i+1, n, item))
	}
	if n > 0 {
		p.bar.SetValue(float64(i) / float64(n))
	}
}

// done closes the dialog.
func (p *progress) done() {
	p.bar.SetValue(1)
	p.dlg.Hide()
}
