"""Initiatives, elections, places, age ranges, list names and event aliases, on made-up releases."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.facts import extract_facts, merge
from drafting.facts.countries import COUNTRIES
from drafting.facts.figures import find_figures
from drafting.facts.initiatives import find_initiatives
from drafting.facts.model import Event, FactSet, Figure, Place
from drafting.facts.passage import Passage
from drafting.facts.places import find_places
from drafting.ingest import normalize, parse_release

_DATELINE = "LYON, France, March 3, 2024 /PRNewswire/ -- "


def _facts(body: str) -> FactSet:
    return extract_facts(parse_release(_DATELINE + body + "\n", "x.txt"))


def _events(body: str) -> dict[str, Event]:
    return {e.name: e for e in _facts(body).events}


def _passage(text: str) -> Passage:
    return Passage("paragraph", normalize(text), parse_release(text, "x.txt"))


# -- initiatives ----------------------------------------------------------------


def test_contest_entitled_with_relative_start_and_organizer():
    events = _events(
        "The Rivers Water Council (RWC) met. In June of last year, RWC launched a photo "
        "competition called Rivers of Our Town to collect images. So far, the competition "
        "has received 3,400 photos from people between the ages of 12 and 80."
    )
    contest = events["Rivers of Our Town"]
    assert (contest.kind, contest.start, contest.organizer) == ("competition", "2023-06", "RWC")


def test_figures_of_a_contest_name_it_as_subject():
    facts = _facts(
        "The Rivers Water Council (RWC) met. In June of last year, RWC launched a photo "
        "competition called Rivers of Our Town to collect images. So far, the competition "
        "has received 3,400 photos from people between the ages of 12 and 80."
    )
    figs = {f.unit: f for f in facts.figures}
    assert figs["photos"].subject == "Rivers of Our Town"
    age = figs["years of age"]
    assert (age.value, age.value_to, age.qualifier) == (12, 80, "between")
    assert age.text == "between the ages of 12 and 80"
    assert age.subject == "Rivers of Our Town"


def test_platform_by_its_capitalised_name_and_this_platform():
    facts = _facts(
        "The Rivers Water Council (RWC) met. RWC established the Clean Rivers Data Platform "
        "in 2019. To date, this platform has collected 410 datasets."
    )
    (platform,) = [e for e in facts.events if e.kind == "platform"]
    assert (platform.name, platform.start, platform.organizer) == (
        "Clean Rivers Data Platform",
        "2019",
        "RWC",
    )
    (fig,) = [f for f in facts.figures if f.unit == "datasets"]
    assert fig.subject == "Clean Rivers Data Platform"


def test_lower_case_kind_after_a_name_and_initiative_to():
    events = _events(
        "In the town of Ruhr, the BLUE ROOFS initiative cools 300 homes. This is part of our "
        "programme to Restore Urban Rivers, which was launched last September."
    )
    assert events["BLUE ROOFS"].kind == "initiative"
    restore = events["Restore Urban Rivers"]
    assert (restore.kind, restore.start) == ("programme", "2023-09")


def test_acronym_thing_established_is_not_an_organisation():
    facts = _facts(
        "The Rivers Water Council (RWC) met. RWC has established River Data Exchange (RDE), which "
        "has gathered more than 90 cases."
    )
    assert [o.acronym for o in facts.organizations] == ["RWC"]
    (rdx,) = [e for e in facts.events if e.alias == "RDE"]
    assert (rdx.name, rdx.kind, rdx.organizer) == ("River Data Exchange", "initiative", "RWC")
    (fig,) = facts.figures
    assert fig.subject == "River Data Exchange"


def test_organisations_and_lower_case_words_are_not_initiatives():
    found = find_initiatives(
        "the Water Council initiative, a new initiative, the city's initiative, an initiative "
        "to help people, the Initiative, an initiative to the Rivers Union, a contest called "
        "something else, a programme for Asian Cities",
        not_names={"Water Council"},
    )
    assert found == []


def test_a_title_starts_at_its_first_capital():
    (found,) = find_initiatives("a drawing contest called the Big City Draw.", set())
    assert (found.name, found.kind) == ("Big City Draw", "contest")
    (quoted,) = find_initiatives('a campaign called "clean air now" began', set())
    assert quoted.name == "clean air now"


def test_the_dateline_city_is_not_an_initiative():
    events = _facts("The Lyon initiative cools homes. The BLUE ROOFS initiative too.").events
    assert [e.name for e in events if e.kind] == ["BLUE ROOFS"]


def test_initiatives_do_not_change_the_main_event():
    events = _events(
        "The Green Rivers Initiative began last May. The 2024 Lyon Water Forum opened on "
        "March 2 in a hybrid format."
    )
    forum = events["Lyon Water Forum"]
    assert (forum.start, forum.format) == ("2024-03-02", "hybrid")
    assert events["Green Rivers Initiative"].format is None


# -- elections -----------------------------------------------------------------


def test_elections_with_relative_and_absolute_years():
    facts = _facts(
        "Following Lyon's election last year as the host city of the Water Network, the city "
        "grew. Porto participated in its bid for the capital of the Water Network in 2021 and "
        "was successfully elected. Ana Lima was elected president of the Rivers Union in "
        "January 2022. He was elected chair of the Rivers Union. Nice was elected president of "
        "the Rivers Union in 2024."
    )
    got = {(e.name, e.winner, e.start) for e in facts.events if e.kind == "election"}
    assert got == {
        ("host city of the Water Network", "Lyon", "2023"),
        ("capital of the Water Network", "Porto", "2021"),
        ("president of the Rivers Union", "Ana Lima", "2022-01"),
        ("president of the Rivers Union", "Nice", "2024"),
    }


# -- places ------------------------------------------------------------------


def test_places_with_their_country():
    places = find_places(
        _passage(
            "In the city of Iztapalapa, Mexico, and in Rio de Janeiro, Brazil, but not in "
            "Mexico, Canada and Peru, nor in Mexico City."
        )
    )
    assert [(p.name, p.country) for p in places] == [
        ("Iztapalapa", "Mexico"),
        ("Rio de Janeiro", "Brazil"),
    ]


def test_places_are_cited_and_known_names():
    text = _DATELINE + "In the old town of Halandri, Greece, a project began.\n"
    facts = extract_facts(parse_release(text, "x.txt"))
    (place,) = facts.places
    assert text[place.provenance.start : place.provenance.end] == "Halandri, Greece"
    assert {"Halandri", "Greece"} <= facts.known_names()


def test_country_data_is_sorted_and_unique():
    assert list(COUNTRIES) == sorted(COUNTRIES, key=str.casefold)
    assert len({c.casefold() for c in COUNTRIES}) == len(COUNTRIES)
    assert all(c == c.strip() and c[0].isupper() for c in COUNTRIES)


# -- lists ---------------------------------------------------------------------


def test_list_named_by_what_the_sentence_says_the_items_are():
    facts = _facts(
        "RWC moved fast to build networks to link towns and local groups, such as River Watch, "
        "Clean Banks, and Flood Alert. It runs many tools and services including River Map, "
        "Rain Desk and Flood Line. It covers topics such as floods, droughts and pollution. "
        "RWC developed programs for cities, such as Lyon, Porto and Oslo."
    )
    assert [(x.name, x.items[0]) for x in facts.lists] == [
        ("networks", "River Watch"),
        ("tools and services", "River Map"),
        ("topics", "floods"),
        ("cities", "Lyon"),
    ]


# -- aliases -------------------------------------------------------------------


def test_reordered_name_is_an_alias_and_a_shorter_reference_is_not():
    events = _events(
        "The 4th World Congress of Rivers opened on March 2. This is the first time Lyon hosts "
        "the Rivers World Congress. It is the best Congress of Rivers yet."
    )
    congress = events["World Congress of Rivers"]
    assert congress.aliases == ["Rivers World Congress"]
    assert "Rivers World Congress" in FactSet(events=[congress]).known_names()


def test_merge_keeps_other_names_as_aliases():
    old = FactSet(events=[Event("World Congress of the World Rivers Union", "4th")])
    new = FactSet(
        events=[Event("World Congress of Rivers", "4th", aliases=["Rivers World Congress"])]
    )
    (ev,) = merge([old, new]).events
    assert ev.name == "World Congress of the World Rivers Union"
    assert ev.aliases == ["World Congress of Rivers", "Rivers World Congress"]
    assert new.events[0].aliases == ["Rivers World Congress"]  # inputs are not changed


# -- model ---------------------------------------------------------------------


def test_new_fields_round_trip_and_old_files_still_load():
    facts = FactSet(
        figures=[Figure(5, "years of age", "between", "between the ages of 5 and 14", value_to=14)],
        events=[Event("X Platform", kind="platform", organizer="RWC", aliases=["XP"])],
        places=[Place("Halandri", "Greece")],
    )
    data = facts.to_dict()
    assert data["places"] == [{"name": "Halandri", "country": "Greece"}]
    assert FactSet.from_dict(data) == facts
    plain = FactSet(events=[Event("Y Forum")]).to_dict()
    assert "aliases" not in plain["events"][0]  # empty lists are left out
    del plain["places"]
    assert FactSet.from_dict(plain).places == []
    plain["events"][0]["aliases"] = None
    assert FactSet.from_dict(plain).events[0].aliases == []


# -- properties ------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "the ", "The ", "our ", "a ", "initiative ", "Initiative ", "platform", "Platform ",
        "contest ", "entitled ", "called ", "to ", "Rethink ", "Green ", "Rivers ", "H.ID.RA. ",
        "UTOPÍAS ", "(GR) ", "established ", "launched ", "last May", "in 2020 ", "was elected ",
        "'s election as ", "president of the ", "Union ", ", ", ". ", "Mexico", "Lyon, ",
        "France ", "ages of 5 and 14 ", "aged 3-7 ", "between ", "years old ", "which was ",
        "\"Blue\" ", "and ", "such as ", "X",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_new_extractors_never_crash_and_cite_inside_the_text(body):
    text = _DATELINE + body + "\n"
    facts = extract_facts(parse_release(text, "x.txt"))
    for item in facts.events + facts.places + facts.figures:
        prov = item.provenance
        assert prov is not None and 0 <= prov.start < prov.end <= len(text)
    for ev in facts.events:
        assert ev.name in normalize(text[ev.provenance.start : ev.provenance.end]).text
        assert ev.start is None or len(ev.start) in (4, 7, 10)
    for fig in facts.figures:
        assert fig.value_to is None or fig.value < fig.value_to


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join) | st.text(max_size=80))
def test_places_and_figures_stay_in_bounds(text):
    p = _passage(text)
    for place in find_places(p):
        cited = normalize(text[place.provenance.start : place.provenance.end]).text
        assert cited.startswith(place.name) and cited.endswith(place.country)
    for fig in find_figures(p):
        assert 0 <= fig.start < fig.end <= len(p.text)
