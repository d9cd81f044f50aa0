#!/usr/bin/env bash
# Installs what is missing, builds Docket and opens it on its embedded defaults:
# a local workspace with the bundled sample spec imported.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/docket "$@"
