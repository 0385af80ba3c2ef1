"""Reading the rule data in ``drafting/lint/data`` (word lists and tab-separated tables)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> list[str]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]


@cache
def word_set(name: str) -> frozenset[str]:
    """A one-word-a-line list."""
    return frozenset(ln.strip() for ln in _lines(name))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated table."""
    return tuple(tuple(ln.split("\t")) for ln in _lines(name))
