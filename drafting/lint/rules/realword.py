"""DR102 real-word errors: a correctly spelt word that is wrong *here*.

The knowledge is data (``data/confusables.tsv``): each row names the wrong word,
the right one and the context that gives it away, written as a part-of-speech-like
pattern ("shinning" before a noun is the adjective "shining"; before "up" it is
the verb). No blanket list: outside its context a word is never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from drafting.lint.datafiles import table
from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule


@lru_cache(maxsize=1)
def _rows_by_wrong() -> dict[str, tuple[int, ...]]:
    """Wrong word -> the numbers of its rows (in table order)."""
    out: dict[str, list[int]] = {}
    for i, (wrong, *_) in enumerate(table("confusables.tsv")):
        out.setdefault(wrong, []).append(i)
    return {w: tuple(rows) for w, rows in out.items()}


@cache
def _row(i: int) -> tuple[str, str, bool, re.Pattern[str]]:
    """(wrong, right, safe, context pattern) of row ``i``, compiled when first needed:
    most copy holds few of the wrong words, and compiling all costs a save-time run ~10 ms."""
    wrong, right, safe, pattern = table("confusables.tsv")[i]
    return wrong, right, safe == "yes", re.compile(pattern, re.I)


@lru_cache(maxsize=4096)
def _rows_for(plain_hit: str) -> tuple[int, ...]:
    """Rows whose wrong word starts ``plain_hit`` ("leads" is "lead" + s), in table order
    (cached: a few common words, "their", "its", "then", make most hits)."""
    by_wrong = _rows_by_wrong()
    rows = [i for k in range(1, len(plain_hit) + 1) for i in by_wrong.get(plain_hit[:k], ())]
    return tuple(sorted(rows))


@lru_cache(maxsize=1)
def _wrong_words() -> tuple[str, ...]:
    words = set(_rows_by_wrong())
    return tuple(sorted(words | {w.replace("'", "’") for w in words}))


_SUFFIX = re.compile(r"(?:s|d|ed|ing)?(?![\w'’])")


def _hits(view: str) -> list[tuple[int, int, str]]:
    """Every wrong word (and its -s/-d/-ed/-ing forms) as a whole word.

    ``str.find`` per word runs at C speed; the context patterns then run only
    in a small window around each hit.
    """
    low = view.lower()
    out = []
    curly = "’" in view
    for word in _wrong_words():
        if "’" in word and not curly:
            continue
        pos = low.find(word)
        while pos != -1:
            if pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] in "'’"):
                tail = _SUFFIX.match(low, pos + len(word))
                if tail:
                    out.append((pos, tail.end(), view[pos : tail.end()]))
            pos = low.find(word, pos + 1)
    return sorted(set(out))


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
    for start, end, hit in _hits(view):
        if doc.protected.overlaps(start, end):
            continue
        lo = max(0, start - 40)
        window = view[lo : end + 60]
        plain_hit = hit.replace("’", "'").lower()
        for row in _rows_for(plain_hit):
            wrong, right, safe, rx = _row(row)
            for m in rx.finditer(window):
                if lo + m.start("w") != start:
                    continue
                word = m.group("w")
                plain = word.replace("’", "'").lower()
                if not plain.startswith(wrong):
                    continue
                fixed = match_case(word, right + plain[len(wrong) :])
                yield Finding(
                    "DR102",
                    f"'{word}' looks wrong here; did you mean '{fixed}'?",
                    start,
                    end,
                    "error",
                    (fixed,),
                    safe_fix=safe,
                )
                break
