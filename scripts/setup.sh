#!/usr/bin/env bash
# Install drafting and everything it needs, offline-safe, from this checkout.
# torch is pinned first: argostranslate -> stanza asks for plain "torch", which
# would otherwise pull a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
"$PY" -m pip install --quiet "torch==2.13.0"
"$PY" -m pip install --quiet -e ".[mt,dev]"
# Compile the gettext catalogs (locales/*/LC_MESSAGES/*.po -> .mo); never committed.
if [ -f scripts/compile_catalogs.py ]; then "$PY" scripts/compile_catalogs.py; fi
