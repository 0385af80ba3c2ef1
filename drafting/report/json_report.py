"""``--format json``: one array; each finding exactly the keys of the contract."""

from __future__ import annotations

import json

from drafting.report.model import Report


def write(reports: list[Report]) -> str:
    rows = [row for r in reports for row in r.rows()]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
