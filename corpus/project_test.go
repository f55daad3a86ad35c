package corpus

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newProject creates an empty project in a temporary folder.
func newProject(t testing.TB) *Project {
	t.Helper()
	p, err := CreateProject(filepath.Join(t.TempDir(), "test.stitchmark"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// addSample imports the sample page with its reading-order gold as the
// stitching (joins scored 0.9), so that tests do not depend on the stitcher.
func addSample(t testing.TB, p *Project) PageID {
	t.Helper()
	pg := SamplePage()
	g, err := ReadGold("../../shared/samples/heze-daily-2020-09-15.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := g.MatchPage(pg); err != nil {
		t.Fatal(err)
	}
	st := Stitching{Source: pg.Source, Unassigned: g.Unassigned}
	for _, ga := range g.Articles {
		a := Article{Title: ga.Title, Blocks: ga.Blocks}
		for i := 1; i < len(ga.Blocks); i++ {
			a.Joins = append(a.Joins, Join{From: ga.Blocks[i-1], To: ga.Blocks[i], Score: 0.9, Reason: "gold"})
		}
		a.End = &End{Score: 0.9, Next: -1, Reason: "gold"}
		st.Articles = append(st.Articles, a)
	}
	id, err := p.AddPage(pg, st)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// addText imports a page made from text, with one article per headline run
// (see headlineStitch) so that tests know its shape.
func addText(t testing.TB, p *Project, source, text string) PageID {
	t.Helper()
	pg := NewPage(source, text)
	id, err := p.AddPage(pg, headlineStitch(pg))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// headlineStitch chains a page's fragments into one article per headline
// run, every join scored 0.5: a predictable stitching for tests.
func headlineStitch(pg *Page) Stitching {
	st := Stitching{Source: pg.Source}
	prevHead := false
	for _, f := range pg.Fragments {
		head := f.Kind == KindHeadline || f.Kind == KindSubheadline
		if len(st.Articles) == 0 || (head && !prevHead) {
			st.Articles = append(st.Articles, Article{Title: f.Text})
		}
		a := &st.Articles[len(st.Articles)-1]
		if n := len(a.Blocks); n > 0 {
			a.Joins = append(a.Joins, Join{From: a.Blocks[n-1], To: f.Block, Score: 0.5, Reason: "test"})
		}
		a.Blocks = append(a.Blocks, f.Block)
		prevHead = head
	}
	return st
}

// dump renders every table the history covers, canonically, to compare
// project states.
func dump(t testing.TB, p *Project) string {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	var b strings.Builder
	for _, table := range trackedTables {
		rows, err := p.db.Query(`SELECT * FROM ` + table + ` ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		fmt.Fprintf(&b, "== %s %v\n", table, cols)
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				fmt.Fprintf(&b, "%#v|", v)
			}
			b.WriteByte('\n')
		}
		rows.Close()
	}
	return b.String()
}

// biggestArticle returns the view of the page's article with the most
// fragments.
func biggestArticle(t testing.TB, p *Project, page PageID) *ArticleView {
	t.Helper()
	list, err := p.Articles(page)
	if err != nil {
		t.Fatal(err)
	}
	best := list[0]
	for _, a := range list {
		if a.Fragments > best.Fragments {
			best = a
		}
	}
	v, err := p.Article(best.ID)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestCreateAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "新项目.stitchmark")
	p, err := CreateProject(path)
	if err != nil {
		t.Fatal(err)
	}
	page := addSample(t, p)
	if err := p.SetAnnotator("李明"); err != nil {
		t.Fatal(err)
	}
	before := dump(t, p)
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := CreateProject(path); !errors.Is(err, ErrProjectExists) {
		t.Fatalf("CreateProject over a project: %v, want ErrProjectExists", err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if id := binary.BigEndian.Uint32(data[68:]); id != applicationID {
		t.Errorf("application_id = %#x", id)
	}
	if v := binary.BigEndian.Uint32(data[60:]); v != schemaVersion {
		t.Errorf("user_version = %d", v)
	}
	q, err := OpenProject(path)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if q.Path() != path {
		t.Errorf("Path = %q", q.Path())
	}
	if got := dump(t, q); got != before {
		t.Errorf("reopened project differs")
	}
	if got := q.Annotator(); got != "李明" {
		t.Errorf("Annotator = %q", got)
	}
	labels, err := q.Labels()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, l := range labels {
		names = append(names, l.Name)
	}
	if strings.Join(names, " ") != "PER LOC ORG DATE MONEY" {
		t.Errorf("labels = %v", names)
	}
	pages, err := q.Pages()
	if err != nil || len(pages) != 1 || pages[0].ID != page || pages[0].Source != SampleSource {
		t.Fatalf("Pages = %+v, %v", pages, err)
	}
	if pages[0].Fragments != len(SamplePage().Fragments) {
		t.Errorf("page has %d fragments, want %d", pages[0].Fragments, len(SamplePage().Fragments))
	}
	if text, err := q.PageText(page); err != nil || text != SamplePage().Text {
		t.Errorf("PageText: %d characters, %v", len(text), err)
	}
	if _, err := q.PageText(page + 1); !errors.Is(err, ErrNotFound) {
		t.Errorf("PageText of a missing page: %v", err)
	}
	if !q.CanUndo() || q.CanRedo() {
		t.Errorf("CanUndo %v CanRedo %v after reopening, want the import undoable", q.CanUndo(), q.CanRedo())
	}
}

func TestDuplicatePage(t *testing.T) {
	f := newFixture(t)
	before := dump(t, f.p)
	pg := NewPage("测试.txt", testPageText)
	if _, err := f.p.AddPage(pg, headlineStitch(pg)); !errors.Is(err, ErrDuplicatePage) {
		t.Errorf("AddPage of a page already there: %v", err)
	}
	r, err := f.p.Record(f.arts[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := f.p.ImportRecords([]ArticleRecord{r}); !errors.Is(err, ErrDuplicatePage) {
		t.Errorf("ImportRecords of a page already there: %v", err)
	}
	if dump(t, f.p) != before {
		t.Error("a refused page changed the project")
	}
}

func TestClosedProject(t *testing.T) {
	p := newProject(t)
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Pages(); !errors.Is(err, ErrClosed) {
		t.Errorf("Pages after Close: %v", err)
	}
	if _, err := p.AddSpan(1, 0, 1, "PER", ""); !errors.Is(err, ErrClosed) {
		t.Errorf("AddSpan after Close: %v", err)
	}
	if _, err := p.Undo(); !errors.Is(err, ErrClosed) {
		t.Errorf("Undo after Close: %v", err)
	}
}

// badFile writes one kind of bad project file into dir and returns its path.
type badFile struct {
	name string
	make func(t *testing.T, dir string) string
	want error
}

var badFiles = []badFile{
	{"zero bytes", func(t *testing.T, dir string) string {
		return writeFile(t, dir, "空.stitchmark", nil)
	}, ErrNotProject},
	{"random binary", func(t *testing.T, dir string) string {
		r := rand.New(rand.NewPCG(1, 2))
		b := make([]byte, 8192)
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		return writeFile(t, dir, "随机.stitchmark", b)
	}, ErrNotProject},
	{"text renamed", func(t *testing.T, dir string) string {
		return writeFile(t, dir, "菏泽日报.stitchmark", []byte(SampleText))
	}, ErrNotProject},
	{"another SQLite database", func(t *testing.T, dir string) string {
		path := filepath.Join(dir, "other.stitchmark")
		db, err := openDB(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`CREATE TABLE t(x); INSERT INTO t VALUES ('市委')`); err != nil {
			t.Fatal(err)
		}
		db.Close()
		return path
	}, ErrNotProject},
	{"truncated project", func(t *testing.T, dir string) string {
		path := sampleProjectFile(t, dir)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return writeFile(t, dir, "truncated.stitchmark", data[:len(data)/2+100])
	}, ErrCorrupt},
	{"truncated at a page boundary", func(t *testing.T, dir string) string {
		path := sampleProjectFile(t, dir)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		size := int(binary.BigEndian.Uint16(data[16:]))
		return writeFile(t, dir, "cut.stitchmark", data[:len(data)/size/2*size])
	}, ErrCorrupt},
	{"damaged data pages", func(t *testing.T, dir string) string {
		return damagedProject(t, dir)
	}, ErrCorrupt},
	{"future schema", func(t *testing.T, dir string) string {
		path := sampleProjectFile(t, dir)
		db, err := openDB(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, schemaVersion+1)); err != nil {
			t.Fatal(err)
		}
		db.Close()
		return path
	}, ErrNewerSchema},
	{"a folder", func(t *testing.T, dir string) string {
		path := filepath.Join(dir, "folder.stitchmark")
		if err := os.Mkdir(path, 0o755); err != nil {
			t.Fatal(err)
		}
		return path
	}, ErrNotProject},
}

// writeFile writes data to dir/name and returns the path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// sampleProjectFile writes a closed project holding the sample page.
func sampleProjectFile(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "sample.stitchmark")
	p, err := CreateProject(path)
	if err != nil {
		t.Fatal(err)
	}
	addSample(t, p)
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// snapshot returns the names and contents of the files in dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]string)
	for _, e := range entries {
		if e.IsDir() {
			out[e.Name()] = "dir"
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(data)
	}
	return out
}

func TestOpenBadFiles(t *testing.T) {
	for _, tt := range badFiles {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tt.make(t, dir)
			before := snapshot(t, dir)
			p, err := OpenProject(path)
			if err == nil {
				p.Close()
				t.Fatal("OpenProject succeeded")
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
			after := snapshot(t, dir)
			if len(after) != len(before) {
				t.Errorf("files before %d, after %d", len(before), len(after))
			}
			for name, data := range before {
				if after[name] != data {
					t.Errorf("%s changed", name)
				}
			}
		})
	}
}

func TestOpenMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "无.stitchmark")
	if _, err := OpenProject(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("error %v, want ErrNotExist", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenProject created the file")
	}
}

func TestMigrateWithBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "old.stitchmark")
	db, err := openDB(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrateStep(db, migrations[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO pages(source, imported) VALUES ('旧.txt', '2020-09-15T00:00:00Z');
		INSERT INTO page_texts(id, text) VALUES (1, '菏泽日报')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := OpenProject(path)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := p.Pages()
	if err != nil || len(pages) != 1 || pages[0].Source != "旧.txt" {
		t.Errorf("pages after migration = %+v, %v", pages, err)
	}
	if _, err := p.Rejected(1); !errors.Is(err, ErrNotFound) {
		t.Errorf("Rejected on a migrated project: %v, want ErrNotFound for the missing article", err)
	}
	if _, _, ok, err := p.MostDoubtful(1); ok || err != nil {
		t.Errorf("MostDoubtful on a migrated project without articles: %v, %v", ok, err)
	}
	p.Close()
	bak, err := os.ReadFile(path + ".bak")
	if err != nil {
		t.Fatalf("no backup: %v", err)
	}
	if v := binary.BigEndian.Uint32(bak[60:]); v != 1 {
		t.Errorf("backup schema %d, want 1", v)
	}
	if !bytes.Contains(bak, []byte("菏泽日报")) || bytes.Equal(bak, old) && len(old) == 0 {
		t.Errorf("backup lacks the data")
	}
	data, _ := os.ReadFile(path)
	if v := binary.BigEndian.Uint32(data[60:]); v != schemaVersion {
		t.Errorf("migrated schema %d, want %d", v, schemaVersion)
	}
}

// testPageText is a small page of two articles: blocks 0-3 (a headline, a
// dateline and a sentence split mid-word: 阵 + 痛) and blocks 4-6.
const testPageText = "市委巡察组反馈巡察情况\n\n" +
	"本报讯（记者 张 喙）9月15日，市委第一联动巡察组向市扶贫开发办反馈巡察情况。\n\n" +
	"王忠想强调，要切实增强使命意识，不要怕改革中的阵\n\n" +
	"痛；要举一反三、以点带面。\n\n" +
	"关爱孤寡老人\n\n" +
	"本报讯 重阳节前夕，志愿者为邬寡孤独老人送去温暖。\n\n" +
	"记者 杨飞\n"

// fixture is a project holding testPageText.
type fixture struct {
	p    *Project
	page PageID
	arts []ArticleID        // the two articles
	frag map[int]FragmentID // fragment id by block
}

// newFixture makes a project holding testPageText.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{p: newProject(t), frag: map[int]FragmentID{}}
	f.page = addText(t, f.p, "测试.txt", testPageText)
	list, err := f.p.Articles(f.page)
	if err != nil || len(list) != 2 {
		t.Fatalf("articles %+v, %v", list, err)
	}
	for _, a := range list {
		f.arts = append(f.arts, a.ID)
	}
	blocks, err := f.p.PageBlocks(f.page)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range blocks {
		f.frag[b.Block] = b.ID
	}
	return f
}

// view returns an article's view.
func (f *fixture) view(t *testing.T, a ArticleID) *ArticleView {
	t.Helper()
	v, err := f.p.Article(a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// blocks returns an article's blocks in reading order.
func (f *fixture) blocks(t *testing.T, a ArticleID) []int {
	t.Helper()
	var out []int
	for _, fr := range f.view(t, a).Fragments {
		out = append(out, fr.Block)
	}
	return out
}

// span adds a span over the first occurrence of text in article a.
func (f *fixture) span(t *testing.T, a ArticleID, text, label string) SpanID {
	t.Helper()
	v := f.view(t, a)
	i := strings.Index(v.Text, text)
	if i < 0 {
		t.Fatalf("%q not in %q", text, v.Text)
	}
	start := len([]rune(v.Text[:i]))
	id, err := f.p.AddSpan(a, start, start+len([]rune(text)), label, OriginHuman)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// spanTexts returns "label:text:flag" for each span of article a.
func (f *fixture) spanTexts(t *testing.T, a ArticleID) []string {
	t.Helper()
	var out []string
	for _, s := range f.view(t, a).Spans {
		out = append(out, s.Label+":"+s.Text+":"+s.Flag)
	}
	return out
}

// actionCase is one action tested with its undo and redo.
type actionCase struct {
	name  string
	setup func(t *testing.T, f *fixture)       // optional, before the snapshot
	do    func(t *testing.T, f *fixture) error // the action
	check func(t *testing.T, f *fixture)       // the state after it
	err   error                                // the error do must give; nil: success
}

// runActions runs each case on a fresh fixture, checks its effect, then
// checks that Undo restores the state before and Redo the state after.
func runActions(t *testing.T, cases []actionCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			if tt.setup != nil {
				tt.setup(t, f)
			}
			before := dump(t, f.p)
			err := tt.do(t, f)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("error %v, want %v", err, tt.err)
				}
				if dump(t, f.p) != before {
					t.Fatal("a failed action changed the project")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, f)
			after := dump(t, f.p)
			if after == before {
				t.Fatal("the action changed nothing")
			}
			if _, err := f.p.Undo(); err != nil {
				t.Fatal(err)
			}
			if got := dump(t, f.p); got != before {
				t.Fatalf("undo did not restore the project:\n%s", diffLines(before, got))
			}
			if _, err := f.p.Redo(); err != nil {
				t.Fatal(err)
			}
			if got := dump(t, f.p); got != after {
				t.Fatalf("redo did not restore the action:\n%s", diffLines(after, got))
			}
			tt.check(t, f)
		})
	}
}

// diffLines lists the lines of want and got that differ.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var x, y string
		if i < len(w) {
			x = w[i]
		}
		if i < len(g) {
			y = g[i]
		}
		if x != y {
			fmt.Fprintf(&b, "- %s\n+ %s\n", x, y)
		}
	}
	return b.String()
}

// TestConcurrentUse shares one project between a writer (the UI) and
// background readers and writers; go test -race checks it.
func TestConcurrentUse(t *testing.T) {
	f := newFixture(t)
	done := make(chan error, 4)
	go func() {
		for i := range 30 {
			if _, err := f.p.AddSpan(f.arts[i%2], i%5, i%5+2, "PER", ""); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	go func() {
		for range 30 {
			id, err := f.p.AddSpan(f.arts[1], 0, 2, "LOC", OriginModel)
			if err != nil {
				done <- err
				return
			}
			if err := f.p.RemoveSpan(id); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	go func() {
		for range 30 {
			if _, err := f.p.Article(f.arts[0]); err != nil {
				done <- err
				return
			}
			if _, err := f.p.Stats(); err != nil {
				done <- err
				return
			}
			f.p.CanUndo()
		}
		done <- nil
	}()
	go func() {
		done <- f.p.Records(nil, func(r ArticleRecord) error {
			_, err := f.p.Articles(0)
			return err
		})
	}()
	for range 4 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	s, err := f.p.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if s.ByLabel["PER"] != 30 || s.ByLabel["LOC"] != 0 {
		t.Errorf("%d PER spans, want the writer's 30: %+v", s.ByLabel["PER"], s)
	}
}

// damagedProject writes a project every other page of whose page texts
// and fragments (its data, not its schema, wherever the schema's pages
// lie) is overwritten with garbage; the header is left whole.
func damagedProject(t *testing.T, dir string) string {
	t.Helper()
	path := sampleProjectFile(t, t.TempDir())
	pages := dataPages(t, path)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	size := int(binary.BigEndian.Uint16(data[16:]))
	for k := 0; k < len(pages); k += 2 {
		for i := (pages[k] - 1) * size; i < pages[k]*size; i++ {
			data[i] = 0xA5
		}
	}
	return writeFile(t, dir, "damaged.stitchmark", data)
}

// dataPages returns the numbers of the pages (from 1) that hold the page
// texts and fragments of the project at path, but their tables' roots.
func dataPages(t *testing.T, path string) []int {
	t.Helper()
	db, err := openDB(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT pageno FROM dbstat WHERE name IN ('page_texts', 'fragments') AND path <> '/' ORDER BY pageno`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var pages []int
	for rows.Next() {
		var pg int
		if err := rows.Scan(&pg); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, pg)
	}
	if len(pages) < 4 {
		t.Fatalf("the sample project's data fills %d pages: too few to damage", len(pages))
	}
	return pages
}

func TestIntegrityInTheBackground(t *testing.T) {
	defer func(limit int64) { foregroundCheckLimit = limit }(foregroundCheckLimit)
	foregroundCheckLimit = 0
	dir := t.TempDir()
	good := sampleProjectFile(t, dir)
	p, err := OpenProject(good)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Integrity(); err != nil {
		t.Errorf("whole project: %v", err)
	}
	p.Close()
	if err := p.Integrity(); err != nil {
		t.Errorf("Integrity after Close of a checked project: %v", err)
	}

	bad := damagedProject(t, dir)
	p, err = OpenProject(bad)
	if err != nil {
		t.Fatalf("a large project should open before the check ends: %v", err)
	}
	if err := p.Integrity(); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), bad) {
		t.Errorf("damaged project: %v, want ErrCorrupt naming the file", err)
	}
	p.Close()

	p, err = OpenProject(good)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if err := p.Integrity(); err != nil && !errors.Is(err, ErrClosed) {
		t.Errorf("Integrity after an early Close: %v", err)
	}
}

// TestOpenAfterCrashBeforeCheckpoint opens a project whose process died
// before SQLite copied its header from the write-ahead log into the file.
func TestOpenAfterCrashBeforeCheckpoint(t *testing.T) {
	dir := t.TempDir()
	live := filepath.Join(dir, "live.stitchmark")
	db, err := openDB(live)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := migrate(db, live, 0); err != nil {
		t.Fatal(err)
	}
	crashed := filepath.Join(dir, "崩溃.stitchmark")
	for _, suffix := range []string{"", "-wal"} {
		data, err := os.ReadFile(live + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(crashed+suffix, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := OpenProject(crashed)
	if err != nil {
		t.Fatalf("reopening after a crash before the first checkpoint: %v", err)
	}
	if got := len(mustLabels(t, p)); got == 0 {
		t.Error("the reopened project has no labels")
	}
	p.Close()
}

func mustLabels(t *testing.T, p *Project) []Label {
	t.Helper()
	ls, err := p.Labels()
	if err != nil {
		t.Fatal(err)
	}
	return ls
}
