"""Spanish scores are textstat's, with the INFLESZ band in words."""

from __future__ import annotations

import pytest
from textstat.textstat import textstatistics

from drafting.score.spanish import SPANISH_METRICS, inflesz_band, spanish_metrics

TEXT = (
    "El invierno llega tarde a Guangzhou. Los árboles y las flores todavía adornan los "
    "jardines. El 8 de diciembre fue inaugurado el Foro Mundial de Alcaldes, organizado "
    "conjuntamente por varias organizaciones internacionales."
)


def test_scores_equal_textstat_in_spanish():
    ts = textstatistics()
    ts.set_lang("es")
    m = spanish_metrics(TEXT)
    for key, (method, _) in SPANISH_METRICS.items():
        assert m[key] == getattr(ts, method)(TEXT), key
    assert m["inflesz"] == inflesz_band(ts.szigriszt_pazos(TEXT))


@pytest.mark.parametrize(
    "score, band",
    [(95, "muy fácil"), (80, "muy fácil"), (79.9, "bastante fácil"), (65, "bastante fácil"),
     (60, "normal"), (55, "normal"), (54.9, "algo difícil"), (40, "algo difícil"),
     (39.9, "muy difícil"), (-5, "muy difícil")],
)
def test_inflesz_bands(score, band):
    assert inflesz_band(score) == band


def test_empty_text_has_defined_scores():
    m = spanish_metrics("")
    assert m["words"] == 0 and m["szigriszt_pazos"] == 0.0 and m["inflesz"] == ""
