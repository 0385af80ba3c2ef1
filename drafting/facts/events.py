"""Events: "the 2023 Global Mayors' Forum", "13th World Congress of Metropolis".

An event is a proper name ending in an event word (Forum, Congress, Award, ...)
with an optional edition in front (a year, "13th", "fifth") and an optional
"of/for ..." tail; ``(the "Guangzhou Award")`` after it is its short name.
Later sentences refer back to it ("the Forum", "the serial events"); dates,
theme, venue and format are read from the sentences that name or refer to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafting.facts.dates import RANGE, SINGLE, resolve
from drafting.facts.initiatives import KIND_WORDS
from drafting.facts.model import Event
from drafting.facts.numbers import ORDINAL, ordinal
from drafting.facts.passage import Passage
from drafting.facts.when import find_when

EVENT_WORDS = (
    "Forum|Congress|Summit|Conference|Awards?|Festival|Expo|Exhibition|Fair|Games|Symposium|"
    "Assembly"
)
VENUE_WORDS = (
    "Center|Centre|Hall|Hotel|Stadium|Arena|Museum|Palace|Theatre|Theater|Auditorium|Pavilion|Plaza"
)
_CAP = r"[A-Z][\w'\-]*"
EVENT = re.compile(
    rf"(?:(?P<edition>(?<![\w,.])(?:19|20)\d{{2}}(?![\d,])|\b(?:{ORDINAL}))\s+)?"
    rf"(?P<name>(?:{_CAP}\s+){{0,5}}(?:{EVENT_WORDS})\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:of|for|and|on|the)\s+)*{_CAP})*)?)"
    rf"(?!\s+(?:{VENUE_WORDS})\b)"
    r"(?P<alias>\s+\((?:the\s+)?\"(?P<short>[^\"]{3,60})\"\))?"
)
BACKREF = re.compile(
    rf"\b(?:the|this|that)\s+(?:[\w]+-day\s+)?(?:serial\s+)?(?P<word>events?|{EVENT_WORDS})\b",
    re.I,
)
# "this platform", "the contest": the latest initiative of that kind
KIND_BACKREF = re.compile(rf"\b(?:the|this|that)\s+(?P<word>{'|'.join(KIND_WORDS)})\b", re.I)
VENUE = re.compile(rf"(?P<venue>(?:{_CAP}\s+){{1,6}}(?:{VENUE_WORDS}))\b")
_FORMAT = [
    (re.compile(r"\bhybrid\s+(?:format|manner|mode|form)\b", re.I), "hybrid"),
    (re.compile(r"\b(?:fully\s+)?(?:online|virtual)\s+(?:format|event|only)\b", re.I), "online"),
    (re.compile(r"\b(?:in-person|offline)\s+(?:format|event|only)\b", re.I), "offline"),
]
_THEME_QUOTED = re.compile(r"\btheme\b[^\"]{0,80}?\"(?P<theme>[^\"]{3,200})\"", re.I)
_THEME_PLAIN = re.compile(
    r"\bthe\s+theme\s+(?:of\s+)?(?P<theme>[A-Z][^,.;\"]*(?::\s*[A-Z][^,.;\"]*)?)"
)
_START_CUE = re.compile(
    r"\b(?:kick(?:ed|s)?[ -]off|open(?:ed|s|ing)|beg(?:an|ins)|start(?:ed|s)|launch(?:ed|es)?|"
    r"(?:was|were|will be|is) held|take place|took place)\b",
    re.I,
)
_END_CUE = re.compile(r"\b(?:conclu\w+|ended|ends|closed|closing|wrapped up)\b", re.I)
# Occasions named in lower case; recorded as events when their sentence dates them.
_OCCASION = re.compile(
    r"\b(?P<name>(?:press|news) conference|media briefing|"
    r"(?:opening|closing|award|signing) ceremony)"
    rf"(?P<of>\s+of\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:of|for|and|the)\s+)*{_CAP})*)?"
)
_AS_OF = re.compile(r"\bas of\s+$", re.I)
_NOT_NAME_START = {"The", "A", "An", "This", "That", "Its", "Their", "Our", "In", "On", "At"}


@dataclass
class Mention:
    """One place an event is named or referred to, in passage offsets."""

    event: Event
    start: int
    end: int


def event_key(ev: Event) -> str:
    """How figures name the event they belong to: "2023 Global Mayors' Forum"."""
    return f"{ev.edition} {ev.name}" if ev.edition else ev.name


def _head(name: str) -> str:
    m = re.search(rf"\b({EVENT_WORDS})\b", name)
    return (m.group(1) if m else name).lower().rstrip("s")


@dataclass
class EventTracker:
    """Events of one release in reading order, with what refers to them."""

    release_date: str | None
    events: list[Event] = field(default_factory=list)

    def main(self) -> Event | None:
        """The release's main event: the first with an edition, else the first meeting."""
        for ev in self.events:
            if ev.edition:
                return ev
        return next((ev for ev in self.events if ev.kind is None), None)

    def _same(self, edition: str | None, name: str, short: str | None) -> Event | None:
        for ev in (e for e in self.events if e.kind is None):
            if ev.name == name and ev.edition == edition:
                return ev
            if short is None and edition is None and name in (ev.alias, ev.name):
                return ev
            if edition and ev.edition == edition and _head(ev.name) == _head(name):
                return ev
        if edition is None:  # "the Metropolis World Congress" -> the only Congress with an edition
            same_head = [e for e in self.events if _head(e.name) == _head(name) and e.edition]
            if len(same_head) == 1:
                return same_head[0]
        return None

    def _alias(self, name: str, short: str | None) -> str | None:
        """``short`` if it shortens ``name`` ("Guangzhou Award"), else None."""
        if not short:
            return None
        stems = {w.lower().rstrip("s") for w in name.split()}
        ok = all(w.lower().rstrip("s") in stems for w in short.split() if w.lower() != "the")
        return short if ok else None

    def read_names(self, p: Passage, *, new_plain: bool = True) -> list[Mention]:
        """Events named in the passage; new ones are recorded (without an edition: if asked)."""
        out = []
        for m in EVENT.finditer(p.text):
            name = m.group("name")
            words = name.split()
            while words and words[0] in _NOT_NAME_START:
                words = words[1:]
            if len(words) < 2 or not words[0][0].isupper():
                continue  # "the Forum" is a reference, not a name
            name = " ".join(words)
            start = m.start("name") + m.group("name").index(words[0])
            edition = m.group("edition")
            if edition:
                start = m.start()
                edition = ordinal(edition) or edition
            short = self._alias(name, m.group("short"))
            ev = self._same(edition, name, short)
            if ev is None and not edition and not new_plain:
                continue
            if ev is None:
                ev = Event(
                    name=name,
                    edition=edition,
                    alias=short,
                    provenance=p.provenance(start, m.end("name")),
                )
                self.events.append(ev)
            else:
                if short and not ev.alias:
                    ev.alias = short
                if _other_name(ev, name):
                    ev.aliases.append(name)
            out.append(Mention(ev, start, m.end("name")))
        return out

    def add(self, ev: Event) -> Event:
        """Record ``ev`` (an initiative or an election) unless it is known; the one kept."""
        for old in self.events:
            same = old.kind == ev.kind and old.name.casefold() == ev.name.casefold()
            if same and old.winner == ev.winner:  # two cities elected to one office: two events
                for attr in ("start", "organizer", "winner", "alias"):
                    if getattr(old, attr) is None:
                        setattr(old, attr, getattr(ev, attr))
                return old
        self.events.append(ev)
        return ev

    def refs(self, p: Passage, lo: int, hi: int, named: list[Mention]) -> list[Mention]:
        """Named and referred-to events in ``p.text[lo:hi]``, in order."""
        out = [mn for mn in named if lo <= mn.start < hi]
        for m in KIND_BACKREF.finditer(p.text, lo, hi):
            if any(mn.start <= m.start() < mn.end for mn in out):
                continue
            word = _kind_word(m.group("word"))
            before = [mn.event for mn in named if mn.start < m.start()]
            cands = [e for e in before + self.events if _kind_word(e.kind or "") == word]
            if cands:
                ev = [e for e in before if e in cands][-1:] or [cands[-1]]
                out.append(Mention(ev[0], m.start(), m.end()))
        for m in BACKREF.finditer(p.text, lo, hi):
            if any(mn.start <= m.start() < mn.end for mn in out):
                continue
            word = m.group("word").lower().rstrip("s")
            cands = [
                mn.event
                for mn in named
                if mn.start < m.start() and _head(mn.event.name) == word and not mn.event.kind
            ]
            cands = cands or [
                e for e in reversed(self.events) if _head(e.name) == word and not e.kind
            ]
            ev = cands[-1] if cands else self.main()
            if word == "event":
                ev = self.main()
            if ev is not None:
                out.append(Mention(ev, m.start(), m.end()))
        return sorted(out, key=lambda mn: mn.start)

    def read_details(self, p: Passage, lo: int, hi: int, mentions: list[Mention]) -> None:
        """Dates, theme, venue and format stated in the sentence ``p.text[lo:hi]``."""
        text = p.text
        first = next((mn.event for mn in mentions if mn.event.kind is None), None)
        target = first or self.main()
        for m in RANGE.finditer(text, lo, hi):
            if target is None or _AS_OF.search(text[lo : m.start()]):
                continue
            d1 = resolve(m.group("m1"), m.group("d1"), m.group("year"), self.release_date)
            d2 = resolve(
                m.group("m2") or m.group("m1"), m.group("d2"), m.group("year"), self.release_date
            )
            if d1 and d2 and d1 <= d2:
                target.start = target.start or d1
                target.end = target.end or d2
        dates = self._dates(p, lo, hi)
        for cue, attr in ((_START_CUE, "start"), (_END_CUE, "end")):
            for c in cue.finditer(text, lo, hi):
                if first is None or not dates:
                    continue
                best = min(dates, key=lambda d: abs(d[0] - c.start()))
                if getattr(first, attr) is None:
                    setattr(first, attr, best[1])
        theme = _THEME_QUOTED.search(text, lo, hi) or _THEME_PLAIN.search(text, lo, hi)
        if theme and target is not None and not target.theme:
            target.theme = theme.group("theme").strip()
        venue = VENUE.search(text, lo, hi)
        if venue and target is not None and not target.venue:
            target.venue = venue.group("venue").strip()
        for pattern, fmt in _FORMAT:
            if pattern.search(text, lo, hi) and first is not None and not first.format:
                first.format = fmt

    def read_occasions(self, p: Passage, lo: int, hi: int) -> None:
        """ "the press conference of X" with a date in its sentence: a dated event."""
        dates = self._dates(p, lo, hi)
        for m in _OCCASION.finditer(p.text, lo, hi):
            if not dates:
                return
            name = m.group()
            if any(e.name == name for e in self.events):
                continue
            when = min(dates, key=lambda d: abs(d[0] - m.start()))[1]
            self.events.append(
                Event(name=name, start=when, provenance=p.provenance(m.start(), m.end()))
            )

    def _dates(self, p: Passage, lo: int, hi: int) -> list[tuple[int, str]]:
        """Single dates in the sentence (not ranges, not "as of"), with their offsets."""
        text, out = p.text, []
        ranges = [(m.start(), m.end()) for m in RANGE.finditer(text, lo, hi)]
        for m in SINGLE.finditer(text, lo, hi):
            if any(a <= m.start() < b for a, b in ranges) or _AS_OF.search(text[lo : m.start()]):
                continue
            iso = resolve(m.group("m1"), m.group("d1"), m.group("year"), self.release_date)
            if iso:
                out.append((m.start(), iso))
        for w in find_when(text, self.release_date, lo, hi):
            if w.is_day:  # "next Monday", "yesterday"; a meeting's dates are days
                out.append((w.start, w.value))
        return out


def _kind_word(word: str) -> str:
    return "programme" if word.lower() == "program" else word.lower()


def _content(name: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[\w']+", name)} - {"of", "the", "for", "and", "on"}


def _other_name(ev: Event, name: str) -> bool:
    """``name`` is another name of ``ev`` (the same words in another order), not yet kept.

    "Metropolis World Congress" is another name of "World Congress of Metropolis";
    "Congress of Metropolis" (fewer words) is a reference to it, not a name.
    """
    if name in (ev.name, ev.alias) or name in ev.aliases:
        return False
    return _content(name) == _content(ev.name)
