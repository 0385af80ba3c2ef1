"""Lines left after junk is cut away: the indexed version against the plain definition."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drafting.ingest.document import _kept_lines
from drafting.ingest.junk import Junk
from drafting.ingest.lines import split_lines, strip_span
from drafting.text.spans import Span


def _plain(text: str, junk: list[Junk]) -> list[Span]:
    out = []
    for line in split_lines(text):
        start, end = line.start, line.end
        moved = True
        while moved and start < end:
            moved = False
            for j in junk:
                if j.start <= start < j.end:
                    start, moved = min(end, j.end), True
        piece = strip_span(Span(start, end, text[start:end]))
        if piece.text and not any(j.start <= piece.start and piece.end <= j.end for j in junk):
            out.append(piece)
    return out


@st.composite
def _text_and_junk(draw):
    text = draw(st.text(alphabet="ab \n\r", max_size=60))
    n = len(text)
    cuts = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=6))
    junk = [Junk(min(a, b), max(a, b), "x", "") for a, b in cuts]
    return text, junk


@given(_text_and_junk())
def test_kept_lines_match_the_plain_definition(case):
    text, junk = case
    assert _kept_lines(text, junk) == _plain(text, junk)


def test_many_junk_lines_are_cut_in_linear_time():
    text = "ABC DEF GHI,\n" * 20000  # every line is a repeated title: 20,000 junk spans
    from drafting.ingest import parse_release

    doc = parse_release(text, "x")  # was quadratic (minutes); now well under a second
    assert doc.paragraphs == [] or all(p.text for p in doc.paragraphs)
