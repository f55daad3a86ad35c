package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// attachCandidate is a fragment that could follow the tail: the head of
// another article or a fragment of the unassigned tray.
type attachCandidate struct {
	Frag    corpus.FragmentID
	Block   int
	Kind    corpus.Kind
	Text    string
	Article corpus.ArticleID // 0: the unassigned tray
	Score   float64          // the stitcher's probability; -1 when it did not rank it
	Reason  string
}

// attachCandidates lists the fragments of the page that may be attached to
// article art: the stitcher's ranked continuations of the tail first (best
// first), then the other heads and unassigned fragments in page order.
func attachCandidates(blocks []corpus.BlockInfo, art corpus.ArticleID, ranked []corpus.Candidate) []attachCandidate {
	byBlock := map[int]corpus.BlockInfo{}
	for _, b := range blocks {
		if b.Article == 0 || (b.Article != art && b.Pos == 0) {
			byBlock[b.Block] = b
		}
	}
	out := make([]attachCandidate, 0, len(byBlock))
	seen := map[int]bool{}
	for _, c := range ranked {
		b, ok := byBlock[c.Block]
		if !ok || seen[c.Block] {
			continue
		}
		seen[c.Block] = true
		out = append(out, candidateOf(b, c.Score, c.Reason))
	}
	for _, b := range blocks {
		if _, ok := byBlock[b.Block]; ok && !seen[b.Block] {
			seen[b.Block] = true
			out = append(out, candidateOf(b, -1, ""))
		}
	}
	return out
}

// candidateOf makes a candidate of block b.
func candidateOf(b corpus.BlockInfo, score float64, reason string) attachCandidate {
	return attachCandidate{Frag: b.ID, Block: b.Block, Kind: b.Kind, Text: b.Text,
		Article: b.Article, Score: score, Reason: reason}
}

// pageOf rebuilds the page of blocks as the stitcher sees it; text is the
// page's text (its form feeds mark printed pages).
func pageOf(source, text string, blocks []corpus.BlockInfo) *corpus.Page {
	pg := &corpus.Page{Source: source, Text: text}
	for _, b := range blocks {
		pg.Fragments = append(pg.Fragments, corpus.Fragment{Source: source, Block: b.Block,
			Start: b.Start, End: b.End, Text: b.Text, Kind: b.Kind})
	}
	return pg
}

// rankCandidates asks the stitcher for the continuations of block tail;
// the first call loads the dictionary, so run it in the background.
func rankCandidates(pg *corpus.Page, tail int) ([]corpus.Candidate, error) {
	s, err := corpus.DefaultStitcher()
	if err != nil {
		return nil, err
	}
	return s.Candidates(pg, tail), nil
}

// attachAfterSelected opens the attach dialog after the selected fragment,
// or after the last one when none is selected.
func (p *articlePanel) attachAfterSelected() {
	if p.view == nil {
		return
	}
	pos := p.sel
	if pos < 0 || pos >= len(p.view.Fragments) {
		pos = len(p.view.Fragments) - 1
	}
	p.attachAfter(pos)
}

// attachAfter opens the dialog that attaches a fragment after position pos:
// it lists every candidate at once and fills in the stitcher's ranking when
// it is ready.
func (p *articlePanel) attachAfter(pos int) {
	if p.view == nil || pos < 0 || pos >= len(p.view.Fragments) {
		return
	}
	blocks, err := p.d.proj.PageBlocks(p.view.Page)
	if err != nil {
		p.d.showError(err)
		return
	}
	text, err := p.d.proj.PageText(p.view.Page)
	if err != nil {
		p.d.showError(err)
		return
	}
	tail := p.view.Fragments[pos]
	ad := newAttachDialog(p, pos, attachCandidates(blocks, p.id, nil))
	ad.show()
	pg := pageOf(tail.Source, text, blocks)
	var ranked []corpus.Candidate
	p.d.background(func() error {
		var err error
		ranked, err = rankCandidates(pg, tail.Block)
		return err
	}, func() {
		ad.setCandidates(attachCandidates(blocks, p.id, ranked))
		ad.rankingDone()
	})
}

// attachFragment attaches fragment f to the article at position pos.
func (p *articlePanel) attachFragment(f corpus.FragmentID, pos int) {
	p.sel = pos
	p.d.act("Attach fragment", func() error { return p.d.proj.Attach(p.id, f, pos) })
}

// attachCandidate attaches c after position pos: the fragment alone, or,
// with whole set and c the head of another article attached at the end,
// that whole article (a merge).
func (p *articlePanel) attachCandidate(c attachCandidate, pos int, whole bool) {
	if whole && c.Article != 0 && pos == len(p.view.Fragments) {
		p.merge(c.Article)
		return
	}
	p.attachFragment(c.Frag, pos)
}

// attachDialog is the ranked list of candidate continuations.
type attachDialog struct {
	p      *articlePanel
	pos    int // the fragment attached goes after this position
	cands  []attachCandidate
	chosen int
	list   *widget.List
	reason *widget.Label
	status *widget.Label
	whole  *widget.Check // bring the rest of a head's article along
	dlg    *dialog.CustomDialog
}

// newAttachDialog makes the dialog for attaching after pos.
func newAttachDialog(p *articlePanel, pos int, cands []attachCandidate) *attachDialog {
	ad := &attachDialog{p: p, pos: pos, cands: cands, chosen: -1}
	ad.list = widget.NewList(func() int { return len(ad.cands) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(candidateLine(ad.cands[i])) })
	ad.list.OnSelected = func(i widget.ListItemID) {
		ad.chosen = i
		ad.reason.SetText(reasonText(ad.cands[i].Reason))
	}
	ad.reason = widget.NewLabel("")
	ad.reason.Wrapping = fyne.TextWrapWord
	ad.status = widget.NewLabel(T("Ranking the candidates…"))
	ad.status.SizeName = theme.SizeNameCaptionText
	ad.whole = widget.NewCheck(T("Bring the rest of an article along (when attaching at the end)"), nil)
	ad.whole.SetChecked(pos == len(p.view.Fragments)-1)
	if pos != len(p.view.Fragments)-1 {
		ad.whole.Disable()
	}
	head := widget.NewLabel(fmt.Sprintf(T("Candidates to follow block %d, best first:"), p.view.Fragments[pos].Block))
	content := container.NewBorder(container.NewVBox(head, ad.status), container.NewVBox(ad.reason, ad.whole), nil, nil, ad.list)
	attach := widget.NewButton(T("Attach"), ad.attach)
	attach.Importance = widget.HighImportance
	ad.dlg = dialog.NewCustomWithoutButtons(T("Attach a fragment"), content, p.d.win)
	ad.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton(T("Cancel"), ad.dlg.Hide), attach})
	ad.dlg.Resize(fyne.NewSize(720, 460))
	return ad
}

// show opens the dialog.
func (ad *attachDialog) show() { ad.dlg.Show() }

// setCandidates replaces the list, e.g. once the ranking is ready.
func (ad *attachDialog) setCandidates(c []attachCandidate) {
	ad.cands = c
	ad.chosen = -1
	ad.list.UnselectAll()
	ad.list.Refresh()
	ad.reason.SetText("")
}

// rankingDone says how the ranking went and selects the best candidate
// the stitcher found.
func (ad *attachDialog) rankingDone() {
	if len(ad.cands) > 0 && ad.cands[0].Score >= 0 {
		ad.status.SetText(T("Ranked by the stitcher; the others follow in page order."))
		ad.list.Select(0)
		return
	}
	ad.status.SetText(T("The stitcher sees no likely continuation; every candidate is listed in page order."))
}

// attach attaches the chosen candidate and closes the dialog.
func (ad *attachDialog) attach() {
	if ad.chosen < 0 || ad.chosen >= len(ad.cands) {
		return
	}
	ad.dlg.Hide()
	ad.p.attachCandidate(ad.cands[ad.chosen], ad.pos+1, ad.whole.Checked)
}

// candidateLine is one line of the candidate list: score, block, origin,
// kind and text.
func candidateLine(c attachCandidate) string {
	score := "  –  "
	if c.Score >= 0 {
		score = fmt.Sprintf("%.3f", c.Score)
	}
	from := T("unassigned")
	if c.Article != 0 {
		from = T("article head")
	}
	return fmt.Sprintf("%s  #%d  [%s · %s]  %s", score, c.Block, from, kindName(c.Kind), c.Text)
}
