"""Hard sentences, Hemingway-style: scored one by one, listed worst first, with reasons.

English and Chinese sentences are *hard* from grade 10 and *very hard* from
grade 14, the two levels Hemingway Editor uses; Spanish ones below 55 and 40
on Szigriszt-Pazos, INFLESZ's "algo difícil" and "muy difícil". Each gets the
reasons a writer can act on: it is long, it has many long (in Chinese,
uncommon) words, or it uses the passive voice.
"""

from __future__ import annotations

from drafting.score.languages import Language
from drafting.score.model import HardSentence
from drafting.score.passive import find_passives
from drafting.text.lang import words as latin_words
from drafting.text.spans import LineIndex, Span

#: this many long words in one sentence is worth saying
LONG_WORDS_TO_MENTION = 3


def level_of(score: float, lang: Language) -> str | None:
    """"very hard", "hard" or None (readable) for a sentence score in ``lang``'s measure."""
    sign = 1 if lang.higher_is_harder else -1
    if sign * score >= sign * lang.very_hard_at:
        return "very hard"
    if sign * score >= sign * lang.hard_at:
        return "hard"
    return None


def find_hard_sentences(
    sentences: list[Span], lang: Language, index: LineIndex
) -> list[HardSentence]:
    """The hard and very hard sentences among ``sentences``, worst first."""
    found = []
    for s in sentences:
        score = lang.sentence_score(s.text)
        level = level_of(score, lang)
        if level is None:
            continue
        found.append(
            HardSentence(
                start=s.start,
                end=s.end,
                line=index.position(s.start)[0],
                text=s.text,
                score=round(score, 1),
                measure=lang.sentence_measure,
                level=level,
                reasons=tuple(reasons(s.text, lang)) or ("dense wording",),
            )
        )
    sign = -1 if lang.higher_is_harder else 1
    found.sort(key=lambda h: (sign * h.score, h.start))
    return found


def reasons(sentence: str, lang: Language) -> list[str]:
    """Why a sentence reads hard: length, long or uncommon words, passive voice."""
    out = []
    if lang.code == "zh":
        out += _chinese_reasons(sentence, lang.long_sentence)
    else:
        n = len(latin_words(sentence))
        if n > lang.long_sentence:
            out.append(f"long: {n} words")
        long_ones = _long_words(sentence, lang.code)
        if len(long_ones) >= LONG_WORDS_TO_MENTION:
            out.append(f"{len(long_ones)} long words ({', '.join(long_ones[:3])})")
    passives = find_passives(sentence, lang.code)
    if passives:
        shown = ", ".join(f'"{sentence[a:b]}"' for a, b in passives[:2])
        out.append(f"passive voice: {shown}")
    return out


def _long_words(sentence: str, code: str) -> list[str]:
    if code == "en":
        from drafting.score.english import LONG_WORD_SYLLABLES, english_syllables

        count, limit = english_syllables, LONG_WORD_SYLLABLES
    else:
        from drafting.score.spanish import LONG_WORD_SYLLABLES, spanish_syllables

        count, limit = spanish_syllables, LONG_WORD_SYLLABLES
    seen: dict[str, None] = {}
    for w in latin_words(sentence):
        if not w[0].isupper() and count(w) >= limit:  # names are not the writer's choice
            seen.setdefault(w, None)
    return list(seen)


def _chinese_reasons(sentence: str, long_chars: int) -> list[str]:
    from drafting.score.chinese import count_chinese

    c = count_chinese(sentence)
    out = []
    if c.characters > long_chars:
        out.append(f"long: {c.characters} characters")
    uncommon = list(dict.fromkeys(c.uncommon_words))
    if len(uncommon) >= 2:
        out.append(f"{len(uncommon)} uncommon words ({'、'.join(uncommon[:3])})")
    if c.rare_characters:
        out.append(f"{c.rare_characters} rare characters")
    return out
