"""Which parts of an ingested release are prose to score, and which is the headline.

Ingest decides headline, subheads and paragraphs; for Chinese releases it can
still take a finished sentence (ending in 。！？) for a subhead, or miss the
headline. Prose is what ends like a sentence, so such "subheads" are scored
as paragraphs, and an unpunctuated first line becomes the headline.
"""

from __future__ import annotations

from drafting.text.spans import Span

_SENTENCE_END = tuple(".!?。！？…\"”’」』)）")


def ends_like_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation (or a closing quote)."""
    return text.rstrip().endswith(_SENTENCE_END)


def scoring_parts(
    headline: Span | None, subheads: list[Span], paragraphs: list[Span]
) -> tuple[Span | None, list[Span]]:
    """(headline, body paragraphs in text order) to score."""
    body = sorted(paragraphs + [s for s in subheads if ends_like_sentence(s.text)],
                  key=lambda s: s.start)
    if headline is None and body and not ends_like_sentence(body[0].text):
        first_subhead = min((s.start for s in subheads), default=body[0].start + 1)
        if body[0].start < first_subhead:
            headline, body = body[0], body[1:]
    return headline, body
