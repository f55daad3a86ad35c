package app

import (
	"errors"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/stitchmark/stitchmark/corpus"
)

// The desk's keyboard shortcuts. Ctrl+Z arrives from the driver as
// fyne.ShortcutUndo and Ctrl+Y as fyne.ShortcutRedo; Ctrl+Shift+Z is a
// custom shortcut. Main-menu shortcuts run before the focused widget's.
var (
	undoShortcut   fyne.Shortcut = &fyne.ShortcutUndo{}
	redoShortcut   fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	redoShortcutY  fyne.Shortcut = &fyne.ShortcutRedo{}
	quitShortcut   fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	openShortcut   fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	importShortcut fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	exportShortcut fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	nextShortcut   fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierShortcutDefault}
)

// mainMenu builds the File, Edit, View, Article and Help menus. The
// driver runs a menu item's shortcut before the focused widget sees the
// keys, so these shortcuts work while the article text has the focus.
func (d *desk) mainMenu() *fyne.MainMenu {
	menus := []*fyne.Menu{d.fileMenu(), d.editMenu(), d.viewMenu()}
	if d.article != nil {
		menus = append(menus, d.article.menu())
	}
	return fyne.NewMainMenu(append(menus, d.helpMenu())...)
}

// item is a menu item with a shortcut (nil for none).
func item(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, action)
	it.Shortcut = sc
	return it
}

// fileMenu: new, open, recent, import, export, quit.
func (d *desk) fileMenu() *fyne.Menu {
	recent := fyne.NewMenuItem(T("Open recent"), nil)
	recent.ChildMenu = d.recentMenu()
	quit := item(T("Quit"), quitShortcut, d.quit)
	quit.IsQuit = true
	return fyne.NewMenu(T("File"),
		item(T("New project…"), nil, d.newProjectDialog),
		item(T("Open project…"), openShortcut, d.openProjectDialog),
		recent,
		fyne.NewMenuItemSeparator(),
		item(T("Import pages…"), importShortcut, d.importFilesDialog),
		item(T("Import a folder of pages…"), nil, d.importFolderDialog),
		item(T("Export…"), exportShortcut, d.exportDialog),
		fyne.NewMenuItemSeparator(),
		quit,
	)
}

// recentMenu lists the recent projects, newest first.
func (d *desk) recentMenu() *fyne.Menu {
	m := fyne.NewMenu("")
	for _, path := range d.app.Preferences().StringListWithFallback(prefRecent, nil) {
		m.Items = append(m.Items, fyne.NewMenuItem(path, func() { d.switchProject(path) }))
	}
	if len(m.Items) == 0 {
		none := fyne.NewMenuItem(T("No recent projects"), nil)
		none.Disabled = true
		m.Items = append(m.Items, none)
	}
	return m
}

// editMenu: undo, redo, settings.
func (d *desk) editMenu() *fyne.Menu {
	return fyne.NewMenu(T("Edit"),
		item(T("Undo"), undoShortcut, d.undo),
		item(T("Redo"), redoShortcut, d.redo),
		fyne.NewMenuItemSeparator(),
		item(T("Settings…"), nil, d.settingsDialog),
	)
}

// viewMenu: next article, key hints.
func (d *desk) viewMenu() *fyne.Menu {
	return fyne.NewMenu(T("View"),
		item(T("Next article needing work"), nextShortcut, d.nextArticle),
		fyne.NewMenuItemSeparator(),
		item(T("Show the key hint bar"), nil, d.showHintBar),
	)
}

// helpMenu: keys, about.
func (d *desk) helpMenu() *fyne.Menu {
	return fyne.NewMenu(T("Help"),
		item(T("Keys"), nil, d.showKeyHelp),
		item(T("About Stitchmark"), nil, d.about),
	)
}

// addShortcuts registers on the canvas the shortcuts that have no menu item
// of their own (the menu's are handled by the driver), and the menu's for
// drivers without a main menu (tests).
func (d *desk) addShortcuts() {
	c := d.win.Canvas()
	for sc, f := range map[fyne.Shortcut]func(){
		undoShortcut:  d.undo,
		redoShortcut:  d.redo,
		redoShortcutY: d.redo,
		quitShortcut:  d.quit,
		nextShortcut:  d.nextArticle,
	} {
		c.AddShortcut(sc, func(fyne.Shortcut) { f() })
	}
}

// undo undoes the project's last action.
func (d *desk) undo() {
	d.history(T("Undo"), T("Undone:"), T("Nothing to undo"), d.proj.Undo, corpus.ErrNoUndo)
}

// redo redoes the last undone action.
func (d *desk) redo() {
	d.history(T("Redo"), T("Redone:"), T("Nothing to redo"), d.proj.Redo, corpus.ErrNoRedo)
}

// history runs undo or redo: the step's description goes to the status
// line; an empty history is a message, not an error.
func (d *desk) history(name, done, empty string, step func() (string, error), none error) {
	if d.proj == nil {
		return
	}
	d.act(name, func() error {
		what, err := step()
		switch {
		case errors.Is(err, none):
			d.say(empty)
			return nil
		case err != nil:
			return err
		}
		d.say(done + " " + what)
		return nil
	})
}

// quit closes the window, which ends the app.
func (d *desk) quit() {
	d.win.Close()
}

// switchProject opens the project at path in place of the open one.
func (d *desk) switchProject(path string) {
	if err := d.openProject(path); err != nil {
		d.showError(err)
	}
}

// newProjectDialog asks where to create a new, empty project.
func (d *desk) newProjectDialog() {
	save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			d.showError(err)
			return
		}
		path := w.URI().Path()
		w.Close()
		d.createProject(path)
	}, d.win)
	save.SetFileName(T("corpus") + projectExt)
	save.Show()
}

// createProject makes a new project at path (adding the extension) and
// opens it. The save dialog has already created an empty file there, which
// is removed first so that the store can create the project.
func (d *desk) createProject(path string) {
	if filepath.Ext(path) != projectExt {
		path += projectExt
	}
	removeEmpty(path)
	p, err := corpus.CreateProject(path)
	if err != nil {
		d.showError(err)
		return
	}
	d.setProject(p)
	d.remember(path)
}

// openProjectDialog asks for a project file to open.
func (d *desk) openProjectDialog() {
	open := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			d.showError(err)
			return
		}
		path := r.URI().Path()
		r.Close()
		d.switchProject(path)
	}, d.win)
	open.Show()
}

// about shows the version and where the project lives.
func (d *desk) about() {
	meta := d.app.Metadata()
	msg := "Stitchmark " + meta.Version + "\n" + T("A desk for stitching newspaper pages into a gold Chinese corpus.")
	if d.proj != nil {
		msg += "\n\n" + T("Project:") + " " + d.proj.Path()
	}
	dialog.ShowInformation(T("About Stitchmark"), msg, d.win)
}

// removeEmpty deletes the file at path if it is empty: what a save dialog
// leaves behind before the project is created.
func removeEmpty(path string) {
	if info, err := os.Stat(path); err == nil && info.Size() == 0 && info.Mode().IsRegular() {
		os.Remove(path)
	}
}
