package corpus

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// benchPages returns n pages to import: simulated pages from the People's
// Daily sample when ../shared/data is there, else copies of the sample page.
func benchPages(b *testing.B, n int) []*Page {
	b.Helper()
	var pages []*Page
	arts, err := LoadPeoplesDaily("../../shared/data/peoples-daily-1998-ner-1000.jsonl")
	if err == nil {
		for _, sp := range SimulatePages(arts, n, DefaultSimOptions()) {
			pages = append(pages, NewPage(sp.Name, sp.Text))
		}
		return pages
	}
	for i := range n {
		pg := SamplePage()
		pg.Source = fmt.Sprintf("copy-%05d.txt", i)
		pages = append(pages, pg)
	}
	return pages
}

// BenchmarkImportPages stores stitched pages, one action (transaction,
// fsync) each; the stitching is done beforehand.
func BenchmarkImportPages(b *testing.B) {
	pages := benchPages(b, 200)
	st := NewStitcher(nil, nil)
	stitched := make([]Stitching, len(pages))
	for i, pg := range pages {
		stitched[i] = st.Stitch(pg)
	}
	p := newProject(b)
	i := 0
	for b.Loop() {
		pg := *pages[i%len(pages)]
		pg.Source = fmt.Sprintf("%d-%s", i, pg.Source)
		if _, err := p.AddPage(&pg, stitched[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Seconds())/float64(i)*10000, "s/10k-pages")
}

// BenchmarkAddSpan measures one labeling action on the sample page.
func BenchmarkAddSpan(b *testing.B) {
	p := newProject(b)
	addSample(b, p)
	arts, err := p.Articles(0)
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		if _, err := p.AddSpan(arts[i%len(arts)].ID, i%5, i%5+2, "PER", ""); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// openListEnv names the project TestOpenListChild opens and lists.
const openListEnv = "STITCHMARK_OPEN_LIST"

// TestOpenListChild is the child of BenchmarkOpenAndList: it opens the
// project named by openListEnv, lists every article and prints the time
// taken and the process's peak resident memory. Without openListEnv it
// does nothing.
func TestOpenListChild(t *testing.T) {
	path := os.Getenv(openListEnv)
	if path == "" {
		return
	}
	start := time.Now()
	p, err := OpenProject(path)
	if err != nil {
		t.Fatal(err)
	}
	list, err := p.Articles(0)
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	p.Close()
	fmt.Printf("openlist %d %d %d\n", len(list), elapsed.Nanoseconds(), peakRSS(t))
}

// peakRSS returns the process's peak resident set (VmHWM) in bytes.
func peakRSS(t testing.TB) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// bigProject writes a project of n copies of the sample page, cloned with
// SQL in one transaction (as n imports would leave it, undo log included).
func bigProject(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "big.stitchmark")
	p, err := CreateProject(path)
	if err != nil {
		b.Fatal(err)
	}
	addSample(b, p)
	const k = 1000 // row id stride per copy; one page has fewer rows
	stmts := []string{
		`INSERT INTO pages(id, source, path, encoding, imported)
			SELECT id + n.i, printf('page-%05d.txt', n.i), path, encoding, imported FROM pages, n`,
		`INSERT INTO page_texts(id, text) SELECT id + n.i, text FROM page_texts, n`,
		`INSERT INTO articles(id, page, ordinal, record_id, status, annotator, title)
			SELECT id + n.i*` + strconv.Itoa(k) + `, page + n.i, ordinal, record_id, status, annotator, title FROM articles, n`,
		`INSERT INTO fragments(id, page, block, start, "end", kind, article, pos, kind_reason, original, text)
			SELECT id + n.i*` + strconv.Itoa(k) + `, page + n.i, block, start, "end", kind, article + n.i*` + strconv.Itoa(k) + `,
				pos, kind_reason, original, text FROM fragments, n`,
		`INSERT INTO joins(id, page, from_block, to_block, score, decision, reason)
			SELECT id + n.i*` + strconv.Itoa(k) + `, page + n.i, from_block, to_block, score, decision, reason FROM joins, n`,
		`INSERT INTO ends(id, page, block, score, next_block, decision, reason)
			SELECT id + n.i*` + strconv.Itoa(k) + `, page + n.i, block, score, next_block, decision, reason FROM ends, n`,
	}
	tx, err := p.db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range stmts {
		q := fmt.Sprintf(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) `, n-1) + s
		if _, err := tx.Exec(q); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	if err := p.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkOpenAndList opens a 10,000-page project and lists all its
// articles, in a fresh child process each time so that the peak resident
// memory is that of opening and listing alone.
func BenchmarkOpenAndList(b *testing.B) {
	path := bigProject(b, 10000)
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	var total, peak int64
	runs := 0
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "-test.run=^TestOpenListChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), openListEnv+"="+path)
		out, err := cmd.Output()
		if err != nil {
			b.Fatalf("%v: %s", err, out)
		}
		sc := bufio.NewScanner(strings.NewReader(string(out)))
		for sc.Scan() {
			var n int
			var ns, rss int64
			if _, err := fmt.Sscanf(sc.Text(), "openlist %d %d %d", &n, &ns, &rss); err == nil {
				if n != 110000 {
					b.Fatalf("listed %d articles, want 110000", n)
				}
				total += ns
				peak = max(peak, rss)
				runs++
			}
		}
	}
	if runs == 0 {
		b.Fatal("the child printed no measurement")
	}
	b.ReportMetric(float64(total)/float64(runs)/1e6, "ms-open+list")
	b.ReportMetric(float64(peak)/(1<<20), "MB-peak-RSS")
	b.ReportMetric(float64(info.Size())/(1<<20), "MB-file")
}

// BenchmarkMostDoubtful finds the weakest unreviewed join or end of a
// 10,000-page project (Ctrl+D in the desk); the sample's joins and ends
// are all scored 0.9 here, so every one is a candidate below 0.95.
func BenchmarkMostDoubtful(b *testing.B) {
	p, err := OpenProject(bigProject(b, 10000))
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	for b.Loop() {
		if _, d, ok, err := p.MostDoubtful(0.95); err != nil || !ok || d != (Doubt{Score: 0.9}) {
			b.Fatalf("MostDoubtful: %+v, %v, %v", d, ok, err)
		}
	}
}
