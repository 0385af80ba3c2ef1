"""Shared by the DR6xx fact rules: example facts, a per-FactSet cache, event lookup.

The fact rules (``facts_figures``, ``facts_names``, ``facts_acronyms``, ``facts_dates``)
check copy against what ``drafting facts`` extracted; every finding cites the fact it
was checked against, so the editor can see which source is right.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from drafting.text.lazy import lazy

if TYPE_CHECKING:  # the model is imported only when facts are given (or examples run)
    from drafting.facts.model import Event, FactSet


def _example_facts() -> FactSet:
    """The facts the DR6xx rules' examples are checked against (tests, docs)."""
    from drafting.facts.model import (
        Event,
        FactSet,
        Figure,
        Organization,
        Person,
        Provenance,
        Release,
    )

    return FactSet(
        releases=[Release(file="x.txt", city="Guangzhou", country="China", date="2023-12-11")],
        organizations=[
            Organization(
                "Chinese People's Association for Friendship with Foreign Countries", "CPAFFC"
            ),
            Organization("United Cities and Local Governments", "UCLG"),
        ],
        figures=[
            Figure(
                800,
                "representatives",
                "over",
                "over 800 representatives",
                "2023 Global Mayors' Forum",
                Provenance("x.txt", 0, 10, "2023-12-11"),
            ),
            Figure(65, "cities", None, "65 cities", "2023 Global Mayors' Forum"),
            Figure(
                274,
                "initiatives",
                None,
                "274 initiatives",
                "6th Guangzhou International Award for Urban Innovation",
                Provenance("y.txt", 0, 10, "2023-12-15"),
            ),
        ],
        people=[Person("Octavi de la Varga", "Secretary-General", "Metropolis")],
        events=[
            Event("Global Mayors' Forum", "2023", start="2023-12-08", end="2023-12-10"),
            Event(
                "Guangzhou International Award for Urban Innovation",
                "6th",
                alias="Guangzhou Award",
            ),
            Event("Rethink Metropolitan Spaces", start="2021-05", kind="initiative"),
            Event(
                "Metropolises through Children's Eyes",
                start="2020-07",
                end="2020-10",
                kind="contest",
            ),
            Event("presidential city of Metropolis", start="2020", kind="election"),
        ],
    )


def __getattr__(name: str) -> object:
    """``EXAMPLE_FACTS``, built on first use: linting without facts never needs them."""
    if name == "EXAMPLE_FACTS":
        globals()[name] = value = _example_facts()
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: a year as editions and dates write it: a figure that is one counts nothing, and a
#: paragraph without one states no month and year
YEAR = lazy(r"(?:19|20)\d\d")

_MEMO: dict[tuple[int, str], tuple[FactSet, object]] = {}


def memo(facts: FactSet, key: str, build):  # type: ignore[no-untyped-def]
    """Per-FactSet cache (a FactSet is mutable, so not hashable): indexes built once per run."""
    hit = _MEMO.get((id(facts), key))
    if hit is None or hit[0] is not facts:
        hit = _MEMO[(id(facts), key)] = (facts, build(facts))
    return hit[1]


def events_in(text: str, events: Iterable[Event], folded: str | None = None) -> list[Event]:
    """The ``events`` that ``text`` names, with their edition when they have one
    (``folded``: ``text.casefold()``, when the caller has it)."""
    low = text.casefold() if folded is None else folded
    return [
        e
        for e in events
        if e.name.casefold() in low and (not e.edition or e.edition.casefold() in low)
    ]
