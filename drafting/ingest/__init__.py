"""Reading past releases: sections, syndication junk, duplicates (offsets kept).

``load_release(path)`` reads a .txt, .md or .html release through
:func:`drafting.fileio.read_text`; ``parse_release(text, file)`` is the pure
core; ``find_junk`` and ``find_duplicates`` are usable on their own.
"""

from __future__ import annotations

from pathlib import Path

from drafting.fileio import read_text
from drafting.ingest.dateline import Dateline, find_dateline
from drafting.ingest.document import Document, parse_release
from drafting.ingest.duplicates import find_duplicates
from drafting.ingest.junk import Junk, find_junk
from drafting.ingest.normalize import Normalized, normalize

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


def load_release(path: str | Path) -> Document:
    """Read and parse one release; HTML is reduced to its visible text first."""
    p = Path(path)
    text = read_text(p)
    if p.suffix.lower() in (".html", ".htm"):
        from drafting.ingest.html import html_to_text

        plain, offsets = html_to_text(text)
        doc = parse_release(plain, str(p))
        doc.source_offsets = offsets
        return doc
    return parse_release(text, str(p))
