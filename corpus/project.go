package corpus

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"unicode/utf8"

	"modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Sentinel errors of the project store. They are wrapped with %w together
// with the project's file path and what went wrong.
var (
	// ErrNotProject marks a file that is not a Stitchmark project.
	ErrNotProject = errors.New("corpus: not a Stitchmark project")
	// ErrNewerSchema marks a project written by a newer Stitchmark.
	ErrNewerSchema = errors.New("corpus: project written by a newer version of Stitchmark")
	// ErrCorrupt marks a project that fails the integrity check.
	ErrCorrupt = errors.New("corpus: project file is damaged")
	// ErrNoUndo is returned by Undo when there is nothing to undo.
	ErrNoUndo = errors.New("corpus: nothing to undo")
	// ErrNoRedo is returned by Redo when there is nothing to redo.
	ErrNoRedo = errors.New("corpus: nothing to redo")
	// ErrNotFound marks a page, article, fragment, span or label id that
	// does not exist.
	ErrNotFound = errors.New("corpus: not found")
	// ErrBadOffsets marks offsets outside 0 ≤ start < end ≤ length.
	ErrBadOffsets = errors.New("corpus: bad offsets")
	// ErrBadValue marks an invalid argument: an unknown kind, status or
	// label, a bad colour or hotkey, a position out of range.
	ErrBadValue = errors.New("corpus: bad value")
	// ErrLabelInUse is returned by DeleteLabel while spans still use it.
	ErrLabelInUse = errors.New("corpus: label in use")
	// ErrProjectExists is returned by CreateProject when the file exists.
	ErrProjectExists = errors.New("corpus: project file already exists")
	// ErrDuplicatePage is returned when a page with the same source name
	// is already in the project: record IDs are made from it.
	ErrDuplicatePage = errors.New("corpus: page already in the project")
	// ErrClosed is returned by the methods of a closed Project.
	ErrClosed = errors.New("corpus: project is closed")
)

// PageID identifies a page in a project.
type PageID int64

// ArticleID identifies an article in a project.
type ArticleID int64

// FragmentID identifies a fragment (text block) in a project.
type FragmentID int64

// SpanID identifies an entity span in a project.
type SpanID int64

// Status is an article's place in the review workflow.
type Status string

// The article statuses, in workflow order.
const (
	StatusAuto         Status = "auto"          // as the stitcher made it
	StatusJoinsChecked Status = "joins-checked" // a person checked its joins
	StatusLabeled      Status = "labeled"       // entity spans labeled
	StatusGold         Status = "gold"          // reviewed, final
)

// Statuses lists every status in workflow order.
var Statuses = []Status{StatusAuto, StatusJoinsChecked, StatusLabeled, StatusGold}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, x := range Statuses {
		if x == s {
			return true
		}
	}
	return false
}

// Span origins: who or what proposed a span.
const (
	OriginHuman      = "human"      // drawn by a person
	OriginSuggestion = "suggestion" // a pre-annotation a person accepted
	OriginRule       = "rule"       // a rule (gazetteer, pattern)
	OriginModel      = "model"      // a statistical model
)

// Join decisions: what a person decided about a join.
const (
	DecisionNone      = ""          // not reviewed
	DecisionConfirmed = "confirmed" // reviewed and kept
	DecisionBroken    = "broken"    // a person broke it
	DecisionCreated   = "created"   // a person made it
)

// Span flags: why a span needs a person's attention ("" when it is fine).
const (
	FlagCut   = "cut"   // a text edit cut through the span
	FlagSplit = "split" // its ends are no longer in one article, in order
)

// PageInfo is one page as listed, without its text.
type PageInfo struct {
	ID         PageID
	Source     string // file base name, e.g. heze-daily-2020-09-15.txt
	Encoding   string // detected encoding
	Imported   string // import time, RFC 3339 UTC
	Fragments  int
	Articles   int
	Unassigned int
}

// ArticleInfo is one article as listed: no texts are loaded.
type ArticleInfo struct {
	ID        ArticleID
	Page      PageID
	Ordinal   int    // 1-based number of the article on its page
	RecordID  string // e.g. heze-daily-2020-09-15#03
	Title     string
	Status    Status
	Fragments int
	Spans     int
}

// FragmentView is one fragment of an article, in reading order.
type FragmentView struct {
	ID         FragmentID
	Source     string
	Block      int
	Kind       Kind
	KindReason string
	Text       string
}

// JoinView is a join between two fragments with the person's decision.
// Live joins link consecutive fragments of the article; broken joins start
// at one of its fragments and are kept so that the decision is not lost.
type JoinView struct {
	From, To         FragmentID // 0 when the fragment is not in the project
	FromBlock        int
	ToBlock          int
	Score            float64
	Reason, Decision string
}

// EndView is the stitcher's judgement that an article ends at one of its
// fragments, with the person's decision (DecisionNone or
// DecisionConfirmed). It is live while that fragment is the article's
// last.
type EndView struct {
	Block    int
	Score    float64    // calibrated confidence that the article ends there
	Next     int        // the block it would most likely go on in, -1 if none
	NextID   FragmentID // that block's fragment, 0 if none
	Reason   string
	Decision string
}

// SpanView is an entity span in an article's text, in code points. A
// flagged span (Flag != "") has offsets clamped to the text as best as can
// be; a person should resize or remove it.
type SpanView struct {
	ID         SpanID
	Start, End int
	Label      string
	Text       string
	Origin     string
	Flag       string // "", FlagCut or FlagSplit
}

// ArticleView is one article with its fragments, joins, text and spans.
type ArticleView struct {
	ArticleInfo
	Annotator string
	Fragments []FragmentView
	Joins     []JoinView
	End       *EndView      // the judgement of its last fragment as an end, nil if none
	Text      string        // assembled by ArticleText
	Refs      []FragmentRef // where each fragment lies in Text
	Spans     []SpanView    // ordered by start, end, label
}

// BlockInfo is one fragment of a page in layout order, for the page map.
type BlockInfo struct {
	ID         FragmentID
	Block      int
	Start, End int // code points in the page text
	Kind       Kind
	Text       string
	Article    ArticleID // 0 when unassigned
	Pos        int       // position in its article, -1 when unassigned
}

// Label is an entity label type.
type Label struct {
	Name   string
	Colour string // #rrggbb
	Hotkey int    // 1-9, 0 for none
	Order  int    // display order
}

// Stats counts a project's contents.
type Stats struct {
	Pages      int
	Fragments  int
	Unassigned int // fragments in no article
	Articles   int
	ByStatus   map[Status]int
	Spans      int
	ByLabel    map[string]int
	Flagged    int // spans needing attention
}

// Project is an open project file. Its methods are safe for concurrent use:
// a mutex serialises them over a single SQLite connection. Every writing
// method is one user action: one transaction, committed before it returns,
// and one step of the undo history.
type Project struct {
	mu    sync.Mutex
	db    *sql.DB
	path  string
	check *integrity // the background integrity check, nil if none
}

// Path returns the project's file path.
func (p *Project) Path() string { return p.path }

// CreateProject creates a new, empty project file at path (it must not
// exist) with the default labels PER, LOC, ORG, DATE and MONEY.
func CreateProject(path string) (*Project, error) {
	if _, err := os.Lstat(path); err == nil {
		return nil, fmt.Errorf("%w: %s", ErrProjectExists, path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("corpus: %s: %w", path, err)
	}
	db, err := openDB(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: creating %s: %w", path, err)
	}
	if err := migrate(db, path, 0); err != nil {
		db.Close()
		removeProjectFiles(path)
		return nil, err
	}
	// Write the header (application id, schema version) into the main
	// file at once, so that the file says what it is even if the process
	// dies before SQLite's next checkpoint.
	if _, err := db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		db.Close()
		removeProjectFiles(path)
		return nil, fmt.Errorf("corpus: creating %s: %w", path, err)
	}
	return &Project{db: db, path: path}, nil
}

// removeProjectFiles removes a project that could not be created.
func removeProjectFiles(path string) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
}

// OpenProject opens an existing project: it checks that the file is a
// Stitchmark project (ErrNotProject) of a schema this version knows
// (ErrNewerSchema), not truncated and whole (ErrCorrupt, after PRAGMA
// integrity_check), and migrates an older schema forward after writing a
// backup copy path+".bak". A file that is rejected is left untouched: the
// checks on the file header run before SQLite opens it.
//
// integrity_check reads the whole file (5 s for 10,000 pages), so for a
// file larger than 64 MiB that needs no migration it runs in the
// background on a second connection instead: Integrity reports its result.
func OpenProject(path string) (*Project, error) {
	version, size, err := checkHeader(path)
	if err != nil {
		return nil, err
	}
	db, err := openDB(path)
	if err != nil {
		if isCorrupt(err) {
			return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, path, err)
		}
		return nil, fmt.Errorf("corpus: opening %s: %w", path, err)
	}
	background := size > foregroundCheckLimit && version == schemaVersion
	if !background {
		if err := integrityCheck(context.Background(), db); err != nil {
			db.Close()
			return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, path, err)
		}
	}
	if err := migrate(db, path, version); err != nil {
		db.Close()
		return nil, err
	}
	p := &Project{db: db, path: path}
	if background {
		p.startCheck()
	}
	return p, nil
}

// openDB opens the SQLite file with one connection. Durability: WAL mode
// with synchronous=FULL fsyncs the write-ahead log on every commit, so a
// committed action survives a crash or power loss; synchronous=NORMAL would
// only fsync at checkpoints and could lose the last acknowledged actions.
func openDB(path string) (*sql.DB, error) {
	dsn := path + "?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)" +
		"&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// isCorrupt reports whether err is SQLite's SQLITE_CORRUPT or SQLITE_NOTADB.
func isCorrupt(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	code := e.Code() & 0xff
	return code == sqlite3.SQLITE_CORRUPT || code == sqlite3.SQLITE_NOTADB
}

// integrityCheck runs PRAGMA integrity_check and returns its findings.
func integrityCheck(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return err
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(problems) > 0 {
		if len(problems) > 3 {
			problems = append(problems[:3], fmt.Sprintf("and %d more problems", len(problems)-3))
		}
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

// checkHeader reads the 100-byte SQLite header of path and returns the
// schema version and the file size, without opening the file with SQLite.
func checkHeader(path string) (version int, size int64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return 0, 0, fmt.Errorf("corpus: %w", err)
	}
	if info.IsDir() {
		return 0, 0, fmt.Errorf("%w: %s is a directory", ErrNotProject, path)
	}
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		return 0, 0, fmt.Errorf("%w: %s: %d bytes, too short for a project file", ErrNotProject, path, info.Size())
	}
	if string(h[:16]) != "SQLite format 3\x00" {
		return 0, 0, fmt.Errorf("%w: %s: not an SQLite database (header %q)", ErrNotProject, path, printable(h[:16]))
	}
	version = int(binary.BigEndian.Uint32(h[60:]))
	if id := binary.BigEndian.Uint32(h[68:]); id != applicationID {
		// A project whose process died before its first checkpoint keeps
		// its header in the write-ahead log: ask SQLite, read-only.
		if id, version, err = walHeader(path); err != nil || id != applicationID {
			return 0, 0, fmt.Errorf("%w: %s: an SQLite database of another application (application_id %#x)", ErrNotProject, path, id)
		}
	}
	if version > schemaVersion {
		return 0, 0, fmt.Errorf("%w: %s: schema %d, this version reads up to %d; update Stitchmark", ErrNewerSchema, path, version, schemaVersion)
	}
	return version, info.Size(), checkSize(path, h[:], info.Size())
}

// walHeader reads the application id and schema version through SQLite,
// read-only, when the file has a write-ahead log that may hold a newer
// header than the file itself; with no log it reports id 0.
func walHeader(path string) (id uint32, version int, err error) {
	if wal, err := os.Stat(path + "-wal"); err != nil || wal.Size() == 0 {
		return 0, 0, nil
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	if err := db.QueryRow(`PRAGMA application_id`).Scan(&id); err != nil {
		return 0, 0, err
	}
	err = db.QueryRow(`PRAGMA user_version`).Scan(&version)
	return id, version, err
}

// checkSize reports a truncated file: with no write-ahead log pending, the
// file must hold every page the header counts.
func checkSize(path string, h []byte, size int64) error {
	if wal, err := os.Stat(path + "-wal"); err == nil && wal.Size() > 0 {
		return nil // the log may hold newer pages; integrity_check decides
	}
	pageSize := int64(binary.BigEndian.Uint16(h[16:]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(h[28:]))
	valid := binary.BigEndian.Uint32(h[24:]) == binary.BigEndian.Uint32(h[92:])
	if pageSize < 512 || size%pageSize != 0 || (valid && size < pages*pageSize) {
		return fmt.Errorf("%w: %s: truncated (%d bytes, expected %d pages of %d bytes)", ErrCorrupt, path, size, pages, pageSize)
	}
	return nil
}

// printable returns b with control bytes shown as '.'.
func printable(b []byte) string {
	out := []rune(string(b))
	for i, r := range out {
		if r < ' ' || r == utf8.RuneError {
			out[i] = '.'
		}
	}
	return string(out)
}

// Close closes the project; every action is already committed.
func (p *Project) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return nil
	}
	p.stopCheck()
	err := p.db.Close()
	p.db = nil
	if err != nil {
		return fmt.Errorf("corpus: closing %s: %w", p.path, err)
	}
	return nil
}
