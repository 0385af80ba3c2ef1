"""Lists stated in a release: "topics of "A", "B" and "C"", "topics such as x, y and z".

A list is three or more items (two if quoted) after a noun and "of", "such
as", "including" or a colon; it is named by what the sentence says the items are:

- the noun before the marker ("topics such as ...");
- two plural nouns joined by "and" are both the name ("programs and platforms including ...");
- after ", such as" (a comma: the examples are of something said earlier), the
  plural object of a verb of making earlier in the clause, when a "to/that/which"
  clause runs from it to the comma: "develop platforms to facilitate
  communications between ... organizations, such as A, B and C" is a list of
  platforms, not organisations; "develop programs for cities, such as A, B and
  C" stays a list of cities.

Breakdowns whose items are all figures ("including 13 online-based activities,
...") are figures, not lists.
"""

from __future__ import annotations

import re

from drafting.facts.model import FactList
from drafting.facts.passage import Passage

_QUOTED_RUN = re.compile(
    r"(?P<noun>[\w\-]+)\s*,?\s+(?:of|such as|including|like|on|:)\s+"
    r"(?P<items>\"[^\"]+\"(?:\s*,\s*(?:and\s+)?\"[^\"]+\"|\s+and\s+\"[^\"]+\")+)"
)
_PLAIN_RUN = re.compile(
    r"(?P<noun>[\w\-]+)(?P<comma>\s*,)?\s+(?:such as|including)\s+(?P<items>[^.;:\"]+)"
)
_PAIR = re.compile(r"\b(?P<pair>[a-z]+s\s+and\s+)$")
_MAKE = re.compile(
    r"\b(?:develop|launch|establish|create|set up|build|introduce|run|form|organi[sz]e)"
    r"(?:s|es|ed|d|ing)?\s+(?:(?:a|the|new|several|many|various|numerous|some|its|their|our)\s+)?"
    r"(?P<noun>[a-z]+s)\s+(?:to|that|which)\b"
)
_CLAUSE_START = re.compile(r".*(?:^|[.;:!?]\s)", re.S)


def _name(text: str, m: re.Match[str]) -> str:
    """What the list's items are, as the sentence says (see the module docstring)."""
    noun = m.group("noun")
    before = text[max(0, m.start("noun") - 200) : m.start("noun")]
    if m.groupdict().get("comma"):
        clause = before[_CLAUSE_START.match(before).end() :]  # type: ignore[union-attr]
        made = _MAKE.search(clause)
        if made:
            return made.group("noun")
    pair = _PAIR.search(before)
    if pair and noun.endswith("s") and not noun.endswith("ss"):
        return pair.group("pair") + noun
    return noun


def _split_plain(items: str) -> list[str]:
    parts = [x.strip() for x in items.split(",")]
    if parts and parts[-1].startswith("and "):
        parts[-1] = parts[-1][4:]
    elif parts and " and " in parts[-1]:
        head, _, tail = parts[-1].rpartition(" and ")
        parts[-1:] = [head.strip(), tail.strip()]
    return [x for x in parts if x]


def find_lists(p: Passage) -> list[FactList]:
    out = []
    taken: list[tuple[int, int]] = []
    for m in _QUOTED_RUN.finditer(p.text):
        items = re.findall(r"\"([^\"]+)\"", m.group("items"))
        out.append(
            FactList(_name(p.text, m), items, p.provenance(m.start("items"), m.end("items")))
        )
        taken.append((m.start(), m.end()))
    for m in _PLAIN_RUN.finditer(p.text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        items = _split_plain(m.group("items"))
        if len(items) < 3 or all(re.match(r"\d|one\b", x) for x in items):
            continue
        out.append(
            FactList(_name(p.text, m), items, p.provenance(m.start("items"), m.end("items")))
        )
    return out
