"""DR602, DR605: names spelt almost like a known name; titles the facts do not give."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from drafting.facts.model import FactSet
from drafting.lint.document import WORD, LintDoc, Token
from drafting.lint.finding import Finding
from drafting.lint.names import allowed_edits, norm_token, osa_distance
from drafting.lint.registry import rule
from drafting.lint.rules.facts_common import memo


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
    singles, multi, tokens = memo(doc.facts, "names", _name_index)
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
    seen: dict[tuple[str, bool], str | None] = memo(facts, "near", lambda _: {})
    if (tok, upper) not in seen:
        seen[(tok, upper)] = None
        for key, name in singles.items():
            if key[0] != tok[0] or abs(len(key) - len(tok)) > 2 or name.isupper() != upper:
                continue
            limit = 1 if upper else allowed_edits(key)
            if osa_distance(tok, key, limit) <= limit:
                seen[(tok, upper)] = name
                break
    return seen[(tok, upper)]


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


def _title_index(facts: FactSet) -> dict[str, tuple[str, set[str]]]:
    """Folded person name -> (name as written, every title the facts give them)."""
    out: dict[str, tuple[str, set[str]]] = {}
    for p in facts.people:
        if p.title and " " in p.name:
            out.setdefault(p.name.casefold(), (p.name, set()))[1].add(p.title)
    return out


def _fold_title(title: str) -> str:
    return " ".join(title.casefold().replace("-", " ").split())


@rule(
    "DR605",
    "person-title",
    "a person's title that differs from every title the facts give them",
    "warning",
    must_flag=("Octavi de la Varga, President of Metropolis, spoke.",),
    must_not_flag=(
        "Octavi de la Varga, Secretary-General of Metropolis, spoke.",
        "Octavi de la Varga said the forum was a success.",
    ),
    needs_facts=True,
)
def person_title(doc: LintDoc) -> Iterator[Finding]:
    if doc.facts is None:
        return
    people = memo(doc.facts, "titles", _title_index)
    if not people:
        return
    view = doc.view
    for name, titles in people.values():
        pos = view.find(name)
        while pos != -1:
            m = _TITLE_AFTER_NAME.match(view, pos + len(name))
            pos = view.find(name, pos + 1)
            if m:
                yield from _check_title(name, titles, m)


_TITLE_AFTER_NAME = re.compile(
    r",[ \t]+(?P<title>(?:the[ \t]+)?[A-Z][\w'’ -]{2,60}?)(?=[ \t]+(?:of|at|for|to)\b|,)"
)


def _check_title(name: str, titles: set[str], m: re.Match[str]) -> Iterator[Finding]:
    got = _fold_title(m.group("title"))
    if any(_fold_title(t).startswith(got) or got.startswith(_fold_title(t)) for t in titles):
        return
    yield Finding(
        "DR605",
        f"the facts give {name}'s title as '{sorted(titles)[0]}'",
        m.start("title"),
        m.end("title"),
        "warning",
        tuple(sorted(titles)),
    )
