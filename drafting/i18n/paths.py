"""Where the bundled data lives: ``templates/`` and ``locales/``.

In a checkout (and an editable install) both folders sit beside the ``drafting``
package; a wheel installs them as data files under ``<prefix>/share/drafting``
(see ``[tool.setuptools.data-files]``). Environment variables override both, for
other layouts and for tests that want a scratch copy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent.parent
INSTALLED = Path(sys.prefix) / "share" / "drafting"
ROOT = CHECKOUT if (CHECKOUT / "templates").is_dir() else INSTALLED


def templates_dir() -> Path:
    """The bundled templates folder (``DRAFTING_TEMPLATES`` overrides it)."""
    return Path(os.environ.get("DRAFTING_TEMPLATES") or ROOT / "templates")


def locales_dir() -> Path:
    """The gettext catalogs and glossary folder (``DRAFTING_LOCALES`` overrides it)."""
    return Path(os.environ.get("DRAFTING_LOCALES") or ROOT / "locales")
