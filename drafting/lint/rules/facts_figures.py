"""DR601: a figure that contradicts the facts for the same thing.

"The same thing" is the same subject, edition included, and the same unit. The
subject of a figure is read from its sentence: an event or organisation the facts
know, named with its edition ("the 2023 Global Mayors' Forum", "the 6th Guangzhou
Award", "Global Mayors' Forum 2021"), or an edition and the event's kind ("the 2023
forum"). A sentence that refers back ("the forum", "the award", "this year's forum")
means the edition of that kind named last in the paragraph, else the document's own
event: the first edition the document names for that kind (its headline first). A
sentence that names nothing takes the subject of the sentence before it in the
paragraph only when it opens with a pronoun ("It drew ..."). Then:

* facts hold figures for that subject and unit, and none has this value: **error**;
* the subject is an edition the facts know nothing about (a new edition: the 2025
  forum, the 7th award), or the sentence speaks of the future ("is expected to",
  "will"): not a contradiction, nothing reported;
* no subject can be resolved (no event named, none in the document): at most
  **info**, when every fact for the unit agrees on one other value.

A fact's unit matches when its head noun is the copy's and its other words are among
the copy's ("15 shortlisted cities" is not about "175 cities").
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule
from drafting.lint.rules.facts_common import YEAR, memo
from drafting.text.lang import lower_folds
from drafting.text.lazy import lazy

if TYPE_CHECKING:  # the model is imported only when facts are given
    from drafting.facts.model import FactSet, Figure
    from drafting.text.spans import Span

_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_NUMBER_WORDS)
_QUAL = (
    r"(?:over|more than|nearly|almost|about|around|some|up to|at least|fewer than|less than"
    r"|approximately|roughly)"
)
_GENERIC_UNITS = frozenset(
    "day days year years month months week weeks hour hours age ages time times minute "
    "minutes".split()
)


def _value(num: str) -> int:
    low = num.lower()
    return _NUMBER_WORDS[low] if low in _NUMBER_WORDS else int(low.replace(",", ""))


def _head(unit: str) -> str:
    words = unit.lower().split()
    return words[-1] if words else ""


#: words that name what kind of event a name is; "the forum" refers back with them
KINDS = frozenset(
    "forum award prize congress conference summit festival expo exhibition contest "
    "competition platform initiative programme program campaign".split()
)
_ORDINAL_WORDS = {
    w: str(i + 1)
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth".split()
    )
}
_EDITION = r"(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS)
#: a figure said of the future or of a plan is no contradiction of what happened
_FUTURE = lazy(
    r"\b(?:will|would|expected|expects?|expecting|set to|plans?(?:ned)? to|aims? to|"
    r"forecasts?|projected|anticipated|upcoming|next year'?s?)\b",
    re.I,
)
#: in every match of :data:`_FUTURE`, lower-cased
_FUTURE_KEYS = (
    "will", "would", "expect", "set to", "plan", "aim", "forecast", "projected", "anticipated",
    "upcoming", "next year",
)  # fmt: skip


def _may_be_future(low: str) -> bool:
    """Whether :data:`_FUTURE` may match in text whose lower-cased form is ``low`` (a
    ``str.find`` each rather than a case-blind regex trying every position)."""
    return any(key in low for key in _FUTURE_KEYS)


#: "next year's forum", "the previous award": another edition than the document's
_OTHER_EDITION = lazy(r"\b(?:next|last|previous|past|former)\s+(?:year'?s\s+)?$", re.I)


@lru_cache(maxsize=256)
def _edition(raw: str | None) -> str | None:
    """ "2023" -> "2023", "6th" -> "6", "sixth" -> "6"."""
    if not raw:
        return None
    low = raw.lower().strip()
    if low in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[low]
    return re.sub(r"(?:st|nd|rd|th)$", "", low)


def _fold(name: str) -> str:
    return " ".join(name.replace("’", "'").casefold().split())


@lru_cache(maxsize=1024)
def _kind(name: str) -> str | None:
    """ "Global Mayors' Forum" -> "forum"; "Guangzhou International Award for Urban
    Innovation" -> "award" (the last word before "for"/"of"), if it names a kind."""
    head = re.split(r"\s+(?:for|of|on|in)\s+", _fold(name))[0].split()
    return head[-1] if head and head[-1] in KINDS else None


_SUBJECT_EDITION = lazy(
    rf"^(?:the\s+)?(?P<pre>{_EDITION})\s+(?P<name>.+?)$|^(?P<name2>.+?)\s+(?P<post>(?:19|20)\d\d)$",
    re.I,
)


@dataclass(frozen=True)
class Subject:
    name: str  # canonical, folded
    edition: str | None  # normalised ("2023", "6"), None for an undated subject
    label: str  # as the facts write it, for messages


@dataclass
class _Index:
    canonical: dict[str, str]  # folded spelling (name, alias) -> canonical folded name
    labels: dict[str, str]  # canonical -> display name
    with_editions: set[str]  # canonical names the facts know by edition
    by_kind: dict[str, set[str]]  # "forum" -> canonical names of that kind
    figures: dict[tuple[str, str | None], list[Figure]]  # subject -> its figures
    units: dict[str, list[Figure]]  # unit head -> figures (the old, subject-blind index)
    spellings: list[str]  # every folded name and alias, longest first
    verdicts: dict[tuple[str, float, str], _Verdict] = field(default_factory=dict)

    def disputed(self, head: str, value: float, words: set[str]) -> bool:
        """Some fact counting this unit does not hold ``value`` (else nothing to check)."""
        return any(
            not _holds(f, value) and _unit_matches(f, words) for f in self.units.get(head, ())
        )

    def verdict(self, head: str, value: float, unit: str) -> _Verdict:
        """What a figure ``value`` of ``unit`` (folded, head last) could be reported for,
        worked out once per run for each such figure rather than once per figure."""
        key = (head, value, unit)
        hit = self.verdicts.get(key)
        if hit is None:
            if len(self.verdicts) > 4096:
                self.verdicts.clear()
            hit = self.verdicts[key] = _verdict(self, head, value, set(unit.split()))
        return hit


class _Verdict(NamedTuple):
    """The subjects a figure contradicts, and whether it differs from the one value the
    facts give for its unit (reported, at info, when it names no subject)."""

    flags: frozenset[tuple[str, str | None]]
    info: bool


def _verdict(idx: _Index, head: str, value: float, words: set[str]) -> _Verdict:
    """The outcome of the checks :func:`figures` makes once a figure's subject is known,
    for every subject at once: a figure whose subject is not among ``flags`` (and that
    cannot be an unnamed ``info``) is reported for none, so its subject is not sought."""
    flags = set()
    for key, figs in idx.figures.items():
        same = [f for f in figs if _head(f.unit) == head and _unit_matches(f, words)]
        if same and not any(_holds(f, value) for f in same):
            flags.add(key)
    pool = [f for f in idx.units.get(head, ()) if _unit_matches(f, words)]
    info = len({f.value for f in pool}) == 1 and not any(_holds(f, value) for f in pool)
    return _Verdict(frozenset(flags), info)


def _split_subject(subject: str) -> tuple[str, str | None]:
    m = _SUBJECT_EDITION.match(subject.strip())
    if not m:
        return subject.strip(), None
    if m.group("pre"):
        return m.group("name"), _edition(m.group("pre"))
    return m.group("name2"), m.group("post")


def _build(facts: FactSet) -> _Index:
    canonical: dict[str, str] = {}
    labels: dict[str, str] = {}
    with_editions: set[str] = set()
    for e in facts.events:
        key = _fold(e.name)
        canonical.setdefault(key, key)
        labels.setdefault(key, e.name)
        if e.edition:
            with_editions.add(key)
    for e in facts.events:  # aliases after names: "Guangzhou Award" is the long name's
        for alias in (e.alias, *e.aliases):
            if alias and (_fold(e.name) in with_editions or _fold(alias) not in canonical):
                canonical[_fold(alias)] = _fold(e.name)
    figures: dict[tuple[str, str | None], list[Figure]] = defaultdict(list)
    units: dict[str, list[Figure]] = defaultdict(list)
    for fig in facts.figures:
        head = _head(fig.unit)
        if not head or head in _GENERIC_UNITS or not isinstance(fig.value, int | float):
            continue
        units[head].append(fig)
        if fig.subject:
            base, edition = _split_subject(fig.subject)
            key = canonical.setdefault(_fold(base), _fold(base))
            labels.setdefault(key, base)
            if edition:
                with_editions.add(key)
            figures[(key, edition)].append(fig)
    by_kind: dict[str, set[str]] = defaultdict(set)
    for spelling, key in canonical.items():
        kind = _kind(spelling)
        if kind:
            by_kind[kind].add(key)
    spellings = sorted(canonical, key=len, reverse=True)  # longest first: they win overlaps
    return _Index(
        canonical, labels, with_editions, dict(by_kind), dict(figures), dict(units), spellings
    )


class _Mention(NamedTuple):  # tuples: made for every name of every checked file
    start: int
    end: int
    subject: Subject | None  # None: named, but which edition cannot be told
    edition_given: bool


class _Raw(NamedTuple):
    """A name or kind word found in the view, before it is resolved to a subject."""

    start: int
    end: int
    what: str  # "name" (with or without edition), "edition" ("2023 forum"), "ref" ("the forum")
    word: str  # the folded name or the kind word
    edition: str | None


def _raw_mentions(low: str, idx: _Index) -> list[_Raw]:
    """Every name and kind word of the view, once per document (``str.find`` over a
    few dozen names: much faster than one big alternation)."""
    low = low.replace("’", "'")
    found: list[tuple[int, int, str, str]] = []
    taken = bytearray(len(low) + 1)  # 1 under a name found: "overlaps one?" is a C find
    for spelling in idx.spellings:
        for start in _find_words(low, spelling):
            end = start + len(spelling)
            if taken.find(1, start, end) == -1:
                taken[start:end] = b"\x01" * (end - start)
                found.append((start, end, "name", spelling))
    for kind in idx.by_kind:
        for start in _find_words(low, kind):
            end = start + len(kind)
            if taken.find(1, start, end) == -1:
                found.append((start, end, "kind", kind))
    out: list[_Raw] = []
    for start, end, what, word in sorted(found):
        if what == "name":
            pre = _edition_before(_PRE_EDITION, low, start, 40)
            post = _POST_EDITION.match(low, end)
            edition = _edition((pre and pre.group("ed")) or (post and post.group("ed")))
            if pre and edition:
                start = pre.start()
            elif post and edition:
                end = post.end()
            out.append(_Raw(start, end, "name", word, edition))
        elif pre := _edition_before(_PRE_KIND_EDITION, low, start, 20):  # "2023 forum"
            out.append(_Raw(pre.start(), end, "edition", word, _edition(pre.group("ed"))))
        elif ref := _REFERENCE.search(low, max(0, start - 20), start):  # "the forum"
            if not _OTHER_EDITION.search(low, max(0, ref.start() - 20), ref.start()):
                out.append(_Raw(ref.start(), end, "ref", word, None))
    return out


def _resolve(raws: list[_Raw], idx: _Index, doc_events: dict[str, Subject]) -> list[_Mention]:
    """Subjects of ``raws`` in order, against ``doc_events`` (kind -> the edition named
    last), which each edition named updates."""
    out: list[_Mention] = []
    for r in raws:
        subject: Subject | None
        if r.what == "name":
            key = idx.canonical[r.word]
            if r.edition:
                subject = Subject(key, r.edition, idx.labels[key])
                doc_events[_kind(subject.label) or ""] = subject
            elif key not in idx.with_editions:
                subject = Subject(key, None, idx.labels[key])  # "Metropolis": no editions
            else:  # "the Global Mayors' Forum": this document's edition, if it names one
                subject = next((s for s in doc_events.values() if s.name == key), None)
        elif r.what == "edition":
            keys = idx.by_kind[r.word]
            own = doc_events.get(r.word)
            key = own.name if own else (next(iter(keys)) if len(keys) == 1 else None)
            subject = Subject(key, r.edition, idx.labels[key]) if key else None
            if subject is not None:
                doc_events[r.word] = subject
        else:
            subject = doc_events.get(r.word)
        out.append(_Mention(r.start, r.end, subject, r.edition is not None))
    return out


def _possible(raws: list[_Raw], idx: _Index) -> tuple[set[tuple[str, str | None]], set[str]]:
    """What :func:`_resolve` can make of ``raws``, whatever the events it starts from:
    (name, edition) pairs, and the editions that "the 2023 forum" may give any name.
    Every subject it returns comes from one of these (a reference repeats one)."""
    pairs: set[tuple[str, str | None]] = set()
    editions: set[str] = set()
    for r in raws:
        if r.what == "name":
            key = idx.canonical[r.word]
            if r.edition:
                pairs.add((key, r.edition))
            elif key not in idx.with_editions:
                pairs.add((key, None))
        elif r.what == "edition" and r.edition:
            editions.add(r.edition)
    return pairs, editions


def _find_words(low: str, word: str) -> Iterator[int]:
    """Starts of ``word`` in ``low`` as a whole word."""
    pos = low.find(word)
    while pos != -1:
        end = pos + len(word)
        if (pos == 0 or not low[pos - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            yield pos
        pos = low.find(word, end)


_PRE_EDITION = lazy(rf"\b(?:the\s+)?(?P<ed>{_EDITION})(?:\s+edition\s+of\s+the)?\s+$")
_POST_EDITION = lazy(r"\s+(?P<ed>(?:19|20)\d\d)\b")
_PRE_KIND_EDITION = lazy(rf"\b(?P<ed>{_EDITION})\s+$")
_REFERENCE = lazy(r"\b(?:the|this|its|this\s+year's)\s+$")


def _edition_before(rx: re.Pattern[str], low: str, start: int, back: int) -> re.Match[str] | None:
    """``rx`` (an edition, with "edition of the" after it, then spaces up to ``start``)
    searched within ``back`` characters before ``start``; not searched, a regex trying
    every position, when the word before the spaces cannot end an edition (a year's
    digit, "6th", "second"), as "the" before most names cannot."""
    window = low[max(0, start - back) : start]
    before = window.rstrip()
    if before == window:
        return None
    last = before[-1:]
    if not (last.isdecimal() or last in ("t", "d", "h") or "edition" in before):
        return None
    return rx.search(low, max(0, start - back), start)


def _document_events(raws: list[_Raw], idx: _Index) -> dict[str, Subject]:
    """The document's own event per kind: the first edition it names (headline first)."""
    found: dict[str, Subject] = {}
    for m in _resolve(raws, idx, {}):
        s = m.subject
        if s is not None and m.edition_given:
            found.setdefault(_kind(s.label) or "", s)
    return found


#: a sentence opening with one of these refers back to the sentence before it
_PRONOUN = lazy(r"\W*(?:it|its|they|their|the event|the edition)\b", re.I)
_PREP_GAP = lazy(r"\s*,?\s+(?:of|at|in|for|during|to|attending|attended)\s+(?:the\s+)?$", re.I)


def _subject_at(
    mentions: list[_Mention], unit_end: int, n_start: int, view: str
) -> tuple[bool, Subject | None]:
    """(named, subject) for a figure: a mention right after it ("800 guests of the 2021
    forum"), else the last one before it, else the first one after it."""
    after = [m for m in mentions if m.start >= unit_end]
    if after and _PREP_GAP.match(view[unit_end : after[0].start] + " "):
        return True, after[0].subject
    before = [m for m in mentions if m.end <= n_start]
    if before:
        return True, before[-1].subject
    if after:
        return True, after[0].subject
    return False, None


_MODIFIERS: dict[str, frozenset[str]] = {}


def _unit_matches(fig: Figure, words: set[str]) -> bool:
    """The fact's unit words other than its head are all in the copy's unit phrase."""
    mods = _MODIFIERS.get(fig.unit)
    if mods is None:
        mods = _MODIFIERS[fig.unit] = frozenset(_fold(fig.unit).split()[:-1])
    return mods <= words


def _holds(fig: Figure, value: float) -> bool:
    if fig.value_to is not None:
        return fig.value <= value <= fig.value_to
    return fig.value == value


def _cite(fig: Figure) -> str:
    where = ""
    if fig.provenance:
        where = f", {fig.provenance.file}" + (
            f" {fig.provenance.date}" if fig.provenance.date else ""
        )
    about = f" for {fig.subject}" if fig.subject else ""
    return f"'{fig.text or f'{fig.value:g} {fig.unit}'}'{about}{where}"


def _newest(figs: list[Figure]) -> Figure:
    return max(figs, key=lambda f: (f.provenance.date or "") if f.provenance else "")


@rule(
    "DR601",
    "figure-contradicts-facts",
    "a figure that contradicts the facts for the same subject (edition included) and unit",
    "error",
    must_flag=(
        "The 2023 Global Mayors' Forum drew over 900 representatives.",
        "Over 900 representatives attended the 2023 Global Mayors' Forum.",
        "The 2023 forum drew over 900 representatives.",
        "# 2023 Global Mayors' Forum Closes\n\nThe forum brought together over 900 "
        "representatives.",
        "The 6th Guangzhou International Award for Urban Innovation received 289 initiatives.",
        "The 6th Guangzhou Award received 289 initiatives.",
        "# 2025 Global Mayors' Forum Opens\n\nThe 2023 Global Mayors' Forum was smaller: "
        "the forum drew over 900 representatives.",
        "The 2023 Global Mayors' Forum opened on Friday. It drew over 900 representatives.",
    ),
    must_not_flag=(
        "The 2023 Global Mayors' Forum drew over 800 representatives from 65 cities.",
        "The mayors met for 20 years.",
        "The 2025 Global Mayors' Forum brought together over 900 representatives.",
        "# 2025 Global Mayors' Forum Opens\n\nThe forum brought together over 900 representatives.",
        "The 7th Guangzhou International Award for Urban Innovation received 289 initiatives.",
        "The 2023 Global Mayors' Forum drew over 800 representatives, and the 2025 Global "
        "Mayors' Forum 900 representatives.",
        "The 2023 Global Mayors' Forum is expected to draw 900 representatives.",
        "# 2025 Global Mayors' Forum Opens\n\nNext year's forum hopes for 1,000 "
        "representatives; the 2023 Global Mayors' Forum had 800 representatives.",
    ),
    needs_facts=True,
)
def figures(doc: LintDoc) -> Iterator[Finding]:
    yield from _check(doc)


def _check(doc: LintDoc, fast: bool = True) -> Iterator[Finding]:
    """DR601; ``fast=False`` skips none of the figures the shortcuts rule out (tests)."""
    facts = doc.facts
    if facts is None:
        return
    idx: _Index = memo(facts, "figures-by-subject", _build)
    low, view = doc.low, doc.view
    numbers = _numbers_before_heads(view, low, idx.units) if fast else None
    if numbers is None:
        if not any(head in low for head in idx.units):
            return  # no unit the facts count is named (a C search each): no figure to check
        if fast:
            digits_rx = memo(facts, "digits-unit-rx", lambda _: _digits_pattern(idx))
            numbers = _numbers(view, low, digits_rx)
        else:
            numbers = _numbers(view, low)
    elif not numbers:
        return  # no number before a unit the facts count
    # ``low`` stands for ``view`` in case-blind patterns (``lower_folds``): literal
    # pre-checks on it hold
    plain = fast and lower_folds(view)
    unit_rx: re.Pattern[str] = memo(facts, "unit-rx", lambda _: _unit_pattern(idx))
    paras = doc.paragraphs
    starts = [p.start for p in paras]
    doc_events: dict[str, Subject] | None = None
    possible: tuple[set[tuple[str, str | None]], set[str]] | None = None
    raws: list[_Raw] = []
    resolved: dict[int, tuple[list[_Mention], set[tuple[str, str | None]]]] = {}
    sentences: dict[int, list[tuple[int, int, list[_Mention]]]] = {}
    future: dict[int, bool] = {}  # sentence start -> speaks of the future
    for n_start, n_end, number in numbers:
        if (len(number) == 4 or not fast) and YEAR.fullmatch(number):
            continue  # a year ("2023 Global Mayors' Forum"), four characters: counts nothing
        i = bisect.bisect_right(starts, n_start) - 1
        if i < 0:
            continue
        para = paras[i]
        m = unit_rx.match(view, n_end, para.end)
        if not m:
            continue  # no counted unit
        head = m.group("u").lower()
        value = _value(number)
        unit = _fold(view[n_end : m.end()])
        if fast:
            verdict = idx.verdict(head, value, unit)
            if not verdict.flags and not verdict.info:
                continue  # whatever its subject, no fact disagrees with this figure
        words = set(unit.split())
        if not fast and not idx.disputed(head, value, words):
            continue  # every fact for this unit holds this value: nothing can disagree
        figs_for_unit = idx.units[head]
        if possible is None:
            raws = _raw_mentions(low, idx)
            possible = _possible(raws, idx)
        if fast and not verdict.info:
            pairs, editions = possible
            if verdict.flags.isdisjoint(pairs) and (
                not editions or not any(k[1] in editions for k in verdict.flags)
            ):
                continue  # no subject it contradicts can be read from this document
        if doc_events is None:
            raw_starts = [r.start for r in raws]
            doc_events = _document_events(raws, idx)
        if i not in resolved:
            # "the forum": the edition named last in the paragraph, else the document's
            mentions = _resolve(
                raws[bisect.bisect_left(raw_starts, para.start) : bisect.bisect_left(
                    raw_starts, para.end)],
                idx,
                dict(doc_events),
            )  # fmt: skip
            named_here = {(x.subject.name, x.subject.edition) for x in mentions if x.subject}
            resolved[i] = mentions, named_here
        mentions, subjects = resolved[i]
        if fast and not verdict.info and verdict.flags.isdisjoint(subjects):
            continue  # its subject is one the paragraph names: none that it contradicts
        if i not in sentences:
            split_sentences = _split_sentences()
            sentences[i] = [
                (para.start + s.start, para.start + s.end,
                 [x for x in mentions if para.start + s.start <= x.start < para.start + s.end])
                for s in split_sentences(para.text)
            ]  # fmt: skip
        # the sentence of this figure, and the subject named last before it (the paragraph)
        named, subject = False, None
        previous: _Mention | None = None
        for s_start, s_end, mentions in sentences[i]:
            if s_start > n_start:
                break
            if s_start <= n_start < s_end:
                sentence = view[s_start:s_end]
                if s_start not in future:  # searched once per sentence, not per figure
                    future[s_start] = (not plain or _may_be_future(low[s_start:s_end])) and (
                        _FUTURE.search(sentence) is not None
                    )
                if future[s_start]:
                    named, subject = True, None  # a plan or a forecast: not checked
                    break
                named, subject = _subject_at(mentions, m.end(), n_start, view)
                if not named and previous and _PRONOUN.match(sentence):
                    named, subject = True, previous.subject  # "It drew ...": refers back
            elif mentions:
                previous = mentions[-1]
        if subject is not None:
            if (subject.name, subject.edition) not in idx.figures:
                continue  # an edition the facts know nothing of (a new one): nothing to check
            same = [
                f
                for f in idx.figures[(subject.name, subject.edition)]
                if _head(f.unit) == head and _unit_matches(f, words)
            ]
            if not same or any(_holds(f, value) for f in same):
                continue
            best = _newest(same)
            yield Finding(
                "DR601",
                f"'{_shown(view, para.start, n_start, m.end())}' contradicts the facts: "
                f"{_cite(best)}",
                n_start,
                n_end,
                "error",
                (_written_like(best.value, number),),
            )
        elif not named:
            pool = [f for f in figs_for_unit if _unit_matches(f, words)]
            values = {f.value for f in pool}
            if len(values) != 1 or any(_holds(f, value) for f in pool):
                continue
            best = _newest(pool)
            yield Finding(
                "DR601",
                f"'{_shown(view, para.start, n_start, m.end())}' differs from the facts "
                f"({_cite(best)}); name the event and "
                "edition so it can be checked",
                n_start,
                n_end,
                "info",
                (_written_like(best.value, number),),
            )


def _split_sentences() -> Callable[[str], list[Span]]:
    """The sentence splitter, imported on first use (when facts are given and a figure's
    sentence is sought), then bound here: an import statement costs a module look-up."""
    global _SPLIT_SENTENCES
    if _SPLIT_SENTENCES is None:
        from drafting.text.sentences import split_sentences

        _SPLIT_SENTENCES = split_sentences
    return _SPLIT_SENTENCES


_SPLIT_SENTENCES: Callable[[str], list[Span]] | None = None


def _unit_pattern(idx: _Index) -> re.Pattern[str]:
    """A counted unit after a figure: up to three words, then a unit head the facts count."""
    heads = "|".join(sorted((re.escape(h) for h in idx.units), key=len, reverse=True))
    return re.compile(
        rf"\s+(?:(?!(?:in|of|from|at|to|for|by|with)\b)[A-Za-z][\w'’-]*\s+){{0,3}}?(?P<u>{heads})\b",
        re.I,
    )


def _digits_pattern(idx: _Index) -> re.Pattern[str]:
    """The digits :func:`_unit_pattern` finds a counted unit after, in one C scan: most
    numbers of a release (dates, years, phone numbers) count nothing. The unit may lie
    past the paragraph here: the figure loop still matches within the paragraph."""
    return re.compile(rf"{_DIGITS.pattern}(?={_unit_pattern(idx).pattern})", re.I)


def _shown(view: str, para_start: int, n_start: int, end: int) -> str:
    """The figure as the copy writes it, with its qualifier ("over 900 representatives")."""
    qual = _QUAL_BEFORE.search(view, max(para_start, n_start - 16), n_start)
    return view[qual.start() if qual else n_start : end]


# A digit first and the look-behind after it: the engine then skips to digits at C speed
# (a leading look-behind is tried at every position).
_DIGITS = lazy(r"\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+|\d*)(?![\w,]\d|\.\d)")


def _numbers(
    text: str, low: str, digits: re.Pattern[str] | None = None
) -> list[tuple[int, int, str]]:
    """Figures in ``text``: digits (those ``digits`` matches, by default all), and the
    number words one to twenty (found in ``low``, ``text`` lower-cased, with
    ``str.find``: much faster here than a regex alternation)."""
    out = [(m.start(), m.end(), m.group()) for m in (digits or _DIGITS).finditer(text)]
    for word in _NUMBER_WORDS:
        out.extend(
            (pos, pos + len(word), text[pos : pos + len(word)]) for pos in _find_words(low, word)
        )
    return sorted(out)


#: a number at the end of a run of non-space after a mark or in comma groups ("(800",
#: "1,000"): what :data:`_DIGITS` finds there
_DIGITS_END = lazy(_DIGITS.pattern + r"\Z")
#: In the reversed lower-cased text, from a unit head back: the space before it, at most
#: three words, then the first run of non-space that ends in a digit or a number word
#: (group 1; group 2 its alphanumeric end). The unit pattern allows no more between a
#: figure and its unit, so no figure a head counts lies further back, but for one before
#: a number word ("seven ten cities"): a rare case, looked for apart.
_FIGURE_BEFORE_HEAD = lazy(
    r"\s+(?:[\w'’-]*[a-z]\s+){0,3}?(?=\d|(?:"
    + "|".join(w[::-1] for w in _NUMBER_WORDS)
    + r")(?![^\W_]))(([^\W_]*)\S*)"
)


def _numbers_before_heads(
    view: str, low: str, heads: Iterable[str]
) -> list[tuple[int, int, str]] | None:
    """The numbers of :func:`_numbers` within three words before a unit head: a superset
    of those the unit pattern accepts, found from the heads (a ``str.find`` each, then one
    match in the reversed text per head found) rather than by a regex over the whole view
    and twenty scans for number words. None when that pattern, case-blind, may find a head
    where ``low`` does not hold it: "ſ" and "ı" match "s" and "i", "İ" lower-cases to two."""
    if len(low) != len(view) or "ſ" in view or "ı" in view:
        return None
    rev = ""  # reversed when a head is found
    size = len(low)
    figure_before = _FIGURE_BEFORE_HEAD.match
    found: dict[int, tuple[int, int, str]] = {}
    for head in heads:
        at = low.find(head)
        while at != -1:
            if not rev:
                rev = low[::-1]
            if m := figure_before(rev, size - at):
                start, end = size - m.end(1), size - m.start(1)  # the run, in ``low``
                if rev[m.start(1)].isdecimal():
                    if low[start:end].isdecimal():
                        found[start] = (start, end, view[start:end])
                    elif d := _DIGITS_END.search(view, start, end):  # "(800", "1,000"
                        found[d.start()] = (d.start(), end, d.group())
                else:  # a number word: numbers may lie before it too
                    _numbers_in_runs(view, low, at, found)
            at = low.find(head, at + 1)
    return sorted(found.values())


def _numbers_in_runs(view: str, low: str, at: int, found: dict[int, tuple[int, int, str]]) -> None:
    """Adds to ``found`` each number of :func:`_numbers` at the end of one of the four runs
    of non-space before ``at``, the runs between them and ``at`` words."""
    back = 24
    while True:  # a window of the text before the head, wider if need be
        lo = max(0, at - back)
        runs = low[lo:at].split()
        # the last four runs, nearest first; a run the window starts in may be cut
        runs = runs[:-5:-1] if lo == 0 or len(runs) > 4 else runs[:0:-1]
        end = at
        for run in runs:
            start = low.rfind(run, lo, end)
            end = start + len(run)
            if run.isdecimal() or run in _NUMBER_WORDS:
                found[start] = (start, end, view[start:end])
            elif run.isalnum():
                pass
            elif run[-1].isdecimal():  # "(800", "1,000"
                if d := _DIGITS_END.search(view, start, end):
                    found[d.start()] = (d.start(), end, d.group())
            elif run[-1].isalpha():  # "twenty-one": the word after the mark
                cut = len(run)
                while run[cut - 1].isalnum():
                    cut -= 1
                if run[cut:] in _NUMBER_WORDS:
                    found[start + cut] = (start + cut, end, view[start + cut : end])
            if not run[0].isalpha():
                return  # not a word: no number before it counts this unit
            end = start
        if len(runs) == 4 or not lo:
            return
        back *= 8


_QUAL_BEFORE = lazy(rf"\b{_QUAL}\s+$", re.I)


def _written_like(value: float, model: str) -> str:
    """``value`` written the way the copy wrote its figure (digits, comma groups)."""
    number = int(value) if float(value).is_integer() else value
    if isinstance(number, int):
        return f"{number:,}" if "," in model else str(number)
    return str(number)
