"""The quality gate: which of ``--max-grade`` / ``--min-ease`` a document misses."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafting.score.model import DocumentScore


def gate_misses(
    doc: DocumentScore, *, max_grade: float | None, min_ease: float | None
) -> list[str]:
    """One message per missed limit; empty when the document passes.

    Chinese has no published ease scale, so ``--min-ease`` does not apply to
    it (the grade limit still does).
    """
    misses = []
    if max_grade is not None and doc.grade > max_grade:
        misses.append(f"grade {doc.grade:.1f} is above --max-grade {max_grade:g}")
    if min_ease is not None and doc.ease is not None and doc.ease < min_ease:
        misses.append(f"ease {doc.ease:.1f} is below --min-ease {min_ease:g}")
    return misses
