package app

import (
	"fmt"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// The join and fragment actions of the article panel. Each one is a single
// store action through desk.act, so it is one transaction and one undo step.

// confirmJoins confirms every join of the article (status → joins checked).
func (p *articlePanel) confirmJoins() {
	if p.view == nil {
		return
	}
	p.d.act("Confirm joins", func() error { return p.d.proj.ConfirmJoins(p.id) })
}

// breakBeforeSelected breaks the join that leads to the selected fragment:
// it and the fragments after it become a new article.
func (p *articlePanel) breakBeforeSelected() {
	pos, ok := p.selected()
	if !ok {
		return
	}
	if pos == 0 {
		p.d.say(T("The first fragment has no join before it."))
		return
	}
	p.breakAfter(pos - 1)
}

// breakAfter breaks the join after position after.
func (p *articlePanel) breakAfter(after int) {
	p.d.act("Break join", func() error {
		_, err := p.d.proj.BreakJoin(p.id, after)
		return err
	})
}

// splitAtSelected makes the selected fragment and those after it a new
// article. The store records it exactly like breaking the join before the
// fragment (SplitArticle(a, pos) is BreakJoin(a, pos-1)); the two are
// offered under both names because people look for both.
func (p *articlePanel) splitAtSelected() {
	pos, ok := p.selected()
	if !ok {
		return
	}
	if pos == 0 {
		p.d.say(T("The first fragment has no join before it."))
		return
	}
	p.d.act("Split article", func() error {
		_, err := p.d.proj.SplitArticle(p.id, pos)
		return err
	})
}

// moveSelected moves the selected fragment by delta positions.
func (p *articlePanel) moveSelected(delta int) {
	pos, ok := p.selected()
	if !ok {
		return
	}
	to := pos + delta
	if to < 0 || to >= len(p.view.Fragments) {
		return
	}
	p.sel = to
	p.d.act("Move fragment", func() error { return p.d.proj.MoveFragment(p.id, pos, delta) })
}

// unassignSelected sends the selected fragment to the unassigned tray.
func (p *articlePanel) unassignSelected() {
	pos, ok := p.selected()
	if !ok {
		return
	}
	f := p.view.Fragments[pos].ID
	p.d.act("Send to unassigned", func() error { return p.d.proj.Unassign(f) })
}

// setKind changes the kind of the fragment at pos.
func (p *articlePanel) setKind(pos int, k corpus.Kind) {
	if p.view == nil || pos >= len(p.view.Fragments) {
		return
	}
	f := p.view.Fragments[pos].ID
	p.d.act("Change kind", func() error { return p.d.proj.SetKind(f, k) })
}

// kindMenu offers every kind for the selected fragment.
func (p *articlePanel) kindMenu() {
	pos, ok := p.selected()
	if !ok {
		return
	}
	var items []*fyne.MenuItem
	for _, k := range corpus.Kinds {
		item := fyne.NewMenuItem(kindName(k), func() { p.setKind(pos, k) })
		item.Checked = p.view.Fragments[pos].Kind == k
		items = append(items, item)
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(p.root)
	if c == nil || pos >= len(p.frags) {
		return
	}
	widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", items...), c,
		fyne.NewPos(0, p.frags[pos].Size().Height), p.frags[pos])
}

// markGold marks the article gold and shows the next one needing work.
func (p *articlePanel) markGold() {
	if p.view == nil {
		return
	}
	done := false
	p.d.act("Mark gold", func() error {
		err := p.d.proj.SetStatus(p.id, corpus.StatusGold)
		done = err == nil
		return err
	})
	if done {
		p.d.nextArticle()
	}
}

// editSelected opens the fix-text dialog for the selected fragment.
func (p *articlePanel) editSelected() {
	pos, ok := p.selected()
	if !ok {
		return
	}
	f := p.view.Fragments[pos]
	entry := widget.NewMultiLineEntry()
	entry.Wrapping = fyne.TextWrapBreak // Chinese wraps between any two characters
	entry.SetText(f.Text)
	entry.SetMinRowsVisible(6)
	dlg := dialog.NewForm(fmt.Sprintf(T("Fix the text of block %d"), f.Block), T("Save"), T("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(T("Text"), entry)}, func(ok bool) {
			if ok {
				p.saveText(f, entry.Text)
			}
		}, p.d.win)
	dlg.Resize(fyne.NewSize(640, 320))
	dlg.Show()
}

// saveText stores the person's new text of fragment f as one edit of the
// changed middle, so spans outside it keep their place.
func (p *articlePanel) saveText(f corpus.FragmentView, text string) {
	start, end, repl, changed := textEdit(f.Text, text)
	if !changed {
		return
	}
	p.d.act("Fix text", func() error { return p.d.proj.EditFragmentText(f.ID, start, end, repl) })
}

// textEdit finds the one replacement that turns old into new: old's code
// points [start, end) become repl, keeping the longest common prefix and
// suffix. changed is false when the texts are equal.
func textEdit(old, new string) (start, end int, repl string, changed bool) {
	if old == new {
		return 0, 0, "", false
	}
	a, b := []rune(old), []rune(new)
	for start < len(a) && start < len(b) && a[start] == b[start] {
		start++
	}
	ea, eb := len(a), len(b)
	for ea > start && eb > start && a[ea-1] == b[eb-1] {
		ea--
		eb--
	}
	return start, ea, string(b[start:eb]), true
}

// fragmentMenu is the context menu of the fragment at pos.
func (p *articlePanel) fragmentMenu(pos int) *fyne.Menu {
	n := len(p.view.Fragments)
	item := func(label string, f func(), disabled bool) *fyne.MenuItem {
		m := fyne.NewMenuItem(T(label), f)
		m.Disabled = disabled
		return m
	}
	kinds := make([]*fyne.MenuItem, 0, len(corpus.Kinds))
	for _, k := range corpus.Kinds {
		m := fyne.NewMenuItem(kindName(k), func() { p.setKind(pos, k) })
		m.Checked = p.view.Fragments[pos].Kind == k
		kinds = append(kinds, m)
	}
	kindItem := fyne.NewMenuItem(T("Kind"), nil)
	kindItem.ChildMenu = fyne.NewMenu("", kinds...)
	return fyne.NewMenu("",
		item("Break the join before this fragment", func() { p.breakAfter(pos - 1) }, pos == 0),
		item("Attach a fragment after this one…", func() { p.attachAfter(pos) }, false),
		item("Move up", func() { p.sel = pos; p.moveSelected(-1) }, pos == 0),
		item("Move down", func() { p.sel = pos; p.moveSelected(1) }, pos == n-1),
		item("Split the article here", func() { p.sel = pos; p.splitAtSelected() }, pos == 0),
		item("Merge with another article…", p.mergeDialog, false),
		kindItem,
		item("Send to the unassigned tray", func() { p.sel = pos; p.unassignSelected() }, false),
		item("Fix the text…", func() { p.sel = pos; p.editSelected() }, false),
		fyne.NewMenuItemSeparator(),
		item("Confirm all joins", p.confirmJoins, false),
	)
}

// joinMenu is the context menu of the join after position after.
func (p *articlePanel) joinMenu(after int) *fyne.Menu {
	return fyne.NewMenu("",
		fyne.NewMenuItem(T("Break this join"), func() { p.breakAfter(after) }),
		fyne.NewMenuItem(T("Confirm all joins"), p.confirmJoins),
	)
}

// runeLen is the length of s in code points.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
