package app

import (
	"fmt"
	"math"

	"github.com/stitchmark/stitchmark/corpus"
)

// doubtful reports whether a's weakest unreviewed join is doubtful (below
// corpus.DoubtfulJoin): on held-out simulated pages the articles holding
// one are a third of all and hold about 60% of those stitched wrong
// (stitchmark bench).
func doubtful(a corpus.ArticleInfo) bool {
	return a.Weakest >= 0 && a.Weakest < corpus.DoubtfulJoin
}

// doubtText is the navigator's note on a doubtful article, put first in
// its info line so that a narrow panel still shows it ("" for others).
func doubtText(a corpus.ArticleInfo) string {
	if !doubtful(a) {
		return ""
	}
	// Rounded down: 0.897 is no 90% when the line is drawn at 0.9.
	return fmt.Sprintf(T("weak join %d%%"), int(math.Floor(a.Weakest*100))) + " · "
}

// mostDoubtful returns the article whose weakest unreviewed join is the
// project's weakest, if any is doubtful; ties go to the earlier page and
// article.
func mostDoubtful(list []corpus.ArticleInfo) (corpus.ArticleID, bool) {
	var best *corpus.ArticleInfo
	for i := range list {
		a := &list[i]
		if doubtful(*a) && (best == nil || a.Weakest < best.Weakest) {
			best = a
		}
	}
	if best == nil {
		return 0, false
	}
	return best.ID, true
}

// weakestAt returns the position of the fragment after v's weakest
// unreviewed join (the one scored v.Weakest), or -1.
func weakestAt(v *corpus.ArticleView) int {
	for _, j := range v.Joins {
		if j.Decision != corpus.DecisionNone || j.Score != v.Weakest {
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
	list, err := d.proj.Articles(0)
	if err != nil {
		d.showError(err)
		return
	}
	id, ok := mostDoubtful(list)
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
