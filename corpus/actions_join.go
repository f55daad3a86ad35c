package corpus

import (
	"database/sql"
	"fmt"
)

// BreakJoin breaks article a after its fragment at position after (0-based):
// the fragments after it become a new article, which is returned. The join
// is kept with decision "broken".
func (p *Project) BreakJoin(a ArticleID, after int) (ArticleID, error) {
	var nb ArticleID
	err := p.action(func(tx *sql.Tx) (string, error) {
		var err error
		nb, err = breakAfter(tx, a, after)
		return fmt.Sprintf("break article %d after fragment %d", a, after+1), err
	})
	return nb, err
}

// SplitArticle makes the fragments of a from position pos on a new article
// and returns it: the same as BreakJoin(a, pos-1).
func (p *Project) SplitArticle(a ArticleID, pos int) (ArticleID, error) {
	var nb ArticleID
	err := p.action(func(tx *sql.Tx) (string, error) {
		var err error
		nb, err = breakAfter(tx, a, pos-1)
		return fmt.Sprintf("split article %d before fragment %d", a, pos+1), err
	})
	return nb, err
}

// breakAfter moves the fragments after position after into a new article.
func breakAfter(tx *sql.Tx, a ArticleID, after int) (ArticleID, error) {
	page, err := articlePage(tx, a)
	if err != nil {
		return 0, err
	}
	ids, err := fragIDs(tx, a)
	if err != nil {
		return 0, err
	}
	if after < 0 || after >= len(ids)-1 {
		return 0, fmt.Errorf("%w: article %d has %d fragments, cannot break after position %d", ErrBadValue, a, len(ids), after)
	}
	nb, err := newArticle(tx, page, ids[after+1])
	if err != nil {
		return 0, err
	}
	if err := setOrder(tx, nb, ids[after+1:]); err != nil {
		return 0, err
	}
	return nb, settle(tx, page, []ArticleID{a, nb}, nil)
}

// Attach takes fragment f from its article (or the unassigned tray) and
// inserts it into article a at position pos (0 ≤ pos ≤ len, counted without
// f). New joins get decision "created". An article left empty is deleted.
func (p *Project) Attach(a ArticleID, f FragmentID, pos int) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		page, err := articlePage(tx, a)
		if err != nil {
			return "", err
		}
		fr, err := loadFrag(tx, f)
		if err != nil {
			return "", err
		}
		if fr.page != page {
			return "", fmt.Errorf("%w: fragment %d is on page %d, article %d on page %d", ErrBadValue, f, fr.page, a, page)
		}
		ids, err := fragIDs(tx, a)
		if err != nil {
			return "", err
		}
		ids = without(ids, f)
		if pos < 0 || pos > len(ids) {
			return "", fmt.Errorf("%w: article %d: position %d outside 0..%d", ErrBadValue, a, pos, len(ids))
		}
		arts := []ArticleID{a}
		if src := ArticleID(fr.article.Int64); fr.article.Valid && src != a {
			rest, err := fragIDs(tx, src)
			if err != nil {
				return "", err
			}
			if err := setOrder(tx, src, without(rest, f)); err != nil {
				return "", err
			}
			arts = append(arts, src)
		}
		if err := setOrder(tx, a, inserted(ids, f, pos)); err != nil {
			return "", err
		}
		return fmt.Sprintf("attach block %d to article %d", fr.block, a), settle(tx, page, arts, []FragmentID{f})
	})
}

// MoveFragment moves the fragment at position pos of article a by delta
// positions (negative: earlier).
func (p *Project) MoveFragment(a ArticleID, pos, delta int) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		page, err := articlePage(tx, a)
		if err != nil {
			return "", err
		}
		ids, err := fragIDs(tx, a)
		if err != nil {
			return "", err
		}
		to := pos + delta
		if pos < 0 || pos >= len(ids) || to < 0 || to >= len(ids) || delta == 0 {
			return "", fmt.Errorf("%w: article %d has %d fragments, cannot move %d by %d", ErrBadValue, a, len(ids), pos, delta)
		}
		f := ids[pos]
		if err := setOrder(tx, a, inserted(without(ids, f), f, to)); err != nil {
			return "", err
		}
		return fmt.Sprintf("move fragment %d of article %d to %d", pos+1, a, to+1), settle(tx, page, []ArticleID{a}, nil)
	})
}

// MergeArticles appends b's fragments to a and deletes b; b's spans and
// rejected suggestions follow their text.
func (p *Project) MergeArticles(a, b ArticleID) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		page, err := articlePage(tx, a)
		if err != nil {
			return "", err
		}
		pb, err := articlePage(tx, b)
		if err != nil {
			return "", err
		}
		if a == b || page != pb {
			return "", fmt.Errorf("%w: cannot merge article %d (page %d) with article %d (page %d)", ErrBadValue, a, page, b, pb)
		}
		if err := moveRejected(tx, a, b); err != nil {
			return "", err
		}
		ia, err := fragIDs(tx, a)
		if err != nil {
			return "", err
		}
		ib, err := fragIDs(tx, b)
		if err != nil {
			return "", err
		}
		if err := setOrder(tx, a, append(ia, ib...)); err != nil {
			return "", err
		}
		return fmt.Sprintf("merge article %d into article %d", b, a), settle(tx, page, []ArticleID{a, b}, nil)
	})
}

// moveRejected moves b's rejected suggestions to a, shifted to where b's
// text will start once appended to a.
func moveRejected(tx *sql.Tx, a, b ArticleID) error {
	fa, err := loadFragments(tx, a)
	if err != nil {
		return err
	}
	fb, err := loadFragments(tx, b)
	if err != nil {
		return err
	}
	_, refs := assemble(append(fa, fb...))
	shift := refs[len(fa)].Start
	_, err = tx.Exec(`UPDATE rejected SET article = ?, start = start + ?, "end" = "end" + ? WHERE article = ?`, a, shift, shift, b)
	return err
}

// Unassign takes a fragment out of its article into the unassigned tray.
func (p *Project) Unassign(f FragmentID) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		fr, err := loadFrag(tx, f)
		if err != nil {
			return "", err
		}
		if !fr.article.Valid {
			return "", fmt.Errorf("%w: fragment %d (block %d) is already unassigned", ErrBadValue, f, fr.block)
		}
		a := ArticleID(fr.article.Int64)
		ids, err := fragIDs(tx, a)
		if err != nil {
			return "", err
		}
		if _, err := tx.Exec(`UPDATE fragments SET article = NULL, pos = NULL WHERE id = ?`, f); err != nil {
			return "", err
		}
		if err := setOrder(tx, a, without(ids, f)); err != nil {
			return "", err
		}
		return fmt.Sprintf("unassign block %d from article %d", fr.block, a), settle(tx, fr.page, []ArticleID{a}, []FragmentID{f})
	})
}

// SetKind sets a fragment's kind.
func (p *Project) SetKind(f FragmentID, k Kind) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		if !k.Valid() {
			return "", fmt.Errorf("%w: unknown kind %q for fragment %d", ErrBadValue, k, f)
		}
		fr, err := loadFrag(tx, f)
		if err != nil {
			return "", err
		}
		_, err = tx.Exec(`UPDATE fragments SET kind = ? WHERE id = ?`, string(k), f)
		return fmt.Sprintf("set block %d to %s", fr.block, k), err
	})
}

// ConfirmJoins confirms every unreviewed join of article a, and the
// stitcher's judgement that it ends at its last fragment, and moves its
// status from auto to joins-checked.
func (p *Project) ConfirmJoins(a ArticleID) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		page, err := articlePage(tx, a)
		if err != nil {
			return "", err
		}
		_, err = tx.Exec(`UPDATE joins SET decision = 'confirmed' WHERE page = ? AND decision = '' AND id IN (
			SELECT j.id FROM joins j
			JOIN fragments fa ON fa.page = j.page AND fa.block = j.from_block
			JOIN fragments fb ON fb.page = j.page AND fb.block = j.to_block
			WHERE j.page = ? AND fa.article = ? AND fb.article = ? AND fb.pos = fa.pos + 1)`, page, page, a, a)
		if err != nil {
			return "", err
		}
		_, err = tx.Exec(`UPDATE ends SET decision = 'confirmed' WHERE page = ? AND decision = '' AND block =
			(SELECT block FROM fragments WHERE article = ? ORDER BY pos DESC LIMIT 1)`, page, a)
		if err != nil {
			return "", err
		}
		if _, err := tx.Exec(`UPDATE articles SET status = 'joins-checked' WHERE id = ? AND status = 'auto'`, a); err != nil {
			return "", err
		}
		return fmt.Sprintf("confirm joins of article %d", a), touch(tx, a)
	})
}

// SetStatus sets article a's status.
func (p *Project) SetStatus(a ArticleID, s Status) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		if !s.Valid() {
			return "", fmt.Errorf("%w: unknown status %q for article %d", ErrBadValue, s, a)
		}
		if _, err := articlePage(tx, a); err != nil {
			return "", err
		}
		if _, err := tx.Exec(`UPDATE articles SET status = ? WHERE id = ?`, string(s), a); err != nil {
			return "", err
		}
		return fmt.Sprintf("mark article %d %s", a, s), touch(tx, a)
	})
}

// touch records the project's annotator as the one who last worked on a.
func touch(tx *sql.Tx, a ArticleID) error {
	_, err := tx.Exec(`UPDATE articles SET annotator = (SELECT value FROM meta WHERE key = 'annotator')
		WHERE id = ? AND EXISTS (SELECT 1 FROM meta WHERE key = 'annotator' AND value <> '')`, a)
	return err
}
