"""Press-release norms for the parts editors read first: the headline and the lede.

Wire services and PR guides agree on rough limits: a headline under 100
characters (it must survive search results and feeds) and a lede paragraph
under 35 words (who, what, when, where in one breath). Missing them is a
warning, never a gate.
"""

from __future__ import annotations

from drafting.score.model import ScoreWarning

HEADLINE_MAX_CHARS = 100
LEDE_MAX_WORDS = 35


def check_headline(headline: str | None, line: int | None) -> list[ScoreWarning]:
    """A warning when the headline has 100 characters or more."""
    if headline is None or len(headline) < HEADLINE_MAX_CHARS:
        return []
    return [
        ScoreWarning(
            "headline-length",
            f"headline has {len(headline)} characters; keep it under {HEADLINE_MAX_CHARS}",
            line,
        )
    ]


def check_lede(word_count: int | None, line: int | None) -> list[ScoreWarning]:
    """A warning when the lede paragraph (dateline excluded) has 35 words or more."""
    if word_count is None or word_count < LEDE_MAX_WORDS:
        return []
    return [
        ScoreWarning(
            "lede-length",
            f"lede paragraph has {word_count} words; keep it under {LEDE_MAX_WORDS} "
            "(who, what, when, where in one sentence)",
            line,
        )
    ]
