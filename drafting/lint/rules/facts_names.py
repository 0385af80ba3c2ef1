"""DR602, DR605: names spelt almost like a known name; titles the facts do not give."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, filterfalse, repeat
from operator import ne
from typing import TYPE_CHECKING

from drafting.lint.document import WORD, LintDoc
from drafting.lint.finding import Finding
from drafting.lint.names import TokenFolds, allowed_edits, norm_token, osa_distance
from drafting.lint.registry import rule
from drafting.lint.rules.facts_common import memo
from drafting.text.lazy import lazy

if TYPE_CHECKING:  # the model is imported only when facts are given
    from drafting.facts.model import FactSet


def _known_names(facts: FactSet) -> set[str]:
    names = set(facts.known_names())
    for e in facts.events:
        if e.edition:
            names.add(f"{e.edition} {e.name}")
    return {n for n in names if n and n.strip()}


# a multi-word name's tokens, folded tokens and length, with one place of an anchor and
# two tokens tested first (see _probe)
_Probe = tuple[tuple[str, ...], tuple[str, ...], int, int, int, int]
_Names = tuple[dict[str, str], dict[str, list[_Probe]], frozenset[str]]


def _name_index(facts: FactSet) -> _Names:
    """(one-word names by folded form, multi-word names (tokens, folded tokens, anchor
    places) by their first and last folded token, every folded name token)."""
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
    # "Global Mayors' Forum" and "2023 Global Mayors' Forum" have the same words: one entry
    # each, so a common word ("Forum") is not checked against the same name three times
    deduped = {key: list(dict.fromkeys(names)) for key, names in multi.items()}
    probes = {key: [p for n in names for p in _probe(key, *n)] for key, names in deduped.items()}
    return singles, probes, frozenset(tokens)


def _probe(key: str, toks: tuple[str, ...], folded: tuple[str, ...]) -> list[_Probe]:
    """The name at each place (its first, its last token) where a word ``key`` may anchor
    a window that is a finding: where the name has ``key``, or where ``key`` is itself a
    slip of the name's token (then it is the one token off). Each place comes with two
    other tokens of the window, tested first: when both differ, it is two or more off."""
    n = len(folded)
    # the two tokens inward of the anchor (wrapping round in a two-word name)
    places = ((0, 1, 2 % n), (n - 1, n - 2, (n - 3) % n))
    return [
        (toks, folded, n, a, p, q)
        for a, p, q in places
        if folded[a] == key or _near(key, folded[a])
    ]


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
    singles, multi, _ = memo(doc.facts, "names", _name_index)
    # Only a capitalised word that anchors a multi-word name, or that no list knows, can
    # start a finding: find those among the distinct words that may hold a capital (each
    # judged once per run of files), then tokenise only the runs that hold one (windows
    # never span two runs).
    judge = _judge(doc)
    words = _capital_words(doc.capital_chunks)
    # of those, a word no list knows that spells no one-word name nearly can start none
    # (kept per word, as the verdict is): its runs need no finding, nor a search
    visit = set(filter(judge.seek.__getitem__, compress(words, map(judge.__getitem__, words))))
    if not visit:
        return
    runs = _runs_holding(doc.view, visit)
    texts = _run_words(runs)
    folded = list(map(judge.fold.__getitem__, texts))
    starts = _Starts(runs, texts)
    flagged: set[int] = set()
    size = len(texts)
    # names, and slips of names, are capitalised (breaks are "|"): the few words to visit
    # are picked out in C
    for i in compress(range(size), map(visit.__contains__, texts)):
        tok = folded[i]
        probes = multi.get(tok)
        if probes is not None:
            # multi-word names anchored on an exact first or last token
            for name, fname, n, a, p, q in probes:
                lo = i - a
                # one token off exactly (counted in C): the name itself, or two or more
                # tokens off, is no slip of it (two tokens that both differ: at once)
                if (
                    0 <= lo <= size - n
                    and (folded[lo + p] == fname[p] or folded[lo + q] == fname[q])
                    and sum(map(ne, folded[lo : lo + n], fname)) == 1
                ):
                    hit = _window_near_miss(doc, starts, texts, folded, flagged, lo, name, fname)
                    if hit:
                        yield hit
            continue  # an anchor is a name's token: no single-word slip
        # single tokens: the others sought are capitalised, unknown to the dictionary and
        # to the facts, and nearly spell a one-word name (``_Seek``)
        text = texts[i]
        start = starts[i]
        if start in flagged:
            continue
        end = start + len(text)
        if doc.view[start - 1 : start] == "(" and doc.view[end : end + 1] == ")":
            continue  # "(UCGL)" after a name: DR603 judges the definition
        near = _near_single(doc.facts, singles, tok, text.isupper())
        if near:
            flagged.add(start)
            end = start + len(_strip_possessive(text))
            yield Finding(
                "DR602",
                f"'{doc.text[start:end]}' is close to the known name '{near}'",
                start,
                end,
                "error",
                (near,),
            )


# Bytes of UTF-8 text to be spaces for ``_words``: an ASCII character that is neither a
# letter nor an apostrophe is in no word; "|" is kept where it marks the end of a run.
_GAPS = bytes(b if b >= 128 or chr(b).isalpha() or b == 39 else 32 for b in range(256))
_GAPS_BUT_BREAK = _GAPS[:124] + b"|" + _GAPS[125:]
_BREAK = "|"  # ends each run in the tokens of the runs (no run holds one)
_WORD_OR_BREAK = lazy(WORD.pattern + r"|\|")
_TWO_APOSTROPHES = ("''", "'’", "’'", "’’")


def _words(text: str, gaps: bytes) -> list[str] | None:
    """``WORD.findall(text)`` (and the breaks ``gaps`` keeps) found in C, or None when
    ``text`` holds what this does not handle. With every ASCII character that is in no
    word a space, what is between spaces is letters and apostrophes; when no two
    apostrophes meet and all else is letters, each such piece less the apostrophes at
    its ends is one word."""
    spaced = text.encode("utf-8", "surrogatepass").translate(gaps).decode("utf-8", "surrogatepass")
    if text.isascii():
        if "''" in spaced:
            return None
    elif any(map(spaced.__contains__, _TWO_APOSTROPHES)):
        return None
    elif not "".join(spaced.replace("'", "").replace("’", "").replace("|", "").split()).isalpha():
        return None  # a digit or mark that is no letter, or a letter-like number ("²")
    return list(filter(None, map(str.strip, spaced.split(), repeat("'’"))))


def _capital_words(chunks: list[str]) -> set[str]:
    """The words (``WORD``) of ``chunks``: a chunk of letters is one; the others are split
    in C when they can be (``_words``)."""
    words = set(filter(str.isalpha, chunks))
    rest = "\n".join(filterfalse(str.isalpha, chunks))
    split = _words(rest, _GAPS)
    words.update(WORD.findall(rest) if split is None else split)
    return words


class _Judge(dict[str, bool]):
    """Whether a token is one DR602 visits: capitalised, and a name's first or last word
    or four letters or more that neither the facts, the word list nor the project's
    words know. Kept per facts, word list and known words, like a spelling cache: the
    files of a run share most of their words, and each is judged once."""

    LIMIT = 1 << 16  # words kept: a long run of files does not grow it without end

    def __init__(self, facts: FactSet, lexicon: frozenset[str], known: frozenset[str]):
        super().__init__()
        _, self.multi, self.tokens = memo(facts, "names", _name_index)
        self.lexicon, self.known = lexicon, known
        self.fold = TokenFolds()
        self.seek = _Seek(facts, self.multi, self.fold)

    def __missing__(self, token: str) -> bool:
        if len(self) >= self.LIMIT:
            self.clear()
            self.fold.clear()
            self.seek.clear()
        f = self.fold[token]
        unknown = len(f) >= 4 and not (f in self.tokens or f in self.lexicon or f in self.known)
        visit = self[token] = token[0].isupper() and (f in self.multi or unknown)
        return visit


class _Seek(dict[str, bool]):
    """Whether a word the judge visits can start a finding: one that anchors a multi-word
    name, or one (no list knows it) that nearly spells a one-word name, the only test such
    a word meets in the rule (``_near_single``, a function of the word); kept per word."""

    def __init__(self, facts: FactSet, multi: dict[str, list[_Probe]], fold: TokenFolds):
        super().__init__()
        self.facts, self.multi, self.fold = facts, multi, fold
        self.singles = memo(facts, "names", _name_index)[0]

    def __missing__(self, token: str) -> bool:
        f = self.fold[token]
        seek = self[token] = f in self.multi or bool(
            _near_single(self.facts, self.singles, f, token.isupper())
        )
        return seek


def _judge(doc: LintDoc) -> _Judge:
    """The judge of ``doc``'s facts, word list and known words (the same objects for every
    file of a run: another configuration gets another)."""
    assert doc.facts is not None
    judges: dict[tuple[int, int], _Judge] = memo(doc.facts, "name-judges", lambda _: {})
    lexicon, known = doc.lexicon.known, doc.known_words
    judge = judges.get((id(lexicon), id(known)))
    if judge is None or judge.lexicon is not lexicon or judge.known is not known:
        judge = judges[(id(lexicon), id(known))] = _Judge(doc.facts, lexicon, known)
    return judge


def _window_near_miss(
    doc: LintDoc,
    starts: list[int],
    texts: list[str],
    folded: list[str],
    flagged: set[int],
    lo: int,
    name: tuple[str, ...],
    fname: tuple[str, ...],
) -> Finding | None:
    """The words from ``lo`` spell the multi-word ``name`` but for one token: a finding when
    that token is a slip of the name's (a near spelling, not a plural of a common word).
    The offsets, which may cost a little to find (``_Starts``), are asked for last."""
    if not texts[lo][0].isupper():
        return None
    bad = list(map(ne, folded[lo : lo + len(fname)], fname)).index(True)
    wrong, right = texts[lo + bad], name[bad]
    if wrong == _BREAK or wrong[:1].islower() != right[:1].islower():
        return None  # the break between two runs is no slip of a word ("Plan A Forum")
    got, want = folded[lo + bad], fname[bad]
    if not _near(got, want):
        return None
    if got in (want + "s", want + "es") and doc.lexicon.count(want):
        return None  # a plural of a common word ("Metropolises"), not a misspelt name
    if starts[lo] in flagged:
        return None
    wrong_start = starts[lo + bad]
    flagged.update((starts[lo], wrong_start))
    end = wrong_start + len(_strip_possessive(wrong))
    return Finding(
        "DR602",
        f"'{doc.text[wrong_start:end]}' is close to the known name '{' '.join(name)}'",
        wrong_start,
        end,
        "error",
        (right,),
    )


@lru_cache(maxsize=1 << 14)
def _near(got: str, want: str) -> bool:
    """``got`` is within the edits ``want`` allows (a pure test, asked again and again
    for the same pairs of a run's files)."""
    return osa_distance(got, want, 2) <= allowed_edits(want)


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
# name (or a slip of one) can be. Scanning these is much cheaper than every word. The
# repeats are possessive (a tenth fewer instructions a match, no state kept to give
# back): what follows each is what it cannot hold (a space, a word), so giving back
# never leads to a match, and the runs are the greedy pattern's.
_RUN = lazy(
    r"[A-Z][\w'’.&-]*+(?:[ \t]++(?:[A-Z0-9][\w'’.&-]*+"
    r"|(?:de|la|del|der|des|di|da|du|van|von|le|el|of|for"
    r"|and|the|with|in|on|to|at|through|from)\b))*+"
)


# Where a search for runs may start, found in the reversed text: a space followed (in the
# text) by a character that no run holds after a space: not [A-Z0-9] nor a space or tab,
# nor the first letter of one of the pattern's small words (a safe side: "forum", "(",
# "'s" but not "the" or "of").
_SYNC = lazy(r" (?<=[^A-Z0-9 \tdlveofatwi] )")


def _runs_holding(view: str, words: set[str]) -> list[re.Match[str]]:
    """Each run of ``_RUN`` over ``view`` in which one of ``words`` (capitalised: one
    cannot go on past a run's end) occurs, as a scan of the whole text finds them. Each
    word is found with ``str.find`` (a few distinct words), and ``_RUN`` is searched for
    only from a place no run holds just before one (or from the end of the run found
    last): every run before that place ends at or before it, so the scan from there goes
    as the scan of the whole text does, and the pattern never scans the whole text."""
    at: list[int] = []
    for word in words:
        pos = view.find(word)
        while pos != -1:
            at.append(pos)
            pos = view.find(word, pos + 1)
    size = len(view)
    back = view[::-1]
    held: list[re.Match[str]] = []
    m: re.Match[str] | None = None
    end = 0  # the end of the run found last: the scan of the whole text goes on from it
    for pos in sorted(at):
        if pos >= end:
            # the sync point x <= pos is the character after a space at x - 1, which is
            # the space at size - x in the reversed text
            sync = _SYNC.search(back, size - pos, size - end)
            m = _RUN.search(view, size - sync.start() if sync else end)
            while m is not None and m.end() <= pos:
                m = _RUN.search(view, m.end())
            if m is None:
                break  # no run from here on
            end = m.end()
            if m.start() <= pos:
                held.append(m)
        elif m is not None and pos >= m.start() and (not held or held[-1] is not m):
            held.append(m)
    return held


def _run_words(runs: list[re.Match[str]]) -> list[str]:
    """The word tokens of ``runs``, in order, each run followed by a break (``_BREAK``) so
    that no window spans two runs."""
    if not runs:
        return []
    joined = " | ".join(map(re.Match.group, runs)) + " |"
    split = _words(joined, _GAPS_BUT_BREAK)
    return _WORD_OR_BREAK.findall(joined) if split is None else split


class _Starts:
    """Offsets of the tokens of ``_run_words``, each run's worked out when one of its
    tokens is first asked for (few are: a finding, or a word no list knows)."""

    def __init__(self, runs: list[re.Match[str]], texts: list[str]):
        self.runs, self.texts = runs, texts
        self.breaks: list[int] = []
        self.known: dict[int, int] = {}

    def __getitem__(self, i: int) -> int:
        got = self.known.get(i)
        if got is not None:
            return got
        texts, known = self.texts, self.known
        if not self.breaks:
            at = texts.index(_BREAK)  # each run ends in one
            while at != len(texts) - 1:
                self.breaks.append(at)
                at = texts.index(_BREAK, at + 1)
            self.breaks.append(at)
        r = bisect_left(self.breaks, i)
        last = self.breaks[r]
        run = self.runs[r]
        base, chunk, pos = run.start(), run.group(), 0
        for k in range(self.breaks[r - 1] + 1 if r else 0, last):
            pos = chunk.find(texts[k], pos)  # every letter is in a token: no earlier hit
            known[k] = base + pos
            pos += len(texts[k])
        known[last] = run.end()
        return known[i]


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


_TITLE_AFTER_NAME = lazy(
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
