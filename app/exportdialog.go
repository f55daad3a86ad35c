package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
	"github.com/stitchmark/stitchmark/export"
)

// errCancelled stops an export the person cancelled.
var errCancelled = errors.New("app: cancelled")

// exportChoice is what the export dialog asks for.
type exportChoice struct {
	dir       string
	opt       export.Options
	statuses  []corpus.Status // nil: every article
	statusKey string          // the status choice, for the preferences
}

// Status choices of the export dialog.
const (
	exportGold    = "gold"
	exportLabeled = "labeled"
	exportAll     = "all"
)

// exportStatuses maps a status choice to the statuses exported.
func exportStatuses(choice string) []corpus.Status {
	switch choice {
	case exportLabeled:
		return []corpus.Status{corpus.StatusLabeled, corpus.StatusGold}
	case exportAll:
		return nil
	}
	return []corpus.Status{corpus.StatusGold}
}

// exportDialog asks for the format, the articles, the split and the output
// folder, then exports in the background with a progress dialog.
func (d *desk) exportDialog() {
	if d.proj == nil {
		d.showError(errNoProject)
		return
	}
	prefs := d.app.Preferences()
	formats := make([]string, len(export.Formats))
	for i, f := range export.Formats {
		formats[i] = string(f)
	}
	format := widget.NewSelect(formats, nil)
	format.SetSelected(prefs.StringWithFallback(prefExportFormat, string(export.FormatJSONL)))
	statusText := map[string]string{exportGold: T("Gold articles"), exportLabeled: T("Labeled and gold articles"), exportAll: T("Every article")}
	status := widget.NewRadioGroup([]string{statusText[exportGold], statusText[exportLabeled], statusText[exportAll]}, nil)
	status.SetSelected(statusText[exportGold])
	split := widget.NewSelect([]string{T("No split"), "80/10/10", "90/10"}, nil)
	split.SetSelectedIndex(0)
	sentences := widget.NewCheck(T("One unit per sentence"), nil)
	format.OnChanged = func(f string) {
		if export.Format(f) == export.FormatJSONL {
			sentences.SetChecked(false)
			sentences.Disable()
		} else {
			sentences.Enable()
		}
	}
	format.OnChanged(format.Selected)
	dir := widget.NewEntry()
	dir.SetText(prefs.StringWithFallback(prefExportDir, d.defaultExportDir()))
	browse := widget.NewButton(T("Choose…"), func() { d.chooseFolder(dir) })
	form := widget.NewForm(
		widget.NewFormItem(T("Format"), format),
		widget.NewFormItem(T("Articles"), status),
		widget.NewFormItem(T("Split"), split),
		widget.NewFormItem("", sentences),
		widget.NewFormItem(T("Folder"), container.NewBorder(nil, nil, nil, browse, dir)),
	)
	dlg := dialog.NewCustomConfirm(T("Export"), T("Export"), T("Cancel"), form, func(ok bool) {
		if !ok {
			return
		}
		choice := exportChoice{dir: strings.TrimSpace(dir.Text), opt: export.Options{Format: export.Format(format.Selected), Sentences: sentences.Checked}}
		for key, text := range statusText {
			if text == status.Selected {
				choice.statusKey = key
			}
		}
		choice.statuses = exportStatuses(choice.statusKey)
		if split.SelectedIndex() > 0 {
			s, err := export.ParseSplit(split.Selected, 0)
			if err != nil {
				d.showError(err)
				return
			}
			choice.opt.Split = s
		}
		prefs.SetString(prefExportFormat, format.Selected)
		prefs.SetString(prefExportDir, choice.dir)
		d.runExport(choice)
	}, d.win)
	dlg.Resize(fyne.NewSize(560, 0))
	dlg.Show()
}

// defaultExportDir is an "export" folder beside the project file.
func (d *desk) defaultExportDir() string {
	return filepath.Join(filepath.Dir(d.proj.Path()), projectName(d.proj.Path())+"-export")
}

// chooseFolder lets the person pick the output folder into entry.
func (d *desk) chooseFolder(entry *widget.Entry) {
	open := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			d.showError(err)
			return
		}
		entry.SetText(dir.Path())
	}, d.win)
	if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(entry.Text))); err == nil {
		open.SetLocation(l)
	}
	open.Show()
}

// runExport writes the chosen articles in the background with a progress
// dialog, then shows what was written.
func (d *desk) runExport(c exportChoice) {
	if c.dir == "" {
		d.showError(fmt.Errorf("%w: %s", export.ErrBadOption, T("choose an output folder")))
		return
	}
	proj := d.proj
	total := d.exportTotal(c.statuses)
	prog := newProgress(T("Exporting"), d.win)
	d.setBusy(T("exporting…"))
	d.jobs.Add(1)
	go func() {
		defer d.jobs.Done()
		sum, err := exportRecords(proj, c, total, prog)
		fyne.Do(func() {
			prog.done()
			d.setBusy("")
			d.exportDone(sum, err)
		})
	}()
}

// exportTotal counts the articles with the given statuses (nil: all).
func (d *desk) exportTotal(statuses []corpus.Status) int {
	st, err := d.proj.Stats()
	if err != nil {
		return 0
	}
	if statuses == nil {
		return st.Articles
	}
	n := 0
	for _, s := range statuses {
		n += st.ByStatus[s]
	}
	return n
}

// exportRecords writes the records of c through an export.Writer,
// reporting progress to prog; on an error or a cancel it removes the
// unfinished files.
func exportRecords(proj *corpus.Project, c exportChoice, total int, prog *progress) (export.Summary, error) {
	w, err := export.NewWriter(c.dir, c.opt)
	if err != nil {
		return export.Summary{}, err
	}
	n := 0
	err = proj.Records(c.statuses, func(rec corpus.ArticleRecord) error {
		if prog.cancelled.Load() {
			return errCancelled
		}
		if err := w.Write(rec); err != nil {
			return err
		}
		n++
		if n%20 == 1 || n == total {
			i, id := n, rec.ID
			fyne.Do(func() { prog.set(i-1, total, id) })
		}
		return nil
	})
	if err != nil {
		w.Abort()
		return export.Summary{}, err
	}
	return w.Close()
}

// exportDone says what an export wrote; once the window has closed there
// is no one to tell.
func (d *desk) exportDone(sum export.Summary, err error) {
	switch {
	case d.shut:
		return
	case errors.Is(err, errCancelled):
		d.say(T("Export cancelled; nothing was written."))
		return
	case err != nil:
		d.showError(err)
		return
	}
	msg := fmt.Sprintf(T("%d articles, %d units, %d spans written."), sum.Articles, sum.Units, sum.Spans)
	if sum.Dropped > 0 {
		msg += "\n" + fmt.Sprintf(T("%d nested spans could not be written in CoNLL."), sum.Dropped)
	}
	if sum.Articles == 0 {
		msg += "\n" + T("No article has the chosen status yet: mark articles gold, or export every article.")
	}
	msg += "\n\n" + strings.Join(sum.Files, "\n")
	d.say(fmt.Sprintf(T("Exported %d articles."), sum.Articles))
	dialog.ShowInformation(T("Export finished"), msg, d.win)
}
