#!/bin/sh
# Rebuild resources/icons/* from resources/icons/posassist.svg (see make_icons.py).
# Brings its own tools: rsvg-convert from Debian (librsvg2-bin) and Pillow in a
# throw-away venv. Run as root or with sudo rights for apt-get on Debian/Ubuntu.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v rsvg-convert >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y --no-install-recommends librsvg2-bin
    else sudo apt-get install -y --no-install-recommends librsvg2-bin; fi
fi
venv=$(mktemp -d "${TMPDIR:-/tmp}/posassist-icons.XXXXXX")
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "Pillow>=10"
"$venv/bin/python" "$here/make_icons.py"
