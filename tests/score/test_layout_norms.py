"""What gets scored (prose, not headings) and the headline and lede norms."""

from __future__ import annotations

from drafting.score.analyse import score_document
from drafting.score.gate import gate_misses
from drafting.score.layout import scoring_parts
from drafting.score.norms import check_headline, check_lede
from drafting.text.spans import Span


def span(text: str, whole: str) -> Span:
    start = whole.index(text)
    return Span(start, start + len(text), text)


def test_sentences_taken_for_subheads_are_scored_and_first_line_is_headline():
    text = "全球市长齐聚广州\n\n广州的冬天来得很晚。\n\n分论坛\n\n代表们将参加七场分论坛。"
    head, body = scoring_parts(
        None,
        [span("广州的冬天来得很晚。", text), span("分论坛", text)],
        [span("全球市长齐聚广州", text), span("代表们将参加七场分论坛。", text)],
    )
    assert head is not None and head.text == "全球市长齐聚广州"
    assert [p.text for p in body] == ["广州的冬天来得很晚。", "代表们将参加七场分论坛。"]


def test_headline_norm_at_100_characters():
    assert check_headline("x" * 99, 1) == []
    [w] = check_headline("x" * 100, 1)
    assert w.code == "headline-length" and "100 characters" in w.message and w.line == 1
    assert check_headline(None, None) == []


def test_lede_norm_at_35_words():
    assert check_lede(34, 3) == []
    [w] = check_lede(35, 3)
    assert w.code == "lede-length" and "35 words" in w.message


def test_document_warnings_and_gate():
    headline = "A headline that goes on and on " * 4
    lede = "word " * 40
    text = f"{headline}\n\n{lede.strip()}.\n\nShort one."
    doc = score_document("x.md", text, [span(lede.strip() + ".", text), span("Short one.", text)],
                         headline=span(headline, text), lang="en", max_grade=0.5, min_ease=150)
    assert {w.code for w in doc.warnings} == {"headline-length", "lede-length"}
    assert len(doc.gate_misses) == 2 and not doc.passed
    assert gate_misses(doc, max_grade=None, min_ease=None) == []
    assert gate_misses(doc, max_grade=doc.grade, min_ease=doc.ease) == []


def test_chinese_is_not_gated_on_ease():
    text = "今天下雨了。"
    doc = score_document("zh.md", text, [Span(0, len(text), text)], lang="zh", min_ease=99)
    assert doc.ease is None and doc.passed


def test_a_document_without_body_text_says_so():
    doc = score_document("h.md", "Just a headline", [], lang="en")
    assert [w.code for w in doc.warnings] == ["no-body"]
    assert doc.metrics["words"] == 0
