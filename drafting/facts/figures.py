"""Figures: a value, the unit counted and a qualifier, as the release states them.

"over 800 representatives", "nearly 600 Chinese and international guests",
"274 initiatives from 193 cities and regions of 54 countries" (three figures),
"540,000 square meters", "a population of over one million", "three-day event".
Numbers that are dates, years, editions or parts of names are not figures.

An age range ("between the ages of 5 and 14", "aged 5 to 14", "5-14 years old")
is one figure: value 5, ``value_to`` 14, unit "years of age".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.facts.dates import RANGE, SINGLE
from drafting.facts.numbers import NUMBER, parse_number
from drafting.facts.passage import Passage

QUALIFIERS = (
    "more than|over|nearly|almost|about|around|approximately|at least|up to|some|less than|"
    "fewer than|close to|under|roughly|first|last|next|past"
)
_FIGURE = re.compile(
    rf"(?<![\w\-.,])(?:(?P<qual>{QUALIFIERS})\s+)?(?P<num>{NUMBER})(?![\w,]|\.\d)", re.I
)
_DAY_UNIT = re.compile(r"-(?P<unit>day|week|month|year|hour|minute)s?\b", re.I)
_UNIT_WORD = re.compile(r"\s+(?P<w>[A-Za-z][\w'\-]*)")
# Words that end a unit phrase (prepositions, verbs, relatives ...).
_BOUNDARY = frozenset(
    "in of from to representing including among were was have has had will is are at with for "
    "who which that between around across on by said since ago as the a an be been into than "
    "under over per each this these those it its their and or".split()
)
_NOT_UNIT = frozenset("of one's another".split())
_NAME_BEFORE = re.compile(
    r"\b(?:Article|No|Number|Section|Chapter|Room|Covid|COVID|Level|Phase)\.?\s*$"
)
_LOOKBACK_UNIT = re.compile(
    rf"\b(?P<noun>[a-z]+)\s+of\s+(?:(?:{QUALIFIERS})\s+)?(?:(?:{NUMBER})\s+(?:and|or|to)\s+)?$",
    re.I,
)
_LOOKBACK = 80  # characters looked at before a number ("a population of over ...")
_DEMONYM_PAIR = re.compile(r"^[A-Z][a-z]+ and [A-Za-z]+ (?P<rest>.+)$")


@dataclass
class RawFigure:
    value: int | float
    unit: str
    qualifier: str | None
    start: int
    end: int
    value_to: int | float | None = None


_AGE = r"\d{1,3}"
_AGE_RANGES = [
    re.compile(
        rf"\b(?P<qual>between\s+)?(?:the\s+)?ages?\s+(?:of\s+)?(?P<a>{_AGE})\s*"
        rf"(?:and|to|-|\u2013)\s*(?P<b>{_AGE})(?![\d,.]\d)\b",
        re.I,
    ),
    re.compile(
        rf"\baged\s+(?P<qual>between\s+)?(?P<a>{_AGE})\s*(?:and|to|-|\u2013)\s*(?P<b>{_AGE})\b",
        re.I,
    ),
    re.compile(
        rf"(?<![\w.,\-])(?P<qual>between\s+)?(?P<a>{_AGE})\s*(?:and|to|-|\u2013)\s*(?P<b>{_AGE})"
        r"[\s\-]+years?[\s\-]+(?:old|of age)\b",
        re.I,
    ),
]


def _age_ranges(text: str) -> list[RawFigure]:
    """Age ranges as one figure each; a range whose ends are out of order is skipped."""
    out: list[RawFigure] = []
    for rx in _AGE_RANGES:
        for m in rx.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            if a >= b or any(f.start < m.end() and m.start() < f.end for f in out):
                continue
            qual = "between" if m.group("qual") else None
            out.append(RawFigure(a, "years of age", qual, m.start(), m.end(), b))
    return out


def _date_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for rx in (RANGE, SINGLE) for m in rx.finditer(text)]


def _plural(word: str) -> bool:
    w = word.lower().rstrip("'")
    return w.endswith("s") and not w.endswith(("ss", "is", "us"))


def _unit_after(text: str, pos: int, prose: bool = True) -> tuple[str, int]:
    """The unit phrase right after ``pos`` and where it ends ("" if none).

    It ends at a boundary word, after a plural noun ("guests came"), or, in
    prose, where a capitalised name starts.
    """
    words: list[str] = []
    end = pos
    while True:
        m = _UNIT_WORD.match(text, end)
        if not m:
            break
        w = m.group("w")
        low = w.lower()
        if low in ("and", "or"):
            nxt = _UNIT_WORD.match(text, m.end())
            if (
                words
                and nxt
                and nxt.group("w").lower() not in _BOUNDARY
                and not re.match(NUMBER, nxt.group("w"), re.I)
            ):
                words.append(low)
                end = m.end()
                continue
            break
        if low in _BOUNDARY or len(words) >= 5 or re.fullmatch(NUMBER, w, re.I):
            break
        if prose and words and w[0].isupper() and not words[-1][0].isupper():
            break  # "guests Guangzhou": a name starts, the unit has ended
        if words and _plural(words[-1]):
            break  # "guests came": the noun has ended
        words.append(w)
        end = m.end()
        if w.endswith("'"):
            break  # "Participants' Focus": a possessive ends the phrase
    return " ".join(words), end


def find_figures(p: Passage) -> list[RawFigure]:
    """Figures in one passage, in order."""
    text = p.text
    dates = _date_spans(text)
    ages = _age_ranges(text)
    out: list[RawFigure] = []
    for m in _FIGURE.finditer(text):
        num = m.group("num")
        if any(a <= m.start("num") < b for a, b in dates):
            continue
        if any(f.start <= m.start("num") < f.end for f in ages):
            continue
        before = text[max(0, m.start() - _LOOKBACK) : m.start()]
        if re.fullmatch(r"(?:19|20)\d{2}", num) or _NAME_BEFORE.search(before):
            continue
        value = parse_number(num)
        if value is None:
            continue
        end = m.end()
        day = _DAY_UNIT.match(text, end)
        if day:
            unit, end = day.group("unit").lower() + "s", day.end()
        else:
            unit, end = _unit_after(text, end, prose=p.kind == "paragraph")
        spelled = not num[0].isdigit() and len(num.split()) == 1
        start = m.start()
        if not unit:
            back = _LOOKBACK_UNIT.search(before)
            if back is None or spelled:
                continue
            unit, start = back.group("noun"), m.start() - len(before) + back.start()
        elif spelled and unit.split()[0].lower() in _NOT_UNIT:
            continue
        unit = unit.rstrip("'")
        pair = _DEMONYM_PAIR.match(unit)
        if pair:
            unit = pair.group("rest")
        if p.kind in ("headline", "subhead"):
            unit = unit.lower()
        if unit.split()[-1].lower() == "ones" and out:
            unit = " ".join(unit.split()[:-1] + [out[-1].unit.split()[-1]])
        qual = m.group("qual").lower() if m.group("qual") else None
        out.append(RawFigure(value, unit, qual, start, end))
    return sorted(out + ages, key=lambda f: f.start)
