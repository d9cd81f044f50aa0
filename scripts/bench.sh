#!/usr/bin/env bash
# Builds Docket in Release and prints the benchmark table.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release -DDOCKET_BUILD_BENCH=ON >/dev/null
cmake --build --preset release --target docket_bench
build/release/bench/docket_bench "$@"
