"""Reading past releases: sections, syndication junk, duplicates (offsets kept).

``load_release(path)`` reads a .txt, .md or .html release through
:func:`drafting.fileio.read_text`; ``parse_release(text, file)`` is the pure
core; ``find_junk`` and ``find_duplicates`` are usable on their own.

The names below are imported on first use (module ``__getattr__``): ``drafting lint``
needs only :mod:`drafting.ingest.junk`, and the dateline, document and duplicates
modules cost it 20-35 ms of cold start (one dateline pattern takes 15 ms to compile).
``normalize`` is imported eagerly (it is cheap) because the function shares its name
with its module: bound here, the import system has already set the module attribute
and will not set it again.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from drafting.ingest.normalize import Normalized, normalize

if TYPE_CHECKING:
    from drafting.ingest.dateline import Dateline, find_dateline
    from drafting.ingest.document import Document, parse_release
    from drafting.ingest.duplicates import find_duplicates
    from drafting.ingest.junk import Junk, find_junk

#: File suffixes read as releases.
RELEASE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

__all__ = [
    "RELEASE_SUFFIXES",
    "Dateline",
    "Document",
    "Junk",
    "Normalized",
    "find_dateline",
    "find_duplicates",
    "find_junk",
    "load_release",
    "normalize",
    "parse_release",
]

# exported name -> the submodule that defines it
_LAZY = {
    "Dateline": "dateline",
    "find_dateline": "dateline",
    "Document": "document",
    "parse_release": "document",
    "find_duplicates": "duplicates",
    "Junk": "junk",
    "find_junk": "junk",
}


def __getattr__(name: str) -> object:
    """Import an exported name's submodule on first use, and keep the name bound."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def load_release(path: str | Path) -> Document:
    """Read and parse one release; HTML is reduced to its visible text first."""
    from drafting.fileio import read_text
    from drafting.ingest.document import parse_release

    p = Path(path)
    text = read_text(p)
    if p.suffix.lower() in (".html", ".htm"):
        from drafting.ingest.html import html_to_text

        plain, offsets = html_to_text(text)
        doc = parse_release(plain, str(p))
        doc.source_offsets = offsets
        return doc
    return parse_release(text, str(p))
