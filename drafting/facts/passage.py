"""The pieces of a release that facts are read from, normalised but citable.

Extractors match on normalised text (straight quotes, single blanks); a
:class:`Passage` turns a match back into a :class:`Provenance` that points at
the words as printed in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.facts.model import Provenance
from drafting.ingest.document import Document
from drafting.ingest.normalize import Normalized, normalize
from drafting.text.spans import Span

# Abbreviations that end in a full stop without ending a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|St|No|"
    r"Co|Inc|Ltd|Corp|vs|etc|e\.g|i\.e|U\.S|Gov|Sen|Rep)|\b[A-Z])\.$"
)
_SENT_END = re.compile(r"[.!?][\"')\]]*\s+(?=[\"(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Passage:
    """One headline, subhead or body paragraph: ``kind`` is headline|subhead|paragraph|source."""

    kind: str
    norm: Normalized
    doc: Document

    @property
    def text(self) -> str:
        return self.norm.text

    def provenance(self, start: int, end: int) -> Provenance:
        """Provenance for ``text[start:end]`` of this passage (trimmed of blanks)."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        a, b = self.norm.to_original(start, end)
        a, b = self.doc.to_source(a, b)
        return Provenance(self.doc.file, a, b, self.doc.date)

    def sentences(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence in the passage."""
        out, start = [], 0
        for m in _SENT_END.finditer(self.text):
            head = self.text[max(start, m.start() - 12) : m.start() + 1]  # enough for "Sept."
            if _ABBREV.search(head):
                continue
            out.append(
                (start, m.start() + 1 + len(m.group()) - len(m.group().lstrip(".!?\"')]")) - 0)
            )
            start = m.end()
        out.append((start, len(self.text)))
        return [(a, self._rstrip(a, b)) for a, b in out if self.text[a:b].strip()]

    def _rstrip(self, a: int, b: int) -> int:
        while b > a and self.text[b - 1].isspace():
            b -= 1
        return b


def passages(doc: Document) -> list[Passage]:
    """Headline, subheads, body paragraphs and source line, in reading order."""
    spans: list[tuple[str, Span]] = []
    if doc.headline:
        spans.append(("headline", doc.headline))
    spans += [("subhead", s) for s in doc.subheads]
    spans += [("paragraph", p) for p in doc.paragraphs]
    if doc.source:
        spans.append(("source", doc.source))
    spans.sort(key=lambda ks: ks[1].start)
    return [Passage(kind, normalize(span.text, base=span.start), doc) for kind, span in spans]
