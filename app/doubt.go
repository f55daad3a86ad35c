package app

import (
	"fmt"
	"math"

	"github.com/stitchmark/stitchmark/corpus"
)

// doubtLines are the lines a person may draw in the settings, highest
// first; corpus.Doubtful, the default, is among them.
var doubtLines = []float64{0.95, corpus.Doubtful, 0.8, 0.7, 0.6}

// doubtLine is the confidence under which a join or an end is doubtful
// (prefDoubtLine). At the default, corpus.Doubtful, the articles holding
// such a join or end are 43–49% of all on held-out simulated pages and
// hold 78–86% of those stitched wrong (stitchmark bench); a lower line
// lists fewer of them and finds fewer of the wrong ones.
func (d *desk) doubtLine() float64 {
	return d.app.Preferences().FloatWithFallback(prefDoubtLine, corpus.Doubtful)
}

// doubtful reports whether d, an article's least confident join or end
// nobody has reviewed, is below line.
func doubtful(d corpus.Doubt, line float64) bool {
	return !d.None() && d.Score < line
}

// percentDown is a confidence in whole percent, rounded down: 0.897 is no
// 90% when the line is drawn at 0.9 (and 0.7, 69.99… in floating point,
// is 70%).
func percentDown(score float64) int {
	return int(math.Floor(score*100 + 1e-9))
}

// doubtText is the navigator's note on an article whose least confident
// unreviewed decision is d, put first in its info line so that a narrow
// panel still shows it ("" when it is not below line).
func doubtText(d corpus.Doubt, line float64) string {
	switch {
	case !doubtful(d, line):
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
	line := d.doubtLine()
	id, doubt, ok, err := d.proj.MostDoubtful(line)
	if err != nil {
		d.showError(err)
		return
	}
	if !ok {
		d.say(fmt.Sprintf(T("No doubtful joins or ends left: every one under %d%% has been reviewed."), percentDown(line)))
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
