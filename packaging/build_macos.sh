#!/bin/bash
# Build "POS Assist.app" (and a .dmg) on macOS from this checkout:
#   packaging/out/POS Assist.app, packaging/out/posassist-<version>-macos-<arch>.dmg
#
# Needs macOS 12+ with Python 3.11 from python.org (a framework build; Homebrew's works too)
# and the Xcode command line tools. The .app is built for the Mac's own architecture
# (arm64 or x86_64) and is not signed or notarised: on another Mac, Gatekeeper asks the
# user to open it with right click > Open the first time. Signing: set
# codesign_identity in posassist.spec's EXE and notarise the .dmg with `xcrun notarytool`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out="$here/out"
PYTHON=${PYTHON:-python3.11}
work=$(mktemp -d -t posassist-mac)
trap 'rm -rf "$work"' EXIT

# A clean copy of the sources (tracked and new files, nothing ignored).
mkdir -p "$work/src"
git -C "$root" ls-files -z --cached --others --exclude-standard \
    | (cd "$root" && xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' _) \
    | tar -C "$root" --null -T - -cf - | tar -C "$work/src" -xf -

"$PYTHON" -m venv "$work/venv"
pip=("$work/venv/bin/python" -m pip --disable-pip-version-check -q)
reqs=$("$work/venv/bin/python" -c 'import sys, tomllib; print("\n".join(tomllib.load(open(sys.argv[1], "rb"))["build-system"]["requires"]))' "$work/src/pyproject.toml")
IFS=$'\n' read -r -d '' -a build_reqs <<<"$reqs" || true
"${pip[@]}" install "${build_reqs[@]}" "pyinstaller>=6.10"
"${pip[@]}" install --no-build-isolation "$work/src"
version=$(cd "$work" && "$work/venv/bin/python" -c 'import posassist; print(posassist.__version__)')

(cd "$work" && "$work/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$work/dist" --workpath "$work/pyi" "$work/src/packaging/posassist.spec")
app="$work/dist/POS Assist.app"
plutil -lint "$app/Contents/Info.plist"
"$app/Contents/MacOS/posassist" --version

mkdir -p "$out"
rm -rf "$out/POS Assist.app"
ditto "$app" "$out/POS Assist.app"
dmg="$out/posassist-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
staging="$work/dmg"
mkdir -p "$staging"
ditto "$app" "$staging/POS Assist.app"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "POS Assist" -srcfolder "$staging" -format UDZO -ov "$dmg" >/dev/null
echo "$dmg"
