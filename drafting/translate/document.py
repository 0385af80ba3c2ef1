"""A release as a skeleton of kept text and translatable sentences.

Structure is kept by never rebuilding the document: every character outside a
sentence (line breaks, blank lines, Markdown heading and list markers, block
quotes, indentation) is copied through as is, and each sentence is replaced by
its translation. The wire dateline is not a sentence: it is re-rendered from
its parsed parts for the target market.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: line prefixes that are structure, not words: headings, list markers, quotes, indentation
_PREFIX = re.compile(r"[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+|[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?")
#: how far into the text a dateline may be (it opens the first paragraph)
DATELINE_WITHIN = 600


@dataclass(frozen=True)
class Segment:
    """A sentence to translate; ``start``/``end`` are offsets into the source text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class DatelinePart:
    start: int
    end: int
    text: str
    city: str | None
    country: str | None
    date: str | None
    wire: str | None


Piece = str | Segment | DatelinePart


def skeleton(text: str) -> list[Piece]:
    """Split ``text`` into kept strings, :class:`Segment` and at most one :class:`DatelinePart`."""
    from drafting.text.sentences import split_sentences

    dl = _dateline(text)
    pieces: list[Piece] = []
    pos = 0
    for line_start, line_end in _lines(text):
        m = _PREFIX.match(text, line_start, line_end)
        regions: list[tuple[int, int] | DatelinePart] = [(m.end() if m else line_start, line_end)]
        if dl and line_start <= dl.start < line_end:
            regions = [(regions[0][0], dl.start), dl, (dl.end, line_end)]  # type: ignore[index]
        for region in regions:
            if isinstance(region, DatelinePart):
                pieces += [text[pos : region.start], region]
                pos = region.end
                continue
            r_start, r_end = region
            for span in split_sentences(text[r_start:r_end]):
                s, e = r_start + span.start, r_start + span.end
                pieces += [text[pos:s], Segment(s, e, text[s:e])]
                pos = e
    pieces.append(text[pos:])
    return [p for p in pieces if p != ""]


def without_junk(text: str) -> tuple[str, list[str]]:
    """``text`` minus syndication junk (ingest's ``find_junk``), and the kinds removed.

    A translation is for a market's readers: scrape stamps, bylines, site chrome
    and repeated titles are not part of the release. Lines left empty are
    dropped, and runs of blank lines collapse to one.
    """
    from drafting.ingest.junk import find_junk

    junk = sorted(find_junk(text), key=lambda j: j.start)
    if not junk:
        return text, []
    out, pos = [], 0
    for j in junk:
        if j.start < pos:
            continue
        out.append(text[pos : j.start])
        pos = j.end
    out.append(text[pos:])
    kept = "".join(out)
    eol = "\r\n" if "\r\n" in text else "\n"
    lines = re.split(r"\r\n|\n|\r", kept)
    cleaned = eol.join(ln if ln.strip() else "" for ln in lines)
    cleaned = re.sub(rf"(?:{re.escape(eol)}){{3,}}", eol * 2, cleaned).lstrip(" \t\r\n")
    return cleaned, [j.kind for j in junk]


def segments(pieces: list[Piece]) -> list[Segment]:
    return [p for p in pieces if isinstance(p, Segment)]


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\r\n|\n|\r", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _dateline(text: str) -> DatelinePart | None:
    from drafting.ingest.dateline import find_dateline

    found = find_dateline(text, 0, min(len(text), DATELINE_WITHIN))
    if found is None or found.date is None:
        return None
    kept = found.span.text.rstrip()
    return DatelinePart(
        found.span.start,
        found.span.start + len(kept),
        kept,
        found.city,
        found.country,
        found.date,
        found.wire,
    )
