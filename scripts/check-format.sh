#!/usr/bin/env bash
# Fails when a C++ file does not match .clang-format; prints the files to fix.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
bad=()
for file in "${files[@]}"; do
    [[ -f "$file" ]] || continue
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done
if [[ ${#bad[@]} -gt 0 ]]; then
    echo "clang-format would change these files (run: clang-format -i FILE):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "Formatting: ${#files[@]} files match .clang-format."
