"""A finding: the one record every checker (lint rules, translation checks) reports.

Its JSON form is exactly ``{"path", "line", "column", "end_line", "end_column",
"rule", "severity", "message", "replacements"}``: lines and columns 1-based in
code points, ``end_column`` exclusive, ``replacements`` best first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from drafting.text.spans import LineIndex

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    rule: str  # stable code, e.g. "DR101"
    message: str
    start: int  # code-point offsets into the document text
    end: int
    severity: Severity = "error"
    replacements: tuple[str, ...] = field(default_factory=tuple)
    safe_fix: bool = False  # True when replacements[0] may be applied by --fix
    path: str = "-"

    def to_json(self, index: LineIndex) -> dict[str, object]:
        line, column = index.position(self.start)
        end_line, end_column = index.position(self.end)
        return {
            "path": self.path,
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "replacements": list(self.replacements),
        }
