"""DR604: event dates that disagree with the facts."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from drafting.facts.model import Event
from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule
from drafting.lint.rules.facts_common import events_in

_MONTHS = {
    m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}
_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_RANGE = re.compile(
    rf"\b(?:from\s+)?{_MON}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|until)\s*(?:(?P<mon2>[A-Z][a-z]+)\.?\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<year>\d{{4}}))?"
)


def _event_span(events: list[Event]) -> tuple[date, date] | None:
    starts = [e.start for e in events if e.start]
    ends = [e.end for e in events if e.end]
    if not starts or not ends:
        return None
    return date.fromisoformat(min(starts)), date.fromisoformat(max(ends))


def _month(name: str | None) -> int | None:
    return _MONTHS.get(name[:3].lower()) if name else None


@rule(
    "DR604",
    "event-dates",
    "event dates that disagree with the facts",
    "error",
    must_flag=(
        "The 2023 Global Mayors' Forum will be held from December 9 to 12.",
        "The 2023 Global Mayors' Forum opens on December 9 in Guangzhou.",
        "The 2023 Global Mayors' Forum closed on Dec. 12.",
    ),
    must_not_flag=(
        "The 2023 Global Mayors' Forum will be held from December 8 to 10.",
        "The 2023 Global Mayors' Forum was announced on November 4.",
        "The 2023 Global Mayors' Forum opens on December 8 and closes on December 10.",
    ),
    needs_facts=True,
)
def event_dates(doc: LintDoc) -> Iterator[Finding]:
    if doc.facts is None:
        return
    low = doc.view.lower()
    if not any(e.name.lower() in low for e in doc.facts.events):
        return  # no event named anywhere: nothing to date
    for para in doc.paragraphs:
        groups: dict[tuple[str, str | None], list[Event]] = defaultdict(list)
        for e in events_in(para.text, doc.facts):
            groups[(e.name, e.edition)].append(e)
        if len(groups) != 1:
            continue  # no event, or several: a range cannot be pinned to one
        (name, edition), events = next(iter(groups.items()))
        span = _event_span(events)
        if span is None:
            continue
        first, last = span
        for m in _RANGE.finditer(para.text):
            year = int(m.group("year") or first.year)
            try:
                a = date(year, _month(m.group("mon")) or 0, int(m.group("d1")))
                b = date(year, _month(m.group("mon2")) or a.month, int(m.group("d2")))
            except ValueError:
                continue
            if year != first.year or (a, b) == (first, last):
                continue
            if a.month != first.month and b.month != last.month:
                continue  # another period altogether (a contest, a campaign)
            yield _date_finding(
                edition, name, first, last, para.start + m.start(), para.start + m.end()
            )
        for m in _ONE_DATE.finditer(para.text):
            try:
                day = date(
                    int(m.group("year") or first.year),
                    _month(m.group("mon")) or 0,
                    int(m.group("d")),
                )
            except ValueError:
                continue
            verb = m.group("verb").lower()
            if verb.startswith(_OPENING):
                wrong = day != first
            elif verb.startswith(_CLOSING):
                wrong = day != last
            else:
                wrong = not first <= day <= last
            if wrong and day.year == first.year:
                yield _date_finding(
                    edition, name, first, last, para.start + m.start("mon"), para.start + m.end()
                )


_OPENING = ("open", "kick", "begin", "began", "start")
_CLOSING = ("close", "end", "conclude", "wrap")
_ONE_DATE = re.compile(
    r"\b(?P<verb>opens?|opened|kicks? off|kicked off|begins?|began|starts?|started|closes?|closed"
    r"|ends?|ended|concludes?|concluded|wraps? up|wrapped up|(?:will be |was |is )?held"
    r"|takes? place|took place)\s+(?:on\s+)?"
    + _MON
    + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:-|–|to|through)\s*\d)(?:,?\s*(?P<year>\d{4}))?"
)


def _date_finding(
    edition: str | None, name: str, first: date, last: date, start: int, end: int
) -> Finding:
    label = f"{edition} {name}" if edition else name
    return Finding(
        "DR604",
        f"the facts date the {label} {first:%b} {first.day}-{last:%b} {last.day}, {last.year}",
        start,
        end,
        "error",
    )
