"""Lists stated in a release: "topics of "A", "B" and "C"", "topics such as x, y and z".

A list is three or more items (two if quoted) after a noun and "of", "such
as", "including" or a colon; it is named by that noun. Breakdowns whose items
are all figures ("including 13 online-based activities, ...") are figures, not lists.
"""

from __future__ import annotations

import re

from drafting.facts.model import FactList
from drafting.facts.passage import Passage

_QUOTED_RUN = re.compile(
    r"(?P<noun>[\w\-]+)\s*,?\s+(?:of|such as|including|like|on|:)\s+"
    r"(?P<items>\"[^\"]+\"(?:\s*,\s*(?:and\s+)?\"[^\"]+\"|\s+and\s+\"[^\"]+\")+)"
)
_PLAIN_RUN = re.compile(r"(?P<noun>[\w\-]+)\s*,?\s+(?:such as|including)\s+(?P<items>[^.;:\"]+)")


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
        out.append(FactList(m.group("noun"), items, p.provenance(m.start("items"), m.end("items"))))
        taken.append((m.start(), m.end()))
    for m in _PLAIN_RUN.finditer(p.text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        items = _split_plain(m.group("items"))
        if len(items) < 3 or all(re.match(r"\d|one\b", x) for x in items):
            continue
        out.append(FactList(m.group("noun"), items, p.provenance(m.start("items"), m.end("items"))))
    return out
