"""Inline suppression: ``<!-- drafting: ignore CODE -->`` (md/html) or a line
``drafting: ignore CODE`` (any file) silences CODE (a prefix, several allowed,
none meaning every rule) in the next paragraph.
"""

from __future__ import annotations

import re

_DIRECTIVE = re.compile(
    r"<!--\s*drafting:\s*ignore\b([^>]*?)-->|^[ \t]*drafting:\s*ignore\b([^\r\n]*)$", re.M
)
_CODE = re.compile(r"[A-Za-z]+\d*")
_BLANK_LINE = re.compile(r"(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)")


def suppressions(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, code prefixes) ranges; an empty set silences every rule."""
    if "drafting:" not in text:  # both forms name it: most files have no directive
        return []
    out = []
    for m in _DIRECTIVE.finditer(text):
        codes = frozenset(c.upper() for c in _CODE.findall(m.group(1) or m.group(2) or ""))
        # the paragraph after the directive: skip blank space, stop at the next blank line
        start = m.end()
        while start < len(text) and text[start] in " \t\r\n":
            start += 1
        gap = _BLANK_LINE.search(text, start)
        end = gap.start() if gap else len(text)
        out.append((m.start(), end, codes))
    return out


def is_suppressed(code: str, start: int, ranges: list[tuple[int, int, frozenset[str]]]) -> bool:
    return any(
        s <= start < e and (not codes or any(code.startswith(c) for c in codes))
        for s, e, codes in ranges
    )
