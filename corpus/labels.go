package corpus

import (
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// colourPattern is a label colour: #rrggbb.
var colourPattern = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// Labels returns the label types in display order.
func (p *Project) Labels() ([]Label, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return nil, ErrClosed
	}
	rows, err := p.db.Query(`SELECT name, colour, hotkey, ord FROM labels ORDER BY ord, name`)
	if err != nil {
		return nil, p.wrap(err)
	}
	defer rows.Close()
	var out []Label
	for rows.Next() {
		var l Label
		if err := rows.Scan(&l.Name, &l.Colour, &l.Hotkey, &l.Order); err != nil {
			return nil, p.wrap(err)
		}
		out = append(out, l)
	}
	return out, p.wrap(rows.Err())
}

// labelExists returns ErrBadValue for a label that is not defined.
func labelExists(q querier, name string) error {
	var n int
	if err := q.QueryRow(`SELECT count(*) FROM labels WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%w: unknown label %q", ErrBadValue, name)
	}
	return nil
}

// checkLabel validates a label against the others (all but skip).
func checkLabel(q querier, l Label, skip string) error {
	if l.Name == "" || strings.ContainsAny(l.Name, " \t\r\n") {
		return fmt.Errorf("%w: label name %q must be non-empty without spaces", ErrBadValue, l.Name)
	}
	if !colourPattern.MatchString(l.Colour) {
		return fmt.Errorf("%w: label %s: colour %q is not #rrggbb", ErrBadValue, l.Name, l.Colour)
	}
	if l.Hotkey < 0 || l.Hotkey > 9 {
		return fmt.Errorf("%w: label %s: hotkey %d is not 0-9", ErrBadValue, l.Name, l.Hotkey)
	}
	var clash string
	err := q.QueryRow(`SELECT name FROM labels WHERE name <> ? AND (name = ? OR (hotkey = ? AND hotkey <> 0)) LIMIT 1`,
		skip, l.Name, l.Hotkey).Scan(&clash)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	case clash == l.Name:
		return fmt.Errorf("%w: label %s already exists", ErrBadValue, l.Name)
	default:
		return fmt.Errorf("%w: label %s: hotkey %d is taken by %s", ErrBadValue, l.Name, l.Hotkey, clash)
	}
}

// AddLabel adds a label type; Order 0 places it last.
func (p *Project) AddLabel(l Label) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		if err := checkLabel(tx, l, ""); err != nil {
			return "", err
		}
		_, err := tx.Exec(`INSERT INTO labels(name, colour, hotkey, ord)
			VALUES (?, ?, ?, iif(? > 0, ?, (SELECT coalesce(max(ord), 0) + 1 FROM labels)))`,
			l.Name, strings.ToLower(l.Colour), l.Hotkey, l.Order, l.Order)
		return fmt.Sprintf("add label %s", l.Name), err
	})
}

// UpdateLabel changes label old to l; a rename carries its spans (and
// rejected suggestions) along.
func (p *Project) UpdateLabel(old string, l Label) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		if err := labelExists(tx, old); err != nil {
			return "", err
		}
		if err := checkLabel(tx, l, old); err != nil {
			return "", err
		}
		if _, err := tx.Exec(`UPDATE labels SET name = ?, colour = ?, hotkey = ?, ord = ? WHERE name = ?`,
			l.Name, strings.ToLower(l.Colour), l.Hotkey, l.Order, old); err != nil {
			return "", err
		}
		if l.Name == old {
			return fmt.Sprintf("change label %s", old), nil
		}
		for _, t := range []string{"spans", "rejected"} {
			if _, err := tx.Exec(`UPDATE `+t+` SET label = ? WHERE label = ?`, l.Name, old); err != nil {
				return "", err
			}
		}
		return fmt.Sprintf("rename label %s to %s", old, l.Name), nil
	})
}

// DeleteLabel deletes a label type no span uses (else ErrLabelInUse).
func (p *Project) DeleteLabel(name string) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		if err := labelExists(tx, name); err != nil {
			return "", err
		}
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM spans WHERE label = ?`, name).Scan(&n); err != nil {
			return "", err
		}
		if n > 0 {
			return "", fmt.Errorf("%w: %d spans are labeled %s; relabel or remove them first", ErrLabelInUse, n, name)
		}
		_, err := tx.Exec(`DELETE FROM labels WHERE name = ?`, name)
		return fmt.Sprintf("delete label %s", name), err
	})
}

// Annotator returns the annotator's name stored in the project ("" when
// none is set or the project is closed).
func (p *Project) Annotator() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return ""
	}
	var name string
	if err := p.db.QueryRow(`SELECT value FROM meta WHERE key = 'annotator'`).Scan(&name); err != nil {
		return ""
	}
	return name
}

// SetAnnotator stores the annotator's name. It is a setting, not an
// undoable action; the articles they work on record it.
func (p *Project) SetAnnotator(name string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return ErrClosed
	}
	_, err := p.db.Exec(`INSERT INTO meta(key, value) VALUES ('annotator', ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, strings.TrimSpace(name))
	return p.wrap(err)
}
