package corpus

import (
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Record returns the exportable record of an article; flagged spans are
// left out of it.
func (p *Project) Record(id ArticleID) (ArticleRecord, error) {
	v, err := p.Article(id)
	if err != nil {
		return ArticleRecord{}, err
	}
	return v.Record(), nil
}

// Record returns the exportable record of the article; flagged spans are
// left out of it.
func (v *ArticleView) Record() ArticleRecord {
	r := ArticleRecord{
		ID: v.RecordID, Title: v.Title, Text: v.Text, Fragments: v.Refs,
		Status: string(v.Status), Annotator: v.Annotator,
	}
	for _, s := range v.Spans {
		if s.Flag == "" {
			r.Entities = append(r.Entities, Span{Start: s.Start, End: s.End, Label: s.Label, Text: s.Text, Origin: s.Origin})
		}
	}
	for _, j := range v.Joins {
		r.Joins = append(r.Joins, JoinRecord{From: j.FromBlock, To: j.ToBlock, Score: j.Score, Reason: j.Reason, Decision: j.Decision})
	}
	return r
}

// Records calls fn with the record of every article whose status is in
// statuses (every article when statuses is empty), by page and ordinal.
// Each record is read on its own, so fn may call other methods of p. It
// stops at fn's first error and returns it.
func (p *Project) Records(statuses []Status, fn func(ArticleRecord) error) error {
	list, err := p.ArticlesByStatus(statuses...)
	if err != nil {
		return err
	}
	for _, a := range list {
		r, err := p.Record(a.ID)
		if err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// ImportRecords creates pages, fragments, articles, joins and spans from
// exported records, as one action, so that export → import → export gives
// the same records. The records of one source name make one new page whose
// text is its fragments in block order, separated by blank lines; a source
// already in the project gives ErrDuplicatePage. Labels the project lacks
// are added.
func (p *Project) ImportRecords(recs []ArticleRecord) error {
	return p.action(func(tx *sql.Tx) (string, error) {
		bySource, order, err := groupRecords(recs)
		if err != nil {
			return "", err
		}
		for _, src := range order {
			if err := importSource(tx, src, bySource[src]); err != nil {
				return "", err
			}
		}
		return fmt.Sprintf("import %d records", len(recs)), nil
	})
}

// groupRecords checks records and groups them by source, in first
// appearance order.
func groupRecords(recs []ArticleRecord) (map[string][]ArticleRecord, []string, error) {
	by := make(map[string][]ArticleRecord)
	var order []string
	for i, r := range recs {
		if err := checkRecord(r); err != nil {
			return nil, nil, fmt.Errorf("record %d (%s): %w", i+1, r.ID, err)
		}
		src := r.Fragments[0].Source
		if _, ok := by[src]; !ok {
			order = append(order, src)
		}
		by[src] = append(by[src], r)
	}
	return by, order, nil
}

// checkRecord validates one record: its fragments tile its text the way
// ArticleText assembles them, and its entities lie within the text.
func checkRecord(r ArticleRecord) error {
	if len(r.Fragments) == 0 {
		return fmt.Errorf("%w: no fragments", ErrBadValue)
	}
	if r.Status != "" && !Status(r.Status).Valid() {
		return fmt.Errorf("%w: unknown status %q", ErrBadValue, r.Status)
	}
	runes := []rune(r.Text)
	frags := make([]Fragment, len(r.Fragments))
	for i, f := range r.Fragments {
		if f.Source != r.Fragments[0].Source {
			return fmt.Errorf("%w: fragments from two sources %s and %s", ErrBadValue, r.Fragments[0].Source, f.Source)
		}
		if f.Start < 0 || f.Start >= f.End || f.End > len(runes) {
			return fmt.Errorf("%w: fragment %d (block %d): [%d, %d) outside the text of %d code points", ErrBadOffsets, i, f.Block, f.Start, f.End, len(runes))
		}
		if !f.Kind.Valid() {
			return fmt.Errorf("%w: fragment %d (block %d): unknown kind %q", ErrBadValue, i, f.Block, f.Kind)
		}
		frags[i] = Fragment{Source: f.Source, Block: f.Block, Kind: f.Kind, Text: string(runes[f.Start:f.End])}
	}
	if text, _ := ArticleText(frags); text != r.Text {
		return fmt.Errorf("%w: the fragments do not assemble to the text", ErrBadValue)
	}
	for _, e := range r.Entities {
		if e.Start < 0 || e.Start >= e.End || e.End > len(runes) {
			return fmt.Errorf("%w: entity %s [%d, %d) outside the text of %d code points", ErrBadOffsets, e.Label, e.Start, e.End, len(runes))
		}
		if e.Origin != "" {
			if err := checkOrigin(e.Origin); err != nil {
				return err
			}
		}
	}
	return nil
}

// importSource writes the records of one source as a new page.
func importSource(tx *sql.Tx, src string, recs []ArticleRecord) error {
	type frag struct {
		ref  FragmentRef
		text string
	}
	var frags []frag
	seen := make(map[int]string)
	for _, r := range recs {
		runes := []rune(r.Text)
		for _, f := range r.Fragments {
			if other, dup := seen[f.Block]; dup {
				return fmt.Errorf("%w: %s block %d is in records %s and %s", ErrBadValue, src, f.Block, other, r.ID)
			}
			seen[f.Block] = r.ID
			frags = append(frags, frag{f, string(runes[f.Start:f.End])})
		}
	}
	sort.Slice(frags, func(i, j int) bool { return frags[i].ref.Block < frags[j].ref.Block })
	pg := &Page{Source: src, Encoding: "imported"}
	var text strings.Builder
	pos := 0
	for i, f := range frags {
		if i > 0 {
			text.WriteString("\n\n")
			pos += 2
		}
		n := len([]rune(f.text))
		text.WriteString(f.text)
		pg.Fragments = append(pg.Fragments, Fragment{Source: src, Block: f.ref.Block, Start: pos, End: pos + n, Text: f.text, Kind: f.ref.Kind})
		pos += n
	}
	pg.Text = text.String()
	page, err := insertPageRow(tx, pg)
	if err != nil {
		return err
	}
	for i, r := range recs {
		if err := importRecord(tx, PageID(page), i+1, r, pg.Fragments); err != nil {
			return fmt.Errorf("record %s: %w", r.ID, err)
		}
	}
	return nil
}

// importRecord writes one record's article, fragments, joins and spans.
func importRecord(tx *sql.Tx, page PageID, n int, r ArticleRecord, frags []Fragment) error {
	status := r.Status
	if status == "" {
		status = string(StatusAuto)
	}
	res, err := tx.Exec(`INSERT INTO articles(page, ordinal, record_id, status, annotator, title) VALUES (?, ?, ?, ?, ?, ?)`,
		page, ordinalOf(r.ID, n), r.ID, status, r.Annotator, r.Title)
	if err != nil {
		return err
	}
	art, err := res.LastInsertId()
	if err != nil {
		return err
	}
	byBlock := make(map[int]Fragment, len(frags))
	for _, f := range frags {
		byBlock[f.Block] = f
	}
	ids := make([]FragmentID, len(r.Fragments))
	for pos, ref := range r.Fragments {
		f := byBlock[ref.Block]
		res, err := tx.Exec(`INSERT INTO fragments(page, block, start, "end", kind, article, pos, kind_reason, text)
			VALUES (?, ?, ?, ?, ?, ?, ?, 'imported', ?)`, page, f.Block, f.Start, f.End, string(f.Kind), art, pos, f.Text)
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		ids[pos] = FragmentID(id)
	}
	for _, j := range r.Joins {
		if _, err := tx.Exec(`INSERT OR IGNORE INTO joins(page, from_block, to_block, score, decision, reason) VALUES (?, ?, ?, ?, ?, ?)`,
			page, j.From, j.To, j.Score, j.Decision, j.Reason); err != nil {
			return err
		}
	}
	v := &ArticleView{ArticleInfo: ArticleInfo{ID: ArticleID(art), RecordID: r.ID}, Text: r.Text, Refs: r.Fragments}
	for i, id := range ids {
		v.Fragments = append(v.Fragments, FragmentView{ID: id, Block: r.Fragments[i].Block})
	}
	for _, e := range r.Entities {
		if err := importEntity(tx, v, e); err != nil {
			return err
		}
	}
	return nil
}

// importEntity stores one entity of an imported record, adding its label
// when the project lacks it.
func importEntity(tx *sql.Tx, v *ArticleView, e Span) error {
	if _, err := tx.Exec(`INSERT OR IGNORE INTO labels(name, colour, ord)
		VALUES (?, '#808080', (SELECT coalesce(max(ord), 0) + 1 FROM labels))`, e.Label); err != nil {
		return err
	}
	an, err := anchorSpan(v, e.Start, e.End)
	if err != nil {
		return err
	}
	origin := e.Origin
	if origin == "" {
		origin = OriginHuman
	}
	_, err = tx.Exec(`INSERT INTO spans(article, sfrag, soff, efrag, eoff, label, origin) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		v.ID, an.sfrag, an.soff, an.efrag, an.eoff, e.Label, origin)
	return err
}

// ordinalOf reads the article number after '#' in a record ID, else n.
func ordinalOf(id string, n int) int {
	if i := strings.LastIndexByte(id, '#'); i >= 0 {
		if k, err := strconv.Atoi(id[i+1:]); err == nil && k > 0 {
			return k
		}
	}
	return n
}
