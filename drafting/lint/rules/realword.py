"""DR102 real-word errors: a correctly spelt word that is wrong *here*.

The knowledge is data (``data/confusables.tsv``): each row names the wrong word,
the right one and the context that gives it away, written as a part-of-speech-like
pattern ("shinning" before a noun is the adjective "shining"; before "up" it is
the verb). No blanket list: outside its context a word is never flagged.

Lint runs this on every English file, so it is written for speed: each wrong word
is found with ``str.find``; a context pattern is tried around a hit only when the
text right after the hit (and, for most rows, the words before it) fits its parts;
lower-case patterns run case-sensitively on the lower-cased text, which finds the
same matches at a third of the cost; and URLs and addresses are worked out only
for a file with a finding to drop.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from drafting.lint.datafiles import table
from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule
from drafting.text.lang import lower_folds
from drafting.text.lazy import lazy


@lru_cache(maxsize=1)
def _rows_by_wrong() -> dict[str, tuple[int, ...]]:
    """Wrong word -> the numbers of its rows (in table order)."""
    out: dict[str, list[int]] = {}
    for i, (wrong, *_) in enumerate(table("confusables.tsv")):
        out.setdefault(wrong, []).append(i)
    return {w: tuple(rows) for w, rows in out.items()}


class _Compiled(NamedTuple):
    """A context pattern, and two cheap tests a match with the wrong word at a hit needs."""

    rx: re.Pattern[str]
    tail: re.Pattern[str] | None  # the pattern from the word on: matches at the hit
    head: re.Pattern[str] | None  # the pattern up to the word: ends at the hit (``\Z``)


class _Row(NamedTuple):
    """A row of the table (its pattern is compiled by ``_variant`` when a hit needs it)."""

    wrong: str
    right: str
    safe: bool
    pattern: str
    foldable: bool  # may run case-sensitively on the text lower-cased (see ``_foldable``)


@cache
def _row(i: int) -> _Row:
    """Row ``i``, read when first needed: most copy holds few of the wrong words."""
    wrong, right, safe, pattern = table("confusables.tsv")[i]
    return _Row(wrong, right, safe == "yes", pattern, _foldable(pattern))


@cache
def _variant(pattern: str, folded: bool) -> _Compiled:
    """``pattern`` compiled with its head and tail tests: case-sensitive for lower-cased
    text (``folded``), else case-insensitive. Compiled when a hit first needs it, as
    compiling every row costs a save-time run ~10 ms."""
    flags = 0 if folded else re.I
    return _Compiled(re.compile(pattern, flags), _tail(pattern, flags), _head(pattern, flags))


# A pattern whose case-insensitive matches in a text are its case-sensitive matches in the
# text lower-cased (``drafting.text.lang.lower_folds``): it names no upper-case
# letter, no character by code, sets no flag, and its classes hold lower-case ranges only
# (``[!-a]`` would take "b" for "B"). Anything else is simply run case-insensitively.
_PLAIN = r"[a-z0-9 ’'\".,!?:;@#&%/_+*{}|$^<>=~`]|\\[sSwWdDbBAZ]|\\[ -/:-@\[-`{-~]"
_FOLDABLE = lazy(
    rf"(?:{_PLAIN}|-|\((?!\?)|\)|\(\?(?:[:=!]|<[=!]|P<\w+>)"
    rf"|\[\^?(?:[a-z]-[a-z]|[0-9]-[0-9]|{_PLAIN}|(?<=\[)-|(?<=\[\^)-|-(?=\]))+\])*"
)


def _foldable(pattern: str) -> bool:
    """Whether ``pattern`` may run case-sensitively on lower-cased text (``_FOLDABLE``)."""
    return _FOLDABLE.fullmatch(pattern) is not None


# A head that ends in a run of spaces after a word, each alternative of which only reads
# text before that run: cut at the hit, the text still holds a match of it.
_SIMPLE_HEAD = lazy(r"\\b(?:\(\?:[^()$]*\)|[a-z]+)(?:\\s\+|\[\\s-\])")


def _head(pattern: str, flags: int) -> re.Pattern[str] | None:
    """The pattern before ``(?P<w>``, to end where the text is cut at the hit, when it is
    ``\\b(?:...)\\s+`` or the like (then a match of the whole with the word at the hit has
    one); else None."""
    cut = pattern.find("(?P<w>")
    if cut < 0 or not _SIMPLE_HEAD.fullmatch(pattern, 0, cut):
        return None
    return re.compile(f"(?:{pattern[:cut]})\\Z", flags)


def _tail(pattern: str, flags: int) -> re.Pattern[str] | None:
    """The pattern from ``(?P<w>`` on, when it stands alone: the part before it compiles
    (so the group is not nested), and the rest refers back to no group of that part."""
    cut = pattern.find("(?P<w>")
    head, rest = pattern[:cut], pattern[cut:]
    if cut < 0 or re.search(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux-]", pattern):
        return None
    try:
        re.compile(head)
        return re.compile(rest, flags)
    except re.error:
        return None


@lru_cache(maxsize=4096)
def _rows_for(plain_hit: str) -> tuple[_Row, ...]:
    """Rows whose wrong word starts ``plain_hit`` ("leads" is "lead" + s), in table order
    (cached: a few common words, "their", "its", "then", make most hits)."""
    by_wrong = _rows_by_wrong()
    rows = [i for k in range(1, len(plain_hit) + 1) for i in by_wrong.get(plain_hit[:k], ())]
    return tuple(_row(i) for i in sorted(rows))


@lru_cache(maxsize=2)
def _needles(curly: bool) -> tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]:
    """(needles, the pattern of a hit at each: ``_hit_pattern``) for every wrong word,
    and with ``curly`` its form with a curly apostrophe (a text without one needs no scan
    for them). Words that share their first five letters ("complement", "compliment", ...)
    share one scan."""
    words = set(_rows_by_wrong())
    if curly:
        words |= {w.replace("'", "’") for w in words}
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        groups.setdefault(word[:5], []).append(word)
    # each group's needle is what all its words start with: a longer needle is found faster
    needles = tuple(os.path.commonprefix(group) for group in groups.values())
    return needles, tuple(map(_hit_pattern, needles, groups.values()))


_SUFFIX = re.compile(r"(?:s|d|ed|ing)?(?![\w'’])")


def _hit_pattern(needle: str, words: list[str]) -> re.Pattern[str]:
    """Where ``low`` holds one of ``words`` (each starts with ``needle``) as a whole word,
    maybe with -s/-d/-ed/-ing (``_SUFFIX``): not after a letter, digit or apostrophe.

    The needle comes first, so the engine skips to it at C speed, and checks there what
    was checked in Python at each place the needle is (the character before, each word,
    the suffix). Which word matches does not matter: a hit ends where the run of word
    characters and apostrophes from its start ends."""
    at = re.escape(needle)
    rests = "|".join(re.escape(word[len(needle) :]) for word in words)
    return re.compile(rf"{at}(?<![^\W_]{at})(?<!['’]{at})(?:{rests}){_SUFFIX.pattern}")


def _hits(view: str, low: str) -> list[tuple[int, int, str]]:
    """Every wrong word (and its -s/-d/-ed/-ing forms) as a whole word (``low``: the view
    lower-cased).

    ``str.find`` per needle runs at C speed; the context patterns then run only
    in a small window around each hit.
    """
    out: set[tuple[int, int, str]] = set()
    needles, patterns = _needles("’" in view)
    # the first find of every needle in one C-level ``map``: most are in no text
    find = low.find
    for k, pos in enumerate(map(find, needles)):
        if pos == -1:
            continue
        needle, hit = needles[k], patterns[k].match
        while pos != -1:
            if (m := hit(low, pos)) is not None:
                end = m.end()
                out.add((pos, end, view[pos:end]))
            pos = find(needle, pos + 1)
    return sorted(out)


def match_case(model: str, word: str) -> str:
    """``word`` written in the case of ``model`` (Shinning -> Shining, SHINNING -> SHINING)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@rule(
    "DR102",
    "real-word",
    "a real word that is wrong in its context (shinning/shining, loose/lose, ...)",
    "error",
    must_flag=(
        "Guangzhou Witnesses Shinning Moments of Cities",
        "Cities will not loose their voice.",
        "Their is a new plan.",
        "The city has it's own plan.",
        "The policy will have an affect on jobs.",
        "It is a guiding principal of the forum.",
        "The programs compliment each other.",
        "The forth edition opened.",
        "More cities then ever joined.",
        "a construction cite in the city",
        "He sought legal council.",
        "The event was lead by the mayor.",
        "They met and than left.",
        "The cities sent there own delegates.",
        "Its a great day.",
        "The rules will effect the cities.",
        "principle investigator",
        "back and fourth",
        "city counsel members",
    ),
    must_not_flag=(
        "The boys were shinning up a tree.",
        "a loose coalition",
        "There is a plan.",
        "its own plan",
        "the effect on jobs",
        "The principal reason",
        "a complement to the plan",
        "so forth",
        "more than ever",
        "sites across the city",
        "the city council",
        "to lead the forum",
        "They will lead by example.",
        "their cities",
        "It affects the cities.",
        "to effect change",
        "Don't lose hope.",
        "the shining example",
    ),
    fixes=(
        ("Witnesses Shinning Moments", "Witnesses Shining Moments"),
        ("Cities will not loose their voice.", "Cities will not lose their voice."),
    ),
)
def real_word(doc: LintDoc) -> Iterator[Finding]:
    view = doc.view
    low = doc.low
    hits = _hits(view, low)
    # the lower-cased text matches case-sensitively as the view does case-insensitively
    # (same length, nothing ``str.lower`` leaves for a case-insensitive pattern to fold)
    folds = bool(hits) and lower_folds(view)
    for start, end, hit in hits:
        found = _judge(view, low if folds else None, start, end, hit)
        # URLs and addresses are asked about last: most hits are not errors, and most
        # files then never need the protected ranges worked out
        if not found or doc.protected.overlaps(start, end):
            continue
        for word, fixed, safe in found:
            yield Finding(
                "DR102",
                f"'{word}' looks wrong here; did you mean '{fixed}'?",
                start,
                end,
                "error",
                (fixed,),
                safe_fix=safe,
            )


def _judge(
    view: str, low: str | None, start: int, end: int, hit: str
) -> list[tuple[str, str, bool]]:
    """(word as written, its fix, safe) for each row whose context fits the hit at
    ``view[start:end]`` (``low``: the view lower-cased, when it folds; else None)."""
    out: list[tuple[str, str, bool]] = []
    lo = start - 40 if start > 40 else 0
    stop = end + 60
    for wrong, right, safe, on_low, rx, tail, head, whole in _checks(hit, low is not None):
        text = low if on_low else view  # type: ignore[assignment]
        # no match has the word here when the text after it, or before it, does not fit;
        # most hits ("their", "its") fail the first test, asked of the whole text
        if whole and not tail.match(text, start, stop):  # type: ignore[union-attr]
            continue
        probe = text[lo:stop]
        at = start - lo
        if tail is not None and not whole and not tail.match(probe, at):
            continue
        if head is not None and not head.search(probe, 0, at):
            continue
        for m in rx.finditer(probe):
            if m.start("w") != at:
                continue
            word = view[lo + at : lo + m.end("w")]
            plain = word.replace("’", "'").lower()
            if not plain.startswith(wrong):
                continue
            out.append((word, match_case(word, right + plain[len(wrong) :]), safe))
            break
    return out


class _Check(NamedTuple):
    """A row as a hit meets it: its pattern compiled for the text it runs on."""

    wrong: str
    right: str
    safe: bool
    on_low: bool  # run on the lower-cased text
    rx: re.Pattern[str]
    tail: re.Pattern[str] | None
    head: re.Pattern[str] | None
    # the tail looks behind nowhere: run on the whole text from the hit, up to the end of
    # the window, it reads what it reads in the window (``^`` and ``\b`` at the hit see
    # the same; the window's end is ``endpos``), and most hits then need no window cut
    whole: bool


@lru_cache(maxsize=4096)
def _checks(hit: str, folds: bool) -> tuple[_Check, ...]:
    """The rows for ``hit`` (as written), in table order, each compiled case-sensitively
    for the lower-cased text when ``folds`` (it folds: ``lower_folds``) and the row may
    (``_Row.foldable``), else case-blind for the view. Per word, as a few words
    ("their", "its", "than") make most hits."""
    out = []
    for row in _rows_for(hit.replace("’", "'").lower()):
        on_low = folds and row.foldable
        rx, tail, head = _variant(row.pattern, on_low)
        whole = tail is not None and "(?<" not in tail.pattern
        out.append(_Check(row.wrong, row.right, row.safe, on_low, rx, tail, head, whole))
    return tuple(out)
