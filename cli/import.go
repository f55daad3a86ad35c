package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/stitchmark/stitchmark/corpus"
)

func init() {
	register("import", "read, split, classify and stitch pages into a project", runImport)
}

// runImport is `stitchmark import --project P.stitchmark PAGE|DIR...`.
func runImport(env Env, args []string) error {
	fl := newFlags(env, "import", "--project P.stitchmark PAGE|DIR...")
	project := fl.String("project", "", "the project file; created if missing")
	workers := fl.Int("workers", runtime.NumCPU(), "pages read and stitched in parallel")
	if err := parse(fl, args); err != nil {
		return err
	}
	if *project == "" || fl.NArg() == 0 {
		fl.Usage()
		return fmt.Errorf("%w: need --project and at least one page file or folder", errUsage)
	}
	files, failed := pageFiles(env, fl.Args())
	st, err := corpus.DefaultStitcher()
	if err != nil {
		return err
	}
	p, created, err := openOrCreate(*project)
	if err != nil {
		return err
	}
	sum, err := importFiles(env, p, st, files, max(1, *workers))
	if cerr := p.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		if created && sum.pages == 0 {
			os.Remove(*project)
		}
		return err
	}
	what := *project
	if created {
		what = "created " + *project
	}
	fmt.Fprintf(env.Stdout, "%s: imported %d of %d pages, %d articles, %d fragments (%d unassigned)",
		what, sum.pages, len(files)+failed, sum.articles, sum.fragments, sum.unassigned)
	if sum.present > 0 {
		fmt.Fprintf(env.Stdout, "; %d already in the project", sum.present)
	}
	fmt.Fprintln(env.Stdout)
	if failed += sum.failed; failed > 0 {
		return fmt.Errorf("%d of %d pages could not be imported", failed, len(files)+failed-sum.failed)
	}
	return nil
}

// openOrCreate opens the project at path, creating it when missing.
func openOrCreate(path string) (*corpus.Project, bool, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		p, err := corpus.CreateProject(path)
		return p, true, err
	}
	p, err := corpus.OpenProject(path)
	return p, false, err
}

// pageFiles expands folders into the .txt files directly inside them, in
// name order, hidden files skipped, and reports paths that cannot be read
// and page names given twice; it returns the files and the failures.
func pageFiles(env Env, args []string) ([]string, int) {
	var files []string
	failed := 0
	seen := map[string]string{}
	add := func(path string) {
		base := filepath.Base(path)
		if other, dup := seen[base]; dup {
			if other != path {
				fmt.Fprintf(env.Stderr, "stitchmark import: %s: skipped, same page name as %s\n", path, other)
				failed++
			}
			return
		}
		seen[base] = path
		files = append(files, path)
	}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			fmt.Fprintf(env.Stderr, "stitchmark import: %v\n", err)
			failed++
			continue
		}
		if !info.IsDir() {
			add(arg)
			continue
		}
		entries, err := os.ReadDir(arg)
		if err != nil {
			fmt.Fprintf(env.Stderr, "stitchmark import: %v\n", err)
			failed++
			continue
		}
		names := make([]string, 0, len(entries))
		for _, e := range entries {
			if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") && strings.EqualFold(filepath.Ext(e.Name()), ".txt") {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		for _, n := range names {
			add(filepath.Join(arg, n))
		}
	}
	return files, failed
}

// importSummary counts what an import did.
type importSummary struct {
	pages, articles, fragments, unassigned int
	present                                int // already in the project: skipped
	failed                                 int
}

// stitched is one page read and stitched by a worker.
type stitched struct {
	page *corpus.Page
	st   corpus.Stitching
	err  error
}

// importFiles reads and stitches files with workers in parallel and stores
// the pages through this one goroutine, in the order given. A page that
// cannot be read is reported and skipped; a failing store stops the import.
func importFiles(env Env, p *corpus.Project, st *corpus.Stitcher, files []string, workers int) (importSummary, error) {
	stop := make(chan struct{})
	next, done := stitchAll(files, st, workers, stop)
	defer done()
	defer close(stop)
	bar := newBar(env, len(files))
	var sum importSummary
	for i := range files {
		r := next(i)
		err := r.err
		if err == nil {
			err = storePage(p, r, &sum)
		}
		switch {
		case err == nil:
			warnSideBySide(env, "import", r.page, bar)
		case errors.Is(err, corpus.ErrDuplicatePage):
			sum.present++
		case r.err != nil || errors.Is(err, corpus.ErrBadValue):
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintf(env.Stderr, "stitchmark import: %s: skipped: %v\n", files[i], err)
			sum.failed++
		default:
			return sum, fmt.Errorf("%s: %w", files[i], err)
		}
		if bar != nil {
			bar.Add(1)
		}
	}
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(env.Stderr)
	}
	return sum, nil
}

// stitchAll reads and stitches files on workers goroutines; next(i) waits
// for file i, to be called for i = 0, 1, … in turn. At most 4 pages per
// worker are ahead of next, to bound memory. Closing stop ends the work;
// done waits for the workers.
func stitchAll(files []string, st *corpus.Stitcher, workers int, stop <-chan struct{}) (next func(int) stitched, done func()) {
	results := make([]chan stitched, len(files))
	for i := range results {
		results[i] = make(chan stitched, 1)
	}
	jobs := make(chan int)
	window := make(chan struct{}, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				pg, err := corpus.ReadPage(files[i])
				var s corpus.Stitching
				if err == nil {
					s = st.Stitch(pg)
				}
				results[i] <- stitched{pg, s, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			jobs <- i
		}
	}()
	next = func(i int) stitched {
		r := <-results[i]
		<-window
		return r
	}
	return next, wg.Wait
}

// warnSideBySide tells on stderr when page holds columns side by side
// (see corpus.SideBySide): it is kept, but its text is not in reading
// order. bar, when not nil, is cleared first.
func warnSideBySide(env Env, cmd string, page *corpus.Page, bar *progressbar.ProgressBar) {
	err := corpus.SideBySideError(page)
	if err == nil {
		return
	}
	if bar != nil {
		bar.Clear()
	}
	fmt.Fprintf(env.Stderr, "stitchmark %s: warning: %v\n", cmd, err)
}

// storePage adds one stitched page to the project and counts it.
func storePage(p *corpus.Project, r stitched, sum *importSummary) error {
	if _, err := p.AddPage(r.page, r.st); err != nil {
		return err
	}
	sum.pages++
	sum.articles += len(r.st.Articles)
	sum.fragments += len(r.page.Fragments)
	in := 0
	for _, a := range r.st.Articles {
		in += len(a.Blocks)
	}
	sum.unassigned += len(r.page.Fragments) - in
	return nil
}

// newBar returns a progress bar on stderr when it is a terminal, else nil.
func newBar(env Env, n int) *progressbar.ProgressBar {
	f, ok := env.Stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription("importing"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
	)
}
