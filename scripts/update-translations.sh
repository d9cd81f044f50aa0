#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate), then fills the English plural forms
# ("%n block(s)" -> "1 block" / "2 blocks") that Qt needs even for the source language.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset dev >/dev/null
cmake --build --preset dev --target docket_lupdate
python3 scripts/fill_english_plurals.py translations/docket_en.ts
