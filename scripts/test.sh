#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs the whole test suite.
# Usage: scripts/test.sh [--asan]   (--asan: the same suite under AddressSanitizer + UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."

preset=test
[[ "${1:-}" == "--asan" ]] && preset=asan

scripts/install-deps.sh --test
scripts/check-format.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
# GUI tests run offscreen; the few that need a real window get one from Xvfb.
xvfb-run -a -s "-screen 0 1280x1024x24" ctest --preset "$preset" --output-on-failure
