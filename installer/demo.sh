#!/usr/bin/env bash
# Opens epewall on the simulated EPE site. On a desktop it uses your session (display, keyring);
# with no display (a server console) it runs on a virtual screen with a throw-away keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: no display here; running on a virtual X screen (Xvfb). Ctrl-C stops it."
  exec installer/headless.sh .venv/bin/epewall demo "$@"
fi
exec .venv/bin/epewall demo "$@"
