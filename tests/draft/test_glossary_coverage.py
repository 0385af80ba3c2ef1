"""Every organisation, event, venue, person and title the seeds' facts hold has zh and es forms."""

from __future__ import annotations

import re
from pathlib import Path

from drafting.facts.store import load_facts
from drafting.i18n.glossary import load_glossary


def _title_parts(title: str) -> list[str]:
    """The titles in "Advisor to X and Executive Director": capitalised parts only."""
    parts = [re.sub(r"^(?:the|a|an)\s+", "", p.strip()) for p in re.split(r",|\band\b", title)]
    return [p for p in parts if p[:1].isupper()]


def test_seed_names_are_all_in_the_glossary(seed_facts: Path) -> None:
    facts = load_facts(seed_facts)
    glossary = load_glossary()
    names = {o.name for o in facts.organizations} | {
        o.acronym for o in facts.organizations if o.acronym
    }
    names |= {e.name for e in facts.events} | {e.venue for e in facts.events if e.venue}
    names |= {e.alias for e in facts.events if getattr(e, "alias", None)}
    names |= {a for e in facts.events for a in getattr(e, "aliases", None) or []}
    for place in getattr(facts, "places", None) or []:
        names |= {x for x in (place.name, place.country) if x}
    names |= {p.name for p in facts.people}
    names |= {x for r in facts.releases for x in (r.city, r.country, r.wire, r.source) if x}
    assert len(names) > 20
    missing = []
    for name in sorted(names):
        term = glossary.get(name)
        if term is None or not (term.zh and term.es):
            missing.append(name)
    for person in facts.people:
        if not person.title:
            continue
        for part in _title_parts(person.title):
            org = person.organization
            forms = [part, f"{part} of {org}", f"{part} of the {org}"]
            if not any(glossary.get(f) for f in forms):
                missing.append(f"{part} ({org})")
    assert missing == []
