"""The English word list the spelling rules trust, built once and cached.

Two shipped sources, judged for press copy: symspellpy's frequency dictionary
(82,765 words with corpus counts, good for ranking suggestions, US spelling) and
wordfreq's English list (adds British spellings and newer words such as
"livestream"). Parsing both costs ~0.3 s, so the merged result is written once to
``user_cache_dir('drafting')`` as a marshal file and loads in a few milliseconds.
"""

from __future__ import annotations

import marshal
import os
from functools import lru_cache
from pathlib import Path

CACHE_VERSION = 4
_WORDFREQ_TOP = 120_000


def _cache_path() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("drafting")) / f"lexicon-en-v{CACHE_VERSION}.marshal"


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
    dels = {d for w in counts for d in _deletes(w)}
    for word in top_n_list("en", _WORDFREQ_TOP):
        if word.isalpha() and word not in counts and word not in _NOT_WORDS:
            if _trusted(word, counts, dels) or zipf_frequency(word, "en") >= _COMMON_ZIPF:
                extra.append(word)
    return counts, extra


# A wordfreq word this common (about once per 2 million words) is a word even when it is
# one edit from another ("cozy"/"copy"); the misspellings wordfreq lists sit below it.
_COMMON_ZIPF = 3.3
# Misspellings common enough to pass that bar.
_NOT_WORDS = frozenset({"alot"})

# US <- UK spelling pairs: a wordfreq word one of these away from a known word is a variant.
_UK_US = (
    ("is", "iz"),
    ("ys", "yz"),
    ("our", "or"),
    ("tre", "ter"),
    ("ll", "l"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("ae", "e"),
    ("oe", "e"),
    ("mme", "m"),
)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _trusted(word: str, counts: dict[str, int], dels: set[str]) -> bool:
    """wordfreq lists common misspellings ("recieve", "goverment"): drop a word one edit
    from a dictionary word unless it is a British spelling of it."""
    near = word in dels or any(d in counts for d in _deletes(word)) or bool(_deletes(word) & dels)
    if not near:
        return True
    return any(uk in word and word.replace(uk, us) in counts for uk, us in _UK_US)


class Lexicon:
    """Known words (lower case); corpus counts for ranking load only when asked."""

    def __init__(self, known: frozenset[str], counts_path: Path | None = None):
        self.known = known
        self._counts_path = counts_path
        self._counts: dict[str, int] | None = None

    def __contains__(self, word: str) -> bool:
        return word in self.known

    def count(self, word: str) -> int:
        """A rank score (log-scaled corpus count); 0 for words only wordfreq knows."""
        if self._counts is None:
            self._counts = _load_counts(self._counts_path)
        return self._counts.get(word, 0)


def _load_counts(path: Path | None) -> dict[str, int]:
    if path is not None:
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            pass
    counts, _ = _build()
    return _scaled(counts)


def _scaled(counts: dict[str, int]) -> dict[str, int]:
    return {w: max(1, c.bit_length()) for w, c in counts.items()}


def _write(path: Path, obj: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            marshal.dump(obj, fh)
        os.replace(tmp, path)
    except OSError:  # a read-only cache only costs speed
        pass


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The cached lexicon; built and written to the user cache on first use."""
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
    _write(counts_path, _scaled(counts))
    _write(words_path, known)
    return Lexicon(known, counts_path)
