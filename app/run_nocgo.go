//go:build !cgo

package app

import (
	"fmt"
	"os"
)

// Run reports that this build has no window: the desk needs cgo (OpenGL
// and the windowing system), while the headless commands do not. The rest
// of the package builds and tests without cgo.
func Run(args []string) int {
	fmt.Fprintln(os.Stderr, "stitchmark: this build has no desk window (built with CGO_ENABLED=0); rebuild with cgo, or use the headless commands (stitchmark help)")
	return 1
}
