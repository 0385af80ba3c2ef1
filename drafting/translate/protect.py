"""Placeholders: keep what MT must not touch out of its reach, and put it back after.

Glossary terms (replaced by their target form), URLs, e-mail addresses, numbers
and Markdown syntax become ``⟦n⟧`` tokens before a segment goes to an engine;
:func:`restore` swaps them back. The token has no ``_`` (argostranslate turns
``_`` into spaces on decode) and restoration tolerates spaces an engine adds
inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

OPEN, CLOSE = "⟦", "⟧"
_TOKEN = re.compile(rf"{OPEN}\s*(\d+)\s*{CLOSE}")

#: things that pass through MT verbatim, most specific first
_VERBATIM = re.compile(
    r"""
      (?P<link_target>\]\([^)\s]+\))            # the "](url)" half of a Markdown link
    | (?P<url>(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"])
    | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    | (?P<number>\d+(?:[.,\u00a0\u202f]\d{3})*(?:[.,]\d+)?%?)
    | (?P<emphasis>\*\*|__|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*]))
    | (?P<link_open>\[)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Masked:
    """A segment with placeholders, and what each placeholder stands for."""

    text: str
    slots: tuple[str, ...]

    @property
    def only_placeholders(self) -> bool:
        """True when nothing but placeholders, spaces and punctuation is left to translate."""
        rest = _TOKEN.sub("", self.text)
        return not any(ch.isalpha() for ch in rest)


def mask(text: str, terms: Iterable[tuple[int, int, str]] = ()) -> Masked:
    """Replace ``terms`` (start, end, target form) and verbatim runs by placeholders.

    Overlapping term spans keep the earliest, longest one.
    """
    spans: list[tuple[int, int, str]] = []
    for start, end, repl in sorted(terms, key=lambda t: (t[0], -(t[1] - t[0]))):
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, end, repl))
    spans.extend(_verbatim_spans(text, spans))
    spans.sort()
    out: list[str] = []
    slots: list[str] = []
    pos = 0
    for start, end, repl in spans:
        out.append(text[pos:start])
        out.append(f"{OPEN}{len(slots)}{CLOSE}")
        slots.append(repl)
        pos = end
    out.append(text[pos:])
    return Masked("".join(out), tuple(slots))


def _verbatim_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    found = []
    for m in _VERBATIM.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in taken):
            continue
        found.append((m.start(), m.end(), m.group()))
    return found


def restore(text: str, slots: tuple[str, ...]) -> tuple[str, list[int]]:
    """Put slot values back; return the text and the indexes of slots the engine lost."""
    seen: set[int] = set()

    def put(m: re.Match[str]) -> str:
        i = int(m.group(1))
        if i >= len(slots):
            return ""
        seen.add(i)
        return slots[i]

    restored = _TOKEN.sub(put, text)
    return restored, [i for i in range(len(slots)) if i not in seen]
