package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// languageChoice is one entry of the language setting.
type languageChoice struct {
	code, name string // code "" follows the system
}

// languageChoices are the languages offered, each named in itself.
func languageChoices() []languageChoice {
	return []languageChoice{{"", T("Follow the system")}, {"zh", "中文（简体）"}, {"en", "English"}}
}

// settings are the values of the settings dialog.
type settings struct {
	language      string
	annotator     string
	charPrecision bool
	doubtLine     float64 // see desk.doubtLine
}

// loadSettings reads the settings from the preferences.
func (d *desk) loadSettings() settings {
	p := d.app.Preferences()
	return settings{
		language:      p.StringWithFallback(prefLanguage, ""),
		annotator:     p.StringWithFallback(prefAnnotator, ""),
		charPrecision: p.BoolWithFallback(prefCharPrecision, false),
		doubtLine:     d.doubtLine(),
	}
}

// doubtLineName names a doubt line in the settings: "90%".
func doubtLineName(line float64) string {
	return fmt.Sprintf("%d%%", percentDown(line))
}

// settingsDialog edits the language, the annotator's name, whether
// selections snap to characters by default, and the confidence under
// which a join or an end is doubtful.
func (d *desk) settingsDialog() {
	s := d.loadSettings()
	choices := languageChoices()
	names := make([]string, len(choices))
	for i, c := range choices {
		names[i] = c.name
	}
	lang := widget.NewSelect(names, nil)
	for _, c := range choices {
		if c.code == s.language {
			lang.SetSelected(c.name)
		}
	}
	annotator := widget.NewEntry()
	annotator.SetText(s.annotator)
	annotator.SetPlaceHolder(T("your name, recorded with every article"))
	precision := widget.NewCheck(T("Select exact characters (no snapping to words)"), nil)
	precision.SetChecked(s.charPrecision)
	lines := make([]string, len(doubtLines))
	for i, l := range doubtLines {
		lines[i] = doubtLineName(l)
	}
	doubt := widget.NewSelect(lines, nil)
	doubt.SetSelected(doubtLineName(s.doubtLine))
	doubtItem := widget.NewFormItem(T("Doubtful below"), doubt)
	doubtItem.HintText = T("joins and article ends under this confidence are noted and reached with Ctrl+D")
	form := []*widget.FormItem{
		widget.NewFormItem(T("Language"), lang),
		widget.NewFormItem(T("Annotator"), annotator),
		widget.NewFormItem(T("Selection"), precision),
		doubtItem,
	}
	dlg := dialog.NewForm(T("Settings"), T("Save"), T("Cancel"), form, func(ok bool) {
		if !ok {
			return
		}
		next := settings{annotator: strings.TrimSpace(annotator.Text), charPrecision: precision.Checked, doubtLine: s.doubtLine}
		for _, c := range choices {
			if c.name == lang.Selected {
				next.language = c.code
			}
		}
		for i, name := range lines {
			if name == doubt.Selected {
				next.doubtLine = doubtLines[i]
			}
		}
		d.applySettings(s, next)
	}, d.win)
	dlg.Resize(fyne.NewSize(520, 0))
	dlg.Show()
}

// applySettings stores next and applies what changed from old: the
// annotator's name goes into the project, a new doubt line re-reads the
// navigator, a new language rebuilds the window's texts.
func (d *desk) applySettings(old, next settings) {
	p := d.app.Preferences()
	p.SetString(prefLanguage, next.language)
	p.SetString(prefAnnotator, next.annotator)
	p.SetBool(prefCharPrecision, next.charPrecision)
	p.SetFloat(prefDoubtLine, next.doubtLine)
	if next.annotator != old.annotator && d.proj != nil {
		d.act(T("Set the annotator"), func() error { return d.proj.SetAnnotator(next.annotator) })
	}
	if next.charPrecision != old.charPrecision {
		d.applyCharPrecision()
	}
	if next.doubtLine != old.doubtLine && d.nav != nil {
		d.nav.reload()
	}
	if next.language != old.language {
		setLanguage(next.language)
		d.saveLayout()
		d.build()
	}
}
