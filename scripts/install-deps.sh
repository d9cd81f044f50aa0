#!/usr/bin/env bash
# Installs the Debian 12 packages Docket needs to build, run and test, when they are missing.
# Usage: scripts/install-deps.sh [--test]   (--test adds what the test suite needs)
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-svg-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev qt6-pdf-dev qtkeychain-qt6-dev libmd4c-dev libgl-dev
)
test_packages=(
    clang-format xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
)

wanted=("${build_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then
    wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "All ${#wanted[@]} packages Docket needs are installed."
    exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Missing packages: ${missing[*]}; run this script as root." >&2; exit 1; }
    sudo_cmd=(sudo)
fi

echo "Installing ${#missing[@]} missing package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
