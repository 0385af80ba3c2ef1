"""English readability: textstat's own formulas, never a copy of them.

Each function is pure in ``text``; empty text gives zeros (textstat's own
defined result), so a blank paragraph never raises.
"""

from __future__ import annotations

from drafting.score.textstat_engine import textstat_for

#: metric key -> (textstat method, label) in the order reports show them
ENGLISH_METRICS: dict[str, tuple[str, str]] = {
    "flesch_reading_ease": ("flesch_reading_ease", "Flesch Reading Ease"),
    "flesch_kincaid_grade": ("flesch_kincaid_grade", "Flesch-Kincaid grade"),
    "gunning_fog": ("gunning_fog", "Gunning Fog"),
    "smog_index": ("smog_index", "SMOG"),
    "coleman_liau_index": ("coleman_liau_index", "Coleman-Liau"),
    "automated_readability_index": ("automated_readability_index", "ARI"),
    "dale_chall_readability_score": ("dale_chall_readability_score", "Dale-Chall"),
    "linsear_write_formula": ("linsear_write_formula", "Linsear Write"),
}

#: a word of this many syllables or more counts as long (Gunning's "complex" word)
LONG_WORD_SYLLABLES = 3


def english_metrics(text: str) -> dict[str, float | int | str]:
    """All English scores and counts for ``text``, keyed as in :data:`ENGLISH_METRICS`.

    Also ``text_standard`` (textstat's consensus grade, as text and as a
    number), ``words``, ``sentences``, ``syllables``, ``avg_sentence_length``
    and ``percent_long_words`` (words of three syllables or more).
    """
    ts = textstat_for("en")
    out: dict[str, float | int | str] = {
        key: float(getattr(ts, method)(text)) for key, (method, _) in ENGLISH_METRICS.items()
    }
    words = ts.lexicon_count(text)
    out["text_standard"] = ts.text_standard(text, float_output=False)
    out["text_standard_grade"] = float(ts.text_standard(text, float_output=True))
    out["words"] = words
    out["sentences"] = ts.sentence_count(text)
    out["syllables"] = ts.syllable_count(text)
    out["avg_sentence_length"] = float(ts.words_per_sentence(text)) if words else 0.0
    out["percent_long_words"] = 100.0 * ts.polysyllabcount(text) / words if words else 0.0
    return out


def english_sentence_grade(text: str) -> float:
    """Grade of one sentence: Flesch-Kincaid, the per-sentence grade Hemingway-style tools show."""
    return float(textstat_for("en").flesch_kincaid_grade(text))


def english_syllables(word: str) -> int:
    """Syllables in one word, by textstat (CMU dictionary, then Pyphen)."""
    return int(textstat_for("en").syllable_count(word))
