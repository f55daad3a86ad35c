package corpus

import (
	"database/sql"
	"fmt"
	"strings"
)

// applicationID marks a SQLite file as a Stitchmark project ("STCM"); it is
// stored in PRAGMA application_id, bytes 68-71 of the file header.
const applicationID = 0x5354434D

// schemaVersion is the schema this version writes, stored in PRAGMA
// user_version (bytes 60-63 of the file header).
const schemaVersion = 3

// migration brings the schema to version to.
type migration struct {
	to   int
	stmt string
}

// migrations are the forward migrations in order; migrations[i] brings a
// project from version i to i+1. Version 0 is an empty file.
var migrations = []migration{
	{to: 1, stmt: schemaV1},
	{to: 2, stmt: schemaV2},
	{to: 3, stmt: schemaV3},
}

// schemaV1 is the first schema. Page texts have a table of their own and
// fragment texts are the last column of their row, so that listing
// queries do not read them.
const schemaV1 = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE pages(
	id INTEGER PRIMARY KEY,
	source TEXT NOT NULL,
	path TEXT NOT NULL DEFAULT '',
	encoding TEXT NOT NULL DEFAULT '',
	imported TEXT NOT NULL
);
CREATE UNIQUE INDEX pages_source ON pages(source);
CREATE TABLE page_texts(
	id INTEGER PRIMARY KEY REFERENCES pages(id),
	text TEXT NOT NULL
);
CREATE TABLE articles(
	id INTEGER PRIMARY KEY,
	page INTEGER NOT NULL REFERENCES pages(id),
	ordinal INTEGER NOT NULL,
	record_id TEXT NOT NULL DEFAULT '',
	status TEXT NOT NULL DEFAULT 'auto',
	annotator TEXT NOT NULL DEFAULT '',
	title TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_page ON articles(page, ordinal);
CREATE INDEX articles_status ON articles(status);
CREATE TABLE fragments(
	id INTEGER PRIMARY KEY,
	page INTEGER NOT NULL REFERENCES pages(id),
	block INTEGER NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	kind TEXT NOT NULL,
	article INTEGER REFERENCES articles(id),
	pos INTEGER,
	kind_reason TEXT NOT NULL DEFAULT '',
	original TEXT,
	text TEXT NOT NULL
);
CREATE UNIQUE INDEX fragments_block ON fragments(page, block);
CREATE INDEX fragments_article ON fragments(article, pos);
CREATE TABLE joins(
	id INTEGER PRIMARY KEY,
	page INTEGER NOT NULL REFERENCES pages(id),
	from_block INTEGER NOT NULL,
	to_block INTEGER NOT NULL,
	score REAL NOT NULL DEFAULT 0,
	decision TEXT NOT NULL DEFAULT '',
	reason TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX joins_blocks ON joins(page, from_block, to_block);
CREATE INDEX joins_to ON joins(page, to_block);
CREATE TABLE labels(
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE,
	colour TEXT NOT NULL,
	hotkey INTEGER NOT NULL DEFAULT 0,
	ord INTEGER NOT NULL DEFAULT 0
);
INSERT INTO labels(name, colour, hotkey, ord) VALUES
	('PER', '#e6194b', 1, 1), ('LOC', '#3cb44b', 2, 2), ('ORG', '#4363d8', 3, 3),
	('DATE', '#f58231', 4, 4), ('MONEY', '#911eb4', 5, 5);
CREATE TABLE spans(
	id INTEGER PRIMARY KEY,
	article INTEGER REFERENCES articles(id),
	sfrag INTEGER NOT NULL REFERENCES fragments(id),
	soff INTEGER NOT NULL,
	efrag INTEGER NOT NULL REFERENCES fragments(id),
	eoff INTEGER NOT NULL,
	label TEXT NOT NULL,
	origin TEXT NOT NULL,
	flag TEXT NOT NULL DEFAULT ''
);
CREATE INDEX spans_article ON spans(article);
CREATE INDEX spans_sfrag ON spans(sfrag);
CREATE INDEX spans_efrag ON spans(efrag);
CREATE INDEX spans_label ON spans(label);
CREATE TABLE undolog(seq INTEGER PRIMARY KEY, sql TEXT NOT NULL);
CREATE TABLE history(
	id INTEGER PRIMARY KEY,
	stack TEXT NOT NULL,
	descr TEXT NOT NULL,
	first INTEGER NOT NULL,
	last INTEGER NOT NULL,
	at TEXT NOT NULL
);
CREATE INDEX history_stack ON history(stack, id);
`

// schemaV2 adds the rejected pre-annotation suggestions.
const schemaV2 = `
CREATE TABLE rejected(
	id INTEGER PRIMARY KEY,
	article INTEGER NOT NULL REFERENCES articles(id),
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	label TEXT NOT NULL,
	text TEXT NOT NULL
);
CREATE INDEX rejected_article ON rejected(article);
`

// schemaV3 adds the stitcher's judgement of where each article ends: the
// confidence that it ends at that block, the block it would most likely
// go on in (-1: none), and a person's decision, as for joins.
const schemaV3 = `
CREATE TABLE ends(
	id INTEGER PRIMARY KEY,
	page INTEGER NOT NULL REFERENCES pages(id),
	block INTEGER NOT NULL,
	score REAL NOT NULL,
	next_block INTEGER NOT NULL DEFAULT -1,
	decision TEXT NOT NULL DEFAULT '',
	reason TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX ends_block ON ends(page, block);
CREATE INDEX ends_open ON ends(decision, score, page, block);
`

// trackedTables are the tables whose changes the undo history records.
var trackedTables = []string{"pages", "page_texts", "articles", "fragments", "joins", "labels", "spans", "rejected", "ends"}

// columns returns a table's columns other than id, in order.
func columns(tx *sql.Tx, table string) ([]string, error) {
	rows, err := tx.Query(`SELECT name FROM pragma_table_info(?) WHERE name <> 'id' ORDER BY cid`, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		cols = append(cols, c)
	}
	return cols, rows.Err()
}

// createUndoTriggers (re)creates, for every tracked table that exists, the
// triggers that write the inverse SQL of each change into undolog (the
// technique of sqlite.org's "Automatic Undo/Redo Using SQLite").
func createUndoTriggers(tx *sql.Tx) error {
	for _, t := range trackedTables {
		cols, err := columns(tx, t)
		if err != nil {
			return err
		}
		if len(cols) == 0 {
			continue // not in this schema version
		}
		for _, stmt := range undoTriggers(t, cols) {
			if _, err := tx.Exec(stmt); err != nil {
				return fmt.Errorf("undo trigger on %s: %w", t, err)
			}
		}
	}
	return nil
}

// undoTriggers returns the statements creating table t's undo triggers.
func undoTriggers(t string, cols []string) []string {
	var changed, sets, names, values []string
	for _, c := range cols {
		q := `"` + c + `"`
		changed = append(changed, "old."+q+" IS NOT new."+q)
		sets = append(sets, fmt.Sprintf(`iif(old.%[1]s IS NOT new.%[1]s, ',%[1]s='||quote(old.%[1]s), '')`, q))
		names = append(names, q)
		values = append(values, "quote(old."+q+")")
	}
	return []string{
		fmt.Sprintf(`DROP TRIGGER IF EXISTS undo_%s_insert`, t),
		fmt.Sprintf(`DROP TRIGGER IF EXISTS undo_%s_update`, t),
		fmt.Sprintf(`DROP TRIGGER IF EXISTS undo_%s_delete`, t),
		fmt.Sprintf(`CREATE TRIGGER undo_%[1]s_insert AFTER INSERT ON %[1]s BEGIN
	INSERT INTO undolog(sql) VALUES('DELETE FROM %[1]s WHERE id='||new.id);
END`, t),
		fmt.Sprintf(`CREATE TRIGGER undo_%[1]s_update AFTER UPDATE ON %[1]s WHEN %[2]s BEGIN
	INSERT INTO undolog(sql) VALUES('UPDATE %[1]s SET '||substr(%[3]s, 2)||' WHERE id='||old.id);
END`, t, strings.Join(changed, " OR "), strings.Join(sets, "||")),
		fmt.Sprintf(`CREATE TRIGGER undo_%[1]s_delete AFTER DELETE ON %[1]s BEGIN
	INSERT INTO undolog(sql) VALUES('INSERT INTO %[1]s(id,%[2]s) VALUES('||old.id||','||%[3]s||')');
END`, t, strings.Join(names, ","), strings.Join(values, "||','||")),
	}
}
