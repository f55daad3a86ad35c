package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// mergeTargets lists the articles of a page that article art can be merged
// with: every other one, in page order.
func mergeTargets(arts []corpus.ArticleInfo, art corpus.ArticleID) []corpus.ArticleInfo {
	out := make([]corpus.ArticleInfo, 0, len(arts))
	for _, a := range arts {
		if a.ID != art {
			out = append(out, a)
		}
	}
	return out
}

// mergeDialog asks which article of the page to append to this one.
func (p *articlePanel) mergeDialog() {
	if p.view == nil {
		return
	}
	arts, err := p.d.proj.Articles(p.view.Page)
	if err != nil {
		p.d.showError(err)
		return
	}
	targets := mergeTargets(arts, p.id)
	if len(targets) == 0 {
		p.d.say(T("There is no other article on this page."))
		return
	}
	chosen := -1
	list := widget.NewList(func() int { return len(targets) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			a := targets[i]
			o.(*widget.Label).SetText(fmt.Sprintf("%02d  %s  (%d %s)", a.Ordinal, a.Title, a.Fragments, T("fragments")))
		})
	list.OnSelected = func(i widget.ListItemID) { chosen = i }
	dlg := dialog.NewCustomConfirm(T("Append another article's fragments to this one"), T("Merge"), T("Cancel"), list,
		func(ok bool) {
			if ok && chosen >= 0 {
				p.merge(targets[chosen].ID)
			}
		}, p.d.win)
	dlg.Resize(fyne.NewSize(600, 420))
	dlg.Show()
}

// merge appends article b's fragments to the open article.
func (p *articlePanel) merge(b corpus.ArticleID) {
	p.d.act("Merge articles", func() error { return p.d.proj.MergeArticles(p.id, b) })
}
