"""Where the bundled data lives: ``templates/`` and ``locales/`` at the repo root.

The package runs from an editable checkout, so both folders sit beside the
``drafting`` package; environment variables override them for other layouts
(and for tests that want a scratch copy).
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def templates_dir() -> Path:
    """The bundled templates folder (``DRAFTING_TEMPLATES`` overrides it)."""
    return Path(os.environ.get("DRAFTING_TEMPLATES") or ROOT / "templates")


def locales_dir() -> Path:
    """The gettext catalogs and glossary folder (``DRAFTING_LOCALES`` overrides it)."""
    return Path(os.environ.get("DRAFTING_LOCALES") or ROOT / "locales")
