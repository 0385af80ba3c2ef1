"""Releases split into headline, subheads, dateline, body and source line."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.ingest import load_release, parse_release

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _doc(prefix: str):
    return load_release(next(SEEDS.glob(f"{prefix}_*.txt")))


def test_seed_000_dateline_mid_line_after_stamp():
    doc = _doc("000")
    assert doc.headline is None and doc.source is None
    assert (doc.dateline.city, doc.dateline.date, doc.dateline.wire) == (
        "Guangzhou",
        "2023-12-11",
        "PRNewswire",
    )
    assert doc.paragraphs[0].text.startswith("Winter comes late")
    assert len(doc.paragraphs) == 3


def test_seed_002_sections():
    doc = _doc("002")
    assert doc.headline.text.startswith("A Brilliant Gathering")
    assert [s.text for s in doc.subheads] == [
        "The 2023 Global Mayors\u2019 Forum Ends Successfully",
        "Initiator: Creating a hub of inspiring ideas for governance innovation",
    ]
    assert doc.source.text == "SOURCE Guangzhou Foreign Affairs Office"
    assert doc.paragraphs[0].text.startswith("The 2023 Global")
    assert not any("published at" in p.text for p in doc.paragraphs)


def test_seed_004_subheads_inside_the_body():
    doc = _doc("004")
    assert [s.text for s in doc.subheads] == [
        "Online + Offline Hybrid Format",
        "The Most Special World Congress of Metropolis",
        "Leading Global Cities in Urban Governance Innovation,",
        "Guangzhou Fulfills its Role as the Presidential City.",
        "Children from 33 Cities Paint Their Vision for Future Cities",
    ]
    assert doc.headline.text.startswith("The 2021 Global")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_span_indexes_the_original_text(prefix):
    doc = _doc(prefix)
    spans = [*doc.subheads, *doc.paragraphs] + [s for s in (doc.headline, doc.source) if s]
    for span in spans:
        assert doc.text[span.start : span.end] == span.text and span.text.strip() == span.text


def test_markdown_headings_and_crlf():
    text = (
        "# Acme Opens Plant\r\n\r\n## Jobs for 200\r\n\r\n"
        "DAYTON, Ohio, May 2, 2022 /PRNewswire/ -- Acme opened.\r\n\r\n"
        "**Next Steps**\r\n\r\nMore text here.\r\n"
    )
    doc = parse_release(text, "x.md")
    assert doc.headline.text == "Acme Opens Plant"
    assert [s.text for s in doc.subheads] == ["Jobs for 200", "Next Steps"]
    assert [p.text for p in doc.paragraphs] == ["Acme opened.", "More text here."]
    assert doc.text[doc.headline.start : doc.headline.end] == "Acme Opens Plant"


def test_html_text_with_offsets_into_the_source(tmp_path):
    html = (
        "<html><head><title>x</title><style>p{}</style></head><body>\n"
        "<h1>Acme &amp; Sons Open Plant</h1>\n"
        "<p>DAYTON, Ohio, May 2, 2022 /PRNewswire/ -- Acme &amp; Sons opened\na plant.</p>\n"
        "<p>SOURCE Acme</p></body></html>"
    )
    path = tmp_path / "r.html"
    path.write_text(html, encoding="utf-8")
    doc = load_release(path)
    assert doc.headline.text == "Acme & Sons Open Plant"
    assert doc.dateline.date == "2022-05-02"
    assert doc.paragraphs[0].text == "Acme & Sons opened a plant."
    a, b = doc.to_source(doc.paragraphs[0].start, doc.paragraphs[0].end)
    assert html[a:b] == "Acme &amp; Sons opened\na plant."
    assert doc.source.text == "SOURCE Acme"


def test_release_without_dateline_keeps_headline_and_body():
    doc = parse_release("A Short Title\n\nSome body text here.\n", "x.txt")
    assert doc.dateline is None and doc.headline.text == "A Short Title"
    assert [p.text for p in doc.paragraphs] == ["Some body text here."]
