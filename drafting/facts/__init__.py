"""Facts from past releases, with provenance (see :mod:`drafting.facts.model`).

``extract_facts(doc)`` reads one :class:`~drafting.ingest.Document`;
``merge(factsets)`` joins several, keeping disagreements dated. Both are
imported on first use, so code that only needs the model stays light.
"""

from __future__ import annotations

from typing import Any

__all__ = ["extract_facts", "merge"]


def __getattr__(name: str) -> Any:
    if name == "extract_facts":
        from drafting.facts.extract import extract_facts

        return extract_facts
    if name == "merge":
        from drafting.facts.merging import merge

        return merge
    raise AttributeError(name)
