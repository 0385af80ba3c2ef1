"""Which of our three languages a text is in: English, Spanish or Chinese.

A shipped statistical detector would be overkill for three languages that
differ this much: Chinese is told by its script, and Spanish from English by
their most frequent function words (plus ñ, ¿, ¡ and accents), which works on
a headline-length text where character n-gram detectors are unreliable.
"""

from __future__ import annotations

import re
from typing import Literal

from drafting.text.lazy import lazy

Lang = Literal["en", "es", "zh"]
LANGS: tuple[Lang, ...] = ("en", "es", "zh")

#: Han (Chinese) characters, for a regex character class: CJK Unified Ideographs,
#: Extension A and the Compatibility Ideographs. The one definition the modules share.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: one Han character (compiled on first use: lint imports this module for every file)
HAN_CHAR = lazy(rf"[{HAN}]")
# UTF-8 lead bytes of U+3000 and above. A bytes class compiles in microseconds; a str
# class running to U+10FFFF takes ~7 ms, a good part of a cold start.
_FROM_U3000 = re.compile(rb"[\xe3-\xf4]")


def may_hold_cjk(text: str) -> bool:
    """False when ``text`` has no character from U+3000 on (CJK punctuation, kana, Han,
    Hangul): a cheap test in C before the precise patterns."""
    return not text.isascii() and (
        _FROM_U3000.search(text.encode("utf-8", "surrogatepass")) is not None
    )


#: letters a case-blind pattern takes for a-z that ``str.lower`` does not turn into a-z
#: (dotted and dotless i, long s; "İ" is also the one letter ``lower`` lengthens)
UNFOLDED = ("\u0130", "\u0131", "\u017f")


def lower_folds(text: str) -> bool:
    """Whether a lower-case pattern run case-sensitively on ``text.lower()`` finds what
    it finds case-blind in ``text``, at the same offsets: unless ``text`` holds one of
    ``UNFOLDED`` (``in`` runs in C). Case-blind literals defeat the engine's fast paths."""
    return text.isascii() or not any(c in text for c in UNFOLDED)


_LETTER = lazy(r"[^\W\d_]")
_WORD = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

#: frequent function words of one language that are not words of the other
_ENGLISH = frozenset(
    """the of and to in is that for it with was on be by at this are from or an
    have has had not but which will their they its were been his her we you our
    said more also who would can about into than them these after over such there
    what when all one new i he she my your how our""".split()
)
_SPANISH = frozenset(
    """de la que el en y los del las por un una para con es se su al lo como más
    pero sus le ya este sí porque esta entre cuando muy sin sobre también hasta hay
    donde quien desde todo nos durante todos uno les ni contra otros ese eso ante
    ellos esto antes algunos qué unos otro otras otra él tanto esa estos mucho
    quienes nada muchos cual poco ella estar estas algunas algo nosotros ha han
    fue son ser será según cada así dijo año años""".split()
)
_SPANISH_MARKS = lazy(r"[ñ¿¡áéíóúü]", re.IGNORECASE)


def detect_language(text: str) -> Lang:
    """``"zh"`` when Han characters make up a third of the letters, else ``"es"`` or ``"en"``.

    When the function words do not tell Spanish from English (a two-word
    headline), word frequencies decide; English is the default for text with
    no words at all.
    """
    han = len(HAN_CHAR.findall(text))
    letters = len(_LETTER.findall(text))
    if han and han * 3 >= letters:
        return "zh"
    en = es = 0
    for word in _WORD.findall(text):
        w = word.lower()
        en += w in _ENGLISH
        es += w in _SPANISH
    es += len(_SPANISH_MARKS.findall(text)) // 2
    if es == en and es < 3:
        return _by_word_frequency(text)
    return "es" if es > en else "en"


def _by_word_frequency(text: str) -> Lang:
    """Tie-break for very short texts ("Hola mundo"): which language uses these words more.

    wordfreq ships its frequency lists, so this stays offline; it is imported
    only here because loading the lists costs a few hundred milliseconds.
    """
    found = _WORD.findall(text)[:50]
    if not found:
        return "en"
    from wordfreq import zipf_frequency

    en = sum(zipf_frequency(w, "en") for w in found)
    es = sum(zipf_frequency(w, "es") for w in found)
    return "es" if es > en else "en"


def words(text: str) -> list[str]:
    """Latin-script words (letters, inner apostrophes), in order; digits and marks dropped."""
    return _WORD.findall(text)


def han_count(text: str) -> int:
    """Number of Han (Chinese) characters in ``text``."""
    return len(HAN_CHAR.findall(text))


def is_han(char: str) -> bool:
    """True for one Han (Chinese) character."""
    return bool(HAN_CHAR.fullmatch(char))
