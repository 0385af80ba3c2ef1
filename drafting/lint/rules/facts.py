"""DR6xx fact consistency (``--facts``): copy that disagrees with what the facts say.

Figures for the same thing, names spelt almost like a known name, acronyms
expanded differently, and event dates. Every finding cites the fact it is
checked against, so the editor can see which source is right.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from drafting.facts.model import Event, FactSet, Figure, Organization, Person, Provenance, Release
from drafting.lint.document import WORD, LintDoc
from drafting.lint.finding import Finding
from drafting.lint.names import allowed_edits, norm_name, norm_token, osa_distance
from drafting.lint.registry import rule

# A small facts set for the rules' own examples (tests use the seeds' real facts too).
EXAMPLE_FACTS = FactSet(
    releases=[Release(file="x.txt", city="Guangzhou", country="China", date="2023-12-11")],
    organizations=[
        Organization("Chinese People's Association for Friendship with Foreign Countries", "CPAFFC"),
        Organization("United Cities and Local Governments", "UCLG"),
    ],
    figures=[
        Figure(800, "representatives", "over", "over 800 representatives", "2023 Global Mayors' Forum",
               Provenance("x.txt", 0, 10, "2023-12-11")),
        Figure(65, "cities", None, "65 cities", "2023 Global Mayors' Forum"),
    ],
    people=[Person("Octavi de la Varga", "Secretary-General", "Metropolis")],
    events=[Event("Global Mayors' Forum", "2023", start="2023-12-08", end="2023-12-10")],
)

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_NUMBER_WORDS)
_QUAL = r"(?:over|more than|nearly|almost|about|around|some|up to|at least|fewer than|less than|approximately|roughly)"
_GENERIC_UNITS = frozenset("day days year years month months week weeks hour hours age ages time times minute minutes".split())


def _value(num: str) -> int:
    low = num.lower()
    return _NUMBER_WORDS[low] if low in _NUMBER_WORDS else int(low.replace(",", ""))


def _head(unit: str) -> str:
    words = unit.lower().split()
    return words[-1] if words else ""


_MEMO: dict[tuple[int, str], tuple[FactSet, object]] = {}


def _memo(facts: FactSet, key: str, build):  # type: ignore[no-untyped-def]
    """Per-FactSet cache (a FactSet is mutable, so not hashable): indexes built once per run."""
    hit = _MEMO.get((id(facts), key))
    if hit is None or hit[0] is not facts:
        hit = _MEMO[(id(facts), key)] = (facts, build(facts))
    return hit[1]


def _figure_index(facts: FactSet) -> dict[str, list[Figure]]:
    idx: dict[str, list[Figure]] = defaultdict(list)
    for fig in facts.figures:
        head = _head(fig.unit)
        if head and head not in _GENERIC_UNITS and isinstance(fig.value, int | float):
            idx[head].append(fig)
    return dict(idx)


def _cite(fig: Figure) -> str:
    where = ""
    if fig.provenance:
        where = f", {fig.provenance.file}" + (f" {fig.provenance.date}" if fig.provenance.date else "")
    about = f" for {fig.subject}" if fig.subject else ""
    return f"'{fig.text or f'{fig.value:g} {fig.unit}'}'{about}{where}"


def _events_in(text: str, facts: FactSet) -> list[Event]:
    low = text.casefold()
    return [e for e in facts.events if e.name.casefold() in low and (not e.edition or e.edition.casefold() in low)]


@rule(
    "DR601", "figure-contradicts-facts", "a figure that contradicts the facts for the same thing", "error",
    must_flag=("The 2023 Global Mayors' Forum drew over 900 representatives.",),
    must_not_flag=("The 2023 Global Mayors' Forum drew over 800 representatives from 65 cities.",
                   "The mayors met for 20 years."),
    needs_facts=True,
)
def figures(doc: LintDoc) -> Iterator[Finding]:
    facts = doc.facts
    if facts is None:
        return
    index = _memo(facts, "figures", _figure_index)
    if not index:
        return
    heads = "|".join(sorted((re.escape(h) for h in index), key=len, reverse=True))
    rx = re.compile(
        rf"\b(?:{_QUAL}\s+)?(?P<n>{_NUMBER})\s+(?:(?!(?:in|of|from|at|to|for|by|with)\b)[A-Za-z][\w'’-]*\s+){{0,3}}?(?P<u>{heads})\b",
        re.I,
    )
    for para in doc.paragraphs:
        events = _events_in(para.text, facts)
        subjects = {f"{e.edition} {e.name}" if e.edition else e.name for e in events}
        for m in rx.finditer(para.text):
            figs = index[m.group("u").lower()]
            if re.fullmatch(r"(?:19|20)\d\d", m.group("n")):
                continue  # a year ("2023 Global Mayors' Forum"), not a count
            value = _value(m.group("n"))
            if any(f.value == value for f in figs):
                continue  # known for this unit somewhere: consistent
            same = [f for f in figs if f.subject in subjects] if subjects else []
            pool = same or figs
            values = {f.value for f in pool}
            if len(values) != 1 and not same:
                continue  # the facts hold several values and nothing ties this one to either
            best = max(pool, key=lambda f: (f.provenance.date or "") if f.provenance else "")
            start = para.start + m.start("n")
            yield Finding(
                "DR601",
                f"'{m.group().strip()}' contradicts the facts: {_cite(best)}",
                start, para.start + m.end("n"), "error", (f"{best.value:,g}" if m.group("n")[0].isdigit() else str(best.value),),
            )


def _known_names(facts: FactSet) -> set[str]:
    names = set(facts.known_names())
    for e in facts.events:
        if e.edition:
            names.add(f"{e.edition} {e.name}")
    return {n for n in names if n and n.strip()}


def _name_index(facts: FactSet) -> tuple[dict[str, str], dict[str, list[tuple[str, ...]]], frozenset[str]]:
    """(single-token names by case-folded form, multi-token names by first/last token, all tokens)."""
    singles: dict[str, str] = {}
    multi: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    tokens: set[str] = set()
    for name in _known_names(facts):
        toks = tuple(m.group() for m in WORD.finditer(name))
        tokens.update(norm_token(t) for t in toks)
        if len(toks) == 1:
            singles[norm_token(toks[0])] = toks[0]
        elif toks:
            multi[norm_token(toks[0])].append(toks)
            multi[norm_token(toks[-1])].append(toks)
        for t in toks:
            if len(t) >= 5 and t[0].isupper():
                singles.setdefault(norm_token(t), t)
    return singles, dict(multi), frozenset(tokens)


@rule(
    "DR602", "name-near-miss", "a name spelt almost like a name in the facts", "error",
    must_flag=("The forum opened in Guangzhuo.", "Octavi de la Vargas spoke.", "The CPAFC hosted it."),
    must_not_flag=("The forum opened in Guangzhou.", "Octavi de la Varga spoke.", "The CPAFFC hosted it.",
                   "Guangzhou's mayors met.", "The Metropolises met."),
    needs_facts=True,
)
def name_near_miss(doc: LintDoc) -> Iterator[Finding]:
    if doc.facts is None:
        return
    singles, multi, tokens = _memo(doc.facts, "names", _name_index)
    words = doc.words
    flagged: set[int] = set()
    for i, w in enumerate(words):
        tok = norm_token(w.text)
        # multi-word names anchored on an exact first or last token
        for name in multi.get(tok, ()):
            n = len(name)
            for lo in (i, i - n + 1):
                window = words[lo : lo + n] if lo >= 0 else []
                if len(window) != n or not (window[0].text[:1].isupper()):
                    continue
                got = " ".join(norm_token(x.text) for x in window)
                want = " ".join(norm_token(x) for x in name)
                if got == want:
                    continue
                d = osa_distance(got, want, 2)
                if 0 < d <= allowed_edits(want) and window[0].start not in flagged:
                    bad = [x for x, y in zip(window, name, strict=True) if norm_token(x.text) != norm_token(y)]
                    if len(bad) != 1 or bad[0].text[:1].islower() and not name[window.index(bad[0])][:1].islower():
                        continue
                    right = name[window.index(bad[0])]
                    flagged.add(window[0].start)
                    flagged.add(bad[0].start)
                    yield Finding("DR602", f"'{bad[0].text}' is close to the known name '{' '.join(name)}'",
                                  bad[0].start, bad[0].start + len(bad[0].text.rstrip("'’s")) if norm_token(bad[0].text) != bad[0].text.casefold() else bad[0].end,
                                  "error", (right,))
        # single tokens: capitalised, unknown to the dictionary and to the facts
        if w.start in flagged or tok in tokens or not w.text[:1].isupper() or len(tok) < 4:
            continue
        if tok in doc.lexicon or tok in doc.known_words:
            continue
        if doc.view[w.start - 1 : w.start] == "(" and doc.view[w.end : w.end + 1] == ")":
            continue  # "(UCGL)" after a name: DR603 judges the definition
        for key, name in singles.items():
            if key[0] != tok[0] or abs(len(key) - len(tok)) > 2:
                continue
            is_acronym = name.isupper() and w.text.isupper()
            limit = 1 if is_acronym else allowed_edits(key)
            if (name.isupper() != w.text.isupper()) or osa_distance(tok, key, limit) > limit:
                continue
            flagged.add(w.start)
            end = w.start + len(_strip_possessive(w.text))
            yield Finding("DR602", f"'{doc.text[w.start:end]}' is close to the known name '{name}'",
                          w.start, end, "error", (name,))
            break


def _strip_possessive(token: str) -> str:
    return re.sub(r"['’]s$", "", token)


_EXPANSION = re.compile(
    r"(?P<exp>(?:[A-Z][\w'’.&-]*)(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|the|de|la|on|in|with|to))*)"
    r"\s+\((?P<acr>[A-Z][A-Za-z&]{1,11})\)"
)


@rule(
    "DR603", "acronym-expansion", "an acronym spelt out differently than the facts do", "error",
    must_flag=("the Chinese Association for Friendship with Foreign Countries (CPAFFC) met",
               "United Cities and Local Governments (UCGL) met"),
    must_not_flag=("the Chinese People's Association for Friendship with Foreign Countries (CPAFFC) met",
                   "United Cities and Local Governments (UCLG) met", "the World Health Organization (WHO) met"),
    needs_facts=True,
)
def acronym_expansion(doc: LintDoc) -> Iterator[Finding]:
    if doc.facts is None:
        return
    by_acr: dict[str, list[str]] = defaultdict(list)
    by_name: dict[str, str] = {}
    for org in doc.facts.organizations:
        if org.acronym:
            by_acr[org.acronym].append(org.name)
            by_name[norm_name(org.name)] = org.acronym
    for m in _EXPANSION.finditer(doc.view):
        acr, exp = m.group("acr"), m.group("exp")
        toks = exp.split()
        known = by_acr.get(acr)
        if known:
            if any(_ends_with(toks, name) for name in known):
                continue
            name = min(known, key=lambda n: osa_distance(norm_name(" ".join(toks[-len(n.split()):])), norm_name(n), 99))
            n = len(name.split())
            tail = toks[-n:] if len(toks) >= n else toks
            start = m.start("exp") + exp.rfind(" ".join(tail)) if " ".join(tail) in exp else m.start("exp")
            yield Finding("DR603", f"the facts spell out {acr} as '{name}'", start, m.end("exp"), "error", (name,))
            continue
        for k in range(len(toks)):
            want = by_name.get(norm_name(" ".join(toks[k:])))
            if want and want != acr:
                yield Finding("DR603", f"the facts abbreviate '{' '.join(toks[k:])}' as {want}, not {acr}",
                              m.start("acr"), m.end("acr"), "error", (want,))
                break


def _ends_with(tokens: list[str], name: str) -> bool:
    want = norm_name(name).split()
    got = norm_name(" ".join(tokens)).split()
    return len(got) >= len(want) and got[-len(want):] == want


_MONTHS = {m: i + 1 for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
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
    "DR604", "event-dates", "event dates that disagree with the facts", "error",
    must_flag=("The 2023 Global Mayors' Forum will be held from December 9 to 12.",),
    must_not_flag=("The 2023 Global Mayors' Forum will be held from December 8 to 10.",
                   "The 2023 Global Mayors' Forum was announced on November 4."),
    needs_facts=True,
)
def event_dates(doc: LintDoc) -> Iterator[Finding]:
    if doc.facts is None:
        return
    for para in doc.paragraphs:
        groups: dict[tuple[str, str | None], list[Event]] = defaultdict(list)
        for e in _events_in(para.text, doc.facts):
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
            label = f"{edition} {name}" if edition else name
            yield Finding(
                "DR604",
                f"the facts date the {label} {first:%b} {first.day}-{last:%b} {last.day}, {last.year}",
                para.start + m.start(), para.start + m.end(), "error",
            )
