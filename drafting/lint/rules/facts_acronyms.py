"""DR603: an acronym spelt out differently than the facts do."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.names import name_tokens, norm_name, osa_distance
from drafting.lint.registry import rule
from drafting.lint.rules.facts_common import memo
from drafting.text.lazy import lazy

if TYPE_CHECKING:  # the model is imported only when facts are given
    from drafting.facts.model import FactSet

_DEFINITION = lazy(r"\((?P<acr>[A-Z][A-Za-z&]{1,11})\)")
_NAME_TOKEN = lazy(r"[A-Z][\w'’.&-]*$|(?:of|for|and|the|de|la|on|in|with|to)$")
# The words of a name before "(ACR)", read back from it in the text reversed: each a
# whole word (what follows it there is a space, or the window's start) that
# ``_NAME_TOKEN`` takes (the reverse of a capital and word characters, or of a small
# word), after a gap of one line break at most. Repeats that give nothing back: a gap
# ends where a word starts, and each word's match ends at a space.
_RUN_BACK = lazy(
    r"(?:[^\S\n]*+(?:\n[^\S\n]*+)?"
    r"(?:[\w'’.&-]*[A-Z]|fo|rof|dna|eht|ed|al|no|ni|htiw|ot)(?=\s|\Z))*+"
)


class _Expansion(NamedTuple):
    """A name spelt out before "(ACR)": the span of the name and the acronym."""

    start: int
    end: int
    exp: str
    acr_start: int
    acr_end: int
    acr: str


def _expansions(view: str, wanted: Callable[[str, str], bool]) -> Iterator[_Expansion]:
    """Each "(ACR)" with the run of capitalised words (and connectives) just before it,
    when ``wanted(acr, last)`` (``last``: the text from the last space before it): the
    run is read back word by word only for those."""
    for m in _DEFINITION.finditer(view):
        end = m.start()
        while end > 0 and view[end - 1] in " \t":
            end -= 1
        if end == m.start() or end == 0:
            continue
        base = max(0, end - 200)
        window = view[base:end]
        last = window.rsplit(None, 1)
        if not last or not wanted(m.group("acr"), last[-1]):
            continue  # (only line breaks before it: no name)
        # the run read back word by word, in one match over the window reversed
        start = end - _RUN_BACK.match(window[::-1]).end()
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
    by_acr, by_name = memo(doc.facts, "acronyms", _acronym_index)
    ends: frozenset[str] = memo(doc.facts, "acronym-name-ends", _name_ends)  # type: ignore[arg-type]

    def wanted(acr: str, last: str) -> bool:  # an acronym the facts know, or a name
        return acr in by_acr or _may_end_name(last, ends)

    for m in _expansions(doc.view, wanted):
        acr, exp = m.acr, m.exp
        toks = exp.split()
        known = by_acr.get(acr)
        if known:
            got = list(filter(None, name_tokens(exp)))  # norm_name(exp).split()
            if any(got[-len(want) :] == want for want in _folded(doc.facts, acr)):
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


def _may_end_name(last: str, ends: frozenset[str]) -> bool:
    """Whether a run of words whose last chunk is ``last`` may end in a name with one of
    the last words ``ends``: every suffix of the run ends in the last word of ``last``
    (when that holds one that is not "the")."""
    folded = name_tokens(last)
    tail = folded[-1] if folded else ""  # norm_name(last).rsplit(" ", 1)[-1]
    return not tail or "" in ends or tail in ends


def _name_ends(facts: FactSet) -> frozenset[str]:
    """The last word of every folded name the facts abbreviate."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in _acronym_index(facts)[1])


def _folded(facts: FactSet, acr: str) -> list[list[str]]:
    """The folded words of each name ``acr`` stands for (memoised per facts): a spelt-out
    run ends with one when its folded words end with them."""
    table: dict[str, list[list[str]]] = memo(facts, "acronym-folds", lambda _: {})
    got = table.get(acr)
    if got is None:
        by_acr = memo(facts, "acronyms", _acronym_index)[0]
        got = table[acr] = [norm_name(name).split() for name in by_acr[acr]]
    return got
