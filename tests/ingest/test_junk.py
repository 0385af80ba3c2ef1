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


# Not junk, by the same shape rules: the release's contact block, a boilerplate phrase in
# running prose, a one-line document.
RELEASE = "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- The forum opened in the city.\n\n"


@pytest.mark.parametrize(
    "tail",
    [
        "SOURCE City Office\n\nMedia contact: Li Wei, press@example.org\n\n###\n",
        "SOURCE City Office\n\nMedia Contact\nLi Wei\nGuangzhou Foreign Affairs Office\n"
        "+86 20 8888 1234\npress@example.org\n",
        "###\n\nContact:\nLi Wei, press@example.org\n",
        "SOURCE City Office\r\n\r\nInvestor contact: Lauren Chu, investors@example.com\r\n",
    ],
)
def test_media_contact_after_the_source_line_is_not_a_trailing_headline(tail):
    text = RELEASE + tail
    assert [(j.kind, text[j.start : j.end]) for j in find_junk(text)] == []


def test_a_headline_after_the_contact_block_is_still_found():
    text = (
        RELEASE + "SOURCE City Office\n\nMedia Contact\nLi Wei\npress@example.org\n\n"
        "Celebrity Chef Reveals Secret Pancake Recipe\n"
    )
    found = [(j.kind, text[j.start : j.end]) for j in find_junk(text)]
    assert found == [("trailing-headline", "Celebrity Chef Reveals Secret Pancake Recipe")]


PROSE = [
    # a wrapped paragraph quoting the phrase (as docs/score.md does)
    "* Releases are read with the ingest module, so syndication junk\n"
    '  (bylines, disclaimers, "originally published at"), the dateline, the headline\n'
    "  and subheads are not scored as prose.\n",
    # the phrase used, unquoted, in a sentence wrapped across lines
    "Several sites that republished the release added a line saying that it was\n"
    "originally published at the wire's site, which is why ingest looks for such\n"
    "lines before it reads a release.\n",
    # a quoted mention on a line of its own
    'Editors delete any line such as "Images courtesy of" before filing.\n',
    "Readers were told to “follow us on” the forum's channels.\n",
]


@pytest.mark.parametrize("prose", PROSE)
def test_a_junk_phrase_in_running_prose_is_not_junk(prose):
    text = RELEASE + prose + "\nThe forum closes on Friday.\n"
    assert [(j.kind, text[j.start : j.end]) for j in find_junk(text)] == []


def test_a_credit_line_next_to_prose_is_still_junk():
    text = (
        RELEASE + "The mayors met in the old town hall on Monday afternoon, and\n"
        "they agreed on a plan.\nPhoto credit: Jane Roe\n\nThe forum closes on Friday.\n"
    )
    found = [(j.kind, text[j.start : j.end]) for j in find_junk(text)]
    assert found == [("credit", "Photo credit: Jane Roe")]


@pytest.mark.parametrize(
    "line",
    [
        "Members only",
        "This lounge is for members only.",
        "Members only: click here to read more",  # chrome words, but nothing around it
        "Members only | By Newsdesk",
        "Members only at https://example.com/members",
    ],
)
def test_a_one_line_document_is_never_junk(line):
    for text in (line, line + "\n", f"\n  {line}  \r\n\n"):
        assert find_junk(text) == []


def test_the_scrape_stamp_of_a_one_line_document_is_still_junk():
    text = " date 2023-12-11 GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- Text."
    assert [j.kind for j in find_junk(text)] == ["scrape-stamp"]


_PIECES = st.sampled_from(
    [
        "Follow us on", "FOLLOW US AT", "best viewed using", "Share this", "like us",
        "sign up for our newsletter", "Subscribe to the", "All Rights Reserved", "click here to",
        "read more", "related news", "older versions of web browsers", "Cookie settings",
        "Advertisement", "originally appeared in", "Photos courtesy of", "image source:",
        "this story first appeared", "not limited to", "regulated", "no liability",
        "disclaimers", "endorse", "personal use", "copyright", "investment advice",
        "financial planner", "does not claim", "at your own risk", "for informational purposes",
        "https://x.example/a", "www.example.org", "| By Cision", "posted by", "Published on",
        "ſhare this", "İmages courtesy of", "ınvestment loss", "SOURCE Acme", "###",
        "The forum opened.", "Acme News", "word", "x" * 120, " ", " ", "\n", "\n", "\r\n", "\r",
    ]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=40))
def test_judging_only_the_lines_the_anchors_hit_changes_nothing(pieces):
    """The ``str.find`` prefilter finds every line the patterns could match."""
    from unittest import mock

    from drafting.ingest import junk

    text = "".join(pieces)
    fast = junk.find_junk(text)
    every = lambda _text, lines, _low=None: list(range(len(lines)))  # noqa: E731
    with mock.patch.object(junk, "_hit_lines", every):
        assert fast == junk.find_junk(text)


@given(st.text(alphabet=st.sampled_from(list("ab \t\r\n\x0b\x0c\x85\u2028\u3000")), max_size=60))
def test_lines_are_the_stripped_non_blank_lines(text):
    """One regex pass gives what splitting and stripping every line gives."""
    from drafting.ingest.junk import _lines
    from drafting.ingest.lines import split_lines, strip_span

    plain = [strip_span(s) for s in split_lines(text)]
    assert [tuple(x) for x in _lines(text)] == [(s.start, s.end, s.text) for s in plain if s.text]


def test_a_long_tail_of_contact_lines_is_kept():
    """A contact block of thousands of lines after SOURCE is contact, not junk (it was
    also read in quadratic time; bench/lint_bench.py measures speed, not this test)."""
    text = RELEASE + "SOURCE City Office\n" + "Media Contact\nLi Wei\n" * 5000 + "x@example.org\n"
    assert find_junk(text) == []
