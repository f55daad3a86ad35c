#!/bin/sh
# Takes the README screenshots of the desk under Xvfb: a first launch on the
# bundled sample, stitched, in English and in Chinese.
#   docs/screenshot-desk.png      English (the README's main picture)
#   docs/screenshot-desk-en.png   English
#   docs/screenshot-desk-zh.png   Simplified Chinese
# Usage: scripts/screenshots.sh   (needs what scripts/smoke.sh needs)
set -eu

cd "$(dirname "$0")/.."
BIN=$(mktemp -d)
TMP=$(mktemp -d)
XVFB_PID="" APP_PID=""
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
	[ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
	rm -rf "$TMP" "$BIN"
}
trap cleanup EXIT INT TERM

go build -o "$BIN/stitchmark" .

n=90
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
export DISPLAY=":$n"
Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
sleep 1

# shot LANG FILE: a first launch in LANG, screenshot of the window to FILE.
shot() {
	home="$TMP/$1"
	mkdir -p "$home/.config"
	HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG="$1" LANGUAGE="" LC_ALL="" \
		FYNE_THEME=${FYNE_THEME:-light} STITCHMARK_SMOKE=1 "$BIN/stitchmark" >"$TMP/$1.log" 2>&1 &
	APP_PID=$!
	i=0
	until grep -q "ms: article" "$TMP/$1.log"; do
		i=$((i + 1)); [ $i -lt 600 ] || { echo "screenshots: no article in $1" >&2; exit 1; }
		sleep 0.1
	done
	sleep 2 # the pre-annotation suggestions
	wid=$(xdotool search --name '^Stitchmark' | head -n 1)
	import -window "$wid" "$2"
	xdotool windowfocus "$wid" 2>/dev/null || true
	xdotool key ctrl+q
	wait "$APP_PID" || true
	APP_PID=""
	echo "screenshots: $2"
}

shot en_US.UTF-8 docs/screenshot-desk-en.png
shot zh_CN.UTF-8 docs/screenshot-desk-zh.png
cp docs/screenshot-desk-en.png docs/screenshot-desk.png
