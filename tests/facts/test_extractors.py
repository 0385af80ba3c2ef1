"""Extractors on sentences the brief names, and made-up ones: behaviour, not seeds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.facts import extract_facts
from drafting.facts.figures import find_figures
from drafting.facts.passage import Passage
from drafting.ingest import normalize, parse_release


def _passage(text: str) -> Passage:
    doc = parse_release(text, "x.txt")
    return Passage("paragraph", normalize(text), doc)


def _figs(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in find_figures(_passage(text))]


def test_figures_value_unit_qualifier():
    assert _figs("It drew over 800 representatives.") == [(800, "representatives", "over")]
    assert _figs("nearly 600 Chinese and international guests came") == [(600, "guests", "nearly")]
    assert _figs("A total of 274 initiatives from 193 cities and regions of 54 countries.") == [
        (274, "initiatives", None),
        (193, "cities and regions", None),
        (54, "countries", None),
    ]
    assert _figs("given to 5 cities among the 15 shortlisted cities") == [
        (5, "cities", None),
        (15, "shortlisted cities", None),
    ]
    assert _figs("a space of 540,000 square meters and 1,200 drawings") == [
        (540000, "square meters", None),
        (1200, "drawings", None),
    ]
    assert _figs("since its founding 36 years ago") == [(36, "years", None)]
    assert _figs("a population of over one million") == [(1000000, "population", "over")]
    assert _figs("During the three-day event") == [(3, "days", None)]


def test_dates_years_editions_and_names_are_not_figures():
    text = (
        "On December 8, 2023, the 13th Congress met under Article 12 on Covid-19 "
        "(Nov. 8-13) as of November 7th, in 2020."
    )
    assert _figs(text) == []


def test_event_dates_resolve_against_the_release_date():
    doc = parse_release(
        "ROME, Italy, Jan. 3, 2024 /PRNewswire/ -- On December 30, the 2023 Rome Water Forum "
        "was kicked off. The 2024 Rome Arts Festival will last for six days (Jan. 10-15) in a "
        'hybrid format at the Rome Congress Center under the theme "Art for All People".\n',
        "x.txt",
    )
    events = {e.edition: e for e in extract_facts(doc).events}
    assert events["2023"].start == "2023-12-30"
    fest = events["2024"]
    assert (fest.name, fest.start, fest.end) == ("Rome Arts Festival", "2024-01-10", "2024-01-15")
    assert (fest.format, fest.venue, fest.theme) == (
        "hybrid",
        "Rome Congress Center",
        "Art for All People",
    )


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("SOURCE Rome Water Council", "Rome Water Council"),
        ("FUENTE Consejo del Agua de Roma", "Consejo del Agua de Roma"),
        ("消息来源：罗马水务理事会", "罗马水务理事会"),
    ],
)
def test_source_line_in_each_language_names_the_source(line: str, org: str) -> None:
    text = f"ROME, Italy, Jan. 3, 2024 /PRNewswire/ -- The forum opened.\n\n{line}\n"
    facts = extract_facts(parse_release(text, "x.txt"))
    assert facts.releases[0].source == org
    assert org in {o.name for o in facts.organizations}


def test_people_quotes_and_organizations():
    doc = parse_release(
        "LIMA, Peru, May 2, 2022 /PRNewswire/ -- The Andean Water Council (AWC) met. "
        "Ana Ruiz Soto, Chief Executive Officer of the Andean Water Council, opened it.\n\n"
        '"We will bring clean water to every home in the valley," she said.\n',
        "x.txt",
    )
    facts = extract_facts(doc)
    assert [(o.name, o.acronym) for o in facts.organizations] == [("Andean Water Council", "AWC")]
    (person,) = facts.people
    assert (person.name, person.title, person.organization) == (
        "Ana Ruiz Soto",
        "Chief Executive Officer",
        "Andean Water Council",
    )
    (quote,) = facts.quotes
    assert quote.speaker == "Ana Ruiz Soto" and quote.text.startswith("We will bring")


def test_short_quoted_titles_are_not_quotes():
    doc = parse_release('The theme is "Water for All People Everywhere Today" this year.\n', "x")
    assert extract_facts(doc).quotes == []


_TOKENS = list("abc ABC 0123456789,.-\"'()\n") + [
    "over ",
    "nearly ",
    "one ",
    "seven ",
    "million ",
    "cities",
    "Nov. ",
    "2021 ",
    "Forum ",
    "the ",
    "of ",
    "Secretary-General ",
    "said ",
    "-day ",
    "GUANGZHOU, China, ",
    "/PRNewswire/ -- ",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join) | st.text(max_size=80))
def test_extraction_never_crashes_and_cites_inside_the_text(text):
    doc = parse_release(text, "x.txt")
    facts = extract_facts(doc)
    items = facts.figures + facts.organizations + facts.people + facts.events + facts.quotes
    for item in items + facts.lists:
        prov = item.provenance
        assert prov is not None and 0 <= prov.start <= prov.end <= len(text)
    for fig in facts.figures:
        assert normalize(text[fig.provenance.start : fig.provenance.end]).text == fig.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "over ",
                "nearly ",
                "1,200 ",
                "540,000 ",
                "seven ",
                "one million ",
                "three-day ",
                "guests",
                "cities ",
                "and ",
                "of ",
                "Nov. 8 ",
                "2021 ",
                "Article 12 ",
                ", ",
                ". ",
                "ages of 5 and 14 ",
                "X",
            ]
        ),
        max_size=25,
    ).map("".join)
)
def test_figure_parser_spans_hold_the_number(text):
    p = _passage(text)
    for fig in find_figures(p):
        assert 0 <= fig.start < fig.end <= len(p.text)
        words = p.text[fig.start : fig.end]
        assert fig.unit and words.strip() == words
        assert fig.value > 0
