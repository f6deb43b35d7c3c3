#!/bin/bash
# Build the Debian/Ubuntu package of POS Assist from this checkout:
#   packaging/out/posassist_<version>_<arch>.deb
#
# Steps: copy the tracked and new (not ignored) files of the checkout to a scratch folder,
# create a throw-away venv, install POS Assist into it with PyInstaller, freeze it with
# packaging/posassist.spec (one folder, windowed), and lay out a .deb:
#   /opt/posassist/                      the bundle (executable `posassist` + _internal/)
#   /usr/bin/posassist                   -> /opt/posassist/posassist
#   /usr/share/applications/posassist.desktop
#   /usr/share/icons/hicolor/<size>/apps/posassist.png, scalable/apps/posassist.svg
#   /usr/share/metainfo/<id>.metainfo.xml
#   /usr/share/doc/posassist/copyright
# Depends: the libraries the bundle links to but does not carry (found with readelf and
# mapped to packages with dpkg -S), plus fontconfig's configuration and a font.
#
# Needs Debian 12 (or newer) with python3-venv, binutils and dpkg; as root it installs
# what is missing. Environment:
#   PYTHON=/usr/bin/python3     interpreter of the venv (needs a shared libpython)
#   DEB_COMPRESS="xz 9"         dpkg-deb compressor and level. xz 9 keeps the package with
#                               the OCR engine under its 120 MB goal (117.8 MB; xz 6: 122.6,
#                               zstd 9: about 160) at ~5 min of compressing; "zstd 9" (~10 s)
#                               for quick local builds.
#   KEEP_BUILD=1                keep the scratch folder (printed) for a look inside
# Prints the path of the .deb on its last line.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out="$root/packaging/out"
PYTHON=${PYTHON:-/usr/bin/python3}
read -r deb_zip deb_level <<<"${DEB_COMPRESS:-xz 9}"
APP=posassist
APP_ID=$(sed -n 's/^BUNDLE_ID = "\([^"]*\)".*/\1/p' "$here/posassist.spec")
[ -n "$APP_ID" ] || { echo "build_deb: no BUNDLE_ID in posassist.spec" >&2; exit 1; }
ICON_SIZES="16 24 32 48 64 128 256 512"
umask 022

say() { printf '[build_deb %5.1fs] %s\n' "$(($(date +%s%N) - t_start))e-9" "$*" >&2; }
t_start=$(date +%s%N)

# --- tools --------------------------------------------------------------------------------
need=()
[ -x "$PYTHON" ] || need+=(python3)
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
command -v readelf >/dev/null && command -v strip >/dev/null || need+=(binutils)
command -v dpkg-deb >/dev/null || need+=(dpkg)
# PyInstaller bundles the interpreter's shared library, which a bare Debian lacks
# (its python3 is linked statically): Debian's libpython3.X, for Debian's interpreter.
pyver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)
if [ -n "$pyver" ] && dpkg-query -S "$(readlink -f "$PYTHON")" >/dev/null 2>&1 &&
    ! dpkg-query -W -f='${db:Status-Status}' "libpython$pyver" 2>/dev/null | grep -qx installed; then
    need+=("libpython$pyver")
fi
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "build_deb: install ${need[*]} first (apt-get install ${need[*]})" >&2
        exit 1
    fi
    say "installing ${need[*]}"
    apt-get install -y -q --no-install-recommends "${need[@]}" >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/posassist-deb.XXXXXX")
if [ "${KEEP_BUILD:-0}" = 1 ]; then
    say "scratch folder: $work (kept)"
else
    trap 'rm -rf "$work"' EXIT
fi

# --- a clean copy of the sources ----------------------------------------------------------
# Only what git tracks or would track: no .venv, build/, *.egg-info or posassist/_data/
# of a developer's tree can leak into the package.
src="$work/src"
mkdir -p "$src"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$root" ls-files -z --cached --others --exclude-standard \
        | (cd "$root" && xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' _) \
        | tar -C "$root" --null -T - -cf - | tar -C "$src" -xf -
    SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}
else
    tar -C "$root" --exclude=./.venv --exclude=./build --exclude=./packaging/out \
        --exclude='*.egg-info' --exclude=./posassist/_data -cf - . | tar -C "$src" -xf -
    SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)}
fi
export SOURCE_DATE_EPOCH

# --- venv, app, PyInstaller ---------------------------------------------------------------
say "venv with $("$PYTHON" -V 2>&1)"
"$PYTHON" -m venv "$work/venv"
pip=("$work/venv/bin/python" -m pip --disable-pip-version-check --no-input -q)
# The build requirements of pyproject.toml go into the venv itself and the app is built
# with --no-build-isolation: PySide6 (the biggest download) is installed once, not twice.
mapfile -t build_reqs < <("$work/venv/bin/python" - "$src/pyproject.toml" <<'PY'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    print("\n".join(tomllib.load(f)["build-system"]["requires"]))
PY
)
say "pip install ${build_reqs[*]} pyinstaller"
"${pip[@]}" install --no-compile "${build_reqs[@]}" "pyinstaller>=6.10" 2> >(grep -v "is ignored: it is neither" >&2)
say "pip install . (POS Assist and its dependencies)"
"${pip[@]}" install --no-compile --no-build-isolation "$src" 2> >(grep -v -e "is ignored: it is neither" -e "^ *$" \
    -e "SetuptoolsDeprecationWarning" -e "!!" -e "\*\*\*\*" -e "license" -e "License" \
    -e "your builds will no longer" -e "corresp(" -e "See https" -e "By 20" >&2 || true)
# OCR's OpenCV without its GUI: rapidocr-onnxruntime asks for opencv-python, whose wheel
# carries Qt 5 and xcb libraries (about 100 MB installed) the app never uses. The headless
# wheel of the same release is the same cv2 module without them (docs/ocr.md).
opencv=$("$work/venv/bin/python" -c 'import importlib.metadata as m; print(m.version("opencv-python"))' 2>/dev/null || true)
if [ -n "$opencv" ]; then
    say "opencv-python $opencv -> opencv-python-headless $opencv"
    "${pip[@]}" uninstall -y opencv-python
    "${pip[@]}" install --no-compile --no-deps "opencv-python-headless==$opencv" \
        2> >(grep -v "is ignored: it is neither" >&2)
fi
version=$(cd "$work" && "$work/venv/bin/python" -c 'import posassist; print(posassist.__version__)')

say "PyInstaller"
(cd "$work" && "$work/venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$work/dist" --workpath "$work/pyi" "$src/packaging/posassist.spec") \
    > "$work/pyinstaller.log" 2>&1 || { cat "$work/pyinstaller.log" >&2; exit 1; }
grep -E "^posassist.spec:|ERROR" "$work/pyinstaller.log" | cut -c1-200 >&2 || true
bundle="$work/dist/$APP"
find "$bundle" -xtype l -print -delete >&2   # filtering can leave dangling symlinks
# The wheels' own copies of their libraries (numpy.libs, opencv_python_headless.libs …,
# made by auditwheel and patchelf) are put back as shipped: strip breaks some of them
# (numpy's OpenBLAS: "ELF load command address/offset not page-aligned", so the frozen
# app could not import numpy, and could not read slips).
site=$("$work/venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
for libs in "$bundle"/_internal/*.libs; do
    [ -d "$site/$(basename "$libs")" ] || continue
    for lib in "$libs"/*; do
        original="$site/$(basename "$libs")/$(basename "$lib")"
        [ -f "$original" ] && cp "$original" "$lib"
    done
done
"$bundle/$APP" --version >/dev/null          # the frozen app starts (no display needed)

# --- package tree -------------------------------------------------------------------------
say "laying out the package"
pkg="$work/pkg"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
    "$pkg/usr/share/metainfo" "$pkg/usr/share/doc/$APP" "$pkg/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$pkg/opt/$APP"
ln -s "/opt/$APP/$APP" "$pkg/usr/bin/$APP"
install -m 644 "$here/linux/$APP.desktop" "$pkg/usr/share/applications/$APP.desktop"
install -m 644 "$src/resources/icons/$APP.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/$APP.svg"
for size in $ICON_SIZES; do
    install -D -m 644 "$src/resources/icons/$APP-$size.png" \
        "$pkg/usr/share/icons/hicolor/${size}x${size}/apps/$APP.png"
done
release_date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
sed -e "s/@ID@/$APP_ID/g" -e "s/@VERSION@/$version/g" -e "s/@DATE@/$release_date/g" \
    "$here/linux/$APP.metainfo.xml.in" > "$pkg/usr/share/metainfo/$APP_ID.metainfo.xml"
cat > "$pkg/usr/share/doc/$APP/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: POS Assist

Files: *
Copyright: POS Assist developers
License: GPL-3.0-or-later
 On Debian systems, the complete text of the GNU General Public License
 version 3 can be found in /usr/share/common-licenses/GPL-3.

Files: opt/$APP/_internal/*
Comment: The bundled Python runtime, Qt/PySide6 and their libraries keep their own
 licences (Python: PSF-2.0; Qt and PySide6: LGPL-3.0-only; see each package).
EOF
# Validation, where the validators are installed (test_deb.sh installs them).
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$pkg/usr/share/applications/$APP.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$pkg/usr/share/metainfo/$APP_ID.metainfo.xml" >&2
fi

# --- dependencies -------------------------------------------------------------------------
# Every DT_NEEDED of the bundle that the bundle does not carry itself, mapped to the Debian
# package that holds it here. libc6, libgcc-s1 and Essential packages are on every Debian
# system; libc6 gets a version from the newest GLIBC_ symbol the bundle uses.
say "computing Depends"
mapfile -t elfs < <(find "$pkg/opt/$APP" -type f \( -name '*.so*' -o -path "*/opt/$APP/$APP" \))
carried=$(find "$pkg/opt/$APP" \( -type f -o -type l \) -printf '%f\n' | sort -u)
needed=$(for f in "${elfs[@]}"; do readelf -d "$f" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; done | sort -u)
missing=$(comm -23 <(echo "$needed") <(echo "$carried"))
deps=()
ldcache=$(/sbin/ldconfig -p)
for soname in $missing; do
    path=$(awk -v n="$soname" '$1 == n {print $NF}' <<<"$ldcache" | head -1)
    [ -n "$path" ] || { echo "build_deb: $soname is needed but not installed here" >&2; exit 1; }
    owner=""
    real=$(readlink -f "$path")
    # /lib is /usr/lib on Debian 12 (merged /usr), but dpkg knows each file by one of them.
    for candidate in "$real" "$path" "/usr${real#/usr}" "${real#/usr}" "/usr${path#/usr}" "${path#/usr}"; do
        owner=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1 || true)
        [ -n "$owner" ] && break
    done
    [ -n "$owner" ] || { echo "build_deb: no package holds $path" >&2; exit 1; }
    echo "  $soname -> $owner" >&2
    case "$owner" in
        libc6|libgcc-s1) ;;  # on every Debian system; libc6 gets its version below
        *) [ "$(dpkg-query -W -f='${Essential}' "$owner")" = yes ] || deps+=("$owner") ;;
    esac
done
glibc=$(for f in "${elfs[@]}"; do objdump -T "$f" 2>/dev/null; done | grep -o 'GLIBC_[0-9][0-9.]*' \
    | sed 's/GLIBC_//' | sort -uV | tail -1)
# Data the bundled libraries read from the system: fontconfig's configuration and at
# least one font (libfontconfig1 pulls fontconfig-config and fonts-dejavu-core). Chinese
# text needs a CJK font: Recommends. (xkb-data is not needed: under X11 Qt takes the
# keymap from the server; checked in a bare debootstrap chroot.)
depends="libc6 (>= $glibc), $(printf '%s\n' "${deps[@]}" libfontconfig1 | sort -u | paste -sd, | sed 's/,/, /g')"
say "Depends: $depends"

arch=$(dpkg --print-architecture)
installed_kb=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<EOF
Package: $APP
Version: $version
Architecture: $arch
Maintainer: POS Assist developers <posassist@localhost>
Installed-Size: $installed_kb
Depends: $depends
Recommends: fonts-wqy-microhei | fonts-noto-cjk
Section: misc
Priority: optional
Description: stop and close out a card-payment POS terminal, step by step
 POS Assist walks the owner of a small shop through stopping and closing out
 a card-payment POS terminal, and keeps the proof on the way: what was agreed
 with the provider, what was paid, and when the device went back. Every entry
 is saved the moment it is typed, in one file in the user's home folder
 (~/.local/share/POSAssist).
 .
 Chinese (Simplified) and English. This package carries its own Python and Qt
 runtime under /opt/posassist.
EOF
# Maintainer scripts: refresh the menu and icon caches where those tools exist. They never
# touch anyone's home folder: the user's case file stays when the package goes.
cat > "$pkg/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
fi
exit 0
EOF
cat > "$pkg/DEBIAN/postrm" <<'EOF'
#!/bin/sh
# Removes nothing by itself: the user's data in ~/.local/share/POSAssist is theirs to keep.
set -e
case "$1" in
    remove|purge)
        if command -v update-desktop-database >/dev/null 2>&1; then
            update-desktop-database -q /usr/share/applications || true
        fi
        if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
            gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
        fi
        ;;
esac
exit 0
EOF
chmod 755 "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/postrm"
chmod -R u+rwX,go+rX,go-w "$pkg"

say "dpkg-deb -Z$deb_zip -z$deb_level"
mkdir -p "$out"
deb="$out/${APP}_${version}_${arch}.deb"
rm -f "$deb"
dpkg-deb --root-owner-group -Z"$deb_zip" -z"$deb_level" --build "$pkg" "$deb" >&2
say "$(du -sh --exclude=DEBIAN "$pkg" | cut -f1) installed, $(du -h "$deb" | cut -f1) package"
echo "$deb"
