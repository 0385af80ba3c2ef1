"""``extract_facts(doc)``: every fact one release states, each with its provenance.

Pure: a :class:`~drafting.ingest.Document` in, a :class:`FactSet` out. Passages
are read in order so that references ("the Forum", "he") resolve to what came
before, and each figure is tied to the event (or organisation) its sentence
is about.
"""

from __future__ import annotations

import re

from drafting.facts.dates import SINGLE, resolve
from drafting.facts.elections import find_elections
from drafting.facts.events import EventTracker, Mention, event_key
from drafting.facts.figures import find_figures
from drafting.facts.initiatives import find_initiatives, launch_date, organizer
from drafting.facts.lists import find_lists
from drafting.facts.model import (
    Event,
    FactSet,
    Figure,
    Organization,
    Person,
    Place,
    Quote,
    Release,
)
from drafting.facts.organizations import find_organizations
from drafting.facts.passage import Passage, passages
from drafting.facts.people import find_people_and_orgs
from drafting.facts.places import find_places
from drafting.facts.quotes import find_quotes
from drafting.ingest.document import Document
from drafting.ingest.normalize import normalize
from drafting.ingest.sections import SOURCE_LINE


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
        line = norm(doc.source.text)
        m = SOURCE_LINE.match(line)  # "SOURCE Acme", "FUENTE Acme", "消息来源：Acme"
        rel.source = line[m.end() - 1 :].strip() if m else None
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
    places: list[Place] = []
    initiatives: list[Event] = []
    for p in parts:
        named = tracker.read_names(p)
        orgs += find_organizations(p)
        for person, org in find_people_and_orgs(p):
            if all(x.name != person.name for x in people):
                people.append(person)
            if org:
                orgs.append(org)
        if p.kind != "source":
            for place in find_places(p):
                if all((x.name, x.country) != (place.name, place.country) for x in places):
                    places.append(place)
            named = sorted(
                named + _initiatives(p, tracker, orgs, places, initiatives),
                key=lambda mn: mn.start,
            )
        quotes += find_quotes(p, people)
        facts.lists += find_lists(p)
        figures = find_figures(p)
        para_subject: str | None = None
        for lo, hi in p.sentences():
            mentions = tracker.refs(p, lo, hi, named)
            tracker.read_details(p, lo, hi, mentions)
            tracker.read_occasions(p, lo, hi)
            if p.kind == "paragraph":
                for ev in find_elections(p, lo, hi, doc.date):
                    tracker.add(ev)
            sentence_subject = _org_subject(p.text[lo:hi], orgs, facts)
            as_of = _as_of(p.text[lo:hi], doc.date)
            for fig in (f for f in figures if lo <= f.start < hi):
                subject = _subject(fig.start, mentions, sentence_subject or para_subject)
                if re.match(r"\s+ago\b", p.text[fig.end :]):
                    subject = None  # "36 years ago": time since something, not the event's count
                facts.figures.append(
                    Figure(
                        value=fig.value,
                        value_to=fig.value_to,
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
    taken = {n.casefold() for ev in initiatives for n in (ev.name, ev.alias) if n}
    facts.organizations = [
        o
        for o in _dedupe_orgs(orgs)
        if o.name.casefold() not in taken and (o.acronym or "").casefold() not in taken
    ]  # "established Urban Sustainable Experiences (USE)": a programme, not an organisation
    facts.places = places
    facts.people = people
    facts.quotes = quotes
    facts.events = tracker.events
    return facts


def _initiatives(
    p: Passage,
    tracker: EventTracker,
    orgs: list[Organization],
    places: list[Place],
    seen: list[Event],
) -> list[Mention]:
    """Initiatives, platforms and contests named in ``p``, recorded as events with a kind."""
    known = {x for o in orgs for x in (o.name, o.acronym) if x}
    not_names = known | {x for pl in places for x in (pl.name, pl.country) if x}
    not_names |= {ev.name for ev in tracker.events if not ev.kind}
    dateline = p.doc.dateline
    if dateline:  # "the Guangzhou initiative" is the city's, not a name
        not_names |= {x for x in (dateline.city, dateline.country) if x}
    out: list[Mention] = []
    sentences = p.sentences()
    for f in find_initiatives(p.text, not_names):
        lo, hi = next(((a, b) for a, b in sentences if a <= f.start < b), (0, len(p.text)))
        ev = tracker.add(
            Event(
                name=f.name,
                kind=f.kind,
                alias=f.alias,
                organizer=organizer(p.text[max(lo, f.start - 300) : f.start], sorted(known)),
                start=launch_date(p.text, lo, hi, f, tracker.release_date),
                provenance=p.provenance(f.start, f.end),
            )
        )
        if ev not in seen:
            seen.append(ev)
        out.append(Mention(ev, f.start, f.end))
    return out


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
