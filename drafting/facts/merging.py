"""``merge(factsets)``: one FactSet from several releases.

Facts that agree are kept once (the earliest mention is cited); facts that
disagree are all kept, each dated by its provenance, so that
:meth:`FactSet.current_figures` can pick the newest. An event joined with one
named differently in another release ("World Congress of the World Association
of Metropolis", then "World Congress of Metropolis") keeps the first name and
records the others in ``aliases``.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from drafting.facts.model import Event, FactSet, Organization, Place


def _same_org(a: Organization, b: Organization) -> bool:
    keys_a = {a.name.casefold()} | ({a.acronym.casefold()} if a.acronym else set())
    keys_b = {b.name.casefold()} | ({b.acronym.casefold()} if b.acronym else set())
    return a.name.casefold() in keys_b or b.name.casefold() in keys_a


def _event_key(ev: Event) -> tuple[str | None, str | None, str]:
    from drafting.facts.events import _head

    if ev.edition:
        return (ev.kind, ev.edition, _head(ev.name))
    return (ev.kind, None, ev.name.casefold())


def _add_names(into: Event, other: Event) -> None:
    """Keep ``other``'s names that ``into`` does not have as aliases."""
    for name in [other.name, *other.aliases]:
        if name and name not in (into.name, into.alias) and name not in into.aliases:
            into.aliases.append(name)


def _agree(a: Any, b: Any) -> bool:
    """No field that both set differs (provenance aside)."""
    for f in fields(a):
        if f.name in ("provenance", "name", "aliases"):
            continue
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, str) and isinstance(y, str):
            x, y = x.casefold(), y.casefold()
        if x is not None and y is not None and x != y:
            return False
    return True


def _fill(into: Any, other: Any) -> None:
    for f in fields(into):
        if getattr(into, f.name) is None and getattr(other, f.name) is not None:
            setattr(into, f.name, getattr(other, f.name))


def _plain(item: Any) -> dict[str, Any]:
    data = asdict(item)
    data.pop("provenance", None)
    return data


def merge(factsets: list[FactSet]) -> FactSet:
    """Union of several releases' facts, oldest release first."""

    def date_of(fs: FactSet) -> str:
        return next((r.date for r in fs.releases if r.date), "") or ""

    ordered = sorted(factsets, key=date_of)
    out = FactSet()
    for fs in ordered:
        out.releases += fs.releases
        for org in fs.organizations:
            same = next((o for o in out.organizations if _same_org(o, org)), None)
            if same is None:
                out.organizations.append(Organization(org.name, org.acronym, org.provenance))
            elif org.acronym and not same.acronym:
                same.name, same.acronym = org.name, org.acronym
        for ev in fs.events:
            same_ev = next(
                (e for e in out.events if _event_key(e) == _event_key(ev) and _agree(e, ev)), None
            )
            if same_ev is None:
                copy = Event(**{f.name: getattr(ev, f.name) for f in fields(ev)})
                copy.aliases = list(ev.aliases)
                out.events.append(copy)
            else:
                _fill(same_ev, ev)
                _add_names(same_ev, ev)
        for place in fs.places:
            if all((x.name, x.country) != (place.name, place.country) for x in out.places):
                out.places.append(Place(place.name, place.country, place.provenance))
        for kind in ("people", "quotes", "lists"):
            have = [_plain(x) for x in getattr(out, kind)]
            for item in getattr(fs, kind):
                if _plain(item) not in have:
                    getattr(out, kind).append(item)
                    have.append(_plain(item))
        out.figures += fs.figures
    return out
