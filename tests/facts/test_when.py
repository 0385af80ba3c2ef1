"""Relative and partial dates ("last May", "In July of last year", "in 2020"), resolved."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.facts.when import find_when


def _when(text: str, release: str | None = "2021-11-10") -> list[tuple[str, str]]:
    return [(text[w.start : w.end], w.value) for w in find_when(text, release)]


@pytest.mark.parametrize(
    "text,release,expected",
    [
        ("which was launched last May.", "2021-11-10", [("last May", "2021-05")]),
        # in May itself, "last May" is a year back; "next May" a year on
        ("launched last May", "2021-05-20", [("last May", "2020-05")]),
        ("opens next May", "2021-05-20", [("next May", "2022-05")]),
        ("opens next May", "2021-11-10", [("next May", "2022-05")]),
        ("in March this year", "2021-11-10", [("in March this year", "2021-03")]),
        ("this May", "2021-11-10", [("this May", "2021-05")]),
        ("In July of last year, it began", "2021-11-10", [("In July of last year", "2020-07")]),
        ("July of next year", "2021-11-10", [("July of next year", "2022-07")]),
        ("its election last year", "2021-11-10", [("last year", "2020")]),
        ("this year marks", "2021-01-02", [("this year", "2021")]),
        ("earlier this year", "2021-06-01", [("earlier this year", "2021")]),
        ("next year's forum", "2021-06-01", [("next year", "2022")]),
        ("last month", "2021-01-15", [("last month", "2020-12")]),
        ("next month", "2021-12-15", [("next month", "2022-01")]),
        ("It kicks off next Monday.", "2021-11-05", [("next Monday", "2021-11-08")]),
        # "next Friday" on a Friday is a week on; "last Friday" on a Friday a week back
        ("next Friday", "2021-11-05", [("next Friday", "2021-11-12")]),
        ("last Friday", "2021-11-05", [("last Friday", "2021-10-29")]),
        ("announced today and opens tomorrow", "2021-12-31",
         [("today", "2021-12-31"), ("tomorrow", "2022-01-01")]),
        ("was elected in 2020 and", None, [("in 2020", "2020")]),
        ("since July 2019", None, [("since July 2019", "2019-07")]),
    ],
)  # fmt: skip
def test_resolved_against_the_release(text, release, expected):
    assert _when(text, release) == expected


@pytest.mark.parametrize(
    "text",
    [
        "over the last year",  # a span of time, not a date
        "in the past year",
        "you may last longer",  # "may" is not May
        "the 2023 forum, held in 2023 Global Mayors' Forum style",  # an edition, not "in 2023"
        "in 20201 cases",
        "for the last years",
    ],
)
def test_not_dates(text):
    assert _when(text) == []


def test_relative_dates_need_the_release_date():
    assert _when("launched last May", None) == []
    assert _when("launched last May", "not a date") == []


_PIECES = st.sampled_from(
    [
        "last ", "next ", "this ", "the ", "In ", "in ", "of ", "since ", "May", "July ",
        "year", "years", "month", "Monday", "today", "2020", "1999 ", ", ", ". ", "x", " ",
        "earlier ", "Sept ",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES, max_size=20).map("".join) | st.text(max_size=60),
    st.dates().map(lambda d: d.isoformat()) | st.none(),
)
def test_find_when_never_crashes_and_stays_in_bounds(text, release):
    found = find_when(text, release)
    last_end = 0
    for w in found:
        assert last_end <= w.start < w.end <= len(text)
        last_end = w.end
        assert re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", w.value)
        assert text[w.start : w.end].strip() == text[w.start : w.end]
