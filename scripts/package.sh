#!/bin/sh
# Builds the release artefacts into dist/:
#   linux    dist/Stitchmark.tar.xz, made by `fyne package` (fyne.io/tools):
#            the binary, Icon.png and a .desktop file, with the name, id,
#            version and icon of FyneApp.toml; `make install` inside it
#            installs it for the user.
#   windows  dist/stitchmark.exe, cross-built with Debian's mingw-w64
#            (package gcc-mingw-w64-x86-64), to prove that it compiles.
# macOS needs a Mac (Xcode's command line tools); see docs/building.md.
#
# Usage: scripts/package.sh [linux|windows|all]   (default all)
# Needs cgo and, for linux, the GL/X11 headers (libgl1-mesa-dev xorg-dev
# libxkbcommon-dev). A cold build takes about 3 minutes on 2 cores, the
# Windows cross-build about 5.
set -eu

cd "$(dirname "$0")/.."
FYNE_TOOLS=fyne.io/tools/cmd/fyne@v1.7.4
what=${1:-all}
mkdir -p dist

linux() {
	echo "package: linux (fyne package)"
	go run "$FYNE_TOOLS" package -os linux -release
	mv -f Stitchmark.tar.xz dist/
	tar -tJf dist/Stitchmark.tar.xz
	echo "package: dist/Stitchmark.tar.xz"
}

windows() {
	echo "package: windows (mingw-w64 cross-build)"
	command -v x86_64-w64-mingw32-gcc >/dev/null || {
		echo "package: x86_64-w64-mingw32-gcc not found (apt-get install gcc-mingw-w64-x86-64)" >&2
		exit 1
	}
	CC=x86_64-w64-mingw32-gcc GOOS=windows GOARCH=amd64 CGO_ENABLED=1 \
		go build -trimpath -o dist/stitchmark.exe .
	echo "package: dist/stitchmark.exe"
}

case "$what" in
linux) linux ;;
windows) windows ;;
all) linux && windows ;;
*)
	echo "usage: scripts/package.sh [linux|windows|all]" >&2
	exit 2
	;;
esac
