"""Ranked spelling suggestions: known words within two edits, most frequent first.

The same candidates SymSpell finds, without building its delete index (2 s per
process for 82k words): edits of one misspelt word are cheap to enumerate, and
only unknown words ever get here.
"""

from __future__ import annotations

from collections.abc import Iterable

from drafting.lint.lexicon import Lexicon

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edits1(word: str) -> set[str]:
    """Deletes, transposes, replaces and inserts one letter away from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in LETTERS if c != b[0]}
    inserts = {a + c + b for a, b in splits for c in LETTERS}
    return deletes | transposes | replaces | inserts


_MEMO: dict[str, tuple[list[str], int]] = {}


def suggestions(word: str, lexicon: Lexicon, *, limit: int = 5) -> tuple[list[str], int]:
    """(candidates best first, their edit distance); ([], 0) when none within two edits.

    Remembered per process: an editor re-linting on save asks about the same words.
    """
    low = word.lower()
    key = f"{low}\0{limit}\0{id(lexicon)}"
    if key not in _MEMO:
        _MEMO[key] = _suggestions(low, lexicon, limit)
    cands, dist = _MEMO[key]
    return list(cands), dist


def _suggestions(low: str, lexicon: Lexicon, limit: int) -> tuple[list[str], int]:
    one = _known(edits1(low), lexicon)
    if one:
        return _rank(one, lexicon)[:limit], 1
    if len(low) > 14:
        return [], 0
    two = _known((e2 for e1 in edits1(low) for e2 in edits1(e1)), lexicon)
    return (_rank(two, lexicon)[:limit], 2) if two else ([], 0)


def _known(words: Iterable[str], lexicon: Lexicon) -> set[str]:
    return {w for w in words if w in lexicon and len(w) > 1}


def _rank(cands: set[str], lexicon: Lexicon) -> list[str]:
    return sorted(cands, key=lambda w: (-lexicon.count(w), w))
