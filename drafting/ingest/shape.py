"""How a line looks: title or prose. Shared by junk detection and sectioning.

Script-aware: Latin text is measured in words and may be title-cased; CJK text
(Han, kana, hangul) has no spaces and no capitals, so it is measured in
characters (two to a word) and is never title case. Sentence-final punctuation
is a table covering both (``.`` ``。`` ``！`` ...).
"""

from __future__ import annotations

import re
from functools import cache

from drafting.text.lang import may_hold_cjk

_LATIN = "0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_LATIN_WORD = re.compile(rf"[{_LATIN}][{_LATIN}'’\-]*")
STOP = frozenset(
    "a an the and or of to in on at for by with from as is are was were be been this that these "
    "those it its their they we our you your his her he she not no but if into over under about "
    "after before than then so such more most other new".split()
)
#: Punctuation that ends a sentence or a clause, in Latin and CJK text.
SENTENCE_END = (".", "!", "?", ";", ":", "。", "！", "？", "；", "：", "…", "．")
# CJK full stops may be followed by closing quotes or brackets: 他说：“好。”
_CJK_STOPS = "。！？；：…．"
_CLOSERS = "”’」』）)\"'》〉"
_CJK_END = re.compile(rf"[{_CJK_STOPS}][{_CLOSERS}]*\s*$")
# (a text stripped at the end matches only if it ends with one of these: asked first, in C)
_CJK_END_LAST = frozenset(_CJK_STOPS + _CLOSERS)


@cache
def _cjk_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a word, Latin or one CJK character; one CJK character), compiled on first use: the
    CJK ranges cost milliseconds to compile, and English copy never needs them."""
    return re.compile(rf"[{_LATIN}][{_LATIN}'’\-]*|[{_CJK}]"), re.compile(rf"[{_CJK}]")


def _word_list(text: str) -> list[str]:
    """The words of ``text`` as written: a run of Latin letters and digits (accents
    included), or one CJK character."""
    if may_hold_cjk(text):
        return _cjk_regexes()[0].findall(text)
    return _LATIN_WORD.findall(text)


def _cjk_count(text: str) -> int:
    """CJK characters in ``text``: each is a word of its own."""
    return len(_cjk_regexes()[1].findall(text)) if may_hold_cjk(text) else 0


def words(text: str) -> list[str]:
    """Lower-cased words of ``text``; each CJK character counts as one."""
    if text.isascii():  # lower-casing ASCII keeps every word's bounds
        return _LATIN_WORD.findall(text.lower())
    return [w.lower() for w in _word_list(text)]


def content_words(text: str) -> set[str]:
    """Words that carry meaning (no stop words, no short tokens)."""
    # each distinct word judged once: a long text repeats most of its words
    return {w.strip("'’") for w in set(words(text)) if len(w) > 2 and w not in STOP}


def is_cjk(text: str) -> bool:
    """True when most words of ``text`` are CJK characters."""
    cjk = _cjk_count(text)
    return cjk > 0 and cjk * 2 > len(_word_list(text))


def length(text: str) -> int:
    """Length in words: Latin words, plus CJK characters two to a word (rounded up)."""
    cjk = _cjk_count(text)
    return len(_word_list(text)) - cjk + (cjk + 1) // 2


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence or clause punctuation (a CJK stop may be quoted)."""
    t = text.rstrip()
    return t.endswith(SENTENCE_END) or (
        t[-1:] in _CJK_END_LAST and _CJK_END.search(t) is not None
    )


def is_title_like(text: str, max_words: int = 16) -> bool:
    """Short line without sentence punctuation at the end: how titles and headlines look."""
    n = length(text)
    return 0 < n <= max_words and not ends_sentence(text)


def is_title_case(text: str) -> bool:
    """Every meaningful word (4+ letters, not a stop word) starts with a capital.

    CJK text has no capitals, so it is never title case.
    """
    if is_cjk(text):
        return False
    long_words = [w for w in _word_list(text) if len(w) >= 4 and w.lower() not in STOP]
    return bool(long_words) and all(w[0].isupper() or w[0].isdigit() for w in long_words)


def is_heading(text: str, max_words: int = 16) -> bool:
    """A subhead: a short line that is title-like, or title-cased even with a full stop."""
    if length(text) > max_words:
        return False
    return is_title_like(text, max_words) or is_title_case(text)
