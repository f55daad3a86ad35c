package corpus

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// Pages lists the pages in import order, without their texts.
func (p *Project) Pages() ([]PageInfo, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return nil, ErrClosed
	}
	rows, err := p.db.Query(`SELECT p.id, p.source, p.encoding, p.imported,
			(SELECT count(*) FROM fragments f WHERE f.page = p.id),
			(SELECT count(*) FROM articles a WHERE a.page = p.id),
			(SELECT count(*) FROM fragments f WHERE f.page = p.id AND f.article IS NULL)
		FROM pages p ORDER BY p.id`)
	if err != nil {
		return nil, p.wrap(err)
	}
	defer rows.Close()
	var out []PageInfo
	for rows.Next() {
		var pi PageInfo
		if err := rows.Scan(&pi.ID, &pi.Source, &pi.Encoding, &pi.Imported, &pi.Fragments, &pi.Articles, &pi.Unassigned); err != nil {
			return nil, p.wrap(err)
		}
		out = append(out, pi)
	}
	return out, p.wrap(rows.Err())
}

// PageText returns the decoded text of a page.
func (p *Project) PageText(page PageID) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return "", ErrClosed
	}
	var text string
	err := p.db.QueryRow(`SELECT text FROM page_texts WHERE id = ?`, page).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", p.wrap(fmt.Errorf("%w: page %d", ErrNotFound, page))
	}
	return text, p.wrap(err)
}

// articleListing selects ArticleInfo columns; texts stay on disk.
const articleListing = `SELECT a.id, a.page, a.ordinal, a.record_id, a.title, a.status, p.source,
		(SELECT count(*) FROM fragments f WHERE f.article = a.id),
		(SELECT count(*) FROM spans s WHERE s.article = a.id)
	FROM articles a JOIN pages p ON p.id = a.page `

// Articles lists a page's articles by ordinal, without texts. Page 0 lists
// the articles of every page, by page and ordinal.
func (p *Project) Articles(page PageID) ([]ArticleInfo, error) {
	if page == 0 {
		return p.listArticles(`ORDER BY a.page, a.ordinal`)
	}
	return p.listArticles(`WHERE a.page = ? ORDER BY a.ordinal`, page)
}

// ArticlesByStatus lists the articles with any of the given statuses (all
// articles when none is given), by page and ordinal.
func (p *Project) ArticlesByStatus(st ...Status) ([]ArticleInfo, error) {
	if len(st) == 0 {
		return p.listArticles(`ORDER BY a.page, a.ordinal`)
	}
	args := make([]any, len(st))
	for i, s := range st {
		args[i] = string(s)
	}
	marks := strings.TrimSuffix(strings.Repeat("?,", len(st)), ",")
	return p.listArticles(`WHERE a.status IN (`+marks+`) ORDER BY a.page, a.ordinal`, args...)
}

// listArticles runs articleListing with a tail and its arguments.
func (p *Project) listArticles(tail string, args ...any) ([]ArticleInfo, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return nil, ErrClosed
	}
	rows, err := p.db.Query(articleListing+tail, args...)
	if err != nil {
		return nil, p.wrap(err)
	}
	defer rows.Close()
	var out []ArticleInfo
	for rows.Next() {
		var a ArticleInfo
		var status, source string
		if err := rows.Scan(&a.ID, &a.Page, &a.Ordinal, &a.RecordID, &a.Title, &status, &source, &a.Fragments, &a.Spans); err != nil {
			return nil, p.wrap(err)
		}
		a.Status = Status(status)
		if a.RecordID == "" {
			a.RecordID = recordID(source, a.Ordinal)
		}
		out = append(out, a)
	}
	return out, p.wrap(rows.Err())
}

// PageBlocks returns every fragment of a page in layout (block) order with
// the article it belongs to, for the page map.
func (p *Project) PageBlocks(page PageID) ([]BlockInfo, error) {
	return p.blocks(page, "")
}

// Unassigned returns a page's fragments that belong to no article, in
// layout order.
func (p *Project) Unassigned(page PageID) ([]BlockInfo, error) {
	return p.blocks(page, "AND article IS NULL")
}

// blocks lists a page's fragments matching cond.
func (p *Project) blocks(page PageID, cond string) ([]BlockInfo, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return nil, ErrClosed
	}
	if err := pageExists(p.db, page); err != nil {
		return nil, p.wrap(err)
	}
	rows, err := p.db.Query(`SELECT id, block, start, "end", kind, coalesce(article, 0), coalesce(pos, -1), text
		FROM fragments WHERE page = ? `+cond+` ORDER BY block`, page)
	if err != nil {
		return nil, p.wrap(err)
	}
	defer rows.Close()
	var out []BlockInfo
	for rows.Next() {
		var b BlockInfo
		var kind string
		if err := rows.Scan(&b.ID, &b.Block, &b.Start, &b.End, &kind, &b.Article, &b.Pos, &b.Text); err != nil {
			return nil, p.wrap(err)
		}
		b.Kind = Kind(kind)
		out = append(out, b)
	}
	return out, p.wrap(rows.Err())
}

// pageExists returns ErrNotFound for an unknown page.
func pageExists(q querier, page PageID) error {
	var id int64
	err := q.QueryRow(`SELECT id FROM pages WHERE id = ?`, page).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: page %d", ErrNotFound, page)
	}
	return err
}

// Stats counts pages, articles by status and spans by label.
func (p *Project) Stats() (Stats, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := Stats{ByStatus: map[Status]int{}, ByLabel: map[string]int{}}
	if p.db == nil {
		return s, ErrClosed
	}
	err := p.db.QueryRow(`SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM fragments),
		(SELECT count(*) FROM fragments WHERE article IS NULL), (SELECT count(*) FROM articles),
		(SELECT count(*) FROM spans WHERE article IS NOT NULL),
		(SELECT count(*) FROM spans WHERE article IS NOT NULL AND flag <> '')`).
		Scan(&s.Pages, &s.Fragments, &s.Unassigned, &s.Articles, &s.Spans, &s.Flagged)
	if err != nil {
		return s, p.wrap(err)
	}
	if err := countInto(p.db, `SELECT status, count(*) FROM articles GROUP BY status`, func(k string, n int) {
		s.ByStatus[Status(k)] = n
	}); err != nil {
		return s, p.wrap(err)
	}
	err = countInto(p.db, `SELECT label, count(*) FROM spans WHERE article IS NOT NULL GROUP BY label`, func(k string, n int) {
		s.ByLabel[k] = n
	})
	return s, p.wrap(err)
}

// countInto runs a two-column (key, count) query and passes each row to put.
func countInto(q querier, query string, put func(string, int)) error {
	rows, err := q.Query(query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return err
		}
		put(k, n)
	}
	return rows.Err()
}
