"""Dates that are not "Month Day": relative to the release, or only a month or a year.

``find_when(text, release)`` reads, each resolved against the release date
(YYYY-MM-DD):

- "last May", "this May", "next May" -> YYYY-MM (last: the most recent May
  before the release's month; next: the first after it);
- "In July of last year", "July last year", "July of next year" -> YYYY-MM;
- "last year", "this year", "next year", "earlier this year" -> YYYY;
- "last month", "this month", "next month" -> YYYY-MM;
- "last Monday", "next Monday" -> YYYY-MM-DD; "yesterday", "today", "tomorrow";
- without the release date too: "in 2020", "since 2019", "in July 2020" -> YYYY or YYYY-MM.

"the last year" and "over the past year" are a span of time, not a date, and
are skipped. Month names must be capitalised ("may" is a verb).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_MONTH = "|".join(_MONTHS) + "|Sept"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NOT_THE = r"(?<!\bthe )(?<!\bThe )"

_MONTH_OF_YEAR = re.compile(
    rf"\b(?:(?i:in|during|since)\s+)?(?P<mon>{_MONTH})\s+(?:of\s+)?"
    r"(?P<rel>(?i:last|this|next))\s+(?i:year)\b"
)
_REL_MONTH = re.compile(rf"{_NOT_THE}\b(?P<rel>(?i:last|this|next))\s+(?P<mon>{_MONTH})\b")
_REL_YEAR = re.compile(
    rf"{_NOT_THE}\b(?:(?i:earlier|later)\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year)\b(?!s)"
)
_REL_MONTH_WORD = re.compile(rf"{_NOT_THE}\b(?P<rel>(?i:last|this|next))\s+(?i:month)\b(?!s)")
_REL_WEEKDAY = re.compile(
    r"\b(?P<rel>(?i:last|next))\s+(?P<wd>(?i:" + "|".join(_WEEKDAYS) + r"))\b"
)
_DAY_WORD = re.compile(r"\b(?P<word>(?i:yesterday|today|tomorrow))\b")
_IN_YEAR = re.compile(
    rf"\b(?i:in|since|during)\s+(?:(?P<mon>{_MONTH})\s+(?:of\s+)?)?"
    r"(?P<year>(?:19|20)\d{2})\b(?![\-/.,]?\d)(?!\s+[A-Z])"
)
_SHIFT = {"last": -1, "this": 0, "next": 1}


@dataclass(frozen=True)
class When:
    """A date expression at ``text[start:end]``; ``value`` is YYYY, YYYY-MM or YYYY-MM-DD."""

    start: int
    end: int
    value: str

    @property
    def is_day(self) -> bool:
        return len(self.value) == 10


def _month_no(name: str) -> int:
    return 9 if name == "Sept" else _MONTHS.index(name) + 1


def _ref(release: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(release) if release else None
    except ValueError:
        return None


def _candidates(text: str, ref: dt.date | None, lo: int, hi: int) -> list[When]:
    out: list[When] = []
    for m in _IN_YEAR.finditer(text, lo, hi):
        year = m.group("year")
        mon = m.group("mon")
        value = f"{year}-{_month_no(mon):02d}" if mon else year
        out.append(When(m.start(), m.end(), value))
    if ref is None:
        return out
    for m in _MONTH_OF_YEAR.finditer(text, lo, hi):
        year = ref.year + _SHIFT[m.group("rel").lower()]
        out.append(When(m.start(), m.end(), f"{year:04d}-{_month_no(m.group('mon')):02d}"))
    for m in _REL_MONTH.finditer(text, lo, hi):
        month, rel = _month_no(m.group("mon")), m.group("rel").lower()
        year = ref.year
        if rel == "last" and month >= ref.month:
            year -= 1
        elif rel == "next" and month <= ref.month:
            year += 1
        out.append(When(m.start(), m.end(), f"{year:04d}-{month:02d}"))
    for m in _REL_YEAR.finditer(text, lo, hi):
        out.append(When(m.start(), m.end(), f"{ref.year + _SHIFT[m.group('rel').lower()]:04d}"))
    for m in _REL_MONTH_WORD.finditer(text, lo, hi):
        month = ref.month + _SHIFT[m.group("rel").lower()]
        year = ref.year + (month - 1) // 12
        out.append(When(m.start(), m.end(), f"{year:04d}-{(month - 1) % 12 + 1:02d}"))
    for m in _REL_WEEKDAY.finditer(text, lo, hi):
        want = _WEEKDAYS.index(m.group("wd").lower())
        if m.group("rel").lower() == "next":
            day = ref + dt.timedelta(days=(want - ref.weekday()) % 7 or 7)
        else:
            day = ref - dt.timedelta(days=(ref.weekday() - want) % 7 or 7)
        out.append(When(m.start(), m.end(), day.isoformat()))
    for m in _DAY_WORD.finditer(text, lo, hi):
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("word").lower()]
        out.append(When(m.start(), m.end(), (ref + dt.timedelta(days=shift)).isoformat()))
    return out


def find_when(text: str, release: str | None, lo: int = 0, hi: int | None = None) -> list[When]:
    """Date expressions in ``text[lo:hi]``, longest first where they overlap, in text order."""
    hi = len(text) if hi is None else hi
    ref = _ref(release)
    found = sorted(_candidates(text, ref, lo, hi), key=lambda w: (w.start, -(w.end - w.start)))
    out: list[When] = []
    for w in found:
        if out and w.start < out[-1].end:
            continue
        if 1 <= int(w.value[:4]) <= 9999:
            out.append(w)
    return out
