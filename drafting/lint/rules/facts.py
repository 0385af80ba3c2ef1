"""DR6xx fact consistency (``--facts``): copy that disagrees with what the facts say.

Figures for the same thing, names spelt almost like a known name, acronyms
expanded differently, and event dates. Every finding cites the fact it is
checked against, so the editor can see which source is right.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from drafting.facts.model import Event, FactSet, Figure, Organization, Person, Provenance, Release
from drafting.lint.document import WORD, LintDoc, Token
from drafting.lint.finding import Finding
from drafting.lint.names import allowed_edits, norm_name, norm_token, osa_distance
from drafting.lint.registry import rule

# A small facts set for the rules' own examples (tests use the seeds' real facts too).
EXAMPLE_FACTS = FactSet(
    releases=[Release(file="x.txt", city="Guangzhou", country="China", date="2023-12-11")],
    organizations=[
        Organization(
            "Chinese People's Association for Friendship with Foreign Countries", "CPAFFC"
        ),
        Organization("United Cities and Local Governments", "UCLG"),
    ],
    figures=[
        Figure(
            800,
            "representatives",
            "over",
            "over 800 representatives",
            "2023 Global Mayors' Forum",
            Provenance("x.txt", 0, 10, "2023-12-11"),
        ),
        Figure(65, "cities", None, "65 cities", "2023 Global Mayors' Forum"),
    ],
    people=[Person("Octavi de la Varga", "Secretary-General", "Metropolis")],
    events=[Event("Global Mayors' Forum", "2023", start="2023-12-08", end="2023-12-10")],
)

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
        where = f", {fig.provenance.file}" + (
            f" {fig.provenance.date}" if fig.provenance.date else ""
        )
    about = f" for {fig.subject}" if fig.subject else ""
    return f"'{fig.text or f'{fig.value:g} {fig.unit}'}'{about}{where}"


def _events_in(text: str, facts: FactSet) -> list[Event]:
    low = text.casefold()
    return [
        e
        for e in facts.events
        if e.name.casefold() in low and (not e.edition or e.edition.casefold() in low)
    ]


@rule(
    "DR601",
    "figure-contradicts-facts",
    "a figure that contradicts the facts for the same thing",
    "error",
    must_flag=("The 2023 Global Mayors' Forum drew over 900 representatives.",),
    must_not_flag=(
        "The 2023 Global Mayors' Forum drew over 800 representatives from 65 cities.",
        "The mayors met for 20 years.",
    ),
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
    unit_rx = _memo(
        facts,
        "unit-rx",
        lambda _: re.compile(
            rf"\s+(?:(?!(?:in|of|from|at|to|for|by|with)\b)[A-Za-z][\w'’-]*\s+){{0,3}}?(?P<u>{heads})\b",
            re.I,
        ),
    )
    view = doc.view
    paras = doc.paragraphs
    starts = [p.start for p in paras]
    events_of: dict[int, list[Event]] = {}
    for n_start, n_end, number in _numbers(view):
        i = bisect.bisect_right(starts, n_start) - 1
        if i < 0:
            continue
        para = paras[i]
        m = unit_rx.match(view, n_end, para.end)
        if not m or _YEAR.fullmatch(number):
            continue  # no counted unit, or a year ("2023 Global Mayors' Forum")
        figs = index[m.group("u").lower()]
        value = _value(number)
        if any(f.value == value for f in figs):
            continue  # known for this unit somewhere: consistent
        if i not in events_of:
            events_of[i] = _events_in(para.text, facts)
        subjects = {f"{e.edition} {e.name}" if e.edition else e.name for e in events_of[i]}
        same = [f for f in figs if f.subject in subjects] if subjects else []
        pool = same or figs
        if len({f.value for f in pool}) != 1 and not same:
            continue  # the facts hold several values and nothing ties this one to either
        best = max(pool, key=lambda f: (f.provenance.date or "") if f.provenance else "")
        qual = _QUAL_BEFORE.search(view, max(para.start, n_start - 16), n_start)
        shown = view[qual.start() if qual else n_start : m.end()]
        yield Finding(
            "DR601",
            f"'{shown}' contradicts the facts: {_cite(best)}",
            n_start,
            n_end,
            "error",
            (_written_like(best.value, number),),
        )


_DIGITS = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w,]\d|\.\d)")


def _numbers(text: str) -> list[tuple[int, int, str]]:
    """Figures in ``text``: digits, and the number words one to twenty (found with
    ``str.find``, much faster here than a regex alternation)."""
    out = [(m.start(), m.end(), m.group()) for m in _DIGITS.finditer(text)]
    low = text.lower()
    for word in _NUMBER_WORDS:
        pos = low.find(word)
        while pos != -1:
            end = pos + len(word)
            if (pos == 0 or not low[pos - 1].isalnum()) and (
                end == len(low) or not low[end].isalnum()
            ):
                out.append((pos, end, text[pos:end]))
            pos = low.find(word, end)
    return sorted(out)


_YEAR = re.compile(r"(?:19|20)\d\d")
_QUAL_BEFORE = re.compile(rf"\b{_QUAL}\s+$", re.I)


def _written_like(value: float, model: str) -> str:
    """``value`` written the way the copy wrote its figure (digits, comma groups)."""
    number = int(value) if float(value).is_integer() else value
    if isinstance(number, int):
        return f"{number:,}" if "," in model else str(number)
    return str(number)


def _known_names(facts: FactSet) -> set[str]:
    names = set(facts.known_names())
    for e in facts.events:
        if e.edition:
            names.add(f"{e.edition} {e.name}")
    return {n for n in names if n and n.strip()}


_Names = tuple[
    dict[str, str], dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]], frozenset[str]
]


def _name_index(facts: FactSet) -> _Names:
    """(one-word names by folded form, multi-word names (tokens, folded tokens) by their
    first and last folded token, every folded name token)."""
    singles: dict[str, str] = {}
    multi: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(list)
    tokens: set[str] = set()
    for name in _known_names(facts):
        toks = tuple(m.group() for m in WORD.finditer(name))
        folded = tuple(norm_token(t) for t in toks)
        tokens.update(folded)
        if len(toks) == 1:
            singles[folded[0]] = toks[0]
        elif toks:
            multi[folded[0]].append((toks, folded))
            if folded[-1] != folded[0]:
                multi[folded[-1]].append((toks, folded))
        for t, f in zip(toks, folded, strict=True):
            if len(t) >= 5 and t[0].isupper():
                singles.setdefault(f, t)
    return singles, dict(multi), frozenset(tokens)


@rule(
    "DR602",
    "name-near-miss",
    "a name spelt almost like a name in the facts",
    "error",
    must_flag=(
        "The forum opened in Guangzhuo.",
        "Octavi de la Vargas spoke.",
        "The CPAFC hosted it.",
    ),
    must_not_flag=(
        "The forum opened in Guangzhou.",
        "Octavi de la Varga spoke.",
        "The CPAFFC hosted it.",
        "Guangzhou's mayors met.",
        "The Metropolises met.",
    ),
    needs_facts=True,
)
def name_near_miss(doc: LintDoc) -> Iterator[Finding]:
    if doc.facts is None:
        return
    singles, multi, tokens = _memo(doc.facts, "names", _name_index)
    words = _name_words(doc.view)
    folded: list[str | None] = [None] * len(words)

    def fold(i: int) -> str:
        f = folded[i]
        if f is None:
            f = folded[i] = norm_token(words[i].text)
        return f

    flagged: set[int] = set()
    for i, w in enumerate(words):
        if not w.text[0].isupper():
            continue  # names, and slips of names, are capitalised (breaks are " ")
        tok = fold(i)
        # multi-word names anchored on an exact first or last token
        for name, fname in multi.get(tok, ()):
            n = len(name)
            for lo in (i, i - n + 1):
                if lo < 0 or lo + n > len(words) or not words[lo].text[0].isupper():
                    continue
                bad = -1
                for k in range(n):
                    if fold(lo + k) != fname[k]:
                        if bad >= 0:
                            bad = -2
                            break
                        bad = k
                if bad < 0 or words[lo].start in flagged:
                    continue  # the name itself, or too different to be a slip of it
                wrong, right = words[lo + bad], name[bad]
                if wrong.text[:1].islower() != right[:1].islower():
                    continue
                got, want = fold(lo + bad), fname[bad]
                if osa_distance(got, want, 2) > allowed_edits(want):
                    continue
                if got in (want + "s", want + "es") and doc.lexicon.count(want):
                    continue  # a plural of a common word ("Metropolises"), not a misspelt name
                flagged.update((words[lo].start, wrong.start))
                end = wrong.start + len(_strip_possessive(wrong.text))
                yield Finding(
                    "DR602",
                    f"'{doc.text[wrong.start : end]}' is close to the known name "
                    f"'{' '.join(name)}'",
                    wrong.start,
                    end,
                    "error",
                    (right,),
                )
        # single tokens: capitalised, unknown to the dictionary and to the facts
        if w.start in flagged or tok in tokens or len(tok) < 4:
            continue
        if tok in doc.lexicon or tok in doc.known_words:
            continue
        if doc.view[w.start - 1 : w.start] == "(" and doc.view[w.end : w.end + 1] == ")":
            continue  # "(UCGL)" after a name: DR603 judges the definition
        name = _near_single(doc.facts, singles, tok, w.text.isupper())
        if name:
            flagged.add(w.start)
            end = w.start + len(_strip_possessive(w.text))
            yield Finding(
                "DR602",
                f"'{doc.text[w.start : end]}' is close to the known name '{name}'",
                w.start,
                end,
                "error",
                (name,),
            )


def _near_single(facts: FactSet, singles: dict[str, str], tok: str, upper: bool) -> str | None:
    """The known one-word name ``tok`` nearly spells (memoised per facts and token)."""
    memo: dict[tuple[str, bool], str | None] = _memo(facts, "near", lambda _: {})
    if (tok, upper) not in memo:
        memo[(tok, upper)] = None
        for key, name in singles.items():
            if key[0] != tok[0] or abs(len(key) - len(tok)) > 2 or name.isupper() != upper:
                continue
            limit = 1 if upper else allowed_edits(key)
            if osa_distance(tok, key, limit) <= limit:
                memo[(tok, upper)] = name
                break
    return memo[(tok, upper)]


# Runs of capitalised words and the small words names contain: the only places a
# name (or a slip of one) can be. Scanning these is much cheaper than every word.
_RUN = re.compile(
    r"[A-Z][\w'’.&-]*(?:[ \t]+(?:[A-Z0-9][\w'’.&-]*"
    r"|(?:de|la|del|der|des|di|da|du|van|von|le|el|of|for"
    r"|and|the|with|in|on|to|at|through|from)\b))*"
)


def _name_words(view: str) -> list[Token]:
    """Word tokens inside capitalised runs, in order (a run boundary never joins names)."""
    out: list[Token] = []
    for run in _RUN.finditer(view):
        base = run.start()
        out.extend(
            Token(base + m.start(), base + m.end(), m.group()) for m in WORD.finditer(run.group())
        )
        out.append(Token(run.end(), run.end(), " "))  # a break: no window spans two runs
    return out


def _strip_possessive(token: str) -> str:
    return re.sub(r"['’]s$", "", token)


_DEFINITION = re.compile(r"\((?P<acr>[A-Z][A-Za-z&]{1,11})\)")
_NAME_TOKEN = re.compile(r"[A-Z][\w'’.&-]*$|(?:of|for|and|the|de|la|on|in|with|to)$")


class _Expansion(NamedTuple):
    """A name spelt out before "(ACR)": the span of the name and the acronym."""

    start: int
    end: int
    exp: str
    acr_start: int
    acr_end: int
    acr: str


def _expansions(view: str) -> Iterator[_Expansion]:
    """Each "(ACR)" with the run of capitalised words (and connectives) just before it."""
    for m in _DEFINITION.finditer(view):
        end = m.start()
        while end > 0 and view[end - 1] in " \t":
            end -= 1
        if end == m.start() or end == 0:
            continue
        start = end
        for tok in reversed(list(re.finditer(r"\S+", view[max(0, end - 200) : end]))):
            if (
                not _NAME_TOKEN.match(tok.group())
                or view[max(0, end - 200) + tok.end() : start].count("\n") > 1
            ):
                break
            start = max(0, end - 200) + tok.start()
        while start < end and not view[start].isupper():  # a name starts with a capital
            nxt = view.find(" ", start, end)
            start = end if nxt < 0 else nxt + 1
        if start < end:
            yield _Expansion(
                start, end, view[start:end], m.start("acr"), m.end("acr"), m.group("acr")
            )


@rule(
    "DR603",
    "acronym-expansion",
    "an acronym spelt out differently than the facts do",
    "error",
    must_flag=(
        "the Chinese Association for Friendship with Foreign Countries (CPAFFC) met",
        "United Cities and Local Governments (UCGL) met",
    ),
    must_not_flag=(
        "the Chinese People's Association for Friendship with Foreign Countries (CPAFFC) met",
        "United Cities and Local Governments (UCLG) met",
        "the World Health Organization (WHO) met",
    ),
    needs_facts=True,
)
def acronym_expansion(doc: LintDoc) -> Iterator[Finding]:
    if doc.facts is None or "(" not in doc.view:
        return
    by_acr, by_name = _memo(doc.facts, "acronyms", _acronym_index)
    for m in _expansions(doc.view):
        acr, exp = m.acr, m.exp
        toks = exp.split()
        known = by_acr.get(acr)
        if known:
            if any(_ends_with(toks, name) for name in known):
                continue
            name = (
                known[0]
                if len(known) == 1
                else min(
                    known,
                    key=lambda n: osa_distance(
                        norm_name(" ".join(toks[-len(n.split()) :])), norm_name(n), 12
                    ),
                )
            )
            n = len(name.split())
            tail = toks[-n:] if len(toks) >= n else toks
            start = m.start + exp.rfind(" ".join(tail)) if " ".join(tail) in exp else m.start
            yield Finding(
                "DR603", f"the facts spell out {acr} as '{name}'", start, m.end, "error", (name,)
            )
            continue
        for k in range(len(toks)):
            want = by_name.get(norm_name(" ".join(toks[k:])))
            if want and want != acr:
                yield Finding(
                    "DR603",
                    f"the facts abbreviate '{' '.join(toks[k:])}' as {want}, not {acr}",
                    m.acr_start,
                    m.acr_end,
                    "error",
                    (want,),
                )
                break


def _acronym_index(facts: FactSet) -> tuple[dict[str, list[str]], dict[str, str]]:
    """(acronym -> the names it stands for, folded name -> acronym), from the organisations."""
    by_acr: dict[str, list[str]] = defaultdict(list)
    by_name: dict[str, str] = {}
    for org in facts.organizations:
        if org.acronym:
            if org.name not in by_acr[org.acronym]:
                by_acr[org.acronym].append(org.name)
            by_name[norm_name(org.name)] = org.acronym
    return dict(by_acr), by_name


def _ends_with(tokens: list[str], name: str) -> bool:
    want = norm_name(name).split()
    got = norm_name(" ".join(tokens)).split()
    return len(got) >= len(want) and got[-len(want) :] == want


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
