#!/usr/bin/env bash
# Proves dist/epewall_<version>_amd64.deb on a CLEAN Debian 12: a minimal bookworm system made with
# mmdebstrap from the Debian mirror this machine already uses, no repository and no venv in it.
# Inside it (a chroot with /proc, /sys and /dev): `apt install ./epewall_*.deb`, then
# `epewall --version`, then the demo wall under Xvfb, which must show live pictures (each of the
# 4 tiles logs its first picture, and a screenshot has the simulated cameras' colours).
# Prints each step's time and PASS or FAIL; exit 0 only on PASS.
#
# Usage (as root): installer/test-deb-clean.sh [PATH/TO/epewall_*.deb] [--refresh] [--no-recommends]
#   --refresh         make the cached bookworm system again (else reused: a second run is quick)
#   --no-recommends   an officer's PC without the demo: install Depends only, check --version, the
#                     libraries and that the window opens on the welcome page (the demo wall
#                     needs the Recommends)
# Caches in /var/cache/epewall-test/: the minimal system as a tarball, and the .deb files apt
# downloads (bind-mounted as the chroot's apt cache). Not part of `make test`: it needs root,
# the mirror and a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
# Our own mount namespace: the chroot's mounts are never seen by, nor propagate to, this machine's
# /dev or /proc, and they vanish with the script whatever happens.
if [ -z "${EPEWALL_CLEAN_NS:-}" ] && [ "$(id -u)" -eq 0 ]; then
  exec env EPEWALL_CLEAN_NS=1 unshare --mount --propagation private -- "$0" "$@"
fi

CACHE=/var/cache/epewall-test
TARBALL="$CACHE/bookworm-minbase.tar"
ARCHIVES="$CACHE/apt-archives"
DEB=""
REFRESH=0
RECOMMENDS=1
for arg in "$@"; do
  case "$arg" in
    --refresh) REFRESH=1 ;;
    --no-recommends) RECOMMENDS=0 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) DEB="$arg" ;;
  esac
done
if [ -z "$DEB" ]; then
  DEB="$(ls -t dist/epewall_*_amd64.deb 2>/dev/null | head -n1 || true)"
fi
[ "$(id -u)" -eq 0 ] || { echo "test-deb-clean: run as root (chroot, mounts)" >&2; exit 2; }
[ -n "$DEB" ] && [ -f "$DEB" ] || { echo "test-deb-clean: no .deb given or in dist/ (make deb)" >&2; exit 2; }
DEB="$(realpath "$DEB")"

T0=$(date +%s)
STEP_T=$T0
RESULT=FAIL
step() { # step NAME: closes the previous step with its time
  local now; now=$(date +%s)
  [ -z "${STEP_NAME:-}" ] || printf '  %-58s %4d s\n' "$STEP_NAME" $((now - STEP_T))
  STEP_NAME="$1"; STEP_T=$now
}
fail() { echo "test-deb-clean: FAIL at '$STEP_NAME': $*" >&2; exit 1; }

# --- the mirror this machine uses (deb822 .sources or one-line sources.list) -------------------
mirror_uris() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'BEGIN{RS=""} /Suites:[^\n]*bookworm/ && /Types:[^\n]*deb([ \n]|$)/ {
           if (match($0, /URIs:[ \t]*[^ \t\n]+/)) { u=substr($0, RSTART, RLENGTH); sub(/URIs:[ \t]*/, "", u); print u }
         }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk '$1=="deb" && $0 ~ /bookworm/ { for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }' "$f"
  done
}
MAIN_URI="$(mirror_uris | grep -v -- '-security' | head -n1 || true)"
SECURITY_URI="$(mirror_uris | grep -- '-security' | head -n1 || true)"
[ -n "$MAIN_URI" ] || { echo "test-deb-clean: no bookworm mirror in /etc/apt/sources.list*" >&2; exit 2; }
SOURCES=("deb $MAIN_URI bookworm main" "deb $MAIN_URI bookworm-updates main")
[ -z "$SECURITY_URI" ] || SOURCES+=("deb $SECURITY_URI bookworm-security main")

WORK="$(mktemp -d /var/tmp/epewall-clean.XXXXXX)"
R="$WORK/root"
MOUNTS=()
cleanup() {
  set +e
  # Processes left in the chroot (the demo, Xvfb, the simulated site) are ours: end them.
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$R" ] && kill -KILL "${p#/proc/}" 2>/dev/null
  done
  sleep 0.5
  local i
  for ((i=${#MOUNTS[@]}-1; i>=0; i--)); do umount "${MOUNTS[$i]}" 2>/dev/null || umount -l "${MOUNTS[$i]}"; done
  # Never delete through a mount that is still there.
  if findmnt -rn -o TARGET | grep -q "^$R"; then
    echo "test-deb-clean: mounts remain under $R; not deleting it" >&2
  else
    rm -rf "$WORK"
  fi
  echo "test-deb-clean: $RESULT (total $(($(date +%s) - T0)) s)"
}
trap cleanup EXIT
keep_screenshot() { # for a person to look at: build/test-deb-clean-screen.png
  [ -f "$R/tmp/screen.ppm" ] || return 0
  mkdir -p build
  if command -v convert >/dev/null; then
    convert "$R/tmp/screen.ppm" build/test-deb-clean-screen.png
  else
    cp "$R/tmp/screen.ppm" build/test-deb-clean-screen.ppm
  fi
}
bind() { mkdir -p "$R$2"; mount "${@:3}" "$1" "$R$2"; MOUNTS+=("$R$2"); }
in_root() { chroot "$R" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

echo "test-deb-clean: $(basename "$DEB") ($(du -h "$DEB" | cut -f1)) on a clean Debian 12"

step "mmdebstrap present (installed once on this machine)"
if ! command -v mmdebstrap >/dev/null; then
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends mmdebstrap >/dev/null
fi

step "minimal bookworm system ($( [ -f "$TARBALL" ] && [ $REFRESH -eq 0 ] && echo cached || echo new))"
mkdir -p "$CACHE" "$ARCHIVES"
if [ ! -f "$TARBALL" ] || [ $REFRESH -eq 1 ]; then
  rm -f "$TARBALL.part"
  nice -n 19 mmdebstrap --quiet --variant=minbase --format=tar bookworm "$TARBALL.part" "${SOURCES[@]}" \
    || fail "mmdebstrap could not make the system"
  mv "$TARBALL.part" "$TARBALL"
fi

step "unpack it"
mkdir -p "$R"
tar -C "$R" -xf "$TARBALL"
[ ! -e "$R/opt/epewall" ] && [ ! -e "$R/usr/bin/epewall" ] || fail "the cached system is not clean"
if [ -e "$R/usr/lib/x86_64-linux-gnu/libvlc.so.5" ] || [ -e "$R/usr/bin/python3" ]; then
  fail "the cached system already has libVLC or Python: not a clean minbase"
fi
cp /etc/resolv.conf "$R/etc/resolv.conf"
bind proc /proc -t proc
bind sysfs /sys -t sysfs
bind /dev /dev --bind
bind /dev/pts /dev/pts --bind
bind tmpfs /dev/shm -t tmpfs
bind "$ARCHIVES" /var/cache/apt/archives --bind
cp "$DEB" "$R/tmp/"
DEB_IN="/tmp/$(basename "$DEB")"

NO_RECOMMENDS=()
[ $RECOMMENDS -eq 1 ] || NO_RECOMMENDS=(--no-install-recommends)
step "apt install ./$(basename "$DEB") ($( [ $RECOMMENDS -eq 1 ] && echo "Depends and Recommends" || echo "Depends only"))"
in_root apt-get update -q >/dev/null || fail "apt-get update in the chroot"
before=$(in_root dpkg-query -W -f='.\n' | wc -l)
install_t0=$(date +%s)
in_root apt-get install -y -q "${NO_RECOMMENDS[@]}" "$DEB_IN" > "$WORK/apt.log" 2>&1 || { tail -30 "$WORK/apt.log"; fail "apt install"; }
INSTALL_S=$(($(date +%s) - install_t0))
after=$(in_root dpkg-query -W -f='.\n' | wc -l)
[ -x "$R/opt/epewall/epewall" ] && [ -L "$R/usr/bin/epewall" ] || fail "/opt/epewall/epewall or /usr/bin/epewall missing"
[ -f "$R/usr/share/applications/epewall.desktop" ] || fail "no desktop entry"
OPT_MB=$(du -sm "$R/opt/epewall" | cut -f1)

step "epewall --version in the clean system"
in_root epewall --version > "$WORK/version.txt" 2>&1 || { cat "$WORK/version.txt"; fail "epewall --version exited non-zero"; }
sed 's/^/    /' "$WORK/version.txt"
for want in "epewall: " "Qt: " "libVLC: 3." "PyAV: "; do
  grep -q "^$want" "$WORK/version.txt" || fail "--version has no line '$want...'"
done
grep -q "(frozen)" "$WORK/version.txt" || fail "--version does not say it is the frozen program"

step "libraries: every one the program and Qt's xcb plugin load is found"
in_root bash -c 'cd /opt/epewall/_internal && for f in $(find . -name "*.so*" -type f) ; do
    case "$f" in *platforms/libqxcb*|*/libQt6Core*|*/libQt6Gui*|*/libQt6Widgets*|*/libQt6XcbQpa*|*/libvlc*|*/av/*|*/cv2/*|*/onnxruntime/*) ;; *) continue ;; esac
    LD_LIBRARY_PATH=/opt/epewall/_internal ldd "$f" | grep "not found" | sed "s|^|$f: |"
  done' > "$WORK/ldd.txt" || true
if [ -s "$WORK/ldd.txt" ]; then cat "$WORK/ldd.txt"; fail "libraries not found (above)"; fi

step "tools for the check only: xvfb, xauth, imagemagick"
in_root apt-get install -y -q --no-install-recommends xvfb xauth imagemagick > "$WORK/apt-tools.log" 2>&1 \
  || { tail -20 "$WORK/apt-tools.log"; fail "installing the check's tools"; }

if [ $RECOMMENDS -eq 0 ]; then
  step "the window opens on an empty registry (welcome page)"
  cat > "$R/tmp/check-window.sh" <<'WINDOW'
#!/bin/bash
# Runs inside the chroot, inside xvfb-run and a private D-Bus session.
set -u
export EPEWALL_HOME=/tmp/epewall-home HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'epewall-clean-test' | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
epewall --lang en > /tmp/window.out 2> /tmp/window.err &
pid=$!
painted=0
for _ in $(seq 1 60); do
  sleep 1
  kill -0 $pid 2>/dev/null || break
  import -window root -depth 8 /tmp/screen.ppm 2>/dev/null || continue
  # Per cent of the screen that is not the empty screen's black: the window and its widgets.
  painted=$(convert /tmp/screen.ppm -colorspace Gray -threshold 1% -format "%[fx:round(100*mean)]" info:)
  [ "$painted" -ge 10 ] && break
done
echo "painted: $painted % of the screen"
alive=0; kill -0 $pid 2>/dev/null && alive=1
kill -TERM $pid 2>/dev/null; wait $pid; status=$?
echo "exit status after SIGTERM: $status"
[ "$alive" = 1 ] && [ "$painted" -ge 10 ] && [ "$status" = 0 ]
WINDOW
  chmod +x "$R/tmp/check-window.sh"
  if ! timeout 180 chroot "$R" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
      xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" dbus-run-session -- /tmp/check-window.sh \
      > "$WORK/window.txt" 2>&1; then
    keep_screenshot
    cat "$WORK/window.txt"; tail -20 "$R/tmp/window.err" 2>/dev/null
    fail "the window did not open"
  fi
  keep_screenshot
  sed 's/^/    /' "$WORK/window.txt"
  step ""
  echo "  figures: .deb $(du -h "$DEB" | cut -f1); /opt/epewall $OPT_MB MiB;" \
    "apt install $INSTALL_S s ($((after - before)) packages added, Depends only); demo not tried"
  RESULT=PASS
  exit 0
fi

step "demo wall under Xvfb: 4 tiles with live pictures"
cat > "$R/tmp/check-demo.sh" <<'EOF'
#!/bin/bash
# Runs inside the chroot, inside xvfb-run and a private D-Bus session.
set -u
export EPEWALL_HOME=/tmp/epewall-home HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'epewall-clean-test' | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
export GNOME_KEYRING_CONTROL
epewall --lang en demo > /tmp/demo.out 2> /tmp/demo.err &
pid=$!
log=$EPEWALL_HOME/log/epewall.log
pictures=0
for _ in $(seq 1 120); do
  pictures=$(grep -c "first picture" "$log" 2>/dev/null || true)
  [ "${pictures:-0}" -ge 4 ] && break
  kill -0 $pid 2>/dev/null || break
  sleep 1
done
echo "first pictures logged: ${pictures:-0}"
sleep 2  # a few more frames on screen
import -window root -depth 8 /tmp/screen.ppm
python3 - <<'PY'
data = open("/tmp/screen.ppm", "rb").read()
# P6 header: magic, width, height, maxval, then RGB bytes.
parts = data.split(maxsplit=4)
w, h = int(parts[1]), int(parts[2])
rgb = parts[4][: w * h * 3]
vivid = sum(
    1 for i in range(0, len(rgb), 3)
    if max(rgb[i:i + 3]) - min(rgb[i:i + 3]) >= 180
)
print(f"vivid pixels: {vivid} of {w}x{h}")
open("/tmp/vivid.txt", "w").write(str(vivid))
PY
alive=0; kill -0 $pid 2>/dev/null && alive=1
kill -TERM $pid 2>/dev/null
for _ in $(seq 1 30); do kill -0 $pid 2>/dev/null || break; sleep 1; done
wait $pid; status=$?
echo "demo exit status after SIGTERM: $status"
[ "${pictures:-0}" -ge 4 ] && [ "$alive" = 1 ] && [ "$(cat /tmp/vivid.txt)" -gt 40000 ] && [ "$status" = 0 ]
EOF
chmod +x "$R/tmp/check-demo.sh"
if ! timeout 300 chroot "$R" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" dbus-run-session -- /tmp/check-demo.sh \
    > "$WORK/demo.txt" 2>&1; then
  keep_screenshot
  cat "$WORK/demo.txt"; tail -20 "$R/tmp/demo.err" 2>/dev/null
  tail -20 "$R/tmp/epewall-home/log/epewall.log" 2>/dev/null
  fail "the demo wall did not show live pictures"
fi
keep_screenshot
sed 's/^/    /' "$WORK/demo.txt"

step ""
echo "  figures: .deb $(du -h "$DEB" | cut -f1); /opt/epewall $OPT_MB MiB;" \
  "apt install $INSTALL_S s ($((after - before)) packages added to the minimal system)"
RESULT=PASS
