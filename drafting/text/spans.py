"""Offsets, lines and columns: one convention for every command.

Offsets are code-point indexes into the text as read by
:func:`drafting.fileio.read_text`; lines and columns are 1-based and count
code points; ``\\r\\n``, ``\\n`` and ``\\r`` each end a line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_LINE_END = re.compile(r"\r\n|\n|\r")


@dataclass(frozen=True)
class Span:
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
