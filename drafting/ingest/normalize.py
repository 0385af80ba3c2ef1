"""Text normalised for analysis, with a map back to offsets in the original.

Extractors match on straight quotes, plain spaces and single blanks, but every
fact must point at the words as the release printed them; :class:`Normalized`
keeps, for each normalised character, the original span it came from.
"""

from __future__ import annotations

from dataclasses import dataclass

# Characters replaced one for one.
_TRANSLATE = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
}
# Characters dropped: soft hyphen, zero-width space/joiners, word joiner, BOM.
_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


@dataclass(frozen=True)
class Normalized:
    """``text`` plus, per character, the original ``[src_start[i], src_end[i])`` it stands for."""

    text: str
    src_start: tuple[int, ...]
    src_end: tuple[int, ...]
    base_end: int  # original offset just past the normalised region

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[start, end)``."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside 0..{len(self.text)}")
        if start == end:
            pos = self.src_start[start] if start < len(self.text) else self.base_end
            return pos, pos
        return self.src_start[start], self.src_end[end - 1]


def normalize(text: str, base: int = 0) -> Normalized:
    """Straight quotes, NBSP and other spaces as " ", whitespace runs as one blank.

    A run holding a line break becomes ``"\\n"`` (or ``"\\n\\n"`` for a blank
    line) so paragraphs stay apart. ``base`` is added to every original offset,
    for normalising a slice of a larger text.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _DROP:
            i += 1
            continue
        if ch.isspace():
            j = i
            while j < n and (text[j].isspace() or text[j] in _DROP):
                j += 1
            run = text[i:j].replace("\r\n", "\n").replace("\r", "\n")
            breaks = run.count("\n")
            rep = " " if breaks == 0 else "\n" * min(breaks, 2)
            for k, c in enumerate(rep):
                out.append(c)
                starts.append(base + i if k == 0 else base + j)
                ends.append(base + j)
            # the second "\n" of a blank line stands for nothing; give it an empty span at j
            if len(rep) == 2:
                starts[-2], ends[-2] = base + i, base + j
                starts[-1], ends[-1] = base + j, base + j
            i = j
            continue
        out.append(_TRANSLATE.get(ch, ch))
        starts.append(base + i)
        ends.append(base + i + 1)
        i += 1
    return Normalized("".join(out), tuple(starts), tuple(ends), base + n)
