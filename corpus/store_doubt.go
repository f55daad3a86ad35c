package corpus

import (
	"database/sql"
	"errors"
)

// A join nobody has reviewed has decision DecisionNone, and it is live:
// relink marks a join broken as soon as its fragments stop being
// neighbours in one article. So the article of its tail fragment is the
// article it joins, which keeps these queries to one lookup per join.
// An article end is live while its fragment is the last of an article;
// the queries check that.

// Doubt is the stitcher's least confident decision in an article that
// nobody has reviewed: a join, or where the article ends.
type Doubt struct {
	Score float64 // calibrated confidence; -1 when there is none
	End   bool    // the article's end, not a join
}

// None reports whether there is no such decision.
func (d Doubt) None() bool { return d.Score < 0 }

// lower returns the less confident of d and o, d on a tie.
func (d Doubt) lower(o Doubt) Doubt {
	if d.None() || !o.None() && o.Score < d.Score {
		return o
	}
	return d
}

// NoDoubt is the Doubt of an article whose decisions have all been
// reviewed.
var NoDoubt = Doubt{Score: -1}

// Doubt is the least confident of the article's joins and end nobody has
// reviewed: the decision most likely to be wrong, since the confidences
// are calibrated.
func (v *ArticleView) Doubt() Doubt {
	d := NoDoubt
	for _, j := range v.Joins {
		if j.Decision == DecisionNone {
			d = d.lower(Doubt{Score: j.Score})
		}
	}
	if v.End != nil && v.End.Decision == DecisionNone {
		d = d.lower(Doubt{Score: v.End.Score, End: true})
	}
	return d
}

// liveEnd is the SQL condition that fragment f, holding end e, is the
// last of its article.
const liveEnd = `f.page = e.page AND f.block = e.block AND f.article IS NOT NULL
	AND NOT EXISTS (SELECT 1 FROM fragments g WHERE g.article = f.article AND g.pos > f.pos)`

// Doubts returns, for each article of page with a join or an end nobody
// has reviewed, the least confident of them (ArticleView.Doubt without
// loading the articles).
func (p *Project) Doubts(page PageID) (map[ArticleID]Doubt, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return nil, ErrClosed
	}
	out := map[ArticleID]Doubt{}
	err := scanDoubts(p.db, out, false, `SELECT f.article, min(j.score) FROM joins j
		JOIN fragments f ON f.page = j.page AND f.block = j.from_block
		WHERE j.page = ? AND j.decision = '' AND f.article IS NOT NULL
		GROUP BY f.article`, page)
	if err == nil {
		err = scanDoubts(p.db, out, true, `SELECT f.article, e.score FROM ends e JOIN fragments f ON `+liveEnd+`
			WHERE e.page = ? AND e.decision = ''`, page)
	}
	return out, p.wrap(err)
}

// scanDoubts runs a query of article and score rows and lowers each
// article's doubt in out by it.
func scanDoubts(q querier, out map[ArticleID]Doubt, end bool, query string, args ...any) error {
	rows, err := q.Query(query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a ArticleID
		var w float64
		if err := rows.Scan(&a, &w); err != nil {
			return err
		}
		d, ok := out[a]
		if !ok {
			d = NoDoubt
		}
		out[a] = d.lower(Doubt{Score: w, End: end})
	}
	return rows.Err()
}

// MostDoubtful returns the article holding the project's least confident
// join or end nobody has reviewed, and that doubt, when its score is
// below below; ties go to a join, then to the earlier page and block. ok
// is false when there is none. It reads the joins and ends alone and
// looks up one article for each.
func (p *Project) MostDoubtful(below float64) (id ArticleID, d Doubt, ok bool, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return 0, NoDoubt, false, ErrClosed
	}
	jid, jd, err := firstDoubt(p.db, false, `SELECT f.article, j.score FROM joins j
		JOIN fragments f ON f.page = j.page AND f.block = j.from_block
		WHERE j.id = (SELECT id FROM joins WHERE decision = '' AND score < ?
			ORDER BY score, page, from_block LIMIT 1) AND f.article IS NOT NULL`, below)
	if err != nil {
		return 0, NoDoubt, false, p.wrap(err)
	}
	eid, ed, err := firstDoubt(p.db, true, `SELECT f.article, e.score FROM ends e JOIN fragments f ON `+liveEnd+`
		WHERE e.decision = '' AND e.score < ? ORDER BY e.score, e.page, e.block LIMIT 1`, below)
	if err != nil {
		return 0, NoDoubt, false, p.wrap(err)
	}
	switch {
	case jd.None() && ed.None():
		return 0, NoDoubt, false, nil
	case jd.lower(ed) == jd:
		return jid, jd, true, nil
	}
	return eid, ed, true, nil
}

// firstDoubt reads one article and score row as a doubt; NoDoubt when
// the query has no row.
func firstDoubt(q querier, end bool, query string, args ...any) (ArticleID, Doubt, error) {
	var id ArticleID
	d := Doubt{End: end}
	err := q.QueryRow(query, args...).Scan(&id, &d.Score)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, NoDoubt, nil
	}
	if err != nil {
		return 0, NoDoubt, err
	}
	return id, d, nil
}
