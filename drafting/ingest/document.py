"""A release split into its parts: headline, subheads, dateline, body, source line.

Everything is a :class:`~drafting.text.spans.Span` into ``Document.text`` so
that lint can point at it and facts can cite it. Junk is found first and set
aside; sectioning sees only what is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafting.ingest.dateline import Dateline, find_dateline
from drafting.ingest.junk import Junk, find_junk
from drafting.ingest.lines import split_lines, strip_span
from drafting.ingest.shape import is_heading, is_title_like
from drafting.text.spans import Span

_SOURCE = re.compile(r"SOURCE[ \t]+\S")
_MD_HEADING = re.compile(r"#{1,6}[ \t]+")
_MD_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")
#: How many kept lines from the top a dateline may be found in.
DATELINE_WITHIN = 8


@dataclass
class Document:
    """One release. ``text`` is what spans index: the file's text (for HTML, its visible text).

    ``source_offsets`` is set for HTML only: per character of ``text``, its
    offset in the HTML source, so facts can cite the file itself.
    """

    file: str
    text: str
    headline: Span | None = None
    subheads: list[Span] = field(default_factory=list)
    dateline: Dateline | None = None
    paragraphs: list[Span] = field(default_factory=list)  # body only, dateline excluded
    source: Span | None = None  # the "SOURCE ..." line
    junk: list[Junk] = field(default_factory=list)
    source_offsets: list[int] | None = None

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the file as read for the span ``[start, end)`` of ``text``."""
        if self.source_offsets is None:
            return start, end
        offs = self.source_offsets
        if start >= end:
            pos = offs[start] if start < len(offs) else (offs[-1] + 1 if offs else 0)
            return pos, pos
        return offs[start], offs[end - 1] + 1

    @property
    def date(self) -> str | None:
        return self.dateline.date if self.dateline else None


def _kept_lines(text: str, junk: list[Junk]) -> list[Span]:
    """Non-blank lines with junk cut away (a line whose start is junk keeps its rest)."""
    out = []
    for line in split_lines(text):
        start, end = line.start, line.end
        for j in junk:
            if j.start <= start < j.end:
                start = min(end, j.end)
        piece = strip_span(Span(start, end, text[start:end]))
        if piece.text and not any(j.start <= piece.start and piece.end <= j.end for j in junk):
            out.append(piece)
    return out


def _unmark(span: Span) -> tuple[Span, bool]:
    """Strip Markdown heading/emphasis marks; say whether the line was marked as a heading."""
    m = _MD_HEADING.match(span.text)
    if m:
        return Span(span.start + m.end(), span.end, span.text[m.end() :]), True
    m = _MD_EMPHASIS.match(span.text)
    if m:
        w = len(m.group(1))
        return Span(span.start + w, span.end - w, m.group(2)), True
    return span, False


def parse_release(text: str, file: str) -> Document:
    """Split ``text`` into a :class:`Document` (pure; ``file`` is only recorded)."""
    junk = find_junk(text)
    doc = Document(file=file, text=text, junk=junk)
    lines = _kept_lines(text, junk)
    has_lede = False
    for i, line in enumerate(lines[:DATELINE_WITHIN]):
        dl = find_dateline(text, line.start, line.end)
        if dl is not None:
            doc.dateline = dl
            header, lede = (
                lines[:i],
                strip_span(Span(dl.span.end, line.end, text[dl.span.end : line.end])),
            )
            has_lede = bool(lede.text)
            body = ([lede] if has_lede else []) + lines[i + 1 :]
            break
    else:
        header, body = [], lines
        if len(lines) > 1 and is_title_like(_unmark(lines[0])[0].text, 30):
            header, body = lines[:1], lines[1:]
    for j, line in enumerate(header):
        span, _ = _unmark(line)
        if j == 0:
            doc.headline = span
        else:
            doc.subheads.append(span)
    for k, line in enumerate(body):
        span, marked = _unmark(line)
        if _SOURCE.match(span.text):
            doc.source = span
        elif (marked or is_heading(span.text)) and not (k == 0 and has_lede):
            doc.subheads.append(span)
        else:
            doc.paragraphs.append(span)
    return doc
