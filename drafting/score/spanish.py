"""Spanish readability: textstat's Fernández Huerta, Szigriszt-Pazos, Gutiérrez de Polini, Crawford.

Szigriszt-Pazos is also given as its INFLESZ band (Barrio-Cantalejo et al.,
2008), the scale Spanish health and public writing guides use.
"""

from __future__ import annotations

from drafting.score.textstat_engine import textstat_for

SPANISH_METRICS: dict[str, tuple[str, str]] = {
    "fernandez_huerta": ("fernandez_huerta", "Fernández Huerta"),
    "szigriszt_pazos": ("szigriszt_pazos", "Szigriszt-Pazos"),
    "gutierrez_polini": ("gutierrez_polini", "Gutiérrez de Polini"),
    "crawford": ("crawford", "Crawford (school years)"),
}

#: INFLESZ bands: (lowest Szigriszt-Pazos score, band), highest first
INFLESZ_BANDS: tuple[tuple[float, str], ...] = (
    (80.0, "muy fácil"),
    (65.0, "bastante fácil"),
    (55.0, "normal"),
    (40.0, "algo difícil"),
    (float("-inf"), "muy difícil"),
)

#: a Spanish word of this many syllables or more counts as long
LONG_WORD_SYLLABLES = 4


def inflesz_band(score: float) -> str:
    """The INFLESZ band, in Spanish words, for a Szigriszt-Pazos score."""
    return next(band for low, band in INFLESZ_BANDS if score >= low)


def spanish_metrics(text: str) -> dict[str, float | int | str]:
    """All Spanish scores and counts for ``text``; empty text gives zeros."""
    ts = textstat_for("es")
    out: dict[str, float | int | str] = {
        key: float(getattr(ts, method)(text)) for key, (method, _) in SPANISH_METRICS.items()
    }
    words = ts.lexicon_count(text)
    out["inflesz"] = inflesz_band(float(out["szigriszt_pazos"])) if words else ""
    out["words"] = words
    out["sentences"] = ts.sentence_count(text)
    out["syllables"] = ts.syllable_count(text)
    out["avg_sentence_length"] = float(ts.words_per_sentence(text)) if words else 0.0
    tokens = ts.remove_punctuation(text).split()
    long_words = sum(1 for w in tokens if spanish_syllables(w) >= LONG_WORD_SYLLABLES)
    out["percent_long_words"] = 100.0 * long_words / words if words else 0.0
    return out


def spanish_sentence_ease(text: str) -> float:
    """Ease of one sentence: Szigriszt-Pazos, read against the INFLESZ bands.

    Crawford's grade tops out near primary-school years, so it cannot tell a
    hard sentence from a very hard one; INFLESZ can.
    """
    return float(textstat_for("es").szigriszt_pazos(text))


def spanish_syllables(word: str) -> int:
    """Syllables in one Spanish word, by textstat (Pyphen's Spanish hyphenation)."""
    return int(textstat_for("es").syllable_count(word))
