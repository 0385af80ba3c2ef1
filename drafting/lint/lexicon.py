"""The English word list the spelling rules trust, built once and cached.

Two shipped sources, judged for press copy: symspellpy's frequency dictionary
(82,765 words with corpus counts, good for ranking suggestions, US spelling) and
wordfreq's English list (adds British spellings and newer words such as
"livestream"). Parsing both costs ~0.3 s, so the merged result is written once to
``user_cache_dir('drafting')`` as a marshal file and loads in a few milliseconds.
"""

from __future__ import annotations

import gc
import marshal
import re
from functools import lru_cache
from pathlib import Path

from drafting.cache import cache_dir
from drafting.fileio import write_cache

CACHE_VERSION = 9  # 9: counts kept in buckets by first letter
_WORDFREQ_TOP = 120_000


def _cache_path() -> Path:
    return cache_dir() / f"lexicon-en-v{CACHE_VERSION}.marshal"


def _symspell_path(name: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec("symspellpy")
    assert spec and spec.origin
    return Path(spec.origin).parent / name


def _build() -> tuple[dict[str, int], list[str]]:
    """(word -> corpus count) from symspellpy, plus wordfreq-only words."""
    counts: dict[str, int] = {}
    with open(_symspell_path("frequency_dictionary_en_82_765.txt"), encoding="utf-8") as fh:
        for line in fh:
            word, _, count = line.partition(" ")
            counts[word] = int(count)
    extra: list[str] = []
    try:
        from wordfreq import top_n_list, zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq only widens the list
        return counts, extra
    # delete-one-letter key -> the most frequent dictionary word with that key
    dels: dict[str, str] = {}
    for w, _ in sorted(counts.items(), key=lambda kv: kv[1]):
        for d in _deletes(w):
            dels[d] = w
    for word in top_n_list("en", _WORDFREQ_TOP):
        if word.isalpha() and word not in counts and word not in _NOT_WORDS:
            near = _neighbour(word, counts, dels)
            if near is None or _uk_variant(word, counts):
                extra.append(word)
                continue
            zipf = zipf_frequency(word, "en")
            gap = _MISSPELLING_GAP[near[1]]
            if zipf >= _COMMON_ZIPF or zipf_frequency(near[0], "en") - zipf < gap:
                extra.append(word)
    return counts, extra


# A wordfreq word this common (about once per 2 million words) is a word even when it is
# one edit from another ("cozy"/"copy"); the misspellings wordfreq lists sit below it.
_COMMON_ZIPF = 3.3
# A word one edit from a dictionary word this much rarer (zipf 1.3 = 20 times) is taken for
# its misspelling ("recieve"/"receive"); two edits away, 100 times ("tommorow"/"tomorrow").
# Closer in frequency, both are words ("natively"/"actively").
_MISSPELLING_GAP = {1: 1.3, 2: 2.0}
# Misspellings common enough to pass that bar.
_NOT_WORDS = frozenset({"alot"})

# UK -> US spelling patterns: a wordfreq word that one of these maps onto a dictionary word
# is a British variant ("organisation", "colourful", "centre", "travelled", "programme").
# (compiled only when the word list is built)
_UK_US = (
    (r"is(e|ed|es|ing|ation|ations|er|ers)$", r"iz\1"),
    (r"ys(e|ed|es|ing)$", r"yz\1"),
    (r"our(|s|ed|ing|ful|ite|ites|able|ably|er|ers|less)$", r"or\1"),
    (r"tre(|s|d)$", r"ter\1"),
    (r"ll(ed|ing|er|ers)$", r"l\1"),
    (r"ogue(|s)$", r"og\1"),
    (r"ence(|s)$", r"ense\1"),
    (r"mme(|s)$", r"m\1"),
    (r"ae", "e"),
    (r"oe", "e"),
)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _neighbour(word: str, counts: dict[str, int], dels: dict[str, str]) -> tuple[str, int] | None:
    """A dictionary word one or two edits from ``word`` (found by shared deletes) and its
    distance: the most frequent one edit away if there is one."""
    cands = [dels[word]] if word in dels else []
    for d in _deletes(word):
        if d in counts:
            cands.append(d)
        if d in dels:
            cands.append(dels[d])
    from drafting.lint.names import osa_distance

    if not cands:
        return None
    best = max(cands, key=lambda c: (osa_distance(word, c, 2) == 1, counts[c]))
    return best, osa_distance(word, best, 2)


@lru_cache(maxsize=1)
def _uk_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(uk), us) for uk, us in _UK_US)


def _uk_variant(word: str, counts: dict[str, int]) -> bool:
    """A British spelling of a dictionary word ("organisation", "colour", "centre")."""
    return any(rx.search(word) and rx.sub(us, word) in counts for rx, us in _uk_rules())


class Lexicon:
    """Known words (lower case); corpus counts for ranking, and the words sorted for
    prefix and suffix look-ups, load only when asked."""

    def __init__(self, known: frozenset[str], counts_path: Path | None = None):
        self.known = known
        self._counts_path = counts_path
        self._counts: dict[str, dict[str, int] | bytes] | None = None  # by first letter
        self._sorted: tuple[list[str], list[str]] | None = None
        self._seen: set[str] = set()  # words of the files linted so far that are known
        self.seen_titles: set[str] = set()  # and capitalised ("Forum"), of the same

    def unknown(self, words: set[str]) -> set[str]:
        """``words - self.known``, asking the large list only about words not yet seen.

        The list holds some 110,000 words spread over memory, and most look-ups in it
        miss the CPU caches: a file's words are mostly the words of the files before
        it, which a small set of the words seen known answers from cache (a spelling
        cache, keyed on single words)."""
        seen = self._seen
        new = words - seen
        if not new:
            return new
        found = new & self.known
        if found:
            if len(seen) > 1 << 16:  # a long run of files does not grow it without end
                seen.clear()
                self.seen_titles.clear()
            seen.update(filter(str.isalpha, found))
        return new - found

    @property
    def seen_words(self) -> set[str]:
        """Words of letters only (lower case) found known so far: a chunk of text that is
        one of them needs no further look (see ``spelling.unknown_words``)."""
        return self._seen

    def __contains__(self, word: str) -> bool:
        return word in self.known

    def count(self, word: str) -> int:
        """A rank score (log-scaled corpus count); 0 for words only wordfreq knows.

        The counts are kept in buckets by first letter, each decoded when first asked:
        ranking a few suggestions in a one-file run no longer decodes 82,000 counts
        (about 45 ms of the cold start)."""
        if self._counts is None:
            self._counts = _load_counts(self._counts_path)
        bucket = self._counts.get(word[:1])
        if bucket is None:
            return 0
        if isinstance(bucket, bytes):
            bucket = self._counts[word[:1]] = marshal.loads(bucket)
        return bucket.get(word, 0)

    def sorted_words(self) -> tuple[list[str], list[str]]:
        """(the words in order, the words reversed and in order): whether a string starts
        or ends some known word is then a bisection. Sorting costs about 0.2 s, so both
        lists are cached next to the word list (marshal loads them in about 20 ms)."""
        if self._sorted is None:
            counts = self._counts_path
            path = counts.with_name(counts.name.replace("counts", "sorted")) if counts else None
            self._sorted = _load_sorted(self.known, path)
            _keep_out_of_gc()
        return self._sorted


def _load_sorted(known: frozenset[str], path: Path | None) -> tuple[list[str], list[str]]:
    try:
        words, backwards = marshal.loads(path.read_bytes()) if path else ((), ())
        # the cache belongs to this word list (same size, both ends known): else rebuilt
        if len(words) == len(backwards) == len(known) and words[0] in known and words[-1] in known:
            return words, backwards
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass
    out = sorted(known), sorted(w[::-1] for w in known)
    if path is not None:
        _write(path, out)
    return out


def _load_counts(path: Path | None) -> dict[str, dict[str, int] | bytes]:
    """The count buckets of the cache file (a flat word -> count table, as older caches
    and tests write it, is bucketed here)."""
    if path is not None:
        try:
            table = marshal.loads(path.read_bytes())
            if isinstance(table, dict):
                if all(isinstance(v, bytes) for v in table.values()):
                    return table
                return dict(_buckets(table))
        except (OSError, EOFError, ValueError, TypeError):
            pass
    counts, _ = _build()
    return dict(_buckets(_scaled(counts)))


def _buckets(counts: dict[str, int]) -> dict[str, dict[str, int]]:
    """``counts`` split by the words' first letters."""
    out: dict[str, dict[str, int]] = {}
    for word, n in counts.items():
        out.setdefault(word[:1], {})[word] = n
    return out


def _scaled(counts: dict[str, int]) -> dict[str, int]:
    return {w: max(1, c.bit_length()) for w, c in counts.items()}


def _write(path: Path, obj: object) -> None:
    write_cache(path, marshal.dumps(obj))


def _keep_out_of_gc() -> None:
    """Move the word lists (and what else lives now) out of the garbage collector's view.

    A set or list is walked entry by entry by every collection of its generation: the
    first one after loading the 111,000 words cost a one-file ``drafting lint`` ~15 ms.
    They live as long as the process (cached); the one cost of ``gc.freeze`` is that
    garbage cycles existing at that moment are never collected."""
    gc.freeze()


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The cached lexicon; built and written to the user cache on first use."""
    lexicon = _load_lexicon()
    _keep_out_of_gc()
    return lexicon


def _load_lexicon() -> Lexicon:
    words_path = _cache_path()
    counts_path = words_path.with_name(words_path.name.replace("lexicon", "counts"))
    try:
        known = marshal.loads(words_path.read_bytes())
        if isinstance(known, frozenset):
            return Lexicon(known, counts_path)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    counts, extra = _build()
    known = frozenset(counts).union(extra)
    buckets = _buckets(_scaled(counts))
    _write(counts_path, {first: marshal.dumps(b) for first, b in buckets.items()})
    _write(words_path, known)
    return Lexicon(known, counts_path)
