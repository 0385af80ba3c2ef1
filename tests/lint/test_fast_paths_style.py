"""The shortcuts of the wire-style rules (DR4xx) and of DR501 give what the plain
definitions they replace give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.lint.document import LintDoc
from drafting.lint.rules import style

from .strategies import joined


def _doc(text: str) -> LintDoc:
    return LintDoc.from_text(text, "x.txt")


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


_DATES = joined(
    ["Dec", "Dec.", "December", "Sep", "Sept", "Sept.", "September", "May", "Mayor", "June",
     "Jun.", "xJan", "(Oct", "Nov", " ", " ", "\t", ".", "5", "12", "2023", "1st", "th", ":",
     "٣", "５", "?", "#", "é", "中", "’", "\n", ",", "x"],
    14,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_DATES)
def test_body_dates_found_backwards_from_the_day_are_every_body_date(text):
    doc = _doc(text)
    assert _spans(style._body_dates(doc)) == _spans(list(style._BODY_DATE.finditer(doc.view)))


def test_no_month_word_ends_another():
    """``_body_dates`` reads each month word back from its end: one word for each end."""
    words = style._MONTH_WORDS.split("|")
    assert not [(a, b) for a in words for b in words if a != b and b.endswith(a)]


_FIGURES = joined(
    ["1", "5", "9", "0", "12", " ", "\t", "\n", ".", ",", "/", ":", "-", "$", "€", "£", "#",
     "+", "%", "°", "a", "_", "é", "²", "٣", "中", "?", "(", ")", "“", " percent", " km",
     " a.m.", "x"],
    12,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_FIGURES)
def test_lone_figures_found_from_marked_bytes_are_every_small_figure(text):
    doc = _doc(text)
    assert _spans(style._small_figures(doc)) == _spans(list(style._SMALL.finditer(doc.view)))


_PERCENTS = joined(
    ["per", "PER", "Per", "pEr", "cent", "CENT", "Cent", "cEnt", " ", "\t", "%", "5", "x",
     "super", "percent", "İ", "ı", "\n", "_", "recent"],
    12,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_PERCENTS)
def test_percents_tried_at_each_mark_and_cent_are_every_percent(text):
    doc = _doc(text)
    assert _spans(style._percents(doc)) == _spans(list(style._PERCENT.finditer(doc.view)))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["UCLG", "AT&", "AT&T", "NGO", "x", "_", " ", "é", "-", "&", "1"]),
             max_size=10).map("".join),
    st.sampled_from(["UCLG", "AT&", "AT&T", "NGO", "NG"]),
    st.integers(0, 12),
    st.integers(0, 40),
)  # fmt: skip
def test_first_use_found_with_str_find_is_the_whole_word_search(text, acr, start, end):
    end = min(end, len(text))
    start = min(start, end)
    want = re.search(rf"\b{re.escape(acr)}\b", text[start:end])
    assert style._first_use(text, acr, start, end) == (start + want.start() if want else -1)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["SOURCE", " City", "Contact", "contact:", "xcontact:", "contacts", "Media ",
             "Inquiries", "E-mail", "Tel", "tel:", "hotel", " :", ":", "###", "- 30 -", "-30-",
             "2030", "\n", "\r", " ", "\t", "x", "The forum opened."]
        ),
        max_size=14,
    ).map("".join)
)  # fmt: skip
def test_release_parts_tried_at_line_starts_and_anchors_are_found_anywhere(text):
    low = text.lower()
    for rx, anchors, _, _ in style._PARTS.values():
        find_in = low if rx.flags & re.I else text
        assert style._has_line(rx, text, find_in, anchors) == (rx.search(text) is not None)


@settings(max_examples=200, deadline=None)
@given(_DATES)
def test_datelines_read_once_are_the_datelines(text):
    doc = _doc(text + ", Dec. 5, 2023 /Wire/ --")
    want = _spans(list(style._datelines(doc.view)))
    assert _spans(style.all_datelines(doc)) == want
    first = style.find_dateline(doc)
    assert (first.span() if first else None) == (want[0][0] if want else None)


_LINES = st.lists(
    st.sampled_from(
        ["Forum Opens", "forum opens.", '"Forum opens," she said.', "The forum opened.",
         "“Forum Opens”", "Forum Opens!", "论坛开幕。", "他说：“好。”", "Forum-Opens'", "###",
         "x", "A", "2023", "Follow us on X", "(Forum Opens)", "İstanbul Forum", " ", ""]
    ),
    min_size=2,
    max_size=8,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_LINES)
def test_lines_whose_ends_differ_have_different_words(lines):
    """``_ends_differ`` skips a pair of lines only when their words differ (or the first
    has none): the repeated-title test never needs to count them."""
    from drafting.ingest.junk import _ends_differ
    from drafting.ingest.shape import words

    for a, b in zip(lines, lines[1:], strict=False):
        a, b = a.strip(), b.strip()
        if a and b and _ends_differ(a, b):
            assert not words(a) or words(a) != words(b)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_repeated_titles_found_through_the_shortcuts_are_the_plain_ones(lines):
    from unittest import mock

    from drafting.ingest import junk

    text = "\n".join(lines * 2) + "\nSOURCE Acme\n" + "\n".join(lines)
    fast = junk.find_junk(text)
    with mock.patch.object(junk, "_ends_differ", lambda a, b: False):
        assert junk.find_junk(text) == fast


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["。", "”", ")", '"', "x", ".", " ", "\n", "\u3000", "好", "’"]),
                max_size=8).map("".join))  # fmt: skip
def test_sentence_ends_asked_by_last_character_first_are_the_pattern_ones(text):
    from drafting.ingest import shape

    t = text.rstrip()
    want = t.endswith(shape.SENTENCE_END) or bool(shape._CJK_END.search(t))
    assert shape.ends_sentence(text) == want


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["Follow us on", "Images courtesy of", "https://x.example/a", "www.example.org",
     "| By Cision", "not limited to", "regulated", "no liability", "copyright", "x" * 120,
     "ſhare this", "İmages courtesy of", "The forum opened.", "\n", "\n", "\r\n", " "]),
    max_size=30).map("".join))  # fmt: skip
def test_junk_found_with_the_callers_lower_cased_text_is_the_same(text):
    """Lint hands ``find_junk`` the text it lower-cased once: the lines are cut from it."""
    from drafting.ingest.junk import find_junk

    assert find_junk(text, text.lower()) == find_junk(text)


def test_percent_in_mixed_case_is_not_skipped_by_the_page_check():
    """DR404's page check once looked for "ent" and "ENT" only, and missed "perCEnt"."""
    from drafting.lint.config import LintConfig
    from drafting.lint.engine import lint_text

    config = LintConfig(select=("DR404",), style={"percent": "%"})
    found = lint_text("Turnout rose 64 perCEnt this year.", "x.txt", config=config)
    assert [(f.rule, f.replacements) for f in found] == [("DR404", ("%",))]


@settings(max_examples=500, deadline=None)
@given(
    joined(
        ["No", "nos", "NO.", "Room", "Article", "ages", "AGE", "aged", "of", " of", "and",
         "band", "Dec", "Sept", "May", "vs", ".", " ", "  ", "\t", "\n", "-", "—", "x", "5",
         "İ", "ſ", "K", "ı"],
        10,
    )
)  # fmt: skip
def test_text_before_a_figure_read_backwards_is_judged_as_forwards(before):
    """DR403 matches the words that allow a numeral (``No. 5``, ``ages 5 and 6``) backwards
    from the figure: the text before it is judged as the forward search judges it."""
    want = style._NUMERAL_OK_BEFORE.search(before) is not None
    assert (style._NUMERAL_OK_BEFORE_BACKWARDS.match(before[::-1]) is not None) == want
