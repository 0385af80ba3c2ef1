"""Every fact points at its own words in the original file."""

from __future__ import annotations

import pytest

from drafting.ingest.normalize import normalize

from .helpers import SEEDS, seed_facts, seed_text


def _cited(text: str, prov) -> str:
    assert 0 <= prov.start < prov.end <= len(text)
    return normalize(text[prov.start : prov.end]).text


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_provenance_spans_are_the_source_words(seed):
    text = seed_text(seed)
    facts = seed_facts(seed)
    release = facts.releases[0]
    assert release.provenance is not None
    assert release.provenance.date == release.date
    cited = _cited(text, release.provenance)
    assert release.city and release.city.upper() in cited and release.wire in cited
    for org in facts.organizations:
        cited = _cited(text, org.provenance)
        assert cited.startswith(org.name)
        if org.acronym:
            assert cited == f"{org.name} ({org.acronym})"
    for fig in facts.figures:
        assert _cited(text, fig.provenance) == fig.text
        assert fig.provenance.date == release.date
    for person in facts.people:
        cited = _cited(text, person.provenance)
        assert cited.startswith(person.name + ",")
        for part in (person.title, person.organization):
            assert part is None or part in cited
    for event in facts.events:
        cited = _cited(text, event.provenance)
        assert event.name in cited
        assert event.winner is None or event.winner in cited
    for place in facts.places:
        assert _cited(text, place.provenance) == f"{place.name}, {place.country}"
    for quote in facts.quotes:
        assert _cited(text, quote.provenance) == quote.text
    for lst in facts.lists:
        cited = _cited(text, lst.provenance)
        assert all(item in cited for item in lst.items)


def test_junk_is_never_cited():
    """Nothing is read from the syndication junk (the Kalkine disclaimer names companies)."""
    seed = next(s for s in SEEDS if s.name.startswith("001"))
    facts = seed_facts(seed)
    assert not any("Kalkine" in o.name for o in facts.organizations)
    assert not any(f.text.startswith("579414") for f in facts.figures)
