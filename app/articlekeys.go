package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The article panel's keyboard shortcuts. Ctrl stands for Cmd on macOS.
// They are offered as the Article menu, whose shortcuts the driver runs
// before the focused widget's (so they work while the text has the
// focus), and registered on the canvas for when no menu is shown.
//
//	Ctrl+Enter        mark the article gold and open the next one
//	Ctrl+Shift+J      confirm all joins (status → joins checked)
//	Ctrl+D            go to the project's most doubtful join or article end
//	Ctrl+B            break the join before the selected fragment
//	Ctrl+K            split the article at the selected fragment
//	Ctrl+J            attach a fragment after the selected one…
//	Ctrl+Shift+Up     move the selected fragment up
//	Ctrl+Shift+Down   move the selected fragment down
//	Ctrl+M            merge another article into this one…
//	Ctrl+U            send the selected fragment to the unassigned tray
//	Ctrl+Shift+K      change the selected fragment's kind…
//	Ctrl+T            fix the selected fragment's text…
//	Ctrl+Shift+A      accept all suggestions
//	Ctrl+L            label all occurrences of the selection…

// articleKey is one shortcut of the article panel with its menu text.
type articleKey struct {
	label    string
	shortcut fyne.Shortcut
	run      func()
}

// shortcut is the platform's shortcut modifier (plus extra) with key.
func shortcut(key fyne.KeyName, extra fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

// keys lists the panel's shortcuts in menu order; nil marks a separator.
func (p *articlePanel) keys() []*articleKey {
	return []*articleKey{
		{"Mark gold and go to the next", shortcut(fyne.KeyReturn, 0), p.markGold},
		{"Confirm all joins", shortcut(fyne.KeyJ, fyne.KeyModifierShift), p.confirmJoins},
		{"Go to the most doubtful join or end", shortcut(fyne.KeyD, 0), p.d.goToDoubtful},
		nil,
		{"Break the join before the fragment", shortcut(fyne.KeyB, 0), p.breakBeforeSelected},
		{"Split the article here", shortcut(fyne.KeyK, 0), p.splitAtSelected},
		{"Attach a fragment after this one…", shortcut(fyne.KeyJ, 0), p.attachAfterSelected},
		{"Move the fragment up", shortcut(fyne.KeyUp, fyne.KeyModifierShift), func() { p.moveSelected(-1) }},
		{"Move the fragment down", shortcut(fyne.KeyDown, fyne.KeyModifierShift), func() { p.moveSelected(1) }},
		{"Merge with another article…", shortcut(fyne.KeyM, 0), p.mergeDialog},
		{"Send to the unassigned tray", shortcut(fyne.KeyU, 0), p.unassignSelected},
		{"Change the fragment's kind…", shortcut(fyne.KeyK, fyne.KeyModifierShift), p.kindMenu},
		{"Fix the fragment's text…", shortcut(fyne.KeyT, 0), p.editSelected},
		nil,
		{"Accept all suggestions", shortcut(fyne.KeyA, fyne.KeyModifierShift), p.acceptAll},
		{"Label all occurrences…", shortcut(fyne.KeyL, 0), p.labelAllDialog},
	}
}

// menu is the Article menu of the main menu.
func (p *articlePanel) menu() *fyne.Menu {
	m := fyne.NewMenu(T("Article"))
	for _, k := range p.keys() {
		if k == nil {
			m.Items = append(m.Items, fyne.NewMenuItemSeparator())
			continue
		}
		it := fyne.NewMenuItem(T(k.label), k.run)
		it.Shortcut = k.shortcut
		m.Items = append(m.Items, it)
	}
	return m
}

// addShortcuts registers the panel's shortcuts on canvas c.
func (p *articlePanel) addShortcuts(c fyne.Canvas) {
	for _, k := range p.keys() {
		if k == nil {
			continue
		}
		run := k.run
		c.AddShortcut(k.shortcut, func(fyne.Shortcut) { run() })
	}
}
