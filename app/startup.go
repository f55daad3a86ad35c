package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/stitchmark/stitchmark/corpus"
)

// sampleName is the file name of the project made on first launch.
const sampleName = "sample" + projectExt

// sampleDir is the folder of the project made on first launch: the user's
// configuration folder (e.g. ~/.config/stitchmark), beside the preferences.
func sampleDir() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("app: no folder for the sample project: %w", err)
	}
	return filepath.Join(dir, "stitchmark"), nil
}

// projectArg returns the project path named by args, "" for none.
func projectArg(args []string) (string, error) {
	switch {
	case len(args) == 0:
		return "", nil
	case len(args) > 1:
		return "", fmt.Errorf("%w: one project file at most, got %d arguments (see stitchmark help)", errUsage, len(args))
	case strings.HasPrefix(args[0], "-"):
		return "", fmt.Errorf("%w: unknown flag %s (see stitchmark help)", errUsage, args[0])
	}
	return args[0], nil
}

// start opens the project to show at launch: path when given, else the last
// project, else (first launch) the sample project.
func (d *desk) start(path string) {
	if path == "" {
		path = d.app.Preferences().StringWithFallback(prefLastProject, "")
		if path != "" && !exists(path) {
			path = "" // moved or deleted since: start over on the sample
		}
	}
	if path == "" {
		d.openSample()
		return
	}
	if err := d.openProject(path); err != nil {
		d.showError(err)
	}
}

// openProject opens the project file at path and shows it.
func (d *desk) openProject(path string) error {
	p, err := corpus.OpenProject(path)
	if err != nil {
		return err
	}
	d.setProject(p)
	if isSample(path) && d.pageCount() == 0 {
		d.stitchSample() // the first launch ended before the sample was stitched
	}
	return nil
}

// isSample reports whether path is the first-launch sample project.
func isSample(path string) bool {
	dir, err := sampleDir()
	return err == nil && filepath.Clean(path) == filepath.Join(dir, sampleName)
}

// pageCount is the number of pages of the open project (0 on an error).
func (d *desk) pageCount() int {
	pages, err := d.proj.Pages()
	if err != nil {
		return 0
	}
	return len(pages)
}

// openSample opens (creating it on first launch) the sample project holding
// the bundled sample page, which is stitched in the background while the
// window is already usable.
func (d *desk) openSample() {
	dir, err := sampleDir()
	if err == nil {
		err = os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		d.showError(err)
		return
	}
	path := filepath.Join(dir, sampleName)
	if _, err := os.Stat(path); err == nil {
		if err := d.openProject(path); err != nil {
			d.showError(err)
		}
		return
	}
	p, err := corpus.CreateProject(path)
	if err != nil {
		d.showError(err)
		return
	}
	d.setProject(p)
	d.stitchSample()
}

// stitchSample adds the bundled sample page to the open project, stitched
// in the background; meanwhile the page map shows the page's blocks.
func (d *desk) stitchSample() {
	page := corpus.SamplePage()
	proj := d.proj
	d.preview = pageBlocks(page)
	d.showPage(d.page)
	d.setBusy(T("stitching…"))
	d.smokef("stitching\n")
	d.whenUp(func() { d.stitchAsync(proj, page) })
}

// stitchAsync stitches page and adds it to proj on a goroutine, then shows
// its first article.
func (d *desk) stitchAsync(proj *corpus.Project, page *corpus.Page) {
	d.jobs.Add(1)
	go func() {
		defer d.jobs.Done()
		id, err := stitchPage(proj, page)
		fyne.Do(func() {
			d.preview = nil
			d.setBusy("")
			if d.proj != proj {
				return // another project was opened meanwhile
			}
			if err != nil {
				d.showError(err)
				return
			}
			d.remember(proj.Path())
			d.showFirstArticle(id)
		})
	}()
}

// stitchPage stitches page with the default stitcher and adds it to proj.
func stitchPage(proj *corpus.Project, page *corpus.Page) (corpus.PageID, error) {
	st, err := corpus.DefaultStitcher()
	if err != nil {
		return 0, err
	}
	return proj.AddPage(page, st.Stitch(page))
}

// pageBlocks lists a page's fragments as unassigned page-map blocks.
func pageBlocks(p *corpus.Page) []corpus.BlockInfo {
	out := make([]corpus.BlockInfo, len(p.Fragments))
	for i, f := range p.Fragments {
		out[i] = corpus.BlockInfo{Block: f.Block, Start: f.Start, End: f.End, Kind: f.Kind, Text: f.Text, Pos: -1}
	}
	return out
}

// setProject makes p the open project (closing the previous one) and shows
// its first page and article.
func (d *desk) setProject(p *corpus.Project) {
	if d.proj != nil && d.proj != p {
		if err := d.proj.Close(); err != nil {
			d.showError(err)
		}
	}
	d.proj, d.page, d.art = p, 0, 0
	if d.article != nil {
		d.article.sugg.learnFrom(p)
	}
	// A large project's integrity check runs in the background; a damaged
	// file is reported as soon as the check finds it.
	d.background(func() error {
		if err := p.Integrity(); !errors.Is(err, corpus.ErrClosed) {
			return err
		}
		return nil
	}, nil)
	if d.pageCount() > 0 {
		d.remember(p.Path())
	}
	if name := d.app.Preferences().StringWithFallback(prefAnnotator, ""); name != "" && p.Annotator() == "" {
		if err := p.SetAnnotator(name); err != nil {
			d.showError(err)
		}
	}
	d.showFirstArticle(0)
}

// showFirstArticle shows the first article of page (0: of the first page).
func (d *desk) showFirstArticle(page corpus.PageID) {
	if page == 0 {
		pages, err := d.proj.Pages()
		if err != nil {
			d.showError(err)
			return
		}
		if len(pages) > 0 {
			page = pages[0].ID
		}
	}
	d.page = page
	d.refresh()
	if page == 0 {
		return
	}
	arts, err := d.proj.Articles(page)
	if err != nil {
		d.showError(err)
		return
	}
	if len(arts) == 0 {
		return
	}
	d.openArticle(arts[0].ID)
	d.smokef("article %s\n", arts[0].Title)
}

// remember records path as the last and most recent project.
func (d *desk) remember(path string) {
	prefs := d.app.Preferences()
	prefs.SetString(prefLastProject, path)
	prefs.SetStringList(prefRecent, pushRecent(prefs.StringListWithFallback(prefRecent, nil), path))
	d.win.SetMainMenu(d.mainMenu()) // the recent list changed
}

// smokef writes a progress line for the smoke test, with the time since
// start, when STITCHMARK_SMOKE=1.
func (d *desk) smokef(format string, args ...any) {
	if d.smoke == nil {
		return
	}
	fmt.Fprintf(d.smoke, "stitchmark-smoke %d ms: ", time.Since(d.started).Milliseconds())
	fmt.Fprintf(d.smoke, format, args...)
}

// exists reports whether path names an existing file.
func exists(path string) bool {
	_, err := os.Stat(path)
	return !errors.Is(err, fs.ErrNotExist)
}
