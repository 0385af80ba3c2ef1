"""Ranked spelling suggestions: known words within two edits, most frequent first.

The same candidates SymSpell finds, without building its delete index (2 s per
process for 82k words): edits of one misspelt word are cheap to enumerate, and
only unknown words ever get here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from weakref import WeakKeyDictionary

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


# per word list (weakly held: a word list dropped, or another with the same id, starts afresh)
_MEMO: WeakKeyDictionary[Lexicon, dict[tuple[str, int], tuple[list[str], int]]] = (
    WeakKeyDictionary()
)


def suggestions(word: str, lexicon: Lexicon, *, limit: int = 5) -> tuple[list[str], int]:
    """(candidates best first, their edit distance); ([], 0) when none within two edits.

    Remembered per process: an editor re-linting on save asks about the same words.
    """
    low = word.lower()
    memo = _MEMO.setdefault(lexicon, {})
    if (low, limit) not in memo:
        memo[(low, limit)] = _suggestions(low, lexicon, limit)
    cands, dist = memo[(low, limit)]
    return list(cands), dist


def _suggestions(low: str, lexicon: Lexicon, limit: int) -> tuple[list[str], int]:
    one = _known(edits1(low), lexicon)
    if one:
        return _rank(one, lexicon)[:limit], 1
    if len(low) > 14:
        return [], 0
    two = _known(_edits2_known(low, lexicon), lexicon)
    return (_rank(two, lexicon)[:limit], 2) if two else ([], 0)


def _edits2_known(low: str, lexicon: Lexicon) -> set[str]:
    """The known words among ``edits1`` of every ``edits1`` of ``low``, without making
    them all (a 10-letter word has 300,000): an edit inserting or replacing a letter at
    position ``i`` of ``e`` can only give a known word when ``e[:i]`` starts one and the
    rest of ``e`` ends one, which two bisections of the sorted words tell."""
    words, backwards = lexicon.sorted_words()
    known = lexicon.known
    out: set[str] = set()
    for e in edits1(low):
        n = len(e)
        cands = {e[:i] + e[i + 1 :] for i in range(n)}
        cands.update(e[:i] + e[i + 1] + e[i] + e[i + 2 :] for i in range(n - 1))
        head = _longest_start(e, words)  # e[:i] starts a known word for every i <= head
        tail = _longest_start(e[::-1], backwards)  # e[n - j:] ends one for every j <= tail
        for i in range(max(0, n - 1 - tail), min(head, n - 1) + 1):  # replace e[i]
            before, after = e[:i], e[i + 1 :]
            cands.update([before + c + after for c in LETTERS if c != e[i]])
        for i in range(max(0, n - tail), min(head, n) + 1):  # insert before e[i]
            before, after = e[:i], e[i:]
            cands.update([before + c + after for c in LETTERS])
        out |= known.intersection(cands)
    return out


def _longest_start(word: str, ordered: list[str]) -> int:
    """The largest ``k`` such that ``word[:k]`` starts some string of ``ordered`` (a prefix
    of a prefix is one too, so a binary search over ``k``)."""
    lo, hi = 0, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        i = bisect_left(ordered, word[:mid])
        if i < len(ordered) and ordered[i].startswith(word[:mid]):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _known(words: Iterable[str], lexicon: Lexicon) -> set[str]:
    return {w for w in words if w in lexicon and len(w) > 1}


def _rank(cands: set[str], lexicon: Lexicon) -> list[str]:
    if len(cands) == 1:  # nothing to rank: the corpus counts (20-40 ms to load) stay unread
        return list(cands)
    return sorted(cands, key=lambda w: (-lexicon.count(w), w))
