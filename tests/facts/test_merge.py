"""Merging releases: agreement kept once, disagreement kept dated, newest figure wins."""

from __future__ import annotations

import json

from drafting.facts import merge
from drafting.facts.store import dump_releases, load_facts

from .helpers import SEEDS, seed_facts


def _by_prefix(prefix: str):
    return seed_facts(next(s for s in SEEDS if s.name.startswith(prefix)))


def test_newer_guest_count_wins_but_both_are_kept():
    merged = merge([_by_prefix("004"), _by_prefix("003")])
    guests = [
        f for f in merged.figures if f.subject == "2021 Global Mayors' Forum" and f.unit == "guests"
    ]
    assert {(f.text, f.provenance.date) for f in guests} >= {
        ("nearly 600 Chinese and international guests", "2021-11-05"),
        ("more than 800 Chinese and international guests", "2021-11-10"),
    }
    current = [f for f in merged.current_figures() if f.subject == "2021 Global Mayors' Forum"]
    assert [f.value for f in current if f.unit == "guests"] == [800]


def test_organizations_join_by_acronym_and_events_fill_each_other():
    merged = merge([_by_prefix("002"), _by_prefix("001"), _by_prefix("004")])
    org = merged.organization("Metropolis")
    assert org is not None and org.name == "World Association of Major Metropolises"
    assert (
        sum(1 for o in merged.organizations if o.acronym == "Metropolis" or o.name == "Metropolis")
        == 1
    )
    forum = [e for e in merged.events if e.edition == "2023"]
    assert len(forum) == 1
    assert (forum[0].start, forum[0].end) == ("2023-12-08", "2023-12-09")
    assert [r.date for r in merged.releases] == ["2021-11-10", "2023-12-11", "2023-12-15"]


def test_load_facts_accepts_a_list_of_releases(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text(dump_releases([_by_prefix("003"), _by_prefix("004")], "json"), encoding="utf-8")
    assert isinstance(json.loads(path.read_text(encoding="utf-8")), list)
    facts = load_facts(path)
    assert len(facts.releases) == 2
    assert {p.name for p in facts.people} == {
        "Octavi de la Varga",
        "Nicholas You",
        "Deng Changxiong",
        "Emilia Saiz",
        "Marina Canals",
    }


def test_the_congress_keeps_its_other_names_across_releases():
    merged = merge([_by_prefix("004"), _by_prefix("003")])
    (congress,) = [e for e in merged.events if e.edition == "13th"]
    assert congress.name == "World Congress of the World Association of Metropolis"  # 003 is older
    assert congress.aliases == ["World Congress of Metropolis", "Metropolis World Congress"]
    assert (congress.start, congress.format) == ("2021-11-08", "hybrid")  # filled in from 004
    assert {"World Congress of Metropolis", "Metropolis World Congress"} <= merged.known_names()


def test_what_the_seeds_say_about_initiatives_dates_and_places():
    facts = _by_prefix("004")
    kinds = {e.name: (e.kind, e.start, e.organizer) for e in facts.events if e.kind}
    assert kinds["Metropolises through Children's Eyes"] == ("contest", "2020-07", "Metropolis")
    assert kinds["Rethink Metropolitan Spaces"] == ("initiative", "2021-05", None)
    assert kinds["Cities for Global Health Platform"] == ("platform", None, "Metropolis")
    assert kinds["presidential city of Metropolis"] == ("election", "2020", None)
    subjects = {f.text: f.subject for f in facts.figures}
    assert subjects["675 successful cases"] == "Cities for Global Health Platform"
    assert subjects["1,200 drawings"] == "Metropolises through Children's Eyes"
    (age,) = [f for f in facts.figures if f.unit == "years of age"]
    assert (age.value, age.value_to) == (5, 14)
    assert not any(f.unit == "ages" for f in facts.figures)
    assert [x.name for x in facts.lists] == ["programs and platforms", "platforms"]
    places = [(p.name, p.country) for p in _by_prefix("002").places]
    assert places == [("Iztapalapa", "Mexico"), ("Halandri", "Greece")]
