package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// keyHint is one key, what it does, and a short form for the hint bar
// ("" when the key is only in the key help).
type keyHint struct {
	keys, action, short string
}

// keyHints lists the desk's keys, translated.
func keyHints() []keyHint {
	return []keyHint{
		{"1–9", T("apply the label with that hotkey to the selection"), T("label")},
		{T("Delete"), T("remove the span under the cursor"), T("remove span")},
		{T("Enter"), T("accept the suggestion under the cursor"), T("accept")},
		{T("Backspace"), T("reject the suggestion under the cursor"), T("reject")},
		{"Alt", T("hold for character precision while selecting"), T("exact characters")},
		{T("Shift+arrows"), T("extend the selection"), ""},
		{"[ ] { }", T("grow or shrink the span's edges"), ""},
		{shortcutText("Z"), T("undo"), T("undo")},
		{shortcutText("Shift+Z"), T("redo"), ""},
		{shortcutText("Enter"), T("mark the article gold and go to the next"), T("gold & next")},
		{shortcutText("D"), T("go to the most doubtful join or article end (the lowest confidence nobody has reviewed)"), T("doubtful join or end")},
	}
}

// shortcutText is a key with the platform's shortcut modifier, e.g. Ctrl+Z.
func shortcutText(key string) string {
	if fyne.KeyModifierShortcutDefault == fyne.KeyModifierSuper {
		return "Cmd+" + key
	}
	return "Ctrl+" + key
}

// hintLine is the one-line summary of the main keys.
func hintLine() string {
	var parts []string
	for _, h := range keyHints() {
		if h.short != "" {
			parts = append(parts, h.keys+" "+h.short)
		}
	}
	return strings.Join(parts, "  ·  ")
}

// hintBar is the dismissable bar over the desk with the main keys; it is
// hidden once dismissed (a preference) and shown again from the View menu.
func (d *desk) hintBar() fyne.CanvasObject {
	text := widget.NewLabel(T("Keys:") + "  " + hintLine())
	text.Truncation = fyne.TextTruncateEllipsis
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), nil)
	closeBtn.Importance = widget.LowImportance
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
	bar := container.NewStack(bg, container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), closeBtn, text))
	closeBtn.OnTapped = func() {
		bar.Hide()
		d.app.Preferences().SetBool(prefHintDismissed, true)
	}
	if d.app.Preferences().BoolWithFallback(prefHintDismissed, false) {
		bar.Hide()
	}
	d.hint = bar
	return bar
}

// showHintBar shows the key hint bar again.
func (d *desk) showHintBar() {
	d.app.Preferences().SetBool(prefHintDismissed, false)
	if d.hint != nil {
		d.hint.Show()
	}
}

// showKeyHelp shows every key in a dialog.
func (d *desk) showKeyHelp() {
	rows := container.New(&keyHelpLayout{})
	for _, h := range keyHints() {
		k := widget.NewLabelWithStyle(h.keys, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		rows.Add(k)
		rows.Add(widget.NewLabel(h.action))
	}
	dialog.ShowCustom(T("Keys"), T("Close"), rows, d.win)
}

// keyHelpLayout lays out key/action pairs in two aligned columns.
type keyHelpLayout struct{}

// Layout places the keys in the first column and the actions beside them.
func (l *keyHelpLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	kw := l.keyWidth(objs)
	y := float32(0)
	for i := 0; i+1 < len(objs); i += 2 {
		h := max(objs[i].MinSize().Height, objs[i+1].MinSize().Height)
		objs[i].Move(fyne.NewPos(0, y))
		objs[i].Resize(fyne.NewSize(kw, h))
		objs[i+1].Move(fyne.NewPos(kw, y))
		objs[i+1].Resize(fyne.NewSize(size.Width-kw, h))
		y += h
	}
}

// MinSize is the widest key and action by the rows' heights.
func (l *keyHelpLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	kw, aw, h := l.keyWidth(objs), float32(0), float32(0)
	for i := 0; i+1 < len(objs); i += 2 {
		aw = max(aw, objs[i+1].MinSize().Width)
		h += max(objs[i].MinSize().Height, objs[i+1].MinSize().Height)
	}
	return fyne.NewSize(kw+aw, h)
}

// keyWidth is the width of the widest key.
func (l *keyHelpLayout) keyWidth(objs []fyne.CanvasObject) float32 {
	w := float32(0)
	for i := 0; i < len(objs); i += 2 {
		w = max(w, objs[i].MinSize().Width)
	}
	return w
}
