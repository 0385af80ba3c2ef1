"""Places named with their country: "In the city of Iztapalapa, Mexico, ...".

A place is one to four capitalised words, a comma and a country from
:data:`~drafting.facts.countries.COUNTRIES`, with no more capitalised words
after the country ("Mexico City" is not Mexico). A place that is itself a
country ("Mexico, Canada and Peru") is not one; the dateline's city is in the
release, not here.
"""

from __future__ import annotations

import re

from drafting.facts.countries import COUNTRIES
from drafting.facts.model import Place
from drafting.facts.names import LEADING
from drafting.facts.passage import Passage

_COUNTRY = "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True))
_PLACE = re.compile(
    r"(?<![\w'.\-])(?P<name>[^\W\d_][\w'\-.]*(?:\s+(?:(?:de|del|la|le|upon|on|am)\s+)?"
    r"[^\W\d_][\w'\-.]*){0,3}),\s+"
    rf"(?P<country>{_COUNTRY})(?![\w\-])(?!\s+[A-Z])"
)
_COUNTRY_SET = frozenset(c.casefold() for c in COUNTRIES)


def find_places(p: Passage) -> list[Place]:
    """``City, Country`` places in one passage, in order."""
    out: list[Place] = []
    for m in _PLACE.finditer(p.text):
        words = m.group("name").split()
        start = m.start("name")
        while words and (words[0] in LEADING or not words[0][0].isupper()):
            start = p.text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        if not words or any(
            not w[0].isupper() and w not in ("de", "del", "la", "le", "upon", "on", "am")
            for w in words
        ):
            continue
        name = " ".join(words)
        if name.casefold() in _COUNTRY_SET:
            continue
        out.append(Place(name, m.group("country"), p.provenance(start, m.end("country"))))
    return out
