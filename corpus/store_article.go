package corpus

import (
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
)

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	Exec(query string, args ...any) (sql.Result, error)
	Query(query string, args ...any) (*sql.Rows, error)
	QueryRow(query string, args ...any) *sql.Row
}

// Article returns one article with its fragments, joins, text and spans.
func (p *Project) Article(id ArticleID) (*ArticleView, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return nil, ErrClosed
	}
	v, err := loadArticle(p.db, id)
	return v, p.wrap(err)
}

// recordID names an article in exports: the source without its extension,
// '#', and the two-digit ordinal.
func recordID(source string, ordinal int) string {
	return fmt.Sprintf("%s#%02d", strings.TrimSuffix(source, filepath.Ext(source)), ordinal)
}

// loadInfo reads an article's row (without counts).
func loadInfo(q querier, id ArticleID) (ArticleInfo, string, error) {
	var a ArticleInfo
	var source, annotator, status string
	err := q.QueryRow(`SELECT a.id, a.page, a.ordinal, a.record_id, a.title, a.status, a.annotator, p.source
		FROM articles a JOIN pages p ON p.id = a.page WHERE a.id = ?`, id).
		Scan(&a.ID, &a.Page, &a.Ordinal, &a.RecordID, &a.Title, &status, &annotator, &source)
	if errors.Is(err, sql.ErrNoRows) {
		return a, "", fmt.Errorf("%w: article %d", ErrNotFound, id)
	}
	a.Status = Status(status)
	if a.RecordID == "" {
		a.RecordID = recordID(source, a.Ordinal)
	}
	return a, annotator, err
}

// loadFragments reads an article's fragments in reading order.
func loadFragments(q querier, id ArticleID) ([]FragmentView, error) {
	rows, err := q.Query(`SELECT f.id, p.source, f.block, f.kind, f.kind_reason, f.text
		FROM fragments f JOIN pages p ON p.id = f.page WHERE f.article = ? ORDER BY f.pos`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []FragmentView
	for rows.Next() {
		var f FragmentView
		var kind string
		if err := rows.Scan(&f.ID, &f.Source, &f.Block, &kind, &f.KindReason, &f.Text); err != nil {
			return nil, err
		}
		f.Kind = Kind(kind)
		out = append(out, f)
	}
	return out, rows.Err()
}

// assemble returns the article text of fragments and their places in it.
func assemble(frags []FragmentView) (string, []FragmentRef) {
	fs := make([]Fragment, len(frags))
	for i, f := range frags {
		fs[i] = Fragment{Source: f.Source, Block: f.Block, Kind: f.Kind, Text: f.Text}
	}
	return ArticleText(fs)
}

// loadText reads an article's row, fragments and text, without joins and
// spans.
func loadText(q querier, id ArticleID) (*ArticleView, error) {
	info, annotator, err := loadInfo(q, id)
	if err != nil {
		return nil, err
	}
	v := &ArticleView{ArticleInfo: info, Annotator: annotator}
	if v.Fragments, err = loadFragments(q, id); err != nil {
		return nil, err
	}
	v.Text, v.Refs = assemble(v.Fragments)
	v.ArticleInfo.Fragments = len(v.Fragments)
	return v, nil
}

// loadArticle reads the full view of an article.
func loadArticle(q querier, id ArticleID) (*ArticleView, error) {
	v, err := loadText(q, id)
	if err != nil {
		return nil, err
	}
	if v.Joins, err = loadJoins(q, v.Page, id, v.Fragments); err != nil {
		return nil, err
	}
	if v.End, err = loadEnd(q, v.Page, v.Fragments); err != nil {
		return nil, err
	}
	if v.Spans, err = loadSpans(q, id, v.Fragments, v.Refs, v.Text); err != nil {
		return nil, err
	}
	v.ArticleInfo.Spans = len(v.Spans)
	return v, nil
}

// loadJoins reads the live joins between consecutive fragments, then the
// broken joins that start at one of the article's fragments, oldest first.
func loadJoins(q querier, page PageID, id ArticleID, frags []FragmentView) ([]JoinView, error) {
	rows, err := q.Query(`SELECT j.from_block, j.to_block, j.score, j.reason, j.decision,
			coalesce((SELECT t.id FROM fragments t WHERE t.page = j.page AND t.block = j.to_block), 0)
		FROM joins j WHERE j.page = ? AND j.from_block IN (SELECT block FROM fragments WHERE article = ?)
		ORDER BY j.id`, page, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	byBlock := make(map[int]FragmentID, len(frags))
	for _, f := range frags {
		byBlock[f.Block] = f.ID
	}
	live := make(map[[2]int]JoinView)
	var broken []JoinView
	for rows.Next() {
		var j JoinView
		if err := rows.Scan(&j.FromBlock, &j.ToBlock, &j.Score, &j.Reason, &j.Decision, &j.To); err != nil {
			return nil, err
		}
		j.From = byBlock[j.FromBlock]
		if j.Decision == DecisionBroken {
			broken = append(broken, j)
		} else {
			live[[2]int{j.FromBlock, j.ToBlock}] = j
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []JoinView
	for i := 1; i < len(frags); i++ {
		if j, ok := live[[2]int{frags[i-1].Block, frags[i].Block}]; ok {
			out = append(out, j)
		}
	}
	return append(out, broken...), nil
}

// loadEnd reads the judgement of the last of frags as an article end, or
// nil when there is none.
func loadEnd(q querier, page PageID, frags []FragmentView) (*EndView, error) {
	if len(frags) == 0 {
		return nil, nil
	}
	e := EndView{Block: frags[len(frags)-1].Block}
	err := q.QueryRow(`SELECT e.score, e.next_block, e.reason, e.decision,
			coalesce((SELECT f.id FROM fragments f WHERE f.page = e.page AND f.block = e.next_block), 0)
		FROM ends e WHERE e.page = ? AND e.block = ?`, page, e.Block).
		Scan(&e.Score, &e.Next, &e.Reason, &e.Decision, &e.NextID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// spanRow is a span as stored: anchored in fragments at both ends.
type spanRow struct {
	id           SpanID
	article      sql.NullInt64
	sfrag, efrag FragmentID
	soff, eoff   int
	label        string
	origin       string
	flag         string
}

// spanColumns lists the columns scanSpan reads.
const spanColumns = `id, article, sfrag, soff, efrag, eoff, label, origin, flag`

// querySpans runs a query over span columns in tx and reads its rows.
func querySpans(tx *sql.Tx, query string, args ...any) ([]spanRow, error) {
	rows, err := tx.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var spans []spanRow
	for rows.Next() {
		s, err := scanSpan(rows)
		if err != nil {
			return nil, err
		}
		spans = append(spans, s)
	}
	return spans, rows.Err()
}

// scanSpan scans a row of spanColumns.
func scanSpan(rows interface{ Scan(...any) error }) (spanRow, error) {
	var s spanRow
	err := rows.Scan(&s.id, &s.article, &s.sfrag, &s.soff, &s.efrag, &s.eoff, &s.label, &s.origin, &s.flag)
	return s, err
}

// loadSpans reads an article's spans and places them in its text.
func loadSpans(q querier, id ArticleID, frags []FragmentView, refs []FragmentRef, text string) ([]SpanView, error) {
	rows, err := q.Query(`SELECT `+spanColumns+` FROM spans WHERE article = ?`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	index := make(map[FragmentID]int, len(frags))
	for i, f := range frags {
		index[f.ID] = i
	}
	runes := []rune(text)
	var out []SpanView
	for rows.Next() {
		s, err := scanSpan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, placeSpan(s, index, refs, runes))
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		if a.Label != b.Label {
			return a.Label < b.Label
		}
		return a.ID < b.ID
	})
	return out, rows.Err()
}

// placeSpan converts a stored span to article offsets; a flagged span is
// clamped into the text.
func placeSpan(s spanRow, index map[FragmentID]int, refs []FragmentRef, runes []rune) SpanView {
	v := SpanView{ID: s.id, Label: s.label, Origin: s.origin, Flag: s.flag, End: len(runes)}
	if i, ok := index[s.sfrag]; ok {
		v.Start = refs[i].Start + s.soff
	}
	if i, ok := index[s.efrag]; ok {
		v.End = refs[i].Start + s.eoff
	}
	v.Start = max(0, min(v.Start, len(runes)))
	v.End = max(v.Start, min(v.End, len(runes)))
	if v.Flag == "" && v.Start == v.End {
		v.Flag = FlagSplit
	}
	v.Text = string(runes[v.Start:v.End])
	return v
}
