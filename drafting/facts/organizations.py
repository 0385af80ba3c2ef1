"""Organisations: "United Cities and Local Governments (UCLG)", "Guangzhou Foreign Affairs Office".

Two signals: a name followed by its acronym in brackets (the acronym's letters
must match the name's capitals, or the short name must echo the long one), and
a proper-name phrase whose head is an organisation word.
"""

from __future__ import annotations

import re

from drafting.facts.model import Organization
from drafting.facts.names import CONNECTORS, proper_phrases
from drafting.facts.passage import Passage

ORG_HEADS = frozenset(
    "Office Government Governments Municipality Association Organization Organisation Institute "
    "University Council Committee Ministry Department Bureau Agency Commission Foundation "
    "Federation Union Company Corporation Group Limited Ltd Inc Society Secretariat Authority "
    "Nations Bank Network".split()
)
TITLE_WORDS = frozenset(
    "Secretary-General Secretary Director-General Director Advisor Adviser President "
    "Vice-President Chair Chairman Chairwoman Chairperson Mayor Deputy Minister Chief CEO Head "
    "Representative Manager Officer Governor Founder Professor Spokesperson Ambassador Consul "
    "Consul-General Executive General Commissioner Coordinator Dean".split()
)
_NAME_WINDOW = 300  # characters before "(ACRONYM)" searched for its name
_ACRONYM = re.compile(r"\s\((?P<acr>[A-Z][A-Za-z&.\-]{1,20})\)")


def _capitals(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper())


def _fit_acronym(words: list[str], acr: str) -> int | None:
    """Index of the word where the name for ``acr`` starts, or None if none fits."""
    for i in range(len(words)):
        if not words[i][0].isupper():
            continue
        tail = words[i:]
        if acr.isupper() and _capitals(tail) == acr.replace(".", "").replace("&", ""):
            return i
    if not acr.isupper():  # a short name: "(Metropolis)" for "... Major Metropolises"
        stem = acr[:6].lower()
        if any(w.lower().startswith(stem) for w in words):
            i = 0
            while i < len(words) and words[i] in CONNECTORS:
                i += 1
            return i if i < len(words) else None
    return None


EVENT_HEADS = frozenset(
    "Forum Congress Summit Conference Award Awards Festival Expo Exhibition Fair Games "
    "Symposium Meeting Assembly".split()
)


def _strip_title(words: tuple[str, ...]) -> int:
    """Index after a title or event in front of an organisation: "Secretary-General of the X"."""
    cut = 0
    for i, w in enumerate(words):
        if (w in TITLE_WORDS or w in EVENT_HEADS) and i + 1 < len(words) and words[i + 1] == "of":
            cut = i + 2
    while cut < len(words) and words[cut] in CONNECTORS:
        cut += 1
    return cut


def find_organizations(p: Passage) -> list[Organization]:
    """Organisations named in one passage, with acronyms where given."""
    text = p.text
    found: list[Organization] = []
    for m in _ACRONYM.finditer(text):
        base = max(0, m.start() - _NAME_WINDOW)  # a name is never longer: no quadratic look-back
        if base:
            base = text.find(" ", base, m.start()) + 1 or m.start()
        head = text[base : m.start()]
        phrases = [ph for ph in proper_phrases(head) if ph.end == len(head)]
        if not phrases:
            continue
        ph = phrases[-1].split()[-1]
        i = _fit_acronym(list(ph.words), m.group("acr"))
        if i is None:
            continue
        start = base + ph.starts[i]
        found.append(
            Organization(
                name=text[start : m.start()],
                acronym=m.group("acr"),
                provenance=p.provenance(start, m.end()),
            )
        )
    for whole in proper_phrases(text):
        for ph in whole.split():
            cut = _strip_title(ph.words)
            if cut >= len(ph.words) or not any(w in ORG_HEADS for w in ph.words[cut:]):
                continue
            org = ph.sub(cut)
            found.append(Organization(name=org.text, provenance=p.provenance(org.start, org.end)))
    return found
