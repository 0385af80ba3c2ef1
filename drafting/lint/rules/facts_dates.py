"""DR604: event dates that disagree with the facts."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import filterfalse
from typing import TYPE_CHECKING, NamedTuple

from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule
from drafting.lint.rules.facts_common import YEAR, events_in, memo
from drafting.text.lazy import lazy

if TYPE_CHECKING:  # the model is imported only when facts are given
    from drafting.facts.model import Event, FactSet
    from drafting.text.spans import Span

_MONTHS = {
    m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}
_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_STEMS = tuple(m.capitalize() for m in _MONTHS)  # as a date writes them: "Dec"
#: a month and a day: what ``_RANGE`` and ``_ONE_DATE`` both need (a month first: a C scan)
_MON_DAY = lazy(rf"{_MON}\s+\d")
_RANGE = lazy(
    rf"\b(?:from\s+)?{_MON}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|until)\s*(?:(?P<mon2>[A-Z][a-z]+)\.?\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<year>\d{{4}}))?"
)


@dataclass(frozen=True, order=True)
class Partial:
    """A date the facts give to day, month or year precision ("2023-12-08", "2021-05",
    "2020"): initiatives and contests are often dated "last May" or "in 2020"."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, iso: str) -> Partial | None:
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(iso).strip())
        if not m:
            return None
        year, month, day = (int(g) if g else None for g in m.groups())
        try:
            date(year, month or 1, day or 1)  # type: ignore[arg-type]
        except ValueError:
            return None
        return cls(year, month, day)  # type: ignore[arg-type]

    def key(self, d: date) -> tuple[int, ...]:
        """``d`` cut to this date's precision, and this date's own parts."""
        n = 1 + (self.month is not None) + (self.day is not None)
        return (d.year, d.month, d.day)[:n]

    @property
    def parts(self) -> tuple[int, ...]:
        return tuple(x for x in (self.year, self.month, self.day) if x is not None)

    def same(self, d: date) -> bool:
        """``d`` agrees with this date at the precision the facts state."""
        return self.key(d) == self.parts

    def __str__(self) -> str:
        if self.month is None:
            return str(self.year)
        mon = date(self.year, self.month, 1).strftime("%b")
        return f"{mon} {self.day}, {self.year}" if self.day else f"{mon} {self.year}"


def _event_span(events: list[Event]) -> tuple[Partial, Partial | None] | None:
    """The earliest start and the latest end the facts give (end None when none is)."""
    starts = [p for e in events if e.start and (p := _partial(e.start))]
    ends = [p for e in events if e.end and (p := _partial(e.end))]
    if not starts:
        return None
    return min(starts), (max(ends) if ends else None)


#: the facts' dates parsed once per run (a paragraph naming an event asks again)
_partial = lru_cache(maxsize=4096)(Partial.parse)


def _within(d: date, first: Partial, last: Partial | None) -> bool:
    if first.key(d) < first.parts:
        return False
    return last is None or last.key(d) <= last.parts


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
        # facts with a month or a year only ("2021-05", "2020-07" to "2020-10", "2020")
        "Rethink Metropolitan Spaces was launched in June 2021.",
        "Metropolises through Children's Eyes ran from July 5 to November 30, 2020.",
        "Metropolises through Children's Eyes was held in 2019.",
    ),
    must_not_flag=(
        "The 2023 Global Mayors' Forum will be held from December 8 to 10.",
        "The 2023 Global Mayors' Forum was announced on November 4.",
        "The 2023 Global Mayors' Forum opens on December 8 and closes on December 10.",
        "Rethink Metropolitan Spaces was launched in May 2021.",
        "Rethink Metropolitan Spaces opened on May 20, 2021.",
        "Metropolises through Children's Eyes ran from July 5 to October 30, 2020.",
        "Metropolises through Children's Eyes was held in 2020.",
    ),
    needs_facts=True,
)
def event_dates(doc: LintDoc) -> Iterator[Finding]:
    facts = doc.facts
    if facts is None:
        return
    index: _EventIndex = memo(facts, "event-index", _event_index)
    low = doc.low
    # the first name in the document (each name once: events share them)
    hit = next((k for k, (lower, _, _) in enumerate(index.names) if lower in low), -1)
    if hit < 0:
        return  # no event named anywhere: nothing to date
    view, paras = doc.view, doc.paragraphs
    if _folds_as_lower(doc):
        folded = low  # (not folded again: most of a release is ASCII or folds as it lowers)
        # a name before the first found, folded as it lowers, is not in the document
        sought = [e for _, _, e in index.names[hit:]]
        sought += [e for lower, fold, e in index.names[:hit] if fold != lower]
    else:
        folded = view.casefold()
        sought = [e for _, _, e in index.names]
    naming = _paragraphs_naming(folded, len(view), paras, sought)
    if isinstance(naming, range):  # an offset moved ("ß" is "ss"): as events_in reads it
        named = [e for e in facts.events if e.name.casefold() in folded]
        for para in paras:
            groups: dict[tuple[str, str | None], list[Event]] = defaultdict(list)
            for e in events_in(para.text, named):
                groups[(e.name, e.edition)].append(e)
            if len(groups) == 1:
                yield from _para_dates(para, next(iter(groups)), index.spans)
        return
    for i in sorted(naming):  # the paragraphs that name an event, each name found once
        para = paras[i]
        start, end = para.start, para.end
        # what events_in(para.text, named) groups, from the names found in the paragraph
        keys = {
            key
            for fold in naming[i]
            for key, edition in index.by_fold[fold]
            if edition is None or folded.find(edition, start, end) != -1
        }
        if len(keys) == 1:  # no event, or several: a range cannot be pinned to one
            yield from _para_dates(para, keys.pop(), index.spans)


class _EventIndex(NamedTuple):
    """The facts' events as DR604 looks for them, built once per run."""

    names: list[tuple[str, str, Event]]  # each name once: lower-cased, folded, an event
    #: folded name -> ((name, edition), edition folded or None when the event has none)
    by_fold: dict[str, list[tuple[tuple[str, str | None], str | None]]]
    #: (name, edition) -> the dates of all its events (every event events_in groups)
    spans: dict[tuple[str, str | None], tuple[Partial, Partial | None] | None]


def _event_index(facts: FactSet) -> _EventIndex:
    names: dict[str, tuple[str, str, Event]] = {}
    by_fold: dict[str, list[tuple[tuple[str, str | None], str | None]]] = defaultdict(list)
    grouped: dict[tuple[str, str | None], list[Event]] = defaultdict(list)
    for e in facts.events:
        fold = e.name.casefold()
        names.setdefault(e.name, (e.name.lower(), fold, e))
        key = (e.name, e.edition)
        if key not in grouped:
            by_fold[fold].append((key, e.edition.casefold() if e.edition else None))
        grouped[key].append(e)
    spans = {key: _event_span(events) for key, events in grouped.items()}
    return _EventIndex(list(names.values()), dict(by_fold), spans)


def _folds_as_lower(doc: LintDoc) -> bool:
    """Whether ``doc.view.casefold()`` is ``doc.low``: true of ASCII, and of a view whose
    chunks not ASCII each fold as they lower. Both are worked out character by character
    (lower-casing looks at neighbours for a final sigma, never across a space), and
    spaces are their own folded and lower-cased forms."""
    return doc.low.isascii() or all(
        chunk.casefold() == chunk.lower() for chunk in filterfalse(str.isascii, doc.chunks)
    )


def _para_dates(
    para: Span,
    key: tuple[str, str | None],
    spans: dict[tuple[str, str | None], tuple[Partial, Partial | None] | None],
) -> Iterator[Finding]:
    """The dates of ``para`` that disagree with the facts' dates of the one event it
    names, ``key`` (name, edition)."""
    span = spans[key]
    if span is None:
        return
    name, edition = key
    first, last = span
    # "December 8 to 10", "opens on Dec. 9" need a month: most paragraphs name none
    # and a day after the month: one scan for the month names rules both patterns out
    dated = any(mon in para.text for mon in _MONTH_STEMS) and bool(_MON_DAY.search(para.text))
    for m in _RANGE.finditer(para.text) if dated else ():
        year = int(m.group("year") or first.year)
        try:
            a = date(year, _month(m.group("mon")) or 0, int(m.group("d1")))
            b = date(year, _month(m.group("mon2")) or a.month, int(m.group("d2")))
        except ValueError:
            continue
        if last is None or year != first.year or (first.same(a) and last.same(b)):
            continue
        if (first.month and a.month != first.month) and (last.month and b.month != last.month):
            continue  # another period altogether (a contest, a campaign)
        yield _date_finding(
            edition, name, first, last, para.start + m.start(), para.start + m.end()
        )
    for m in _ONE_DATE.finditer(para.text) if dated else ():
        try:
            day = date(
                int(m.group("year") or first.year),
                _month(m.group("mon")) or 0,
                int(m.group("d")),
            )
        except ValueError:
            continue
        if _wrong(m.group("verb"), day, first, last) and day.year == first.year:
            yield _date_finding(
                edition, name, first, last, para.start + m.start("mon"), para.start + m.end()
            )
    # "launched in May 2021", "held in 2020" need a year: a C scan for one first,
    with_year = YEAR.search(para.text) is not None and any(
        verb in para.text for verb in _MONTH_YEAR_VERBS
    )  # and one of its verbs, each a C search: most paragraphs with a year have none
    for m in _MONTH_YEAR.finditer(para.text) if with_year else ():
        year = int(m.group("year"))
        month = _month(m.group("mon"))
        stated = Partial(year, month)
        if month is None:
            first_c, last_c = Partial(first.year), last and Partial(last.year)
        else:
            first_c = Partial(first.year, first.month)
            last_c = last and Partial(last.year, last.month)
        day = date(year, month or 1, 1)
        if _wrong(m.group("verb"), day, first_c, last_c, exact=stated):
            yield _date_finding(
                edition, name, first, last, para.start + m.start("when"), para.start + m.end()
            )


def _paragraphs_naming(
    folded: str, size: int, paras: list[Span], named: Iterable[Event]
) -> dict[int, list[str]] | range:
    """The indexes of the ``paras`` that may name one of ``named``, each with the names
    (case-folded) it holds: every paragraph where :func:`events_in` finds one. ``folded``
    is the view (``size`` long) case-folded; when folding kept every offset, each name is
    searched once in it, not once per paragraph."""
    if len(folded) != size:
        return range(len(paras))  # an offset moved ("ß" is "ss"): every paragraph
    starts = [p.start for p in paras]
    out: dict[int, list[str]] = {}
    for e in named:
        fold = e.name.casefold()
        pos = folded.find(fold)
        while pos != -1:
            i = bisect.bisect_right(starts, pos) - 1
            if i >= 0 and pos + len(fold) <= paras[i].end:
                out.setdefault(i, []).append(fold)
                pos = folded.find(fold, paras[i].end)  # the paragraph's other mentions: moot
            else:
                pos = folded.find(fold, pos + 1)
    return out


def _wrong(
    verb: str, day: date, first: Partial, last: Partial | None, exact: Partial | None = None
) -> bool:
    """Whether a date said with ``verb`` disagrees with the facts, at the facts' (and,
    for a month or a year, the copy's) precision."""
    verb = verb.lower()
    if exact is not None and exact.month is None:  # only a year in the copy
        first, last = Partial(first.year), last and Partial(last.year)
    if verb.startswith(_OPENING):
        return not first.same(day)
    if verb.startswith(_CLOSING):
        return last is not None and not last.same(day)
    return not _within(day, first, last)


_OPENING = ("open", "kick", "begin", "began", "start", "launch")
_CLOSING = ("close", "end", "conclude", "wrap")
_MONTH_YEAR = lazy(
    r"\b(?P<verb>launched|opened|kicked off|began|started|opens|closed|ended|concluded|"
    r"(?:was |were |is )?held|took place)\s+(?:in\s+)?(?P<when>(?:"
    + _MON
    + r"\s+)?(?P<year>(?:19|20)\d\d))\b"
)
#: words one of which every ``_MONTH_YEAR`` match holds
_MONTH_YEAR_VERBS = (
    "launched", "opened", "kicked off", "began", "started", "opens", "closed", "ended",
    "concluded", "held", "took place",
)  # fmt: skip
_ONE_DATE = lazy(
    r"\b(?P<verb>opens?|opened|kicks? off|kicked off|begins?|began|starts?|started|closes?|closed"
    r"|ends?|ended|concludes?|concluded|wraps? up|wrapped up|(?:will be |was |is )?held"
    r"|takes? place|took place)\s+(?:on\s+)?"
    + _MON
    + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:-|–|to|through)\s*\d)(?:,?\s*(?P<year>\d{4}))?"
)


def _date_finding(
    edition: str | None, name: str, first: Partial, last: Partial | None, start: int, end: int
) -> Finding:
    label = f"{edition} {name}" if edition else name
    if last is None:
        when = f"from {first}"
    elif first.day and last.day and first.year == last.year:
        when = f"{str(first).rsplit(',', 1)[0]}-{last}"
    else:
        when = f"{first}-{last}" if last != first else str(first)
    return Finding("DR604", f"the facts date the {label} {when}", start, end, "error")
