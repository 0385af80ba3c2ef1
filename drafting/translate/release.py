"""A whole release through the layers, structure kept, dateline re-rendered.

The skeleton (:mod:`drafting.translate.document`) says what is a sentence;
:func:`~drafting.translate.pipeline.run_layers` translates the sentences in one
batch; this module puts the document back together for the target market and
records where each translation landed, for the checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.translate.checks import Unit
from drafting.translate.document import DatelinePart, Segment, skeleton
from drafting.translate.pipeline import Layers, Progress, SegmentResult, run_layers
from drafting.translate.punctuation import CJK

_GAP = re.compile(r"[ \t]+")
_ZH_END = re.compile(f"[{CJK}。！？”）]$")
_ZH_START = re.compile(f"^[{CJK}“（]")


@dataclass(frozen=True)
class TranslatedText:
    text: str
    units: list[Unit]  # each source sentence and where its translation sits in ``text``
    results: list[SegmentResult]  # parallel to ``units``
    dateline: str | None  # the re-rendered dateline, when the source had one


def translate_text(text: str, layers: Layers, progress: Progress | None = None) -> TranslatedText:
    """Translate a whole release, keeping its structure (see :mod:`drafting.translate.document`)."""
    pieces = skeleton(text)
    segs = [p for p in pieces if isinstance(p, Segment)]
    results = run_layers([s.text for s in segs], layers, progress)
    parts: list[str] = []
    dateline_text = None
    by_piece = iter(results)
    for piece in pieces:
        if isinstance(piece, Segment):
            parts.append(next(by_piece).text)
        elif isinstance(piece, DatelinePart):
            dateline_text = render_dateline(piece, layers)
            parts.append(dateline_text)
        else:
            parts.append(piece)
    if layers.target == "zh":
        parts = _join_chinese(parts)
    units, pos = [], 0
    seg_iter = iter(segs)
    for piece, part in zip(pieces, parts, strict=True):
        if isinstance(piece, Segment):
            units.append(Unit(next(seg_iter).text, pos, pos + len(part)))
        pos += len(part)
    return TranslatedText("".join(parts), units, results, dateline_text)


def render_dateline(part: DatelinePart, layers: Layers) -> str:
    """The dateline for the target market, from its parsed parts.

    ``广州2023年12月11日 /美通社/ --``;
    ``GUANGZHOU, China, 11 de diciembre de 2023 /PRNewswire/ --``.
    """
    from drafting.i18n.dateline import dateline
    from drafting.i18n.glossary import Glossary

    glossary = layers.glossary if layers.glossary is not None else Glossary([])
    return dateline(
        part.city or "", part.country, part.date or "", part.wire or "", layers.target, glossary
    )


def _join_chinese(parts: list[str]) -> list[str]:
    """Drop the spaces English puts between sentences when Chinese meets Chinese."""
    for i in range(1, len(parts) - 1):
        if (
            _GAP.fullmatch(parts[i])
            and _ZH_END.search(parts[i - 1])
            and _ZH_START.search(parts[i + 1])
        ):
            parts[i] = ""
    return parts
