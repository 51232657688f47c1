#!/usr/bin/env bash
# Sets up what is missing for epewall on Debian 12: system packages and the virtual environment.
# Idempotent: when nothing is missing it only checks (a second or two).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${EPEWALL_VENV:-.venv}"
PACKAGES=(
  # interpreter for the venv and for the simulated site (python3-gi only exists for Debian's python)
  python3 python3-venv python3-gi
  # picture side: libVLC 3 and its decoders / X11 video outputs
  vlc-bin vlc-plugin-base vlc-plugin-video-output libvlc5
  # simulated EPE site: GStreamer RTSP server, x264/x265/jpeg encoders, text overlays + a font
  gstreamer1.0-rtsp gir1.2-gst-rtsp-server-1.0 gir1.2-gstreamer-1.0 gir1.2-gst-plugins-base-1.0
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gstreamer1.0-plugins-ugly gstreamer1.0-tools gstreamer1.0-x fonts-dejavu-core
  # the vehicles painted on the simulated gate cameras (cairo + Pango from Debian's python)
  python3-gi-cairo gir1.2-pango-1.0
  # avenc_mpeg4: the MPEG-4 Part 2 camera that tests epewall's refusal of a codec outside
  # Appendix I (without it the simulator cannot start that camera and says so)
  gstreamer1.0-libav
  # headless windows, keyring and screenshots
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools libxcb-cursor0 imagemagick
  # a window manager and xdotool, to click through the demo under Xvfb as an officer would
  openbox xdotool
  # pdftotext/pdfinfo/pdftoppm: tests read the PDFs epewall prints
  poppler-utils
  # Qt's xcb platform plugin needs these at run time
  libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 libfontconfig1
  libdbus-1-3
  # ffprobe/ffmpeg: tests read the simulated streams with them; benchmarks use the decode floor
  ffmpeg
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The gate reader's engine, without its declared dependencies: they would pull opencv-python (a
# second cv2 bundling its own Qt plugins) beside the headless one, and tqdm and six, which it
# never imports. What it imports is pinned in pyproject.toml. Its wheel carries its models.
RAPIDOCR="rapidocr-onnxruntime==1.4.4"

stamp="$VENV/.epewall-setup"
want="$( (cat pyproject.toml; echo "$RAPIDOCR") | sha256sum | cut -d' ' -f1)"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: preparing the virtual environment in $VENV"
  [ -x "$VENV/bin/python" ] || /usr/bin/python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[test,package]"
  "$VENV/bin/python" -m pip install -q --no-deps "$RAPIDOCR"
  echo "$want" > "$stamp"
fi
echo "setup: ready ($("$VENV/bin/python" --version), venv $VENV)"
