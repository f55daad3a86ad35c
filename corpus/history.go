package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// action runs fn as one user action: one transaction, committed before it
// returns, recorded as one step of the undo history with the description fn
// returns. The redo stack is cleared. An action that changes nothing leaves
// no history step. On an error nothing is changed.
func (p *Project) action(fn func(tx *sql.Tx) (string, error)) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.actionLocked(fn)
}

// actionLocked is action for a caller holding p.mu.
func (p *Project) actionLocked(fn func(tx *sql.Tx) (string, error)) error {
	if p.db == nil {
		return ErrClosed
	}
	tx, err := p.db.BeginTx(context.Background(), nil)
	if err != nil {
		return p.wrap(err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	before, err := lastSeq(tx)
	if err != nil {
		return p.wrap(err)
	}
	descr, err := fn(tx)
	if err != nil {
		return p.wrap(err)
	}
	after, err := lastSeq(tx)
	if err != nil {
		return p.wrap(err)
	}
	if after > before {
		if err := clearRedo(tx); err != nil {
			return p.wrap(err)
		}
		if err := pushHistory(tx, "undo", descr, before+1, after); err != nil {
			return p.wrap(err)
		}
	}
	return p.wrap(tx.Commit())
}

// wrap adds the project path to an error that does not name it yet.
func (p *Project) wrap(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w (project %s)", err, p.path)
}

// lastSeq returns the highest undo log sequence number, 0 when empty.
func lastSeq(tx *sql.Tx) (int64, error) {
	var n int64
	err := tx.QueryRow(`SELECT coalesce(max(seq), 0) FROM undolog`).Scan(&n)
	return n, err
}

// clearRedo drops the redo stack: a new action makes it unreachable.
func clearRedo(tx *sql.Tx) error {
	rows, err := tx.Query(`SELECT first, last FROM history WHERE stack = 'redo'`)
	if err != nil {
		return err
	}
	var ranges [][2]int64
	for rows.Next() {
		var r [2]int64
		if err := rows.Scan(&r[0], &r[1]); err != nil {
			rows.Close()
			return err
		}
		ranges = append(ranges, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(ranges) == 0 {
		return err
	}
	for _, r := range ranges {
		if _, err := tx.Exec(`DELETE FROM undolog WHERE seq BETWEEN ? AND ?`, r[0], r[1]); err != nil {
			return err
		}
	}
	_, err = tx.Exec(`DELETE FROM history WHERE stack = 'redo'`)
	return err
}

// pushHistory records log entries first..last as one step on stack.
func pushHistory(tx *sql.Tx, stack, descr string, first, last int64) error {
	_, err := tx.Exec(`INSERT INTO history(stack, descr, first, last, at) VALUES (?, ?, ?, ?, ?)`,
		stack, descr, first, last, time.Now().UTC().Format(time.RFC3339))
	return err
}

// Undo undoes the last action and returns its description.
func (p *Project) Undo() (string, error) {
	return p.replay("undo", "redo", ErrNoUndo)
}

// Redo redoes the last undone action and returns its description.
func (p *Project) Redo() (string, error) {
	return p.replay("redo", "undo", ErrNoRedo)
}

// replay pops the top step of stack, runs its inverse SQL newest first and
// pushes the inverse of that (logged by the triggers) onto other.
func (p *Project) replay(stack, other string, empty error) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return "", ErrClosed
	}
	tx, err := p.db.BeginTx(context.Background(), nil)
	if err != nil {
		return "", p.wrap(err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	var id, first, last int64
	var descr string
	err = tx.QueryRow(`SELECT id, descr, first, last FROM history WHERE stack = ? ORDER BY id DESC LIMIT 1`, stack).
		Scan(&id, &descr, &first, &last)
	if errors.Is(err, sql.ErrNoRows) {
		return "", empty
	}
	if err != nil {
		return "", p.wrap(err)
	}
	stmts, err := logEntries(tx, first, last)
	if err != nil {
		return "", p.wrap(err)
	}
	if _, err := tx.Exec(`DELETE FROM undolog WHERE seq BETWEEN ? AND ?`, first, last); err != nil {
		return "", p.wrap(err)
	}
	if _, err := tx.Exec(`DELETE FROM history WHERE id = ?`, id); err != nil {
		return "", p.wrap(err)
	}
	before, err := lastSeq(tx)
	if err != nil {
		return "", p.wrap(err)
	}
	for i := len(stmts) - 1; i >= 0; i-- {
		if _, err := tx.Exec(stmts[i]); err != nil {
			return "", p.wrap(fmt.Errorf("%w: %s of %q failed: %v", ErrCorrupt, stack, descr, err))
		}
	}
	after, err := lastSeq(tx)
	if err != nil {
		return "", p.wrap(err)
	}
	if err := pushHistory(tx, other, descr, before+1, after); err != nil {
		return "", p.wrap(err)
	}
	return descr, p.wrap(tx.Commit())
}

// logEntries returns the undo log statements first..last in order.
func logEntries(tx *sql.Tx, first, last int64) ([]string, error) {
	rows, err := tx.Query(`SELECT sql FROM undolog WHERE seq BETWEEN ? AND ? ORDER BY seq`, first, last)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var stmts []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		stmts = append(stmts, s)
	}
	return stmts, rows.Err()
}

// CanUndo reports whether there is an action to undo.
func (p *Project) CanUndo() bool { return p.hasStep("undo") }

// CanRedo reports whether there is an undone action to redo.
func (p *Project) CanRedo() bool { return p.hasStep("redo") }

// hasStep reports whether stack holds a step.
func (p *Project) hasStep(stack string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return false
	}
	var n int
	err := p.db.QueryRow(`SELECT count(*) FROM (SELECT 1 FROM history WHERE stack = ? LIMIT 1)`, stack).Scan(&n)
	return err == nil && n > 0
}
