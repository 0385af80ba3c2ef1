"""``--format json``: one versioned object for machines."""

from __future__ import annotations

import json

from drafting.score.model import SCHEMA_VERSION, DocumentScore


def render_json(docs: list[DocumentScore]) -> str:
    """``{"version", "passed", "documents": [...]}`` as indented JSON, UTF-8 kept readable."""
    data = {
        "version": SCHEMA_VERSION,
        "passed": all(d.passed for d in docs),
        "documents": [d.to_json() for d in docs],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
