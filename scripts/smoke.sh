#!/bin/sh
# Smoke test of the desk window: builds the binary, starts it under Xvfb as
# a first launch (fresh HOME and XDG folders), waits for the window, checks
# that the sample is stitched and its first headline shown, takes a
# screenshot and checks that it is not blank, sends a close request
# (Ctrl+Q), and checks that the app exits with status 0. Then it starts the
# app again and checks that it reopens the sample project, already stitched.
#
# Usage: scripts/smoke.sh [OUT_DIR]   (default dist/smoke; keeps the
# screenshots and the app's output there)
#
# Needs: Go with cgo and the GL/X11 headers, Xvfb, xdotool, ImageMagick
# (installed with apt-get when missing and we are root).
set -eu

cd "$(dirname "$0")/.."
OUT=${1:-dist/smoke}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
HEADLINE=市危化品专项整治工作会议要求
WINDOW_TIMEOUT=30   # seconds to wait for the window
STITCH_TIMEOUT=90   # seconds to wait for the first article
EXIT_TIMEOUT=10     # seconds to wait for a clean exit

say() { printf 'smoke: %s\n' "$*"; }
fail() { printf 'smoke: FAIL: %s\n' "$*" >&2; exit 1; }

# Tools.
missing=""
command -v Xvfb >/dev/null || missing="$missing xvfb"
command -v xdotool >/dev/null || missing="$missing xdotool"
command -v convert >/dev/null || missing="$missing imagemagick"
if [ -n "$missing" ]; then
	[ "$(id -u)" = 0 ] || fail "missing:$missing (install them)"
	say "installing$missing"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

say "building"
go build -o "$OUT/stitchmark" .

# A fresh user: no preferences, no last project.
TMP=$(mktemp -d)
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" XDG_DATA_HOME="$TMP/home/.local/share" XDG_CACHE_HOME="$TMP/home/.cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
export LANG=en_US.UTF-8 STITCHMARK_SMOKE=1

# A free display.
n=90
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
export DISPLAY=":$n"
XVFB_PID="" APP_PID=""
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
	[ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
	rm -rf "$TMP"
}
trap cleanup EXIT INT TERM
Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB_PID=$!
i=0
until xdpyinfo >/dev/null 2>&1 || [ -e "/tmp/.X11-unix/X$n" ]; do
	i=$((i + 1)); [ $i -lt 100 ] || fail "Xvfb did not start"; sleep 0.1
done
sleep 0.3

# now_ms prints the time in milliseconds.
now_ms() { date +%s%3N; }

# start_app starts the app in the background, output in $OUT/$1.log.
start_app() {
	rm -f "$OUT/$1.rc"
	( "$OUT/stitchmark"; echo $? >"$OUT/$1.rc" ) >"$OUT/$1.log" 2>&1 &
	APP_PID=$!
}

# wait_window waits for the window to be mapped and painted (a capture of
# it is not blank), sets WID and prints the milliseconds since $1.
wait_window() {
	while :; do
		WID=$(xdotool search --name '^Stitchmark' 2>/dev/null | head -n 1 || true)
		if [ -n "$WID" ]; then
			sd=$(import -window "$WID" png:- 2>/dev/null | convert - -format '%[fx:standard_deviation]' info: 2>/dev/null || echo 0)
			awk -v s="$sd" 'BEGIN { exit !(s > 0.02) }' && break
		fi
		[ $(( $(now_ms) - $1 )) -lt $((WINDOW_TIMEOUT * 1000)) ] || fail "no window after ${WINDOW_TIMEOUT}s; see $OUT/$2.log"
		sleep 0.02
	done
	echo $(( $(now_ms) - $1 ))
}

# wait_line waits for a line matching $2 in log $1.
wait_line() {
	wl0=$(now_ms)
	until grep -q "$2" "$OUT/$1.log" 2>/dev/null; do
		[ $(( $(now_ms) - wl0 )) -lt $((STITCH_TIMEOUT * 1000)) ] || fail "no '$2' after ${STITCH_TIMEOUT}s; see $OUT/$1.log"
		[ -f "$OUT/$1.rc" ] && fail "the app exited early; see $OUT/$1.log"
		sleep 0.1
	done
}

# wait_saved waits until the window title says the project is saved.
wait_saved() {
	ws0=$(now_ms)
	while :; do
		title=$(xdotool getwindowname "$WID" 2>/dev/null || true)
		case "$title" in *" — saved") break ;; esac
		[ $(( $(now_ms) - ws0 )) -lt $((STITCH_TIMEOUT * 1000)) ] || fail "title still '$title'"
		sleep 0.1
	done
	say "title: $title"
}

# check_screen checks that screenshot $1 is not blank and that the article
# headline region holds text (many distinct colours from anti-aliasing).
check_screen() {
	import -window root "$1"
	sd=$(convert "$1" -format '%[fx:standard_deviation]' info:)
	awk -v s="$sd" 'BEGIN { exit !(s > 0.02) }' || fail "screenshot $1 is blank (standard deviation $sd)"
	# The article panel's title row: right of the navigator and the page map.
	colours=$(convert "$1" -crop 520x34+395+76 +repage -format '%k' info:)
	[ "$colours" -ge 12 ] || fail "no text in the article title region of $1 ($colours colours)"
	say "screenshot $1: standard deviation $sd, $colours colours in the headline region"
}

# close_app sends Ctrl+Q to the window and waits for a clean exit. A key
# press sent by xdotool can be lost under a busy X server (the window not
# yet holding the input focus), so the press is sent again, at most
# PRESSES times, EXIT_TIMEOUT seconds apart; the count is reported. On a
# failure the app's log and the focus state are printed.
PRESSES=3
close_app() {
	c0=$(now_ms)
	p=0
	until [ -f "$OUT/$1.rc" ]; do
		if [ $(( $(now_ms) - c0 )) -ge $((p * EXIT_TIMEOUT * 1000)) ]; then
			[ $p -lt $PRESSES ] || exit_failed "$1"
			xdotool windowfocus --sync "$WID" 2>/dev/null || true
			xdotool key --clearmodifiers ctrl+q
			p=$((p + 1))
		fi
		sleep 0.1
	done
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=""
	rc=$(cat "$OUT/$1.rc")
	[ "$rc" = 0 ] || fail "exit status $rc; see $OUT/$1.log"
	grep -q "ms: project closed" "$OUT/$1.log" || fail "the project was not closed; see $OUT/$1.log"
	say "closed cleanly in $(( $(now_ms) - c0 )) ms after $p Ctrl+Q"
}

# exit_failed prints what tells why app run $1 did not exit, then fails.
exit_failed() {
	say "focused window: $(xdotool getwindowfocus 2>&1); app window: $WID ($(xdotool getwindowname "$WID" 2>&1))"
	say "the app's output ($OUT/$1.log):"
	sed 's/^/  | /' "$OUT/$1.log" >&2
	! grep -q '^panic:' "$OUT/$1.log" || fail "the app panicked and did not exit"
	fail "the app did not exit within ${EXIT_TIMEOUT}s of each of $PRESSES Ctrl+Q"
}

say "first launch on $DISPLAY"
t0=$(now_ms)
start_app first
ms=$(wait_window "$t0" first) || exit 1
WID=$(xdotool search --name '^Stitchmark' | head -n 1)
say "window painted ${ms} ms after exec (aim: 1500)"
wait_line first "article $HEADLINE"
wait_line first "ms: window"
say "the app's own times: $(grep -o '[0-9]* ms: [a-z ]*' "$OUT/first.log" | tr '\n' ';')"
say "sample stitched, first article shown after $(( $(now_ms) - t0 )) ms"
wait_saved
sleep 0.5 # the last frame
check_screen "$OUT/first.png"
close_app first

say "second launch: reopens the sample project"
t0=$(now_ms)
start_app second
ms=$(wait_window "$t0" second) || exit 1
WID=$(xdotool search --name '^Stitchmark' | head -n 1)
say "window painted ${ms} ms after exec"
wait_line second "article $HEADLINE"
wait_saved
if grep -q "stitching" "$OUT/second.log"; then fail "the sample was stitched again"; fi
say "reopened with the first article after $(( $(now_ms) - t0 )) ms"
sleep 0.5
check_screen "$OUT/second.png"
close_app second
say "ok"
