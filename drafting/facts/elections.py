"""Elections: who was elected to what, and when.

"Guangzhou's successful election last year as the presidential city of Metropolis",
"Guangzhou participated in its bid for the presidential city of Metropolis in 2020
and was successfully elected", "Lyon was elected president of the Network in 2019".

Each is an event of kind "election", named by the office as written
("presidential city of Metropolis"), with the ``winner`` and the date in its
sentence (a day, a month or a year; relative dates resolved against the
release). The office must end in "of <Name>", so that it names something.
"""

from __future__ import annotations

import re

from drafting.facts.dates import SINGLE, resolve
from drafting.facts.model import Event
from drafting.facts.passage import Passage
from drafting.facts.when import find_when

_NAME = r"[A-Z][\w\-]*(?:\s+(?:(?:of|de|la|and)\s+)?[A-Z][\w\-]*){0,4}"
_OFFICE = (
    r"(?:the\s+)?(?P<office>(?:[A-Za-z][\w\-]*\s+){1,4}?of\s+(?:the\s+)?"
    r"[A-Z][\w'\-]*(?:\s+(?:of\s+)?[A-Z][\w'\-]*){0,4})"
)
_ELECTIONS = [
    # "Guangzhou's successful election last year as the presidential city of Metropolis"
    re.compile(
        rf"(?<![\w'])(?P<winner>{_NAME})'s\s+(?:\w+\s+)?(?:re-?)?election\s+"
        rf"(?:[^,.;]{{0,30}}?\s+)?as\s+{_OFFICE}"
    ),
    # "Lyon was (successfully) elected (as) president of the Network"
    re.compile(
        rf"(?<![\w'])(?P<winner>{_NAME})\s+(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:re-?)?"
        rf"elected\s+(?:as\s+)?{_OFFICE}"
    ),
    # "Guangzhou participated in its bid for the presidential city of X in 2020 and was elected"
    re.compile(
        rf"(?<![\w'])(?P<winner>{_NAME})\s+[^.;]{{0,60}}?\bbid\s+(?:for|to become)\s+{_OFFICE}"
        r"[^.;]{0,40}?\band\s+(?:was|has been)\s+(?:\w+ly\s+)?(?:re-?)?elected\b"
    ),
]
_NEAR = 160  # characters either side of the election's words searched for its date
_LEADING = frozenset(
    "The A An This That In On At Following After Since Notably He She It They We".split()
)


def find_elections(p: Passage, lo: int, hi: int, release: str | None) -> list[Event]:
    """Elections stated in the sentence ``p.text[lo:hi]``."""
    text = p.text
    out: list[Event] = []
    for rx in _ELECTIONS:
        for m in rx.finditer(text, lo, hi):
            winner, w_start = m.group("winner"), m.start("winner")
            words = winner.split()
            while words and words[0] in _LEADING:
                w_start += len(words[0]) + 1
                words = words[1:]
            if not words:
                continue
            office = m.group("office")
            if any(e.name == office and e.winner == " ".join(words) for e in out):
                continue
            out.append(
                Event(
                    name=office,
                    kind="election",
                    winner=" ".join(words),
                    start=_date(text, lo, hi, (m.start(), m.end()), release),
                    provenance=p.provenance(w_start, m.end()),
                )
            )
    return out


def _date(text: str, lo: int, hi: int, span: tuple[int, int], release: str | None) -> str | None:
    """The date inside the election's words, else the one nearest them in the sentence."""
    lo, hi = max(lo, span[0] - _NEAR), min(hi, span[1] + _NEAR)
    dates = [(w.start, w.value) for w in find_when(text, release, lo, hi)]
    for m in SINGLE.finditer(text, lo, hi):
        iso = resolve(m.group("m1"), m.group("d1"), m.group("year"), release)
        if iso:
            dates.append((m.start(), iso))
    inside = [d for d in dates if span[0] <= d[0] < span[1]]
    pool = inside or dates
    return min(pool, key=lambda d: abs(d[0] - span[0]))[1] if pool else None
