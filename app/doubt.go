package app

import (
	"fmt"
	"math"

	"github.com/stitchmark/stitchmark/corpus"
)

// doubtful reports whether d, an article's least confident join or end
// nobody has reviewed, is doubtful (below corpus.Doubtful): on held-out
// simulated pages the articles holding such a join or end are 43–49% of
// all and hold 78–86% of those stitched wrong (stitchmark bench).
func doubtful(d corpus.Doubt) bool {
	return !d.None() && d.Score < corpus.Doubtful
}

// percentDown is a confidence in whole percent, rounded down: 0.897 is no
// 90% when the line is drawn at 0.9.
func percentDown(score float64) int {
	return int(math.Floor(score * 100))
}

// doubtText is the navigator's note on an article whose least confident
// unreviewed decision is d, put first in its info line so that a narrow
// panel still shows it ("" when it is not doubtful).
func doubtText(d corpus.Doubt) string {
	switch {
	case !doubtful(d):
		return ""
	case d.End:
		return fmt.Sprintf(T("weak end %d%%"), percentDown(d.Score)) + " · "
	}
	return fmt.Sprintf(T("weak join %d%%"), percentDown(d.Score)) + " · "
}

// doubtAt returns the position of the fragment v's doubt is about: the
// one after its least confident unreviewed join, or its last when that
// is its end; -1 when it has none.
func doubtAt(v *corpus.ArticleView) int {
	d := v.Doubt()
	if d.None() {
		return -1
	}
	if d.End {
		return len(v.Fragments) - 1
	}
	for _, j := range v.Joins {
		if j.Decision != corpus.DecisionNone || j.Score != d.Score {
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

// goToDoubtful opens the article with the project's least confident
// unreviewed join or end and selects the fragment after that join, or
// the last one, so that a person reviews the decisions most likely wrong
// first; confirming or fixing them moves on to the next.
func (d *desk) goToDoubtful() {
	if d.proj == nil {
		return
	}
	id, doubt, ok, err := d.proj.MostDoubtful(corpus.Doubtful)
	if err != nil {
		d.showError(err)
		return
	}
	if !ok {
		d.say(fmt.Sprintf(T("No doubtful joins or ends left: every one under %d%% has been reviewed."), percentDown(corpus.Doubtful)))
		return
	}
	d.openArticle(id)
	p := d.article
	if p == nil || p.view == nil {
		return
	}
	pos := doubtAt(p.view)
	p.selectFragment(pos, true)
	p.reveal(pos)
	if e := p.view.End; doubt.End && e != nil {
		d.say(fmt.Sprintf(T("Weak end (%d%%): %s. %s attaches a fragment after it."), percentDown(e.Score), reasonText(e.Reason), shortcutText("J")))
	}
}
