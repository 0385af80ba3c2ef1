"""Dates in running text, resolved against the release date.

"On December 8" in a release of Dec. 11, 2023 is 2023-12-08; "From November 8
to 13" and "(Nov. 8-13)" are ranges; "next Monday" counts from the release.
Other relative and partial dates ("last May", "In July of last year", "in 2020")
are read by :mod:`drafting.facts.when`, which events now use for "next Monday"
too; ``NEXT_WEEKDAY`` and ``next_weekday`` stay for other callers.
"""

from __future__ import annotations

import datetime as dt
import re

from drafting.ingest.dateline import MONTHS, iso_date

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
RANGE = re.compile(
    rf"(?:[Ff]rom\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:-|\u2013|to|through|until)\s*"
    rf"(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})\b{_YEAR}"
)
SINGLE = re.compile(rf"\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b{_YEAR}")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NEXT_WEEKDAY = re.compile(r"\bnext\s+(?P<wd>" + "|".join(_WEEKDAYS) + r")\b", re.I)


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def resolve(month: str, day: str, year: str | None, release: str | None) -> str | None:
    """ISO date of "Month Day [Year]"; without a year, the one nearest the release date."""
    if year:
        return iso_date(month, _day(day), year)
    if not release:
        return None
    ref = dt.date.fromisoformat(release)
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        iso = iso_date(month, _day(day), y)
        if iso and (best is None or abs(dt.date.fromisoformat(iso) - ref) < abs(best - ref)):
            best = dt.date.fromisoformat(iso)
    return best.isoformat() if best else None


def next_weekday(name: str, release: str | None) -> str | None:
    """ "next Monday" from the release date: the first such day after it."""
    if not release:
        return None
    ref = dt.date.fromisoformat(release)
    want = _WEEKDAYS.index(name.lower())
    ahead = (want - ref.weekday()) % 7 or 7
    return (ref + dt.timedelta(days=ahead)).isoformat()


def month_number(month: str) -> int | None:
    key = month.rstrip(".").lower()
    return MONTHS.get(key[:4] if key.startswith("sept") else key[:3])
