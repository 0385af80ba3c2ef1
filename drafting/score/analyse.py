"""Score one document: whole body, each paragraph, each sentence, and the norms.

Pure: it takes the text and its parts (from :mod:`drafting.ingest`, so
syndication junk, datelines and headings are never scored as prose) and
returns a :class:`~drafting.score.model.DocumentScore`.
"""

from __future__ import annotations

from drafting.score.gate import gate_misses
from drafting.score.hard import find_hard_sentences
from drafting.score.languages import Language, language
from drafting.score.model import DocumentScore, ParagraphScore, ScoreWarning
from drafting.score.norms import check_headline, check_lede
from drafting.text.lang import detect_language
from drafting.text.sentences import split_sentences
from drafting.text.spans import LineIndex, Span


def score_document(
    path: str,
    text: str,
    paragraphs: list[Span],
    *,
    headline: Span | None = None,
    lang: str = "auto",
    max_grade: float | None = None,
    min_ease: float | None = None,
) -> DocumentScore:
    """Score the body ``paragraphs`` of ``text``; ``lang="auto"`` detects it from the body."""
    body = "\n\n".join(p.text for p in paragraphs)
    detected = detect_language(body or text)
    code = detected if lang == "auto" else lang
    lg = language(code)
    metrics = lg.metrics(body)
    index = LineIndex(text)
    sentences: list[Span] = []
    para_scores = []
    for p in paragraphs:
        sentences += [
            Span(p.start + s.start, p.start + s.end, s.text) for s in split_sentences(p.text, code)
        ]
        para_scores.append(_paragraph_score(p, lg, index))
    doc = DocumentScore(
        path=path,
        lang=code,
        text=text,
        body=body,
        metrics=metrics,
        grade=float(metrics[lg.grade_key]),
        ease=float(metrics[lg.ease_key]) if lg.ease_key else None,
        grade_label=lg.grade_label,
        ease_label=lg.ease_label,
        headline=headline.text if headline else None,
        paragraphs=para_scores,
        hard_sentences=find_hard_sentences(sentences, lg, index),
    )
    if headline is not None:
        doc.warnings += check_headline(headline.text, index.position(headline.start)[0])
    if para_scores:
        doc.warnings += check_lede(para_scores[0].words, para_scores[0].line)
    if code != detected and body.strip():
        doc.warnings.append(ScoreWarning(
            "lang-mismatch", f"scored as {lg.name} (--lang {code}) but the text looks like "
            f"{language(detected).name}; check --lang"))
    if not metrics.get("words"):
        doc.warnings.append(ScoreWarning("no-body", "no body text to score; the scores are empty"))
    doc.gate_misses = gate_misses(doc, max_grade=max_grade, min_ease=min_ease)
    return doc


def _paragraph_score(p: Span, lg: Language, index: LineIndex) -> ParagraphScore:
    m = lg.metrics(p.text)
    return ParagraphScore(
        start=p.start,
        end=p.end,
        line=index.position(p.start)[0],
        words=int(m["words"]),
        sentences=int(m["sentences"]),
        grade=round(float(m[lg.grade_key]), 2),
        ease=round(float(m[lg.ease_key]), 2) if lg.ease_key else None,
    )
