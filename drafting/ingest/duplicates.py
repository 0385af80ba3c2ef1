"""Releases that are one release syndicated more than once.

Sites re-publish a wire release with their own chrome, so files differ while
the body is the same. Bodies are compared as sets of word 5-grams (shingles):
a high Jaccard overlap means one release.
"""

from __future__ import annotations

from drafting.ingest.document import Document
from drafting.ingest.normalize import normalize
from drafting.ingest.shape import words

SHINGLE = 5
THRESHOLD = 0.8


def shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    """Word ``size``-grams of the normalised, lower-cased text."""
    ws = words(normalize(text).text)
    if len(ws) < size:
        return {tuple(ws)} if ws else set()
    return {tuple(ws[i : i + size]) for i in range(len(ws) - size + 1)}


def similarity(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    """Jaccard overlap of two shingle sets (0 for two empty sets)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def _body(doc: Document) -> str:
    return "\n".join(p.text for p in doc.paragraphs)


def structure_score(doc: Document) -> tuple[int, int, int, int]:
    """Higher is better to keep: a headline, a dateline, subheads, a source line."""
    return (
        doc.headline is not None,
        doc.dateline is not None,
        len(doc.subheads),
        doc.source is not None,
    )


def find_duplicates(docs: list[Document], threshold: float = THRESHOLD) -> list[list[str]]:
    """Groups (2+ files each) of documents whose bodies are one release.

    Each group lists the file to keep first (most structure, then the first
    given), then the others in the order given.
    """
    sets = [shingles(_body(d)) for d in docs]
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            if similarity(sets[i], sets[j]) >= threshold:
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(docs)):
        groups.setdefault(root(i), []).append(i)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = max(members, key=lambda i: (structure_score(docs[i]), -i))
        out.append([docs[keep].file] + [docs[i].file for i in members if i != keep])
    return out
