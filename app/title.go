package app

import (
	"path/filepath"
	"strings"
)

// updateTitle sets the window title: Stitchmark — <project> — <state>.
func (d *desk) updateTitle() {
	if d.win == nil {
		return
	}
	d.win.SetTitle(d.title())
}

// title is the window title for the current state: the project's name and
// "saved" (every action is committed before it returns), or the background
// job running, e.g. "stitching…".
func (d *desk) title() string {
	if d.proj == nil {
		return "Stitchmark"
	}
	state := T("saved")
	if d.busy != "" {
		state = d.busy
	}
	return "Stitchmark — " + projectName(d.proj.Path()) + " — " + state
}

// projectName is the name a project file is shown by: its base name
// without the .stitchmark extension.
func projectName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, projectExt)
}

// projectExt is the file extension of project files.
const projectExt = ".stitchmark"
