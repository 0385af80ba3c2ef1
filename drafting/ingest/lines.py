"""Lines of a text as spans, without their line endings, offsets into the text as given.

Every ingest step works line by line (junk, headline, paragraphs) but must report
offsets into the original text, CRLF included; this is the one place that splits.
"""

from __future__ import annotations

import re

from drafting.text.spans import Span

_LINE = re.compile(r"[^\r\n]*")


def split_lines(text: str) -> list[Span]:
    """Every line of ``text`` (blank ones too) as a span without its ``\\r\\n``/``\\n``/``\\r``."""
    out: list[Span] = []
    pos = 0
    n = len(text)
    while True:
        m = _LINE.match(text, pos)
        assert m is not None  # the pattern matches the empty string
        out.append(Span(m.start(), m.end(), m.group()))
        pos = m.end()
        if pos >= n:
            break
        pos += 2 if text.startswith("\r\n", pos) else 1
        if pos >= n:
            break
    return out


def strip_span(span: Span) -> Span:
    """The span without leading and trailing whitespace (empty span stays at its start)."""
    lead = len(span.text) - len(span.text.lstrip())
    body = span.text.strip()
    return Span(span.start + lead, span.start + lead + len(body), body)
