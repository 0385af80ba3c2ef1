"""The skeleton: sentences out, everything else kept byte for byte."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from translate_helpers import ROOT

from drafting.translate.document import DatelinePart, Segment, segments, skeleton


def render(pieces):
    return "".join(p if isinstance(p, str) else p.text for p in pieces)


_lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "",
                "# Heading here",
                "- item one. Item two.",
                "1. First.",
                "> Quote.",
                "**Bold** start. Then [a link](https://x.org).",
                "  indented line",
                "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- It began.",
            ]
        ),
        st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
    ),
    max_size=12,
)


@given(_lines, st.sampled_from(["\n", "\r\n"]))
def test_skeleton_reassembles_to_the_exact_text(lines, eol):
    text = eol.join(lines)
    assert render(skeleton(text)) == text


def test_seeds_reassemble_and_each_has_one_dateline():
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        pieces = skeleton(text)
        assert render(pieces) == text
        assert sum(isinstance(p, DatelinePart) for p in pieces) == 1, path.name
        assert len(segments(pieces)) >= 5


def test_markers_stay_out_of_segments():
    pieces = skeleton("# Title\n\n- One. Two.\n> Quoted.\n")
    assert [s.text for s in segments(pieces)] == ["Title", "One.", "Two.", "Quoted."]
    assert [p for p in pieces if isinstance(p, str)] == ["# ", "\n\n- ", " ", "\n> ", "\n"]
    assert all(isinstance(p, (str, Segment)) for p in pieces)
