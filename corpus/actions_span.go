package corpus

import (
	"database/sql"
	"errors"
	"fmt"
)

// AddSpan labels [start, end) of article a's text (code points) and returns
// the new span. origin is one of the Origin constants ("" means human).
// Ends that fall on the line break between two fragments are moved inward.
func (p *Project) AddSpan(a ArticleID, start, end int, label, origin string) (SpanID, error) {
	ids, err := p.AddSpans(a, []Span{{Start: start, End: end, Label: label}}, origin)
	if err != nil {
		return 0, err
	}
	return ids[0], nil
}

// AddSpans labels several ranges of article a's text in one action (one
// undo step): "accept all suggestions", "label all occurrences". Only
// Start, End and Label of each span are read. Nothing is stored if any
// span is bad; no spans, no action.
func (p *Project) AddSpans(a ArticleID, spans []Span, origin string) ([]SpanID, error) {
	if len(spans) == 0 {
		return nil, nil
	}
	var ids []SpanID
	err := p.action(func(tx *sql.Tx) (string, error) {
		ids = ids[:0]
		if origin == "" {
			origin = OriginHuman
		}
		if err := checkOrigin(origin); err != nil {
			return "", err
		}
		v, err := loadText(tx, a)
		if err != nil {
			return "", err
		}
		for _, sp := range spans {
			id, err := insertSpan(tx, v, sp, origin)
			if err != nil {
				return "", err
			}
			ids = append(ids, id)
		}
		descr := fmt.Sprintf("label %q %s", runeSlice(v.Text, spans[0].Start, spans[0].End), spans[0].Label)
		if len(spans) > 1 {
			descr = fmt.Sprintf("label %d spans", len(spans))
		}
		return descr, touch(tx, a)
	})
	if err != nil {
		return nil, err
	}
	return ids, nil
}

// insertSpan anchors sp in article v and stores it.
func insertSpan(tx *sql.Tx, v *ArticleView, sp Span, origin string) (SpanID, error) {
	if err := labelExists(tx, sp.Label); err != nil {
		return 0, err
	}
	an, err := anchorSpan(v, sp.Start, sp.End)
	if err != nil {
		return 0, err
	}
	res, err := tx.Exec(`INSERT INTO spans(article, sfrag, soff, efrag, eoff, label, origin) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		v.ID, an.sfrag, an.soff, an.efrag, an.eoff, sp.Label, origin)
	if err != nil {
		return 0, err
	}
	n, err := res.LastInsertId()
	return SpanID(n), err
}

// checkOrigin rejects an unknown span origin.
func checkOrigin(origin string) error {
	switch origin {
	case OriginHuman, OriginSuggestion, OriginRule, OriginModel:
		return nil
	}
	return fmt.Errorf("%w: unknown span origin %q", ErrBadValue, origin)
}

// runeSlice returns s[start:end] in code points, clamped.
func runeSlice(s string, start, end int) string {
	r := []rune(s)
	start = max(0, min(start, len(r)))
	end = max(start, min(end, len(r)))
	return string(r[start:end])
}

// anchor is a span's ends as (fragment, offset in fragment).
type anchor struct {
	sfrag, efrag FragmentID
	soff, eoff   int
}

// anchorSpan validates [start, end) against the article's text and anchors
// it in the article's fragments.
func anchorSpan(v *ArticleView, start, end int) (anchor, error) {
	n := len([]rune(v.Text))
	if start < 0 || start >= end || end > n {
		return anchor{}, fmt.Errorf("%w: article %d (%s): [%d, %d) is not within 0 ≤ start < end ≤ %d",
			ErrBadOffsets, v.ID, v.RecordID, start, end, n)
	}
	i := 0
	for i < len(v.Refs) && v.Refs[i].End <= start {
		i++
	}
	j := len(v.Refs) - 1
	for j >= 0 && v.Refs[j].Start >= end {
		j--
	}
	if i > j {
		return anchor{}, fmt.Errorf("%w: article %d (%s): [%d, %d) covers only a line break", ErrBadOffsets, v.ID, v.RecordID, start, end)
	}
	s := max(start, v.Refs[i].Start)
	e := min(end, v.Refs[j].End)
	return anchor{sfrag: v.Fragments[i].ID, soff: s - v.Refs[i].Start, efrag: v.Fragments[j].ID, eoff: e - v.Refs[j].Start}, nil
}

// loadSpan reads a stored span, or ErrNotFound.
func loadSpan(q querier, id SpanID) (spanRow, error) {
	s, err := scanSpan(q.QueryRow(`SELECT `+spanColumns+` FROM spans WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return s, fmt.Errorf("%w: span %d", ErrNotFound, id)
	}
	return s, err
}

// RemoveSpan deletes a span.
func (p *Project) RemoveSpan(id SpanID) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		s, err := loadSpan(tx, id)
		if err != nil {
			return "", err
		}
		if _, err := tx.Exec(`DELETE FROM spans WHERE id = ?`, id); err != nil {
			return "", err
		}
		if s.article.Valid {
			err = touch(tx, ArticleID(s.article.Int64))
		}
		return fmt.Sprintf("remove %s span %d", s.label, id), err
	})
}

// ResizeSpan moves a span's ends to [start, end) of its article's text and
// clears its flag.
func (p *Project) ResizeSpan(id SpanID, start, end int) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		s, err := loadSpan(tx, id)
		if err != nil {
			return "", err
		}
		if !s.article.Valid {
			return "", fmt.Errorf("%w: span %d is in no article", ErrBadValue, id)
		}
		a := ArticleID(s.article.Int64)
		v, err := loadText(tx, a)
		if err != nil {
			return "", err
		}
		an, err := anchorSpan(v, start, end)
		if err != nil {
			return "", err
		}
		if _, err := tx.Exec(`UPDATE spans SET sfrag = ?, soff = ?, efrag = ?, eoff = ?, flag = '' WHERE id = ?`,
			an.sfrag, an.soff, an.efrag, an.eoff, id); err != nil {
			return "", err
		}
		return fmt.Sprintf("resize %s span to %q", s.label, runeSlice(v.Text, start, end)), touch(tx, a)
	})
}

// Relabel changes a span's label.
func (p *Project) Relabel(id SpanID, label string) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		s, err := loadSpan(tx, id)
		if err != nil {
			return "", err
		}
		if err := labelExists(tx, label); err != nil {
			return "", err
		}
		if _, err := tx.Exec(`UPDATE spans SET label = ? WHERE id = ?`, label, id); err != nil {
			return "", err
		}
		if s.article.Valid {
			err = touch(tx, ArticleID(s.article.Int64))
		}
		return fmt.Sprintf("relabel span %d %s → %s", id, s.label, label), err
	})
}

// RejectSuggestion records that a suggested span [start, end) with label
// was rejected in article a, so that pre-annotation does not offer it again.
func (p *Project) RejectSuggestion(a ArticleID, start, end int, label string) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		v, err := loadText(tx, a)
		if err != nil {
			return "", err
		}
		if n := len([]rune(v.Text)); start < 0 || start >= end || end > n {
			return "", fmt.Errorf("%w: article %d (%s): [%d, %d) is not within 0 ≤ start < end ≤ %d",
				ErrBadOffsets, a, v.RecordID, start, end, n)
		}
		text := runeSlice(v.Text, start, end)
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM rejected WHERE article = ? AND start = ? AND "end" = ? AND label = ?`,
			a, start, end, label).Scan(&n); err != nil || n > 0 {
			return "", err
		}
		_, err = tx.Exec(`INSERT INTO rejected(article, start, "end", label, text) VALUES (?, ?, ?, ?, ?)`, a, start, end, label, text)
		return fmt.Sprintf("reject %s %q", label, text), err
	})
}

// Rejected returns the rejected suggestions of article a, in text order.
// Their offsets are those of the article's text when they were rejected;
// Text holds what they covered.
func (p *Project) Rejected(a ArticleID) ([]Span, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return nil, ErrClosed
	}
	if _, err := articlePage(p.db, a); err != nil {
		return nil, p.wrap(err)
	}
	rows, err := p.db.Query(`SELECT start, "end", label, text FROM rejected WHERE article = ? ORDER BY start, "end", label`, a)
	if err != nil {
		return nil, p.wrap(err)
	}
	defer rows.Close()
	var out []Span
	for rows.Next() {
		var s Span
		if err := rows.Scan(&s.Start, &s.End, &s.Label, &s.Text); err != nil {
			return nil, p.wrap(err)
		}
		out = append(out, s)
	}
	return out, p.wrap(rows.Err())
}
