"""Syndication junk: every junk line of the seeds goes, nothing else does."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.fileio import read_text
from drafting.ingest import find_junk

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# The junk lines of each seed, as printed; a title printed twice loses its second copy only.
JUNK = {
    "000": [],  # only the leading " date 2023-12-11" stamp (checked below)
    "001": [
        "December 11, 2023 10:00 AM GMT | By Cision",
        "Follow us on Google News:",
        "The content, including but not limited to",  # the Kalkine disclaimer (one long line)
        "AI on the Rise: A Look at Top AI Companies and Their Stocks",
    ],
    "002": [
        "A Brilliant Gathering: Guangzhou Witnesses Shinning Moments of Cities",  # 2nd copy
        "Originally published at https://www.prnewswire.com/",
        "Images courtesy of https://pixabay.com",
        "Art - Purple Foxy Ladies originally published at Art - Purple Foxy Ladies",
    ],
    "003": [],
    "004": [
        "Award Banner",
        "Award Banner",
        "The 2021 Global Mayors' Forum Serial Events Unveils 800 Chinese",  # 2nd copy
        "This website is best viewed using the latest versions of web browsers.",
    ],
}


def _seed(prefix: str) -> str:
    return read_text(next(SEEDS.glob(f"{prefix}_*.txt")))


def _kept_lines(text: str) -> list[str]:
    out, pos = [], 0
    for j in find_junk(text):
        out.append(text[pos : j.start])
        pos = j.end
    out.append(text[pos:])
    return [line.strip() for line in "".join(out).splitlines() if line.strip()]


def _expected_lines(text: str, junk: list[str]) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for prefix in junk:
        # the last line that starts so is junk: for a repeated title, that is the second copy
        idx = max(i for i, line in enumerate(lines) if line.startswith(prefix))
        del lines[idx]
    return lines


@pytest.mark.parametrize("prefix", sorted(JUNK))
def test_seed_keeps_exactly_the_release_lines(prefix):
    text = _seed(prefix)
    expected = _expected_lines(text, JUNK[prefix])
    if prefix == "000":
        expected[0] = expected[0].removeprefix("date 2023-12-11").strip()
    assert _kept_lines(text) == expected


def test_scrape_stamp_is_junk_and_the_dateline_is_kept():
    text = _seed("000")
    (stamp,) = find_junk(text)
    assert (stamp.kind, text[stamp.start : stamp.end]) == ("scrape-stamp", " date 2023-12-11")


@pytest.mark.parametrize("prefix", ["001", "002", "004"])
def test_junk_spans_are_whole_lines(prefix):
    text = _seed(prefix)
    lines = {line.strip() for line in text.splitlines()}
    for j in find_junk(text):
        assert text[j.start : j.end] in lines
        assert j.kind and j.reason


def test_first_copy_of_a_repeated_title_is_kept():
    text = _seed("002")
    title = "A Brilliant Gathering: Guangzhou Witnesses Shinning Moments of Cities"
    first, second = text.index(title), text.index(title, 1)
    starts = {j.start for j in find_junk(text) if j.kind == "repeated-title"}
    assert second in starts and first not in starts


# General detection: made-up pages with the same kinds of leftovers.
MADE_UP = """Acme Opens New Plant in Ohio\r
Acme Opens New Plant in Ohio\r
Posted by Newsdesk | By Wirehub\r
\r
DAYTON, Ohio, March 3, 2022 /PRNewswire/ -- Acme opened a plant that is regulated by the state.\r
\r
The plant employs 200 people.\r
\r
SOURCE Acme Corp\r
\r
Photo credit: Jane Roe\r
https://example.com/acme/plant\r
Share this article with friends\r
Celebrity Chef Reveals Secret Pancake Recipe\r
"""


def test_made_up_page_leftovers_are_found_by_shape():
    kinds = {MADE_UP[j.start : j.end]: j.kind for j in find_junk(MADE_UP)}
    assert kinds == {
        "Acme Opens New Plant in Ohio": "repeated-title",
        "Posted by Newsdesk | By Wirehub": "byline",
        "Photo credit: Jane Roe": "credit",
        "https://example.com/acme/plant": "link",
        "Share this article with friends": "site-chrome",
        "Celebrity Chef Reveals Secret Pancake Recipe": "trailing-headline",
    }
    assert all(MADE_UP[j.start : j.end] != "\r" for j in find_junk(MADE_UP))


def test_long_legal_block_is_a_disclaimer_but_one_legal_word_is_not():
    legal = (
        "The information, including but not limited to prices, is provided for informational "
        "purposes. The publisher is authorised and regulated by the regulator. No liability is "
        "accepted for any investment loss. Nothing here is an endorsement. " * 2
    )
    body = "Acme is regulated by the state and has no liability for weather."
    text = f"Title Here\n\n{body}\n\n{legal}\n"
    junk = find_junk(text)
    assert [j.kind for j in junk] == ["disclaimer"]
    assert text[junk[0].start : junk[0].end] == legal.strip()


def test_subheads_and_headlines_inside_the_release_are_not_junk():
    text = (
        "Big News Today\n\nCITY, Spain, May 1, 2022 /PRNewswire/ -- First paragraph here.\n\n"
        "A Subhead About Results\n\nMore body text follows here.\n"
    )
    assert find_junk(text) == []


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_find_junk_never_crashes_and_spans_are_sane(text):
    junk = find_junk(text)
    last = 0
    for j in junk:
        assert 0 <= j.start < j.end <= len(text)
        assert j.start >= last
        last = j.end
        assert "\n" not in text[j.start : j.end] and "\r" not in text[j.start : j.end]
