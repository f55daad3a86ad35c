// Command stitchmark turns raw newspaper page text into a gold-standard
// Chinese corpus. With no arguments (or a project file) it opens the desk
// window; with a sub-command it runs headless (see stitchmark help).
package main

import (
	"os"

	"github.com/stitchmark/stitchmark/app"
	"github.com/stitchmark/stitchmark/cli"
	_ "github.com/stitchmark/stitchmark/internal/posixlocale" // before Fyne reads the locale
)

func main() {
	if cli.IsCommand(os.Args[1:]) {
		os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(app.Run(os.Args[1:]))
}
