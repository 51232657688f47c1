#!/usr/bin/env bash
# Builds dist/epewall_<version>_amd64.deb from the one-folder program in dist/epewall/ (made by
# `make package`; `make deb` runs both). The package installs the folder as /opt/epewall, the
# command /usr/bin/epewall, a menu entry (Vietnamese and English) and the icon; Debian provides
# libVLC and its plugins, the keyring daemon and the X11 libraries (Depends below), and, for the
# demo's simulated EPE site, Python with GStreamer's RTSP server (Recommends).
#
# Usage: installer/build-deb.sh [--dist DIR] [--out DIR]
# Environment: EPEWALL_DEB_MAINTAINER ("Name <mail>"); EPEWALL_DEB_COMPRESS: gzip (the default,
# what lintian accepts: 216 MB in 4 min for the 560 MB folder on 2 busy cores), zstd (40 s, for
# trying things; lintian calls it malformed, Debian 12's dpkg reads it) or xz (over 20 min).
# Needs dpkg-deb (always on Debian) and the venv's Python (icons); runs without root.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

DIST="dist/epewall"
OUT="dist"
while (($#)); do
  case "$1" in
    --dist) DIST="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "build-deb: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
PY="${EPEWALL_VENV:-.venv}/bin/python"
MAINTAINER="${EPEWALL_DEB_MAINTAINER:-epewall maintainers <epewall@users.noreply.github.com>}"
COMPRESS="${EPEWALL_DEB_COMPRESS:-gzip}"

fail() { echo "build-deb: $*" >&2; exit 1; }
[ -x "$DIST/epewall" ] || fail "no program at $DIST/epewall: run 'make package' first"
head -c 4 "$DIST/epewall" | grep -q "ELF" || fail "$DIST/epewall is not a Linux program"
[ -d "$DIST/_internal" ] || fail "$DIST has no _internal folder: not PyInstaller's one-folder build"
[ -x "$PY" ] || fail "no Python at $PY: run 'make setup' first"
command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing (apt-get install dpkg)"
[ "$(dpkg --print-architecture)" = amd64 ] || fail "the frozen program is built for amd64 only"

# One version: pyproject.toml's (checked against app/__init__.py). PEP 440 pre-releases sort
# before the release in Debian only with a tilde: 1.0rc1 -> 1.0~rc1, 1.0.dev2 -> 1.0~dev2.
VERSION="$("$PY" installer/windows_version.py --print version)"
DEB_VERSION="$(printf '%s' "$VERSION" | sed -E 's/\.?(a|b|rc|dev)([0-9]*)/~\1\2/; s/\+/+local./')"
PACKAGE="epewall_${DEB_VERSION}_amd64"
# Reproducible dates: the last commit's, as dpkg-deb and gzip understand them.
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
export SOURCE_DATE_EPOCH
COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

# A staging folder of this run's own (two builds at once must not share one), removed at exit.
mkdir -p build
STAGE_ROOT="$(mktemp -d build/deb.XXXXXX)"
trap 'rm -rf "$STAGE_ROOT"' EXIT
STAGE="$STAGE_ROOT/$PACKAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/doc/epewall" "$STAGE/usr/share/man/man1" "$OUT"
started=$(date +%s)

cp -a "$DIST" "$STAGE/opt/epewall"
# The program finds _internal beside its real path, so a link on PATH is enough.
ln -s /opt/epewall/epewall "$STAGE/usr/bin/epewall"

# Icons: the SVG for any size, PNGs for the menus that want them.
"$PY" installer/icons.py --png-dir "$STAGE/usr/share/icons/hicolor"
for d in "$STAGE"/usr/share/icons/hicolor/*x*; do mkdir -p "$d/apps"; mv "$d/epewall.png" "$d/apps/"; done
mkdir -p "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp resources/icons/epewall.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/epewall.svg"

cat > "$STAGE/usr/share/applications/epewall.desktop" <<'EOF'
[Desktop Entry]
Type=Application
Name=epewall
GenericName=Customs camera wall
GenericName[vi]=Màn hình giám sát camera DNCX
Comment=Watch the cameras of export processing enterprises (EPE) under customs supervision
Comment[vi]=Giám sát camera của doanh nghiệp chế xuất (DNCX) thuộc diện giám sát hải quan
Keywords=camera;customs;EPE;DNCX;recorder;
Keywords[vi]=camera;hải quan;DNCX;đầu ghi;giám sát;
Exec=epewall
Icon=epewall
Terminal=false
Categories=AudioVideo;Video;
StartupWMClass=epewall
EOF

cat > "$STAGE/usr/share/man/man1/epewall.1" <<EOF
.TH EPEWALL 1 "" "epewall $VERSION" "User Commands"
.SH NAME
epewall \- video wall for customs supervision of export processing enterprises
.SH SYNOPSIS
.B epewall
[\fB\-\-version\fR] [\fICOMMAND\fR ...]
.SH DESCRIPTION
Without a command, opens the video wall on the user's registry of EPEs and cameras.
\fBepewall \-\-help\fR lists the commands (sites, credentials, health, interruptions,
declarations, evidence, log, demo and others); \fBepewall COMMAND \-\-help\fR explains one.
.TP
.B \-\-version
print the versions of epewall, Qt, libVLC, PyAV/FFmpeg and the keyring backend, and exit.
.SH FILES
The registry, settings and log are in the user's folders (~/.local/share/epewall,
~/.config/epewall, ~/.local/state/epewall); EPE passwords are in the Secret Service keyring.
EOF
gzip -9n "$STAGE/usr/share/man/man1/epewall.1"

cat > "$STAGE/usr/share/doc/epewall/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: epewall
Comment: Built from commit $COMMIT by installer/build-deb.sh. /opt/epewall/_internal carries
 the Python interpreter and the libraries the program runs on (Qt for Python, FFmpeg through
 PyAV, OpenCV, ONNX Runtime and others), each under its own licence; their licence texts are in
 the *.dist-info folders beside them.

Files: *
Copyright: $(date -u -d "@$SOURCE_DATE_EPOCH" +%Y) the epewall authors
License: proprietary
 Not free software; for use by the customs offices that received it.
EOF
DATE_RFC2822="$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
printf 'epewall (%s) stable; urgency=medium\n\n  * Built from commit %s.\n\n -- %s  %s\n' \
  "$DEB_VERSION" "$COMMIT" "$MAINTAINER" "$DATE_RFC2822" | gzip -9n > "$STAGE/usr/share/doc/epewall/changelog.gz"

# Modes as Debian wants them: folders 755, programs 755, everything else 644 (shared objects are
# mapped, not executed: the wheels' 755 on them is noise).
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE" -type f -perm /111 -exec chmod 0755 {} +
find "$STAGE" -type f ! -perm /111 -exec chmod 0644 {} +
find "$STAGE/opt" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 0644 {} +

# Depends: what the frozen program takes from the system. The glibc it was built against (the
# bundled libraries come from this system); Debian's libVLC with the plugins the wall uses (TS
# demuxer and avcodec in vlc-plugin-base; xcb_x11 output, `dpkg -S libxcb_x11_plugin.so`, in
# vlc-plugin-video-output); the Secret Service daemon for EPE passwords; and the X11/GL/font
# libraries Qt's xcb platform plugin needs (the same list as installer/setup-debian.sh), which
# PyInstaller leaves to the system (libxcb, libGL, libEGL) or may not find on a build machine.
GLIBC="$(dpkg-query -W -f='${Version}' libc6 | sed -E 's/-.*//')"
DEPENDS=(
  "libc6 (>= $GLIBC)"
  libvlc5 vlc-plugin-base vlc-plugin-video-output
  gnome-keyring
  libxcb1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libegl1 libgl1 libfontconfig1 libdbus-1-3
)
# Recommends: `epewall demo` runs the simulated EPE site with Debian's Python and GStreamer
# (installer/setup-debian.sh's list, less the test tools). Real EPE cameras need none of it.
RECOMMENDS=(
  python3 python3-gi python3-gi-cairo gir1.2-pango-1.0
  gstreamer1.0-rtsp gir1.2-gst-rtsp-server-1.0 gir1.2-gstreamer-1.0 gir1.2-gst-plugins-base-1.0
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gstreamer1.0-plugins-ugly gstreamer1.0-libav fonts-dejavu-core
)
join() { local IFS=","; echo "$*" | sed 's/,/, /g'; }

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: epewall
Version: $DEB_VERSION
Architecture: amd64
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $(join "${DEPENDS[@]}")
Recommends: $(join "${RECOMMENDS[@]}")
Section: video
Priority: optional
Description: video wall for customs supervision of export processing enterprises
 Customs officers who supervise export processing enterprises (EPE, DNCX) under
 Decision 247/QD-TCHQ watch the enterprises' cameras and recorders with it: live
 walls, playback and evidence export, the monthly rotation of checks, the
 interruption register and the camera health board. Vietnamese and English.
 .
 EPE passwords are kept in the desktop's Secret Service keyring (gnome-keyring).
EOF
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
  | xargs -0 md5sum > DEBIAN/md5sums)
chmod 0644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

DEB="$OUT/$PACKAGE.deb"
nice -n 19 dpkg-deb --root-owner-group -Z"$COMPRESS" --build "$STAGE" "$DEB.part" >/dev/null
mv "$DEB.part" "$DEB"
echo "build-deb: $DEB ($(du -h "$DEB" | cut -f1), installed $((INSTALLED_KB / 1024)) MiB," \
  "built in $(($(date +%s) - started)) s)"
