"""People with their titles: "Octavi de la Varga, Secretary-General of Metropolis".

A person is a capitalised name (particles such as "de la" allowed) followed by
an appositive that holds a title word; the organisation is what the last
"of (the)" in the title names.
"""

from __future__ import annotations

import re

from drafting.facts.model import Organization, Person
from drafting.facts.organizations import TITLE_WORDS
from drafting.facts.passage import Passage

_PARTICLE = r"(?:de|la|del|van|von|der|den|da|dos|du|bin|al|le|di)"
_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,3}}"
_TITLE_WORD = "|".join(sorted((re.escape(w) for w in TITLE_WORDS), key=len, reverse=True))
_PERSON = re.compile(
    rf"(?<![\w'])(?P<name>{NAME}),\s+(?P<title>(?:(?:a|an|the)\s+)?[^,;.\"]*?"
    rf"\b(?:{_TITLE_WORD}|representative|spokesperson|founder|head)\b[^,;\"]*?)"
    rf"(?=,|;|\.(?:\s|$)|\s+said\b|\s+and\s+{NAME},\s+[^,;]*?\b(?:{_TITLE_WORD})\b|$)"
)
_ORG_TAIL = re.compile(r"\s+(?:of|at|for)\s+(?:the\s+)?(?P<org>[A-Z][^,;]*)$")
_NOT_NAMES = frozenset({"The", "In", "On", "This", "According", "During", "Notably", "Under"})


def find_people(p: Passage) -> list[Person]:
    """People introduced with a title in one passage."""
    return [person for person, _ in find_people_and_orgs(p)]


def find_people_and_orgs(p: Passage) -> list[tuple[Person, Organization | None]]:
    """People with a title, each with the organisation the title names (cited on its own)."""
    out: list[tuple[Person, Organization | None]] = []
    for m in _PERSON.finditer(p.text):
        name, title = m.group("name"), m.group("title").strip()
        if name.split()[0] in _NOT_NAMES:
            continue
        org, org_item = None, None
        tail = _ORG_TAIL.search(title)
        if tail:
            org = tail.group("org").strip()
            title = title[: tail.start()].strip()
            at = m.start("title") + tail.start("org")
            org_item = Organization(name=org, provenance=p.provenance(at, at + len(org)))
        person = Person(
            name=name,
            title=title or None,
            organization=org,
            provenance=p.provenance(m.start(), m.end()),
        )
        out.append((person, org_item))
    return out
