"""``extract_facts(doc)``: every fact one release states, each with its provenance.

Pure: a :class:`~drafting.ingest.Document` in, a :class:`FactSet` out. Passages
are read in order so that references ("the Forum", "he") resolve to what came
before, and each figure is tied to the event (or organisation) its sentence
is about.
"""

from __future__ import annotations

import re

from drafting.facts.dates import SINGLE, resolve
from drafting.facts.events import EventTracker, Mention, event_key
from drafting.facts.figures import find_figures
from drafting.facts.lists import find_lists
from drafting.facts.model import FactSet, Figure, Organization, Person, Quote, Release
from drafting.facts.organizations import find_organizations
from drafting.facts.passage import Passage, passages
from drafting.facts.people import find_people_and_orgs
from drafting.facts.quotes import find_quotes
from drafting.ingest.document import Document
from drafting.ingest.normalize import normalize

_SOURCE = re.compile(r"SOURCE\s+(?P<org>.+)")


def _release(doc: Document) -> Release:
    def norm(text: str) -> str:
        return normalize(text).text

    rel = Release(
        file=doc.file,
        headline=norm(doc.headline.text) if doc.headline else None,
        subheads=[norm(s.text) for s in doc.subheads],
    )
    if doc.dateline:
        dl = doc.dateline
        rel.city, rel.country, rel.date, rel.wire = dl.city, dl.country, dl.date, dl.wire
        a, b = doc.to_source(dl.span.start, dl.span.end)
        from drafting.facts.model import Provenance

        rel.provenance = Provenance(doc.file, a, b, dl.date)
    if doc.source:
        m = _SOURCE.match(norm(doc.source.text))
        rel.source = m.group("org").strip() if m else None
    return rel


def _dedupe_orgs(orgs: list[Organization]) -> list[Organization]:
    """One entry per name; an acronym or a short name already known is not a new organisation."""
    out: list[Organization] = []
    for org in orgs:
        key = org.name.casefold()
        same = next(
            (
                o
                for o in out
                if o.name.casefold() == key or (o.acronym and o.acronym.casefold() == key)
            ),
            None,
        )
        if same is None:
            out.append(org)
        elif org.acronym and not same.acronym:
            same.acronym, same.provenance = org.acronym, org.provenance
    return out


def _subject(start: int, mentions: list[Mention], fallback: str | None) -> str | None:
    """What a figure at ``start`` belongs to: the event its sentence names, else ``fallback``."""
    before = [mn for mn in mentions if mn.start < start]
    if before:
        return event_key(before[-1].event)
    if mentions:
        return event_key(mentions[0].event)
    return fallback


def extract_facts(doc: Document) -> FactSet:
    """All facts stated in one release (pure)."""
    facts = FactSet(releases=[_release(doc)])
    tracker = EventTracker(doc.date)
    parts = passages(doc)
    for p in parts:  # first pass: learn the events that have an edition
        tracker.read_names(p, new_plain=False)
    orgs: list[Organization] = []
    people: list[Person] = []
    quotes: list[Quote] = []
    for p in parts:
        named = tracker.read_names(p)
        orgs += find_organizations(p)
        for person, org in find_people_and_orgs(p):
            if all(x.name != person.name for x in people):
                people.append(person)
            if org:
                orgs.append(org)
        quotes += find_quotes(p, people)
        facts.lists += find_lists(p)
        figures = find_figures(p)
        para_subject: str | None = None
        for lo, hi in p.sentences():
            mentions = tracker.refs(p, lo, hi, named)
            tracker.read_details(p, lo, hi, mentions)
            tracker.read_occasions(p, lo, hi)
            sentence_subject = _org_subject(p.text[lo:hi], orgs, facts)
            as_of = _as_of(p.text[lo:hi], doc.date)
            for fig in (f for f in figures if lo <= f.start < hi):
                subject = _subject(fig.start, mentions, sentence_subject or para_subject)
                if re.match(r"\s+ago\b", p.text[fig.end :]):
                    subject = None  # "36 years ago": time since something, not the event's count
                facts.figures.append(
                    Figure(
                        value=fig.value,
                        unit=fig.unit,
                        qualifier=fig.qualifier,
                        text=p.text[fig.start : fig.end],
                        subject=subject,
                        provenance=p.provenance(fig.start, fig.end),
                        as_of=as_of,
                    )
                )
            if mentions:
                para_subject = event_key(mentions[-1].event)
            elif sentence_subject:
                para_subject = sentence_subject
    if doc.source and facts.releases[0].source:
        src = Passage("source", normalize(doc.source.text, base=doc.source.start), doc)
        at = src.text.index(facts.releases[0].source)
        orgs.append(
            Organization(facts.releases[0].source, provenance=src.provenance(at, len(src.text)))
        )
    facts.organizations = _dedupe_orgs(orgs)
    facts.people = people
    facts.quotes = quotes
    facts.events = tracker.events
    return facts


_AS_OF = re.compile(r"\bas of\s+" + SINGLE.pattern[2:], re.I)


def _as_of(sentence: str, release: str | None) -> str | None:
    """The date in "as of November 3", resolved against the release date."""
    m = _AS_OF.search(sentence)
    return resolve(m.group("m1"), m.group("d1"), m.group("year"), release) if m else None


def _org_subject(sentence: str, orgs: list[Organization], facts: FactSet) -> str | None:
    """The organisation a sentence is about, when it opens the sentence ("Metropolis has ...")."""
    for org in orgs:
        for name in (org.acronym, org.name):
            if name and re.match(rf"{re.escape(name)}\b(?!\s*\()", sentence):
                return org.acronym or org.name
    return None
