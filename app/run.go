//go:build cgo

package app

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
)

// appID is the application id, as in FyneApp.toml; it names the
// preferences file.
const appID = "org.stitchmark.desk"

// Run opens the desk window and returns the process exit status: 0 when the
// window was closed, 2 on a bad command line. args may name a project file
// to open; without one the last project opens, or on first launch the
// bundled sample page.
func Run(args []string) int {
	start := time.Now()
	path, err := projectArg(args)
	if err != nil {
		fmt.Fprintln(os.Stderr, "stitchmark:", err)
		return 2
	}
	a := fyneapp.NewWithID(appID)
	d := newDesk(a)
	d.smoke = smokeWriter()
	d.started = start
	d.smokef("desk built\n")
	d.waitUp = true // let the first frame paint before the heavy jobs start
	a.Lifecycle().SetOnStarted(func() {
		d.smokef("window\n")
		d.up()
	})
	d.whenUp(func() {
		d.start(path)
		d.smokef("project open\n")
	})
	stop := quitOnSignal(d)
	d.win.ShowAndRun()
	stop()
	d.closed() // in case the app stopped without closing the window
	return 0
}

// quitOnSignal closes the window (and so the project) on an interrupt or
// terminate signal, as on a close request; the returned func stops
// listening.
func quitOnSignal(d *desk) func() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-sig:
			fyne.Do(d.quit)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}

// smokeWriter is stdout when STITCHMARK_SMOKE=1, else nil.
func smokeWriter() io.Writer {
	if os.Getenv("STITCHMARK_SMOKE") == "1" {
		return os.Stdout
	}
	return nil
}
