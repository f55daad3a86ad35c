package corpus

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// AddPage stores a page with its fragments and the stitcher's articles and
// joins, as one action. A page whose source name is already in the project
// gives ErrDuplicatePage.
func (p *Project) AddPage(pg *Page, st Stitching) (PageID, error) {
	var id PageID
	err := p.action(func(tx *sql.Tx) (string, error) {
		if err := checkStitching(pg, st); err != nil {
			return "", err
		}
		var err error
		id, err = insertPage(tx, pg, st)
		return fmt.Sprintf("import page %s", pg.Source), err
	})
	return id, err
}

// checkStitching validates a page and its stitching against each other.
func checkStitching(pg *Page, st Stitching) error {
	if pg == nil || pg.Source == "" {
		return fmt.Errorf("%w: page without a source name", ErrBadValue)
	}
	for i, f := range pg.Fragments {
		if f.Block != i {
			return fmt.Errorf("%w: page %s: fragment %d has block %d", ErrBadValue, pg.Source, i, f.Block)
		}
		if f.Text == "" {
			return fmt.Errorf("%w: page %s: block %d is empty", ErrBadValue, pg.Source, i)
		}
	}
	seen := make(map[int]bool)
	for ai, a := range st.Articles {
		if len(a.Blocks) == 0 {
			return fmt.Errorf("%w: page %s: article %d has no blocks", ErrBadValue, pg.Source, ai+1)
		}
		for _, b := range a.Blocks {
			if b < 0 || b >= len(pg.Fragments) || seen[b] {
				return fmt.Errorf("%w: page %s: article %d: block %d is out of range or in two articles", ErrBadValue, pg.Source, ai+1, b)
			}
			seen[b] = true
		}
		if e := a.End; e != nil && (!(e.Score >= 0 && e.Score <= 1) || e.Next < -1 || e.Next >= len(pg.Fragments)) {
			return fmt.Errorf("%w: page %s: article %d: end score %v or next block %d is out of range", ErrBadValue, pg.Source, ai+1, e.Score, e.Next)
		}
	}
	return nil
}

// insertPage writes the page, its articles, fragments and joins.
func insertPage(tx *sql.Tx, pg *Page, st Stitching) (PageID, error) {
	pid, err := insertPageRow(tx, pg)
	if err != nil {
		return 0, err
	}
	type place struct {
		art int64
		pos int
	}
	where := make(map[int]place)
	for i, a := range st.Articles {
		res, err := tx.Exec(`INSERT INTO articles(page, ordinal, title) VALUES (?, ?, ?)`, pid, i+1, a.Title)
		if err != nil {
			return 0, err
		}
		aid, err := res.LastInsertId()
		if err != nil {
			return 0, err
		}
		for pos, b := range a.Blocks {
			where[b] = place{aid, pos}
		}
	}
	ins, err := tx.Prepare(`INSERT INTO fragments(page, block, start, "end", kind, article, pos, kind_reason, text)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return 0, err
	}
	defer ins.Close()
	for _, f := range pg.Fragments {
		var art, pos any
		if w, ok := where[f.Block]; ok {
			art, pos = w.art, w.pos
		}
		if _, err := ins.Exec(pid, f.Block, f.Start, f.End, string(f.Kind), art, pos, f.KindReason, f.Text); err != nil {
			return 0, err
		}
	}
	for _, a := range st.Articles {
		for _, j := range a.Joins {
			if _, err := tx.Exec(`INSERT OR IGNORE INTO joins(page, from_block, to_block, score, reason) VALUES (?, ?, ?, ?, ?)`,
				pid, j.From, j.To, j.Score, j.Reason); err != nil {
				return 0, err
			}
		}
		if err := insertEnd(tx, pid, a); err != nil {
			return 0, err
		}
	}
	return PageID(pid), nil
}

// insertEnd writes the stitcher's judgement of where article a ends, when
// it made one.
func insertEnd(tx *sql.Tx, page int64, a Article) error {
	if a.End == nil || len(a.Blocks) == 0 {
		return nil
	}
	_, err := tx.Exec(`INSERT OR IGNORE INTO ends(page, block, score, next_block, reason) VALUES (?, ?, ?, ?, ?)`,
		page, a.Blocks[len(a.Blocks)-1], a.End.Score, a.End.Next, a.End.Reason)
	return err
}

// insertPageRow writes a page's row and text (not its fragments).
func insertPageRow(tx *sql.Tx, pg *Page) (int64, error) {
	var id int64
	err := tx.QueryRow(`SELECT id FROM pages WHERE source = ?`, pg.Source).Scan(&id)
	if err == nil {
		return 0, fmt.Errorf("%w: %s is page %d", ErrDuplicatePage, pg.Source, id)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	res, err := tx.Exec(`INSERT INTO pages(source, path, encoding, imported) VALUES (?, ?, ?, ?)`,
		pg.Source, pg.Path, pg.Encoding, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return 0, err
	}
	id, err = res.LastInsertId()
	if err != nil {
		return 0, err
	}
	_, err = tx.Exec(`INSERT INTO page_texts(id, text) VALUES (?, ?)`, id, pg.Text)
	return id, err
}
