#!/bin/bash
# End-to-end test of the Debian package, as a shop owner would meet it.
#
#   packaging/test_deb.sh              build the .deb from this checkout (build_deb.sh), then test it
#   packaging/test_deb.sh FILE.deb     test a package built before
#
# Installs the package with apt-get, starts the installed app (the Exec line of its .desktop
# entry) on an Xvfb display with an empty home folder, waits for the main window, checks the
# screenshot is not blank, the title, the window class the .desktop entry expects, and that
# the case file was created in the platform data folder; quits with Ctrl+Q and checks the
# exit status; then removes and purges the package and checks the case file is still there.
# Prints the package size, the installed size and the start-to-window time, and fails if
# they miss the goals (MAX_DEB_MB, MAX_START_S). Needs root (apt-get); installs its own tools.
#
# Environment: MAX_DEB_MB=120  MAX_START_S=2  KEEP_INSTALLED=1 (skip the removal at the end)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out="$here/out"
APP=posassist
MAX_DEB_MB=${MAX_DEB_MB:-120}
MAX_START_S=${MAX_START_S:-2}
t_start=$(date +%s%N)
secs() { awk -v a="$1" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
less() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 < b + 0) }'; }  # numeric a < b
say() { printf '[test_deb %6ss] %s\n' "$(secs "$t_start")" "$*"; }
fail() { printf '[test_deb] FAIL: %s\n' "$*" >&2; exit 1; }

# --- the part that runs on the Xvfb display (the script calls itself) -------------------
if [ "${1:-}" = --inside-xvfb ]; then
    exec_line=$2 wm_class=$3 shot=$4 result=$5 home=$6
    data="$home/.local/share/POSAssist/$APP.sqlite3"
    # A fresh user: empty home, no data folder override, English, no session bus.
    t0=$(date +%s%N)
    env -i HOME="$home" DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" PATH=/usr/bin:/bin \
        LANG=C.UTF-8 $exec_line > "$home.log" 2>&1 &
    pid=$!
    wid=""
    for _ in $(seq 1 1500); do  # 30 s at most
        wid=$(xdotool search --onlyvisible --name '^POS Assist' 2>/dev/null | head -1 || true)
        [ -n "$wid" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.02
    done
    start_s=$(secs "$t0")
    if [ -z "$wid" ]; then
        cat "$home.log" >&2
        fail "no window titled 'POS Assist…' appeared (process $(kill -0 $pid 2>/dev/null && echo running || echo exited))"
    fi
    echo "start_s=$start_s" >> "$result"
    title=$(xdotool getwindowname "$wid")
    echo "title: $title"
    case "$title" in "POS Assist"*) ;; *) fail "window title '$title' does not start with 'POS Assist'" ;; esac
    class=$(xprop -id "$wid" WM_CLASS | sed -n 's/^WM_CLASS(STRING) = "\([^"]*\)".*/\1/p')
    echo "WM_CLASS instance: $class (StartupWMClass=$wm_class)"
    [ "$class" = "$wm_class" ] || fail "WM_CLASS '$class' does not match StartupWMClass '$wm_class'"
    # Screenshot once painted: retry until the screen is not one flat colour.
    sd=0
    for _ in $(seq 1 25); do
        import -window root "$shot"
        sd=$(identify -format '%[fx:standard_deviation]' "$shot")
        less 0.05 "$sd" && break
        sleep 0.2
    done
    echo "screenshot: $shot (standard deviation $sd)"
    less 0.05 "$sd" || fail "the screenshot is blank (standard deviation $sd)"
    [ -s "$data" ] || fail "no case file at $data"
    echo "case file: ~${data#"$home"} ($(stat -c %s "$data") bytes)"
    # Quit the way a user does: Ctrl+Q (the Quit shortcut) in the focused window.
    xdotool windowfocus --sync "$wid" key --clearmodifiers ctrl+q
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"; cat "$home.log" >&2; fail "still running 5 s after Ctrl+Q"
    fi
    rc=0; wait "$pid" || rc=$?
    [ "$rc" = 0 ] || { cat "$home.log" >&2; fail "exit status $rc after Ctrl+Q"; }
    echo "quit with Ctrl+Q: exit status 0"
    exit 0
fi

# --- tools --------------------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || fail "run as root (it installs and removes a package with apt-get)"
tools=(xvfb xdotool imagemagick x11-utils binutils python3-venv desktop-file-utils appstream)
missing=()
for p in "${tools[@]}"; do
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- the package --------------------------------------------------------------------------
mkdir -p "$out"
if [ $# -ge 1 ]; then
    deb=$(readlink -f "$1")
    [ -f "$deb" ] || fail "no such file: $1"
else
    say "building the package (build_deb.sh)"
    deb=$("$here/build_deb.sh" | tail -1)
fi
deb_mb=$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", b / 1e6 }')
say "package: $deb ($deb_mb MB)"
dpkg-deb --field "$deb" Package Version Depends Recommends Installed-Size

if dpkg-query -W -f='${db:Status-Status}' "$APP" 2>/dev/null | grep -q installed; then
    say "removing the installed $APP first"
    apt-get remove -y -q "$APP" >/dev/null
fi
say "apt-get install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" > "$out/test_deb-apt.log" 2>&1 \
    || { cat "$out/test_deb-apt.log" >&2; fail "apt-get install failed"; }
installed_mb=$(awk -v k="$(dpkg-query -W -f='${Installed-Size}' "$APP")" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')

# --- what the desktop sees ----------------------------------------------------------------
desktop=/usr/share/applications/$APP.desktop
[ -f "$desktop" ] || fail "no $desktop"
desktop-file-validate "$desktop" || fail "$desktop is not valid"
for key in Name 'Name\[zh_CN\]' Comment 'Comment\[zh_CN\]'; do
    grep -q "^$key=" "$desktop" || fail "$desktop has no $key"
done
grep -q '^Icon=posassist$' "$desktop" || fail "$desktop: Icon is not posassist"
for size in 16 24 32 48 64 128 256 512; do
    [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/$APP.png" ] || fail "no ${size}px icon"
done
[ -f "/usr/share/icons/hicolor/scalable/apps/$APP.svg" ] || fail "no scalable icon"
metainfo=$(ls /usr/share/metainfo/*.metainfo.xml | xargs grep -l "<launchable type=\"desktop-id\">$APP.desktop<" | head -1)
[ -n "$metainfo" ] || fail "no AppStream metainfo for $APP.desktop"
appstreamcli validate --no-net "$metainfo" >/dev/null || fail "$metainfo is not valid"
[ -x /usr/bin/$APP ] || fail "no /usr/bin/$APP"
# The command line needs no display.
env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/$APP --help >/dev/null || fail "posassist --help failed"
say "installed: $installed_mb MB; .desktop, icons, metainfo and launcher are in place"

# The frozen OCR engine reads a photographed receipt (models inside the package, nothing
# downloaded): a case, the corpus's receipt attached, `posassist evidence --json` reads it.
receipt="$here/../../shared/corpus/receipts/mindee__receipt.jpg"
if [ -f "$receipt" ]; then
    ocr_home=$(mktemp -d "${TMPDIR:-/tmp}/posassist-ocr.XXXXXX")
    cli() { env -i HOME="$ocr_home" PATH=/usr/bin:/bin LANG=C.UTF-8 /usr/bin/$APP "$@" \
        --data-dir "$ocr_home/data"; }
    t_ocr=$(date +%s%N)
    case_id=$(cli new-case --shop 测试 --provider 某支付 --terminal-type hardware \
        --reason closing) || fail "new-case failed"
    cli attach "$case_id" "$receipt" --stage backup >/dev/null || fail "attach failed"
    read=$(cli evidence "$case_id" --json 2>"$ocr_home/err") \
        || fail "posassist evidence failed: $(cat "$ocr_home/err")"
    grep -q '"date": "2016-02-26"' <<<"$read" && grep -q '"amount": "10.20"' <<<"$read" \
        || fail "the installed app did not read the receipt: $read $(cat "$ocr_home/err")"
    say "the installed app read the receipt's date and total in $(secs "$t_ocr") s"
    rm -rf "$ocr_home"
elif [ "${POSASSIST_REQUIRE_CORPUS:-}" = 1 ]; then
    fail "test corpus missing: $receipt"
else
    say "SKIP the OCR check: no test corpus at $receipt"
fi

# --- start it like the menu does, on Xvfb -------------------------------------------------
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | sed 's/ %[fFuUick]//g')
wm_class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
scratch=$(mktemp -d "${TMPDIR:-/tmp}/posassist-test.XXXXXX")
xvfb_pid=""
# Whatever happens: stop our Xvfb (which also ends an app left running) and drop the scratch.
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$scratch"' EXIT
result="$scratch/result"
home="$scratch/home"   # the fresh, empty home folder of the test user
mkdir -m 700 "$home"
shot="$out/test_deb-screenshot.png"
# Our own Xvfb on a display number it picks itself (-displayfd): `xvfb-run -a` picks one
# by looking for lock files, which races with other X servers starting at the same time
# on a shared machine (seen here: the app connected to a display that had just gone).
dfile="$scratch/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$dfile" 2> "$dfile.log" &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$dfile" ] && break; sleep 0.05; done
display=":$(head -1 "$dfile")"
[ "$display" != ":" ] || { cat "$dfile.log" >&2; fail "Xvfb did not start"; }
DISPLAY=$display xdpyinfo >/dev/null || fail "Xvfb on $display does not answer"
say "starting '$exec_line' on Xvfb $display with an empty home folder"
gui_rc=0
DISPLAY=$display "$0" --inside-xvfb "$exec_line" "$wm_class" "$shot" "$result" "$home" || gui_rc=$?
kill "$xvfb_pid" 2>/dev/null || true
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""
[ "$gui_rc" = 0 ] || fail "the app did not pass the window checks"
start_s=$(sed -n 's/^start_s=//p' "$result")
data="$home/.local/share/POSAssist/$APP.sqlite3"

# --- uninstall: the user's data stays -----------------------------------------------------
if [ "${KEEP_INSTALLED:-0}" != 1 ]; then
    say "apt-get remove $APP, then purge"
    apt-get remove -y -q "$APP" >/dev/null
    [ ! -e /opt/$APP ] && [ ! -e /usr/bin/$APP ] && [ ! -e "$desktop" ] \
        || fail "files left after apt-get remove"
    [ -s "$data" ] || fail "apt-get remove deleted the user's case file"
    apt-get purge -y -q "$APP" >/dev/null
    [ -s "$data" ] || fail "apt-get purge deleted the user's case file"
    echo "case file still there after remove and purge: ~${data#"$home"}"
fi

total_s=$(secs "$t_start")
echo
echo "package:        $deb_mb MB   (goal < $MAX_DEB_MB MB)"
echo "installed:      $installed_mb MB"
echo "start → window: $start_s s   (goal < $MAX_START_S s; first start, empty home)"
echo "total run:      $total_s s"
less "$deb_mb" "$MAX_DEB_MB" || fail "package is $deb_mb MB, goal < $MAX_DEB_MB MB"
less "$start_s" "$MAX_START_S" || fail "start took $start_s s, goal < $MAX_START_S s"
echo "test_deb: PASS"
