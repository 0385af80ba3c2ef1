"""A release split into its parts: headline, subheads, dateline, body, source line.

Everything is a :class:`~drafting.text.spans.Span` into ``Document.text`` so
that lint can point at it and facts can cite it. Junk is found first and set
aside; sectioning sees only what is left.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from drafting.ingest.dateline import Dateline, find_dateline
from drafting.ingest.junk import Junk, find_junk
from drafting.ingest.lines import split_lines, strip_span
from drafting.ingest.sections import (
    has_contact_data,
    is_contact_heading,
    is_contact_line,
    is_end_mark,
    is_source_line,
)
from drafting.ingest.shape import is_heading, is_title_like
from drafting.text.spans import Span

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
    source: Span | None = None  # the "SOURCE ..." line (also "FUENTE ...", "消息来源：...")
    junk: list[Junk] = field(default_factory=list)
    source_offsets: list[int] | None = None
    contact: Span | None = None  # the media contact block, heading through its last line

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
    junk = sorted(junk, key=lambda j: j.start)
    starts = [j.start for j in junk]
    reach, far = [], -1  # reach[i]: the furthest end among junk[: i + 1]
    for j in junk:
        far = max(far, j.end)
        reach.append(far)

    def covering(pos: int) -> list[Junk]:
        """Junk spans with ``start <= pos`` that may still reach past ``pos``, in order."""
        out, i = [], bisect_right(starts, pos) - 1
        while i >= 0 and reach[i] > pos:
            out.append(junk[i])
            i -= 1
        return out[::-1]

    out = []
    for line in split_lines(text):
        start, end = line.start, line.end
        moved = True
        while moved and start < end:  # a cut may move the start into the next junk span
            moved = False
            for j in covering(start):
                if j.start <= start < j.end:
                    start, moved = min(end, j.end), True
                    break
        piece = strip_span(Span(start, end, text[start:end]))
        if piece.text and not any(piece.end <= j.end for j in covering(piece.start)):
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


def _contact_block(body: list[Span], k: int) -> int:
    """Index just past the contact block whose heading is ``body[k]``.

    Short lines and lines with contact details follow the heading; the block
    ends at its last line with details (an e-mail, a phone, ``Label: value``),
    or, when no line has details, after the short lines.
    """
    j, last_data = k + 1, None
    if has_contact_data(_unmark(body[k])[0].text):
        last_data = k
    while j < len(body):
        span, marked = _unmark(body[j])
        text = span.text
        if marked or is_end_mark(body[j].text) or is_source_line(text):
            break
        if not is_contact_line(text):
            break
        if has_contact_data(text):
            last_data = j
        j += 1
    return j if last_data is None else last_data + 1


def parse_release(text: str, file: str) -> Document:
    """Split ``text`` into a :class:`Document` (pure; ``file`` is only recorded).

    The body ends at an end mark (``###``, ``-30-``) or a source line; the
    source line is kept in ``source``, a media contact block in ``contact``,
    and nothing after the end is a paragraph or a subhead.
    """
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
        if len(lines) > 1:
            first, marked = _unmark(lines[0])
            if (marked or is_title_like(first.text, 30)) and not _ends_body(first.text):
                header, body = lines[:1], lines[1:]
    for j, line in enumerate(header):
        span, _ = _unmark(line)
        if j == 0:
            doc.headline = span
        else:
            doc.subheads.append(span)
    ended = False
    k = 0
    while k < len(body):
        line = body[k]
        span, marked = _unmark(line)
        if is_end_mark(line.text):
            ended = True
        elif is_source_line(span.text):
            doc.source = doc.source or span
            ended = True
        elif is_contact_heading(span.text) and not (k == 0 and has_lede):
            stop = _contact_block(body, k)
            if doc.contact is None:
                doc.contact = Span(line.start, body[stop - 1].end, "")
            else:  # a second block (after the end, say): one span from the first through it
                doc.contact = Span(doc.contact.start, body[stop - 1].end, "")
            k = stop
            continue
        elif ended:
            pass  # after the release ended: neither paragraph nor subhead
        elif (marked or is_heading(span.text)) and not (k == 0 and has_lede):
            doc.subheads.append(span)
        else:
            doc.paragraphs.append(span)
        k += 1
    if doc.contact is not None:
        c = doc.contact
        doc.contact = Span(c.start, c.end, text[c.start : c.end])
    return doc


def _ends_body(text: str) -> bool:
    return is_end_mark(text) or is_source_line(text)
