"""Datelines: where and when a release was issued, and by which wire.

Handles the wire forms seen in syndicated releases::

    GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ --      (also with an em dash)
    TORONTO, ONTARIO--(Marketwired - February 27, 2017) -
    (Marketwired - February 27, 2017)
    WASHINGTON, DC--
    SAN JOSE, Calif.--(BUSINESS WIRE)--
    NEW YORK, Jan. 5, 2023 (GLOBE NEWSWIRE) --

and the same forms in Spanish (``MADRID, 3 de marzo de 2024 /PRNewswire/ --``,
``(Marketwired - 27 de febrero de 2017)``) and Chinese
(``广州2025年12月8日 /美通社/ --``, ``中国广州2023年12月11日电 /美通社/ ——``): see
:mod:`drafting.ingest.dateline_intl`. Month names, wire names and country
names per language are tables there, not strings of particular releases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.text.spans import Span

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE = rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
_DASH = r"(?:--|[\u2014\u2013]|-)"
_CITY = r"(?P<city>[A-Z][A-Z.'\-]*(?:[ ][A-Z][A-Z.'\-]*){0,3})"
_PLACE = r"(?P<country>[A-Z][A-Za-z.']*(?:[ \-][A-Z][A-Za-z.']*){0,3})"



def wire_patterns(
    city: str, place: str, date: str, dash: str, sp: str = "[ \t]"
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two wire dateline shapes, for one language's city, place and date patterns:
    ``CITY, Place, DATE /Wire/ --`` and ``CITY, Place (Wire - DATE) --``."""
    slash = re.compile(
        rf"(?<![\w])({city},{sp}+(?:{place},{sp}+)?)?{date}{sp}*/(?P<wire>[^/\n]{{2,40}})/"
        rf"{sp}*{dash}?{sp}*"
    )
    paren = re.compile(
        rf"(?<![\w])(?:{city}(?:,{sp}+{place})?{sp}*{dash}?{sp}*)?"
        rf"\((?P<wire>[A-Z][\w .&]{{1,40}}?){sp}*{dash}{sp}*{date}\){sp}*{dash}?{sp}*"
    )
    return slash, paren


_WIRE_SLASH, _WIRE_PAREN = wire_patterns(_CITY, _PLACE, DATE, _DASH)
# Wire in capitals in brackets: "(BUSINESS WIRE)", "(GLOBE NEWSWIRE)", with or without a date.
_WIRE_CAPS = re.compile(
    rf"(?<![\w])(?:{_CITY},[ \t]+(?:{_PLACE},?[ \t]*)?(?:{DATE})?[ \t]*{_DASH}?[ \t]*)"
    rf"\((?P<wire>[A-Z][A-Z ]{{2,30}}(?:WIRE|NEWSWIRE|NEWS))\)[ \t]*{_DASH}[ \t]*"
)
_PLAIN = re.compile(
    rf"{_CITY},[ \t]+(?P<country>[A-Z][A-Za-z.]{{1,15}})[ \t]*(?:--|[\u2014\u2013])[ \t]*"
)


@dataclass(frozen=True)
class Dateline:
    city: str | None
    country: str | None
    date: str | None  # ISO YYYY-MM-DD
    wire: str | None
    span: Span  # the dateline through its dash, in the searched text's offsets


def iso_date(month: str | int, day: str | int, year: str | int) -> str | None:
    """``("Dec.", "11", "2023") -> "2023-12-11"``; None for an impossible date.

    ``month`` may also be a number (``12`` or ``"12"``, full-width digits too).
    """
    import datetime as dt

    try:
        if isinstance(month, int) or month.isdigit():
            num: int | None = int(month)
        else:
            key = month.rstrip(".").lower()
            num = MONTHS.get(key[:4] if key.startswith("sept") else key[:3])
        if num is None:
            return None
        return dt.date(int(year), num, int(day)).isoformat()
    except (ValueError, OverflowError):
        return None


def _title(city: str | None) -> str | None:
    return city.title() if city and city.isupper() and len(city) > 2 else city


def find_dateline(text: str, start: int = 0, end: int | None = None) -> Dateline | None:
    """The first dateline in ``text[start:end]`` (it may start mid-line), or None."""
    end = len(text) if end is None else end
    from drafting.ingest.dateline_intl import find_intl_dateline

    intl = find_intl_dateline(text, start, end)
    english = _find_english(text, start, end)
    if intl is None or english is None:
        return english or intl
    # the earlier one; at the same place, the longer (a city alone is part of a wire form)
    key = lambda d: (d.span.start, -len(d.span.text))  # noqa: E731
    return min((english, intl), key=key)


def _find_english(text: str, start: int, end: int) -> Dateline | None:
    best: tuple[int, re.Match[str]] | None = None
    for pattern in (_WIRE_SLASH, _WIRE_PAREN, _WIRE_CAPS):
        m = pattern.search(text, start, end)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m)
    if best is not None:
        m = best[1]
        city = m.group("city")
        date = iso_date(m["month"], m["day"], m["year"]) if m["month"] else None
        wire = m.group("wire").strip()
        return Dateline(
            city=_title(city),
            country=m.group("country"),
            date=date,
            wire=wire.title() if wire.isupper() else wire,
            span=Span(m.start(), m.end(), text[m.start() : m.end()]),
        )
    # WASHINGTON, DC-- : only at the start of a line
    pos = start
    while pos < end:
        m = _PLAIN.match(text, pos, end)
        if m:
            return Dateline(
                city=_title(m.group("city")),
                country=m.group("country"),
                date=None,
                wire=None,
                span=Span(m.start(), m.end(), m.group()),
            )
        nxt = text.find("\n", pos, end)
        if nxt < 0:
            break
        pos = nxt + 1
    return None
