"""Proper-name phrases: runs of capitalised words joined by "of", "for", "and", ...

Organisations, events, venues and people are all such phrases; each extractor
decides by the phrase's head word and its surroundings what it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CONNECTORS = frozenset(
    {"of", "for", "and", "the", "on", "with", "in", "de", "la", "del", "du", "da"}
)
_TOKEN = re.compile(r"[A-Z0-9][\w'\-]*(?:'[A-Za-z]*)?|[a-z]+|\+")
# Words that start a sentence but are not part of a name.
LEADING = frozenset(
    {
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "In",
        "On",
        "At",
        "As",
        "By",
        "From",
        "During",
        "Following",
        "According",
        "Under",
        "Notably",
        "Moreover",
        "Therefore",
        "However",
        "To",
        "Through",
        "With",
        "After",
        "Before",
        "Over",
        "Here",
        "Many",
        "Any",
        "Since",
        "Its",
        "Their",
        "Our",
        "It",
        "SOURCE",
        "Correspondent",
        "Children",
        "Leading",
        "Utopia",
    }
)


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    starts: tuple[int, ...]  # offset of each word

    def sub(self, i: int, j: int | None = None) -> Phrase:
        """Words ``i`` to ``j`` (exclusive) as a phrase of their own."""
        j = len(self.words) if j is None else j
        start = self.starts[i]
        end = self.starts[j - 1] + len(self.words[j - 1])
        text = self.text[start - self.start : end - self.start]
        return Phrase(start, end, text, self.words[i:j], self.starts[i:j])

    def split(self, sep: tuple[str, ...] = ("and", "the")) -> list[Phrase]:
        """Split where ``sep`` occurs ("X and the Y" names two things)."""
        out, i, n = [], 0, len(sep)
        for k in range(len(self.words) - n + 1):
            if self.words[k : k + n] == sep and k > i:
                out.append(self.sub(i, k))
                i = k + n
        out.append(self.sub(i))
        return [ph for ph in out if ph.words and ph.words[0][0].isupper()]


def proper_phrases(text: str) -> list[Phrase]:
    """Maximal runs of capitalised words (with connectors between them) in ``text``."""
    out: list[Phrase] = []
    tokens = [m for m in _TOKEN.finditer(text)]
    i = 0
    while i < len(tokens):
        if not tokens[i].group()[0].isupper():
            i += 1
            continue
        j = i
        k = i + 1
        while k < len(tokens):
            gap = text[tokens[k - 1].end() : tokens[k].start()]
            if gap not in (" ", ""):
                break
            word = tokens[k].group()
            if word[0].isupper() or word[0].isdigit():
                j = k
            elif word not in CONNECTORS:
                break
            k += 1
        first = i
        while first < j and tokens[first].group() in LEADING:
            first += 1
        start, end = tokens[first].start(), tokens[j].end()
        if tokens[first].group() not in LEADING:
            words = tuple(t.group() for t in tokens[first : j + 1])
            starts = tuple(t.start() for t in tokens[first : j + 1])
            out.append(Phrase(start, end, text[start:end], words, starts))
        i = j + 1
    return out
