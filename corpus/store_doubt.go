package corpus

import (
	"database/sql"
	"errors"
)

// A join nobody has reviewed has decision DecisionNone, and it is live:
// relink marks a join broken as soon as its fragments stop being
// neighbours in one article. So the article of its tail fragment is the
// article it joins, which keeps these queries to one lookup per join.

// Weakest is the lowest confidence among the article's joins nobody has
// reviewed, or -1 when it has none: the join most likely to be wrong,
// since the confidences are calibrated.
func (v *ArticleView) Weakest() float64 {
	weakest := -1.0
	for _, j := range v.Joins {
		if j.Decision == DecisionNone && (weakest < 0 || j.Score < weakest) {
			weakest = j.Score
		}
	}
	return weakest
}

// Doubts returns, for each article of page with a join nobody has
// reviewed, the lowest confidence among those joins (ArticleView.Weakest
// without loading the articles).
func (p *Project) Doubts(page PageID) (map[ArticleID]float64, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return nil, ErrClosed
	}
	rows, err := p.db.Query(`SELECT f.article, min(j.score) FROM joins j
		JOIN fragments f ON f.page = j.page AND f.block = j.from_block
		WHERE j.page = ? AND j.decision = '' AND f.article IS NOT NULL
		GROUP BY f.article`, page)
	if err != nil {
		return nil, p.wrap(err)
	}
	defer rows.Close()
	out := map[ArticleID]float64{}
	for rows.Next() {
		var a ArticleID
		var w float64
		if err := rows.Scan(&a, &w); err != nil {
			return nil, p.wrap(err)
		}
		out[a] = w
	}
	return out, p.wrap(rows.Err())
}

// MostDoubtful returns the article holding the project's lowest-scored
// join nobody has reviewed, and that score, when it is below below; ties
// go to the earlier page and block. ok is false when there is none. It
// reads the joins alone and looks up one article.
func (p *Project) MostDoubtful(below float64) (id ArticleID, score float64, ok bool, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db == nil {
		return 0, 0, false, ErrClosed
	}
	err = p.db.QueryRow(`SELECT f.article, j.score FROM joins j
		JOIN fragments f ON f.page = j.page AND f.block = j.from_block
		WHERE j.id = (SELECT id FROM joins WHERE decision = '' AND score < ?
			ORDER BY score, page, from_block LIMIT 1) AND f.article IS NOT NULL`, below).Scan(&id, &score)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, nil
	}
	if err != nil {
		return 0, 0, false, p.wrap(err)
	}
	return id, score, true, nil
}
