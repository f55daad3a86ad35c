#!/usr/bin/env bash
# deps.sh installs the system packages that building Stitchmark needs
# (a C compiler and the OpenGL/X11 headers Fyne's cgo driver links against),
# only when they are missing. Debian/Ubuntu; other systems: see README.
set -euo pipefail
pkgs=(gcc pkg-config libgl1-mesa-dev xorg-dev libxkbcommon-dev)
pkgs+=("$@")
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null; then
    echo "deps: please install the equivalents of: ${missing[*]}" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "deps: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v go >/dev/null || { echo "deps: Go 1.26 or newer is needed: https://go.dev/dl/" >&2; exit 1; }
