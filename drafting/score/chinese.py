"""Chinese readability: textstat has none, so we compute one from the research.

Measure (the sentence-length and vocabulary terms of Sun Hanyin's formula)::

    sun_index = 0.15 * ASL_c + 0.164 * ASL_w + 7.117 * UW

* ``ASL_c``: characters per sentence (Han characters, plus one for each
  number or Latin word, which reads as one unit);
* ``ASL_w``: words per sentence, words by jieba;
* ``UW``: share (0-1) of Han words outside the common-word list
  (:mod:`drafting.score.zh_lexicon`).

Source: 孙汉银 (Sun Hanyin), a readability formula for Chinese texts read by
middle-school students (usually cited as a 1992 Beijing Normal University
thesis; cited here second-hand):
``difficulty = -11.848 + 2.135 * mean strokes per character + 0.15 * ASL_c
+ 7.117 * share of words outside the HSK level-3 vocabulary + 0.164 * ASL_w``,
as reported in the readability_cn package (chenryn/python-readability-cn,
``sunhanyin_readability``). No stroke-count data ships with our dependencies,
so the intercept and the stroke term are left out: ``sun_index`` is Sun's
score minus ``2.135 * strokes - 11.848``, which keeps the comparison between
Chinese texts but is not a school grade. Common words stand in for the HSK
list. We also report the share of characters outside the 2,500 common
characters (a "difficult characters" variable many Chinese formulas use),
shown as a reason on hard sentences but not part of the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.text.lang import HAN_CHAR
from drafting.text.sentences import split_sentences

_WORDLIKE = re.compile(r"\w")

SUN_ASL_CHARS = 0.15
SUN_ASL_WORDS = 0.164
SUN_UNCOMMON = 7.117


@dataclass(frozen=True)
class ChineseCounts:
    """What the measure needs from a text: counts, plus the uncommon words themselves."""

    sentences: int
    characters: int  # Han characters + one per non-Han word
    han_characters: int
    rare_characters: int
    words: int
    han_words: int
    uncommon_words: tuple[str, ...]


def count_chinese(text: str) -> ChineseCounts:
    """Segment ``text`` and count what :func:`sun_index` and the reports use."""
    from drafting.score.zh_lexicon import common_lexicon
    from drafting.score.zh_segment import segment

    common_words, common_chars = common_lexicon()
    sentences = 0
    words = han_words = non_han_words = 0
    uncommon: list[str] = []
    for sent in split_sentences(text, "zh"):
        tokens = [w for w in segment(sent.text) if _WORDLIKE.search(w)]
        if not tokens:
            continue
        sentences += 1
        for w in tokens:
            words += 1
            if HAN_CHAR.search(w):
                han_words += 1
                if w not in common_words:
                    uncommon.append(w)
            else:
                non_han_words += 1
    hans = HAN_CHAR.findall(text)
    return ChineseCounts(
        sentences=sentences,
        characters=len(hans) + non_han_words,
        han_characters=len(hans),
        rare_characters=sum(1 for ch in hans if ch not in common_chars),
        words=words,
        han_words=han_words,
        uncommon_words=tuple(uncommon),
    )


def sun_index(c: ChineseCounts) -> float:
    """Sun (1992) sentence-length and vocabulary terms; 0.0 for a text without words."""
    if not c.sentences or not c.words:
        return 0.0
    uw = len(c.uncommon_words) / c.han_words if c.han_words else 0.0
    return (
        SUN_ASL_CHARS * c.characters / c.sentences
        + SUN_ASL_WORDS * c.words / c.sentences
        + SUN_UNCOMMON * uw
    )


def chinese_metrics(text: str) -> dict[str, float | int | str]:
    """Chinese scores and counts for ``text``; empty text gives zeros."""
    c = count_chinese(text)
    s = c.sentences or 1
    return {
        "sun_index": sun_index(c),
        "words": c.words,
        "sentences": c.sentences,
        "characters": c.characters,
        "avg_sentence_chars": c.characters / s if c.sentences else 0.0,
        "avg_sentence_length": c.words / s if c.sentences else 0.0,
        "percent_uncommon_words": 100.0 * len(c.uncommon_words) / c.han_words
        if c.han_words
        else 0.0,
        "percent_rare_chars": 100.0 * c.rare_characters / c.han_characters
        if c.han_characters
        else 0.0,
    }


def chinese_sentence_grade(text: str) -> float:
    """The index of one sentence."""
    return sun_index(count_chinese(text))
