"""Datelines in the forms wires and sites print them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.ingest import find_dateline

CASES = [
    (
        "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- Winter comes late",
        ("Guangzhou", "China", "2023-12-11", "PRNewswire"),
        "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- ",
    ),
    (
        "GUANGZHOU, China, Dec. 15, 2023 /PRNewswire/ \u2014 The 2023 Forum",
        ("Guangzhou", "China", "2023-12-15", "PRNewswire"),
        "GUANGZHOU, China, Dec. 15, 2023 /PRNewswire/ \u2014 ",
    ),
    (
        "TORONTO, ONTARIO--(Marketwired - February 27, 2017) - Acme Corp today",
        ("Toronto", "ONTARIO", "2017-02-27", "Marketwired"),
        "TORONTO, ONTARIO--(Marketwired - February 27, 2017) - ",
    ),
    (
        "(Marketwired - February 27, 2017) - Acme Corp today",
        (None, None, "2017-02-27", "Marketwired"),
        "(Marketwired - February 27, 2017) - ",
    ),
    (
        "WASHINGTON, DC-- The agency said",
        ("Washington", "DC", None, None),
        "WASHINGTON, DC-- ",
    ),
    (
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Acme today announced",
        ("San Jose", "Calif.", None, "Business Wire"),
        "SAN JOSE, Calif.--(BUSINESS WIRE)--",
    ),
    (
        "NEW YORK, Jan. 5, 2023 (GLOBE NEWSWIRE) -- Acme today announced",
        ("New York", None, "2023-01-05", "Globe Newswire"),
        "NEW YORK, Jan. 5, 2023 (GLOBE NEWSWIRE) -- ",
    ),
    (
        "NEW YORK, Sept. 5, 2023 /PRNewswire-Asia/ -- Text",
        ("New York", None, "2023-09-05", "PRNewswire-Asia"),
        "NEW YORK, Sept. 5, 2023 /PRNewswire-Asia/ -- ",
    ),
]


@pytest.mark.parametrize("text,fields,span", CASES, ids=[c[1][3] or "plain" for c in CASES])
def test_dateline_variants(text, fields, span):
    dl = find_dateline(text)
    assert dl is not None
    assert (dl.city, dl.country, dl.date, dl.wire) == fields
    assert dl.span.text == span == text[dl.span.start : dl.span.end]


def test_dateline_after_a_scrape_stamp_mid_line():
    text = " date 2023-12-11 GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- Winter"
    dl = find_dateline(text)
    assert dl is not None and dl.span.start == 17 and dl.date == "2023-12-11"


def test_plain_dateline_on_a_later_line_and_none_in_prose():
    assert find_dateline("Headline\nWASHINGTON, DC-- Text").span.start == 9
    assert find_dateline("The mayor of Washington said on Dec. 11 that it would rain.") is None


def test_impossible_date_gives_no_iso_date():
    dl = find_dateline("PARIS, France, Feb. 30, 2023 /PRNewswire/ -- x")
    assert dl is not None and dl.date is None


@given(st.text(max_size=300), st.text(max_size=60))
def test_find_dateline_never_crashes_and_span_matches(prefix, suffix):
    text = prefix + "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- " + suffix
    for t in (prefix, text):
        dl = find_dateline(t)
        if dl is not None:
            assert 0 <= dl.span.start <= dl.span.end <= len(t)
            assert t[dl.span.start : dl.span.end] == dl.span.text
    assert find_dateline(text) is not None
