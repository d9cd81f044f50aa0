#!/usr/bin/env bash
# Runs a command against a real Secret Service: a private D-Bus session with its own unlocked
# gnome-keyring, in a throwaway home folder, so tests never touch the developer's own keychain.
# Usage: scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [[ -z "${DOCKET_PRIVATE_BUS:-}" ]]; then
    exec dbus-run-session -- env DOCKET_PRIVATE_BUS=1 "$0" "$@"
fi

home=$(mktemp -d)
keyring_pid=
cleanup() {
    [[ -n "$keyring_pid" ]] && kill "$keyring_pid" 2>/dev/null
    rm -rf "$home"
}
trap cleanup EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --unlock with a password on stdin creates and unlocks the login keyring; without it, writes fail.
eval "$(printf 'docket-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
keyring_pid=${GNOME_KEYRING_PID:-}
status=0
"$@" || status=$?
exit "$status"
