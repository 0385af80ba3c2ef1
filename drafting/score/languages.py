"""What scoring needs from each language, in one table (textstat's habit).

Each entry names the document metrics function, which metric is the grade
(what ``--max-grade`` gates) and which is the ease (``--min-ease``), how a
sentence is scored and where "hard" starts, and what counts as a long sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

Metrics = dict[str, float | int | str]


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    metrics: Callable[[str], Metrics]
    grade_key: str
    grade_label: str
    ease_key: str | None
    ease_label: str | None
    #: how one sentence is scored, what the score is called, and where "hard" starts
    sentence_score: Callable[[str], float]
    sentence_measure: str
    hard_at: float
    very_hard_at: float
    higher_is_harder: bool
    #: a sentence longer than this (words; characters for Chinese) is "long"
    long_sentence: int
    #: metric keys shown in reports, with labels, in order
    shown: tuple[tuple[str, str], ...]


def _english() -> Language:
    from drafting.score.english import ENGLISH_METRICS, english_metrics, english_sentence_grade

    return Language(
        code="en",
        name="English",
        metrics=english_metrics,
        grade_key="text_standard_grade",
        grade_label="consensus grade (textstat text_standard)",
        ease_key="flesch_reading_ease",
        ease_label="Flesch Reading Ease",
        sentence_score=english_sentence_grade,
        sentence_measure="Flesch-Kincaid grade",
        hard_at=10.0,  # Hemingway Editor's "hard" and "very hard" grades
        very_hard_at=14.0,
        higher_is_harder=True,
        long_sentence=25,
        shown=tuple((k, label) for k, (_, label) in ENGLISH_METRICS.items())
        + (("text_standard", "Consensus (text_standard)"),),
    )


def _spanish() -> Language:
    from drafting.score.spanish import SPANISH_METRICS, spanish_metrics, spanish_sentence_ease

    return Language(
        code="es",
        name="Spanish",
        metrics=spanish_metrics,
        grade_key="crawford",
        grade_label="Crawford (school years)",
        ease_key="szigriszt_pazos",
        ease_label="Szigriszt-Pazos (INFLESZ)",
        sentence_score=spanish_sentence_ease,
        sentence_measure="Szigriszt-Pazos",
        hard_at=55.0,  # INFLESZ "algo difícil" and "muy difícil"
        very_hard_at=40.0,
        higher_is_harder=False,
        long_sentence=25,
        shown=tuple((k, label) for k, (_, label) in SPANISH_METRICS.items())
        + (("inflesz", "INFLESZ band"),),
    )


def _chinese() -> Language:
    from drafting.score.chinese import chinese_metrics, chinese_sentence_grade

    return Language(
        code="zh",
        name="Chinese",
        metrics=chinese_metrics,
        grade_key="sun_index",
        grade_label="Sun (1992) index, no stroke term",
        ease_key=None,
        ease_label=None,
        sentence_score=chinese_sentence_grade,
        sentence_measure="Sun 1992 index",
        hard_at=10.0,  # same levels as English; see docs/score.md
        very_hard_at=14.0,
        higher_is_harder=True,
        long_sentence=40,
        shown=(
            ("sun_index", "Sun 1992 index"),
            ("avg_sentence_chars", "Characters per sentence"),
            ("percent_uncommon_words", "% uncommon words"),
            ("percent_rare_chars", "% rare characters"),
        ),
    )


_BUILDERS = {"en": _english, "es": _spanish, "zh": _chinese}


@cache
def language(code: str) -> Language:
    """The table entry for ``code`` ("en", "es" or "zh")."""
    return _BUILDERS[code]()
