"""Paths and helpers the drafting tests share.

Kept out of ``conftest.py`` so test modules can import them by a name no other
test folder uses: ``from conftest import ...`` resolves to whichever folder's
conftest was imported first when several folders run in one session
(``pytest tests/draft tests/translate``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TEMPLATES = ("opening", "closing", "advisory", "award")
#: a reviewed snapshot of 'drafting facts seeds/ --merge', so goldens do not move
#: whenever the extractor improves
SNAPSHOT = Path(__file__).parent / "data" / "seed_facts.yaml"


def run(args: list[str]):  # type: ignore[no-untyped-def]
    """Invoke the CLI the way users do (DraftingError -> one line, exit 2)."""
    return subprocess.run(
        [sys.executable, "-m", "drafting", *args], capture_output=True, text=True, cwd=ROOT
    )
