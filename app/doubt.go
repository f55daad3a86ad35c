package app

import (
	"fmt"
	"math"

	"github.com/stitchmark/stitchmark/corpus"
)

// doubtful reports whether weakest, an article's lowest confidence among
// its unreviewed joins (-1: none), is doubtful (below
// corpus.DoubtfulJoin): on held-out simulated pages the articles holding
// such a join are a third of all and hold about 60% of those stitched
// wrong (stitchmark bench).
func doubtful(weakest float64) bool {
	return weakest >= 0 && weakest < corpus.DoubtfulJoin
}

// doubtText is the navigator's note on an article whose weakest
// unreviewed join is weakest, put first in its info line so that a narrow
// panel still shows it ("" when it is not doubtful).
func doubtText(weakest float64) string {
	if !doubtful(weakest) {
		return ""
	}
	// Rounded down: 0.897 is no 90% when the line is drawn at 0.9.
	return fmt.Sprintf(T("weak join %d%%"), int(math.Floor(weakest*100))) + " · "
}

// weakestAt returns the position of the fragment after v's weakest
// unreviewed join, or -1.
func weakestAt(v *corpus.ArticleView) int {
	weakest := v.Weakest()
	for _, j := range v.Joins {
		if j.Decision != corpus.DecisionNone || j.Score != weakest {
			continue
		}
		for pos := 1; pos < len(v.Fragments); pos++ {
			if v.Fragments[pos].ID == j.To && v.Fragments[pos-1].ID == j.From {
				return pos
			}
		}
	}
	return -1
}

// goToDoubtful opens the article with the project's weakest unreviewed
// join and selects the fragment after it, so that a person reviews the
// joins most likely wrong first; confirming or fixing them moves on to
// the next.
func (d *desk) goToDoubtful() {
	if d.proj == nil {
		return
	}
	id, _, ok, err := d.proj.MostDoubtful(corpus.DoubtfulJoin)
	if err != nil {
		d.showError(err)
		return
	}
	if !ok {
		d.say(fmt.Sprintf(T("No doubtful joins left: every join under %d%% has been reviewed."), int(corpus.DoubtfulJoin*100)))
		return
	}
	d.openArticle(id)
	if p := d.article; p != nil && p.view != nil {
		pos := weakestAt(p.view)
		p.selectFragment(pos, true)
		p.reveal(pos)
	}
}
