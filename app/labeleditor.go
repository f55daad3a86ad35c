package app

import (
	"fmt"
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// labelEditor is the dialog that adds, renames, recolours, re-keys and
// deletes label types. Every change is one store action (undoable) and
// the dialog redraws from the store after it.
type labelEditor struct {
	d    *desk
	rows *fyne.Container
	dlg  *dialog.CustomDialog
}

// newLabelEditor makes the editor dialog of d.
func newLabelEditor(d *desk) *labelEditor {
	e := &labelEditor{d: d, rows: container.NewVBox()}
	add := widget.NewButtonWithIcon(T("Add label"), theme.ContentAddIcon(), e.addDialog)
	content := container.NewBorder(nil, add, nil, nil, container.NewVScroll(e.rows))
	e.dlg = dialog.NewCustom(T("Labels"), T("Close"), content, d.win)
	e.dlg.Resize(fyne.NewSize(560, 420))
	return e
}

// show opens the editor.
func (e *labelEditor) show() {
	e.reload()
	e.dlg.Show()
}

// reload redraws the rows from the store.
func (e *labelEditor) reload() {
	if e.d.proj == nil {
		return
	}
	labels, err := e.d.proj.Labels()
	if err != nil {
		e.d.showError(err)
		return
	}
	e.rows.RemoveAll()
	for _, l := range labels {
		e.rows.Add(e.row(l))
	}
	e.rows.Refresh()
}

// row is one label: colour, name, hotkey, delete.
func (e *labelEditor) row(l corpus.Label) fyne.CanvasObject {
	swatch := canvas.NewRectangle(parseColour(l.Colour))
	swatch.SetMinSize(fyne.NewSize(28, 28))
	swatch.CornerRadius = 4
	recolour := widget.NewButton(T("Colour…"), func() { e.pickColour(l) })
	name := widget.NewEntry()
	name.SetText(l.Name)
	name.OnSubmitted = func(s string) { e.rename(l, s) }
	rename := widget.NewButtonWithIcon("", theme.ConfirmIcon(), func() { e.rename(l, name.Text) })
	key := widget.NewSelect(hotkeyOptions(), func(s string) { e.rekey(l, hotkeyOf(s)) })
	key.SetSelected(hotkeyOption(l.Hotkey))
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { e.confirmDelete(l) })
	left := container.NewHBox(swatch, recolour)
	right := container.NewHBox(rename, key, del)
	return container.NewBorder(nil, nil, left, right, name)
}

// hotkeyOptions are the choices of the hotkey select: none, then 1-9.
func hotkeyOptions() []string {
	opts := []string{hotkeyOption(0)}
	for k := 1; k <= 9; k++ {
		opts = append(opts, hotkeyOption(k))
	}
	return opts
}

// hotkeyOption is the select text of hotkey k.
func hotkeyOption(k int) string {
	if k == 0 {
		return T("no key")
	}
	return strconv.Itoa(k)
}

// hotkeyOf reads a select text back; "no key" is 0.
func hotkeyOf(s string) int {
	k, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return k
}

// update stores l as the new state of label old.
func (e *labelEditor) update(name, old string, l corpus.Label) {
	e.d.act(name, func() error { return e.d.proj.UpdateLabel(old, l) })
	e.reload()
}

// rename gives label l the name s; its spans follow.
func (e *labelEditor) rename(l corpus.Label, s string) {
	if s == l.Name {
		return
	}
	old := l.Name
	l.Name = s
	e.update("Rename label", old, l)
}

// rekey gives label l the hotkey k.
func (e *labelEditor) rekey(l corpus.Label, k int) {
	if k == l.Hotkey {
		return
	}
	l.Hotkey = k
	e.update("Change hotkey", l.Name, l)
}

// recolour gives label l the colour c.
func (e *labelEditor) recolour(l corpus.Label, c color.Color) {
	hex := colourHex(c)
	if hex == l.Colour {
		return
	}
	l.Colour = hex
	e.update("Change colour", l.Name, l)
}

// pickColour opens the colour picker for label l.
func (e *labelEditor) pickColour(l corpus.Label) {
	p := dialog.NewColorPicker(fmt.Sprintf(T("Colour of %s"), l.Name), T("Pick a colour"),
		func(c color.Color) { e.recolour(l, c) }, e.d.win)
	p.Advanced = true
	p.SetColor(parseColour(l.Colour))
	p.Show()
}

// confirmDelete deletes label l after asking.
func (e *labelEditor) confirmDelete(l corpus.Label) {
	dialog.ShowConfirm(T("Delete label"), fmt.Sprintf(T("Delete the label %s? Spans must be relabeled or removed first."), l.Name),
		func(ok bool) {
			if ok {
				e.d.act("Delete label", func() error { return e.d.proj.DeleteLabel(l.Name) })
				e.reload()
			}
		}, e.d.win)
}

// addDialog asks for a new label's name and adds it with a free colour
// and hotkey.
func (e *labelEditor) addDialog() {
	name := widget.NewEntry()
	name.SetPlaceHolder("EVENT")
	dialog.ShowForm(T("Add label"), T("Add"), T("Cancel"), []*widget.FormItem{widget.NewFormItem(T("Name"), name)},
		func(ok bool) {
			if ok && name.Text != "" {
				e.add(name.Text)
			}
		}, e.d.win)
}

// add adds a label called name.
func (e *labelEditor) add(name string) {
	labels, err := e.d.proj.Labels()
	if err != nil {
		e.d.showError(err)
		return
	}
	l := corpus.Label{Name: name, Colour: freeColour(labels), Hotkey: freeHotkey(labels)}
	e.d.act("Add label", func() error { return e.d.proj.AddLabel(l) })
	e.reload()
}

// labelColours are the colours offered to new labels, in order.
var labelColours = []string{"#e57373", "#64b5f6", "#81c784", "#ffb74d", "#ba68c8",
	"#4db6ac", "#f06292", "#a1887f", "#90a4ae", "#dce775"}

// freeColour is the first of labelColours no label uses.
func freeColour(labels []corpus.Label) string {
	used := map[string]bool{}
	for _, l := range labels {
		used[l.Colour] = true
	}
	for _, c := range labelColours {
		if !used[c] {
			return c
		}
	}
	return labelColours[len(labels)%len(labelColours)]
}

// freeHotkey is the lowest hotkey 1-9 no label uses, 0 when all are taken.
func freeHotkey(labels []corpus.Label) int {
	used := map[int]bool{}
	for _, l := range labels {
		used[l.Hotkey] = true
	}
	for k := 1; k <= 9; k++ {
		if !used[k] {
			return k
		}
	}
	return 0
}
