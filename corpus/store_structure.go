package corpus

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// This file holds the helpers that the structural actions (joins, moves,
// merges) share: loading and ordering an article's fragments, and settling
// joins and spans after the order changed.

// fragRow is where a fragment sits.
type fragRow struct {
	id      FragmentID
	page    PageID
	block   int
	article sql.NullInt64
	pos     sql.NullInt64
	text    string
	kind    Kind
}

// loadFrag reads a fragment's place, or ErrNotFound.
func loadFrag(q querier, id FragmentID) (fragRow, error) {
	f := fragRow{id: id}
	var kind string
	err := q.QueryRow(`SELECT page, block, article, pos, text, kind FROM fragments WHERE id = ?`, id).
		Scan(&f.page, &f.block, &f.article, &f.pos, &f.text, &kind)
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("%w: fragment %d", ErrNotFound, id)
	}
	f.kind = Kind(kind)
	return f, err
}

// articlePage returns the page of article a, or ErrNotFound.
func articlePage(q querier, a ArticleID) (PageID, error) {
	var page PageID
	err := q.QueryRow(`SELECT page FROM articles WHERE id = ?`, a).Scan(&page)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("%w: article %d", ErrNotFound, a)
	}
	return page, err
}

// fragIDs returns article a's fragments in reading order.
func fragIDs(q querier, a ArticleID) ([]FragmentID, error) {
	rows, err := q.Query(`SELECT id FROM fragments WHERE article = ? ORDER BY pos`, a)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []FragmentID
	for rows.Next() {
		var id FragmentID
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// setOrder makes ids the fragments of article a, in that order.
func setOrder(tx *sql.Tx, a ArticleID, ids []FragmentID) error {
	for i, id := range ids {
		if _, err := tx.Exec(`UPDATE fragments SET article = ?, pos = ? WHERE id = ? AND (article IS NOT ? OR pos IS NOT ?)`,
			a, i, id, a, i); err != nil {
			return err
		}
	}
	return nil
}

// without returns ids without id.
func without(ids []FragmentID, id FragmentID) []FragmentID {
	out := make([]FragmentID, 0, len(ids))
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	return out
}

// inserted returns ids with id inserted at pos.
func inserted(ids []FragmentID, id FragmentID, pos int) []FragmentID {
	out := make([]FragmentID, 0, len(ids)+1)
	out = append(out, ids[:pos]...)
	out = append(out, id)
	return append(out, ids[pos:]...)
}

// newArticle creates an empty article on page with the next ordinal,
// titled after its first fragment.
func newArticle(tx *sql.Tx, page PageID, first FragmentID) (ArticleID, error) {
	f, err := loadFrag(tx, first)
	if err != nil {
		return 0, err
	}
	res, err := tx.Exec(`INSERT INTO articles(page, ordinal, title)
		VALUES (?, (SELECT coalesce(max(ordinal), 0) + 1 FROM articles WHERE page = ?), ?)`,
		page, page, titleOf(f))
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	return ArticleID(id), err
}

// titleOf makes a title from an article's first fragment: its text when it
// is a headline, else its first 20 code points.
func titleOf(f fragRow) string {
	if f.kind == KindHeadline || f.kind == KindSubheadline {
		return f.text
	}
	r := []rune(f.text)
	if len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return f.text
}

// settle brings joins and spans in line after the fragments of arts (and
// the fragments moved out of them) changed order, then deletes the
// articles left empty.
func settle(tx *sql.Tx, page PageID, arts []ArticleID, moved []FragmentID) error {
	if err := relink(tx, page, arts, moved); err != nil {
		return err
	}
	if err := fixSpans(tx, arts, moved); err != nil {
		return err
	}
	for _, a := range arts {
		if err := deleteIfEmpty(tx, a); err != nil {
			return err
		}
	}
	return nil
}

// idList renders ids for an IN (...) clause; ids are integers.
func idList[T ~int64](ids []T) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = fmt.Sprint(int64(id))
	}
	return strings.Join(s, ",")
}

// relink gives every pair of consecutive fragments in arts a join (decision
// "created" when a person made it) and marks "broken" the joins touching
// these fragments, or the moved ones, that no longer link neighbours.
func relink(tx *sql.Tx, page PageID, arts []ArticleID, moved []FragmentID) error {
	for _, a := range arts {
		if err := linkNeighbours(tx, page, a); err != nil {
			return err
		}
	}
	rows, err := tx.Query(`SELECT j.id, fa.article, fa.pos, fb.article, fb.pos
		FROM joins j
		LEFT JOIN fragments fa ON fa.page = j.page AND fa.block = j.from_block
		LEFT JOIN fragments fb ON fb.page = j.page AND fb.block = j.to_block
		WHERE j.page = ? AND j.decision <> 'broken' AND (fa.article IN (`+idList(arts)+`) OR fb.article IN (`+idList(arts)+`)
			OR fa.id IN (`+idList(moved)+`) OR fb.id IN (`+idList(moved)+`))`, page)
	if err != nil {
		return err
	}
	var stale []int64
	for rows.Next() {
		var id int64
		var aa, ab, pa, pb sql.NullInt64
		if err := rows.Scan(&id, &aa, &pa, &ab, &pb); err != nil {
			rows.Close()
			return err
		}
		live := aa.Valid && ab.Valid && aa.Int64 == ab.Int64 && pb.Int64 == pa.Int64+1
		if !live {
			stale = append(stale, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range stale {
		if _, err := tx.Exec(`UPDATE joins SET decision = 'broken' WHERE id = ?`, id); err != nil {
			return err
		}
	}
	return nil
}

// linkNeighbours makes sure consecutive fragments of a are joined.
func linkNeighbours(tx *sql.Tx, page PageID, a ArticleID) error {
	rows, err := tx.Query(`SELECT block FROM fragments WHERE article = ? ORDER BY pos`, a)
	if err != nil {
		return err
	}
	var blocks []int
	for rows.Next() {
		var b int
		if err := rows.Scan(&b); err != nil {
			rows.Close()
			return err
		}
		blocks = append(blocks, b)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for i := 1; i < len(blocks); i++ {
		if _, err := tx.Exec(`INSERT INTO joins(page, from_block, to_block, reason, decision)
			VALUES (?, ?, ?, 'joined by hand', 'created')
			ON CONFLICT(page, from_block, to_block) DO UPDATE SET decision = 'created' WHERE decision = 'broken'`,
			page, blocks[i-1], blocks[i]); err != nil {
			return err
		}
	}
	return nil
}

// fixSpans re-homes the spans anchored in the fragments of arts or in the
// moved fragments: a span belongs to the article holding its start; it is
// flagged FlagSplit while its ends are not in one article, in order.
func fixSpans(tx *sql.Tx, arts []ArticleID, moved []FragmentID) error {
	frags := `(SELECT id FROM fragments WHERE article IN (` + idList(arts) + `)) OR %[1]s IN (` + idList(moved) + `)`
	spans, err := querySpans(tx, `SELECT `+spanColumns+` FROM spans WHERE article IN (`+idList(arts)+`)
		OR sfrag IN `+fmt.Sprintf(frags, "sfrag")+` OR efrag IN `+fmt.Sprintf(frags, "efrag"))
	if err != nil {
		return err
	}
	for _, s := range spans {
		if err := rehome(tx, s); err != nil {
			return err
		}
	}
	return nil
}

// rehome recomputes one span's article and split flag.
func rehome(tx *sql.Tx, s spanRow) error {
	a, err := loadFrag(tx, s.sfrag)
	if err != nil {
		return err
	}
	b, err := loadFrag(tx, s.efrag)
	if err != nil {
		return err
	}
	art := a.article
	if !art.Valid {
		art = b.article
	}
	inOrder := a.article == b.article && (s.sfrag == s.efrag || (a.pos.Valid && b.pos.Valid && a.pos.Int64 < b.pos.Int64))
	flag := s.flag
	switch {
	case inOrder && flag == FlagSplit:
		flag = ""
	case !inOrder && flag == "":
		flag = FlagSplit
	}
	if art == s.article && flag == s.flag {
		return nil
	}
	_, err = tx.Exec(`UPDATE spans SET article = ?, flag = ? WHERE id = ?`, art, flag, s.id)
	return err
}

// deleteIfEmpty deletes article a if it has no fragments left.
func deleteIfEmpty(tx *sql.Tx, a ArticleID) error {
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM fragments WHERE article = ?`, a).Scan(&n); err != nil || n > 0 {
		return err
	}
	for _, stmt := range []string{`DELETE FROM rejected WHERE article = ?`,
		`UPDATE spans SET article = NULL WHERE article = ?`, `DELETE FROM articles WHERE id = ?`} {
		if _, err := tx.Exec(stmt, a); err != nil {
			return err
		}
	}
	return nil
}
