"""DR601: a figure that contradicts the facts for the same thing."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator

from drafting.facts.model import Event, FactSet, Figure
from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule
from drafting.lint.rules.facts_common import events_in, memo

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
    index = memo(facts, "figures", _figure_index)
    if not index:
        return
    heads = "|".join(sorted((re.escape(h) for h in index), key=len, reverse=True))
    unit_rx = memo(
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
            events_of[i] = events_in(para.text, facts)
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
