package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// importFilesDialog asks for a page file to import.
func (d *desk) importFilesDialog() {
	if d.proj == nil {
		d.showError(errNoProject)
		return
	}
	open := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			d.showError(err)
			return
		}
		path := r.URI().Path()
		r.Close()
		d.importPaths([]string{path})
	}, d.win)
	open.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".TXT"}))
	d.startIn(open.SetLocation)
	open.Show()
}

// importFolderDialog asks for a folder whose .txt pages to import.
func (d *desk) importFolderDialog() {
	if d.proj == nil {
		d.showError(errNoProject)
		return
	}
	open := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			d.showError(err)
			return
		}
		d.importPaths([]string{dir.Path()})
	}, d.win)
	d.startIn(open.SetLocation)
	open.Show()
}

// startIn points a file dialog at the folder pages were last imported from.
func (d *desk) startIn(set func(fyne.ListableURI)) {
	dir := d.app.Preferences().StringWithFallback(prefImportDir, "")
	if dir == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		set(l)
	}
}

// importResult is what a background import did.
type importResult struct {
	added      int
	first      corpus.PageID // the first page added, 0 if none
	errs       []error       // one per file or page that failed
	sideBySide []string      // one per page added whose columns stand side by side (corpus.SideBySide)
}

// importPaths reads, stitches and adds page files and folders in the
// background with a progress dialog. A file that fails is reported and the
// others are still imported; pages added before a cancel stay.
func (d *desk) importPaths(paths []string) {
	d.app.Preferences().SetString(prefImportDir, importDir(paths[0]))
	proj := d.proj
	prog := newProgress(T("Importing pages"), d.win)
	d.setBusy(T("importing…"))
	d.jobs.Add(1)
	go func() {
		defer d.jobs.Done()
		res := importPages(proj, paths, prog)
		fyne.Do(func() {
			prog.done()
			d.setBusy("")
			d.importDone(proj, res)
		})
	}()
}

// importDir is the folder to remember for an imported path: the path
// itself if it is a folder, else its folder.
func importDir(path string) string {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return path
	}
	return filepath.Dir(path)
}

// importPages does the work of importPaths on the calling goroutine,
// reporting progress through prog on the UI goroutine.
func importPages(proj *corpus.Project, paths []string, prog *progress) importResult {
	var res importResult
	pages, err := corpus.ReadPages(paths...)
	res.errs = append(res.errs, splitErrors(err)...)
	st, err := corpus.DefaultStitcher()
	if err != nil {
		res.errs = append(res.errs, fmt.Errorf("%s: %w", T("pages are imported unstitched"), err))
	}
	for i, pg := range pages {
		if prog.cancelled.Load() {
			break
		}
		fyne.Do(func() { prog.set(i, len(pages), pg.Source) })
		var stitching corpus.Stitching
		if st != nil {
			stitching = st.Stitch(pg)
		}
		id, err := proj.AddPage(pg, stitching)
		if err != nil {
			res.errs = append(res.errs, fmt.Errorf("%s: %w", pg.Source, err))
			continue
		}
		if res.first == 0 {
			res.first = id
		}
		res.added++
		if blocks := corpus.SideBySide(pg); len(blocks) > 0 {
			res.sideBySide = append(res.sideBySide, fmt.Sprintf(T("%s: %d of %d blocks hold columns side by side, their lines interleaved, and cannot be stitched. pdftotext writes narrow columns so without -raw: extract the PDF again with pdftotext -raw."),
				pg.Source, len(blocks), len(pg.Fragments)))
		}
	}
	return res
}

// splitErrors returns the errors joined in err, one per failed file.
func splitErrors(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, splitErrors(e)...)
		}
		return out
	}
	return []error{err}
}

// importDone shows what an import did and opens the first page added.
func (d *desk) importDone(proj *corpus.Project, res importResult) {
	if d.proj != proj {
		return
	}
	d.say(fmt.Sprintf(T("Imported %d pages; %d problems."), res.added, len(res.errs)))
	if res.first != 0 {
		d.showFirstArticle(res.first)
	} else {
		d.refresh()
	}
	var lines []string
	for _, e := range res.errs {
		lines = append(lines, e.Error())
	}
	switch {
	case len(res.errs) > 0:
		d.showProblems(T("Some files were not imported"), append(lines, res.sideBySide...))
	case len(res.sideBySide) > 0:
		d.showProblems(T("Some pages need extracting again"), res.sideBySide)
	}
}

// showProblems lists problems, one per line, in a scrollable dialog.
func (d *desk) showProblems(title string, lines []string) {
	text := widget.NewLabel(strings.Join(lines, "\n"))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(560, 240))
	dialog.ShowCustom(title, T("Close"), scroll, d.win)
}
