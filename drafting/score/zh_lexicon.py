"""Common Chinese words and characters, derived from wordfreq's Chinese frequency list.

wordfreq (Speer, 2022) ships a Chinese list built from subtitles, Wikipedia,
news, books and the web, segmented with jieba, so it matches the words our
segmenter produces. From it we take:

* common words: the :data:`COMMON_WORDS` most frequent words written in Han
  characters (as many as the 1992 HSK vocabulary syllabus, levels A-D, holds:
  8,822 words, the "syllabus vocabulary" Chinese readability formulas count
  against);
* common characters: the :data:`COMMON_CHARS` characters with the highest
  summed frequency over the words they occur in (the size of the 1988
  《现代汉语常用字表》 list of 2,500 常用字).

Deriving them takes about half a second, so the result is cached as JSON in
the user cache folder, keyed by wordfreq's Chinese list file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache

from drafting.cache import cache_dir, data_stamp
from drafting.errors import OutputError
from drafting.fileio import atomic_write

COMMON_WORDS = 8822
COMMON_CHARS = 2500
#: wordfreq's Chinese list (its "best" list for zh), which keys our cache
_ZH_LIST = "data/large_zh.msgpack.gz"
_HAN_WORD = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]+$")


def derive_lexicon(freqs: dict[str, float], n_words: int, n_chars: int) -> tuple[list, list]:
    """The ``n_words`` most frequent Han words and ``n_chars`` most frequent characters."""
    han = sorted(
        ((w, f) for w, f in freqs.items() if _HAN_WORD.match(w)), key=lambda x: (-x[1], x[0])
    )
    chars: Counter[str] = Counter()
    for word, f in han:
        for ch in word:
            chars[ch] += f
    top_chars = sorted(chars.items(), key=lambda x: (-x[1], x[0]))[:n_chars]
    return [w for w, _ in han[:n_words]], [c for c, _ in top_chars]


@cache
def common_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(common words, common characters), from the cache or derived once."""
    key = f"wordfreq-{data_stamp('wordfreq', _ZH_LIST)}-{COMMON_WORDS}-{COMMON_CHARS}"
    path = cache_dir() / f"zh-common-{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        words, chars = data["words"], data["chars"]
    except (OSError, ValueError, KeyError):
        from wordfreq import get_frequency_dict

        words, chars = derive_lexicon(get_frequency_dict("zh"), COMMON_WORDS, COMMON_CHARS)
        try:
            atomic_write(path, json.dumps({"words": words, "chars": chars}, ensure_ascii=False))
        except (OSError, OutputError):
            pass  # a read-only cache only costs speed
    return frozenset(words), frozenset(chars)
