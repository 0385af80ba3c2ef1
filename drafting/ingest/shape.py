"""How a line looks: title or prose. Shared by junk detection and sectioning."""

from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
STOP = frozenset(
    "a an the and or of to in on at for by with from as is are was were be been this that these "
    "those it its their they we our you your his her he she not no but if into over under about "
    "after before than then so such more most other new".split()
)


def words(text: str) -> list[str]:
    """Lower-cased words of ``text``."""
    return [w.lower() for w in WORD.findall(text)]


def content_words(text: str) -> set[str]:
    """Words that carry meaning (no stop words, no short tokens)."""
    return {w.strip("'’") for w in words(text) if len(w) > 2 and w not in STOP}


def is_title_like(text: str, max_words: int = 16) -> bool:
    """Short line without sentence punctuation at the end: how titles and headlines look."""
    n = len(words(text))
    return 0 < n <= max_words and not text.rstrip().endswith((".", "!", "?", ";", ":"))


def is_title_case(text: str) -> bool:
    """Every meaningful word (4+ letters, not a stop word) starts with a capital."""
    long_words = [w for w in WORD.findall(text) if len(w) >= 4 and w.lower() not in STOP]
    return bool(long_words) and all(w[0].isupper() or w[0].isdigit() for w in long_words)


def is_heading(text: str, max_words: int = 16) -> bool:
    """A subhead: a short line that is title-like, or title-cased even with a full stop."""
    if len(words(text)) > max_words:
        return False
    return is_title_like(text, max_words) or is_title_case(text)
