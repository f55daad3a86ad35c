package corpus

import (
	"database/sql"
	"fmt"
	"unicode/utf8"
)

// EditFragmentText replaces the code points [start, end) of fragment f's
// text with repl (start == end inserts). Spans after the edit move with the
// text, a span containing the edit grows or shrinks with it, and a span the
// edit cuts through is flagged FlagCut. The text as imported is kept (the
// fragment's original column) and every version stays in the undo history.
func (p *Project) EditFragmentText(f FragmentID, start, end int, repl string) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		fr, err := loadFrag(tx, f)
		if err != nil {
			return "", err
		}
		old := []rune(fr.text)
		if start < 0 || start > end || end > len(old) || (start == end && repl == "") {
			return "", fmt.Errorf("%w: fragment %d (block %d): edit [%d, %d) is not within 0 ≤ start ≤ end ≤ %d",
				ErrBadOffsets, f, fr.block, start, end, len(old))
		}
		if !utf8.ValidString(repl) {
			return "", fmt.Errorf("%w: fragment %d: replacement is not valid UTF-8", ErrBadValue, f)
		}
		text := string(old[:start]) + repl + string(old[end:])
		if text == "" {
			return "", fmt.Errorf("%w: fragment %d (block %d): the edit would leave it empty; unassign it instead", ErrBadValue, f, fr.block)
		}
		if _, err := tx.Exec(`UPDATE fragments SET original = coalesce(original, text), text = ? WHERE id = ?`, text, f); err != nil {
			return "", err
		}
		e := textEdit{start: start, end: end, delta: utf8.RuneCountInString(repl) - (end - start), length: utf8.RuneCountInString(text)}
		if err := shiftSpans(tx, f, e); err != nil {
			return "", err
		}
		return fmt.Sprintf("edit block %d: %q → %q", fr.block, string(old[start:end]), repl), nil
	})
}

// textEdit is an edit of a fragment's text: [start, end) replaced by a
// text delta code points longer, leaving length code points.
type textEdit struct {
	start, end, delta, length int
}

// shiftSpans moves the anchors of spans in fragment f across edit e.
func shiftSpans(tx *sql.Tx, f FragmentID, e textEdit) error {
	spans, err := querySpans(tx, `SELECT `+spanColumns+` FROM spans WHERE sfrag = ? OR efrag = ?`, f, f)
	if err != nil {
		return err
	}
	for _, s := range spans {
		n := e.apply(s, f)
		if n == s {
			continue
		}
		if _, err := tx.Exec(`UPDATE spans SET soff = ?, eoff = ?, flag = ? WHERE id = ?`, n.soff, n.eoff, n.flag, s.id); err != nil {
			return err
		}
	}
	return nil
}

// apply returns span s after edit e of fragment f. A start at or after the
// edit's end moves (so does one where text is inserted); a start where a
// replaced range begins stays when the span contains the whole range; a
// start or end strictly inside the replaced range is cut.
func (e textEdit) apply(s spanRow, f FragmentID) spanRow {
	cut := false
	if s.sfrag == f {
		containsEdit := s.efrag != f || s.eoff >= e.end
		switch {
		case s.soff >= e.end:
			s.soff += e.delta
		case s.soff < e.start, s.soff == e.start && containsEdit:
		default:
			cut = true
			s.soff = e.start
		}
	}
	if s.efrag == f {
		switch {
		case s.eoff <= e.start:
		case s.eoff >= e.end:
			s.eoff += e.delta
		default:
			cut = true
			s.eoff = e.end + e.delta
		}
	}
	s.soff = max(0, min(s.soff, e.length))
	s.eoff = max(0, min(s.eoff, e.length))
	if s.sfrag == s.efrag && s.soff >= s.eoff {
		cut = true
	}
	if cut {
		s.flag = FlagCut
	}
	return s
}
