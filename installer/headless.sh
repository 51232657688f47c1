#!/usr/bin/env bash
# Runs a command the way CI and the tests need it: a virtual X screen, a private D-Bus session and
# a throw-away gnome-keyring that is unlocked, with HOME in a temporary folder so nothing touches
# the real user's keyring or settings. Usage: installer/headless.sh COMMAND [ARGS...]
# EPEWALL_SCREEN sets the virtual screen (default 1920x1080x24; 1366x768x24 is the office laptop).
set -euo pipefail
if [ -z "${EPEWALL_HEADLESS_INNER:-}" ]; then
  scratch="$(mktemp -d -t epewall-headless.XXXXXX)"
  trap 'rm -rf "$scratch"' EXIT
  export EPEWALL_HEADLESS_INNER=1 EPEWALL_SCRATCH="$scratch"
  export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run"
  mkdir -p "$HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
  exec xvfb-run -a -s "-screen 0 ${EPEWALL_SCREEN:-1920x1080x24} -nolisten tcp" dbus-run-session -- "$0" "$@"
fi
# Inside the D-Bus session: start the keyring and unlock (create) its login collection.
eval "$(printf 'epewall-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
exec "$@"
