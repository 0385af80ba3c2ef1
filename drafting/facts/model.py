"""The facts drafting knows, each with where it came from.

This is the contract between extraction (``drafting facts``), drafting, lint
(fact consistency) and translation. A facts file is YAML or JSON of
:meth:`FactSet.to_dict`; :func:`FactSet.from_dict` reads it back.

Shape of one release's facts (``--format json``)::

    {"release": {"file", "headline", "subheads", "city", "country", "date", "wire",
                 "source", "provenance"},
     "organizations": [{"name", "acronym", "provenance"}],
     "figures": [{"value", "value_to", "unit", "qualifier", "text", "subject", "as_of",
                  "provenance"}],
     "people": [{"name", "title", "organization", "provenance"}],
     "events": [{"name", "edition", "theme", "start", "end", "venue", "format",
                 "provenance", "alias", "aliases", "kind", "organizer", "winner"}],
     "quotes": [{"text", "speaker", "provenance"}],
     "lists": [{"name", "items", "provenance"}],
     "places": [{"name", "country", "provenance"}]}

The fields named in the published shape (release: headline, city, country,
date, wire, source; organizations: name, acronym; figures: value, unit,
qualifier, text; people: name, title, organization; events: name, theme,
start, end, venue) are always written, as null when unknown, so consumers can
rely on them. Other fields that are None, and an empty ``aliases``, are left
out; ``places`` may be missing from files written before it existed.

A merged file (``--merge``) has ``"releases": [release, ...]`` instead of
``"release"``, and the other lists hold the union; figures that disagree are
all kept, each with its release date, and :meth:`FactSet.current_figures`
picks the newest.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Provenance:
    """Where a fact was read: file, code-point span [start, end) and the release date."""

    file: str
    start: int
    end: int
    date: str | None = None  # ISO date of the release the fact comes from


@dataclass
class Release:
    file: str
    headline: str | None = None
    subheads: list[str] = field(default_factory=list)
    city: str | None = None
    country: str | None = None
    date: str | None = None  # YYYY-MM-DD
    wire: str | None = None  # e.g. "PRNewswire"
    source: str | None = None  # the SOURCE line's organisation
    provenance: Provenance | None = None  # span of the dateline


@dataclass
class Organization:
    name: str
    acronym: str | None = None
    provenance: Provenance | None = None


@dataclass
class Figure:
    value: float | int
    unit: str  # what is counted: "representatives", "cities", "guests", ...
    qualifier: str | None = None  # "over", "nearly", "more than", ...
    text: str = ""  # the words as written: "over 800 representatives"
    subject: str | None = None  # what the figure belongs to, when known (an event name)
    provenance: Provenance | None = None
    as_of: str | None = None  # ISO date the release says the figure holds at ("as of November 3")
    # upper end of a range: "between the ages of 5 and 14" is value 5, value_to 14
    value_to: float | int | None = None


@dataclass
class Person:
    name: str
    title: str | None = None
    organization: str | None = None
    provenance: Provenance | None = None


@dataclass
class Event:
    name: str
    edition: str | None = None  # "2023", "13th", "6th"
    theme: str | None = None
    # YYYY-MM-DD; for an event with a ``kind`` also YYYY-MM or YYYY when the release
    # gives no day ("launched last May" -> "2021-05")
    start: str | None = None
    end: str | None = None  # YYYY-MM-DD
    venue: str | None = None
    format: str | None = None  # "hybrid", "online", "offline"
    provenance: Provenance | None = None
    alias: str | None = None  # short name given in the release: "Guangzhou Award"
    # other names the event goes by: "Metropolis World Congress" for "World Congress of Metropolis"
    aliases: list[str] = field(default_factory=list)
    # None for a meeting (forum, congress, award); else the word the release uses for what it
    # is: "platform", "contest", "initiative", "programme", ... or "election"
    kind: str | None = None
    organizer: str | None = None  # who launched or established it ("Metropolis launched ...")
    winner: str | None = None  # an election's: who was elected ("Guangzhou")


@dataclass
class Quote:
    text: str
    speaker: str | None = None
    provenance: Provenance | None = None


@dataclass
class FactList:
    """A named list stated in a release, such as the sub-forum topics."""

    name: str
    items: list[str]
    provenance: Provenance | None = None


@dataclass
class Place:
    """A place named with its country in the body: "Iztapalapa, Mexico"."""

    name: str
    country: str | None = None
    provenance: Provenance | None = None


_KINDS: dict[str, type] = {
    "organizations": Organization,
    "figures": Figure,
    "people": Person,
    "events": Event,
    "quotes": Quote,
    "lists": FactList,
    "places": Place,
}


def _item_from_dict(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"unknown field(s) {sorted(unknown)} in {cls.__name__.lower()}")
    kwargs = dict(data)
    if "aliases" in kwargs and kwargs["aliases"] is None:
        del kwargs["aliases"]  # "aliases:" with nothing after it in YAML
    prov = kwargs.get("provenance")
    if isinstance(prov, dict):
        kwargs["provenance"] = Provenance(**prov)
    return cls(**kwargs)


def _drop_none(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {
            k: _drop_none(v)
            for k, v in obj.items()
            if v is not None and not (k == "aliases" and v == [])
        }
    if isinstance(obj, list):
        return [_drop_none(v) for v in obj]
    return obj


#: Keys written even when None: the shape promised to consumers of ``--format json``.
CORE_KEYS: dict[str, tuple[str, ...]] = {
    "release": ("headline", "city", "country", "date", "wire", "source"),
    "organizations": ("name", "acronym"),
    "figures": ("value", "unit", "qualifier", "text"),
    "people": ("name", "title", "organization"),
    "events": ("name", "theme", "start", "end", "venue"),
}


def _with_core_keys(kind: str, item: dict[str, Any]) -> dict[str, Any]:
    """``item`` with every core key of ``kind`` present, core keys first."""
    core = CORE_KEYS.get(kind, ())
    return {**{k: item.get(k) for k in core}, **item}


@dataclass
class FactSet:
    """All facts from one release, or merged from several."""

    releases: list[Release] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    lists: list[FactList] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)

    # -- serialisation -------------------------------------------------
    def to_dict(self, *, single: bool = False) -> dict[str, Any]:
        """Plain data for YAML/JSON; ``single`` writes ``release`` instead of ``releases``."""
        out: dict[str, Any] = {}
        releases = [_with_core_keys("release", _drop_none(asdict(r))) for r in self.releases]
        if single and len(releases) == 1:
            out["release"] = releases[0]
        else:
            out["releases"] = releases
        for kind in _KINDS:
            out[kind] = [_with_core_keys(kind, _drop_none(asdict(x))) for x in getattr(self, kind)]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FactSet:
        """Build from :meth:`to_dict` output; raises ValueError on a malformed shape."""
        if not isinstance(data, dict):
            raise ValueError("top level must be a mapping")
        raw_releases = data.get("releases")
        if raw_releases is None and "release" in data:
            raw_releases = [data["release"]]
        releases = [_item_from_dict(Release, r) for r in (raw_releases or [])]
        kwargs: dict[str, Any] = {"releases": releases}
        for kind, kind_cls in _KINDS.items():
            items = data.get(kind) or []
            if not isinstance(items, list):
                raise ValueError(f"'{kind}' must be a list")
            kwargs[kind] = [_item_from_dict(kind_cls, x) for x in items]
        unknown = set(data) - set(_KINDS) - {"release", "releases"}
        if unknown:
            raise ValueError(f"unknown section(s) {sorted(unknown)}")
        return cls(**kwargs)

    # -- views used by draft and lint -----------------------------------
    def organization(self, key: str) -> Organization | None:
        """The organisation whose name or acronym is ``key`` (case-insensitive)."""
        k = key.casefold()
        for org in self.organizations:
            if org.name.casefold() == k or (org.acronym and org.acronym.casefold() == k):
                return org
        return None

    def current_figures(self) -> list[Figure]:
        """One figure per (subject, unit): the one from the newest release wins."""
        best: dict[tuple[str | None, str], Figure] = {}
        for fig in self.figures:
            key = (fig.subject, fig.unit)
            old = best.get(key)
            date = fig.provenance.date if fig.provenance else None
            old_date = old.provenance.date if old and old.provenance else None
            if old is None or (date or "") >= (old_date or ""):
                best[key] = fig
        return list(best.values())

    def known_names(self) -> set[str]:
        """Every proper name the facts hold: organisations, acronyms, people, events, places."""
        names: set[str] = set()
        for org in self.organizations:
            names.add(org.name)
            if org.acronym:
                names.add(org.acronym)
        for p in self.people:
            names.add(p.name)
        for e in self.events:
            names.add(e.name)
            names.update(x for x in (e.alias, e.venue, e.organizer, e.winner) if x)
            names.update(e.aliases)
        for place in self.places:
            names.update(x for x in (place.name, place.country) if x)
        for r in self.releases:
            names.update(x for x in (r.city, r.country, r.source) if x)
        return names
