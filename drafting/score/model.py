"""The results of scoring, as plain data every report format reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: JSON output schema version; bump on any incompatible change
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class HardSentence:
    start: int  # code-point offsets into the document text
    end: int
    line: int
    text: str
    score: float  # in the language's sentence measure
    measure: str  # "Flesch-Kincaid grade", "Szigriszt-Pazos" (lower is harder), "Sun 1992 index"
    level: str  # "hard" or "very hard"
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ParagraphScore:
    start: int
    end: int
    line: int
    words: int
    sentences: int
    grade: float
    ease: float | None


@dataclass(frozen=True)
class ScoreWarning:
    code: str  # "headline-length", "lede-length"
    message: str
    line: int | None = None


@dataclass
class DocumentScore:
    path: str
    lang: str
    text: str  # the document text offsets refer to
    body: str  # what the document metrics were computed on
    metrics: dict[str, float | int | str]
    grade: float
    ease: float | None
    grade_label: str
    ease_label: str | None
    headline: str | None = None
    paragraphs: list[ParagraphScore] = field(default_factory=list)
    hard_sentences: list[HardSentence] = field(default_factory=list)
    warnings: list[ScoreWarning] = field(default_factory=list)
    gate_misses: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.gate_misses

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form; the document text itself is left out (it is the input)."""
        return {
            "path": self.path,
            "lang": self.lang,
            "headline": self.headline,
            "grade": round(self.grade, 2),
            "grade_label": self.grade_label,
            "ease": None if self.ease is None else round(self.ease, 2),
            "ease_label": self.ease_label,
            "metrics": {k: round(v, 4) if isinstance(v, float) else v
                        for k, v in self.metrics.items()},
            "paragraphs": [asdict(p) for p in self.paragraphs],
            "hard_sentences": [
                {**asdict(h), "reasons": list(h.reasons)} for h in self.hard_sentences
            ],
            "warnings": [asdict(w) for w in self.warnings],
            "passed": self.passed,
            "gate_misses": list(self.gate_misses),
        }
