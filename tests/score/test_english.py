"""English scores are textstat's own, on the same text, for every seed."""

from __future__ import annotations

from pathlib import Path

import pytest
import textstat

from drafting.ingest import load_release
from drafting.score.analyse import score_document
from drafting.score.english import ENGLISH_METRICS, english_metrics

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_document_scores_equal_textstat_on_the_scored_body(path):
    doc = load_release(path)
    scored = score_document(str(path), doc.text, doc.paragraphs, headline=doc.headline)
    body = scored.body
    assert scored.lang == "en" and body.strip()
    for key, (method, _) in ENGLISH_METRICS.items():
        assert scored.metrics[key] == getattr(textstat, method)(body), key
    assert scored.metrics["text_standard"] == textstat.text_standard(body)
    assert scored.grade == textstat.text_standard(body, float_output=True)
    assert scored.ease == textstat.flesch_reading_ease(body)
    assert scored.metrics["words"] == textstat.lexicon_count(body)
    assert scored.metrics["sentences"] == textstat.sentence_count(body)
    assert scored.metrics["syllables"] == textstat.syllable_count(body)
    assert scored.metrics["percent_long_words"] == pytest.approx(
        100 * textstat.polysyllabcount(body) / textstat.lexicon_count(body)
    )


def test_junk_is_not_scored():
    seed_001 = next(p for p in SEEDS if p.name.startswith("001"))
    doc = load_release(seed_001)
    scored = score_document(str(seed_001), doc.text, doc.paragraphs, headline=doc.headline)
    assert "Kalkine" in doc.text and "Kalkine" not in scored.body


def test_empty_text_has_defined_scores():
    m = english_metrics("")
    assert m["words"] == 0 and m["flesch_reading_ease"] == 0.0
    assert m["percent_long_words"] == 0.0 and m["avg_sentence_length"] == 0.0


def test_plainer_text_scores_easier():
    plain = english_metrics("The cat sat on the mat. It was warm. We all had tea.")
    dense = english_metrics(
        "Multilateral institutional cooperation necessitates comprehensive "
        "organizational restructuring, notwithstanding considerable administrative complexity."
    )
    assert plain["flesch_reading_ease"] > dense["flesch_reading_ease"]
    assert plain["flesch_kincaid_grade"] < dense["flesch_kincaid_grade"]
