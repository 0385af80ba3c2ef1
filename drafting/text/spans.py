"""Offsets, lines and columns: one convention for every command.

Offsets are code-point indexes into the text as read by
:func:`drafting.fileio.read_text`; lines and columns are 1-based and count
code points; ``\\r\\n``, ``\\n`` and ``\\r`` each end a line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import accumulate
from typing import NamedTuple

_LINE_END = re.compile(r"\r\n|\n|\r")


class Span(NamedTuple):
    """``text`` is the piece from ``start`` to ``end``. A tuple: lint makes one for every
    paragraph and sentence of every file, and a frozen dataclass's ``__init__`` costs
    some thirty times more."""

    start: int
    end: int
    text: str


class LineIndex:
    """Maps offsets to (line, column) in O(log n)."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in _LINE_END.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1

    def offset(self, line: int, column: int) -> int:
        """Inverse of :meth:`position`."""
        return self.starts[line - 1] + column - 1


def pieces_holding(pieces: list[str], words: Iterable[str], *, fold: bool = False) -> set[int]:
    """Indexes of the ``pieces`` (lines, runs of words) in which one of ``words`` occurs
    (``fold``: the pieces lower-cased). The pieces are joined a line break apart and each
    word found with ``str.find``, then on from the next piece: a common word costs one
    search per piece holding it, not one per occurrence. A word inside a longer one
    counts: callers that need whole words test them in the pieces found."""
    joined = "\n".join(pieces)
    if fold:
        joined = joined.lower()
    starts = list(accumulate((len(p) + 1 for p in pieces), initial=0))  # one past the end
    found: set[int] = set()
    for word in words:
        pos = joined.find(word)
        while pos != -1:
            i = bisect.bisect_right(starts, pos) - 1
            found.add(i)
            pos = joined.find(word, starts[i + 1])
    return found
