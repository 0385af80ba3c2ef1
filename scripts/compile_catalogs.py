"""Compile every locales/*/LC_MESSAGES/*.po to .mo with Babel (run by scripts/setup.sh).

The .mo files are git-ignored; drafting also compiles a missing or stale one
when it loads it, so this step only saves that first-run cost.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drafting.i18n.catalogs import compile_all  # noqa: E402

if __name__ == "__main__":
    for mo in compile_all():
        print(f"compiled {mo}")
