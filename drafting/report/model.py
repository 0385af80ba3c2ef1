"""What every writer receives: one file's findings with the index that places them."""

from __future__ import annotations

from dataclasses import dataclass

from drafting.lint.finding import Finding
from drafting.text.spans import LineIndex


@dataclass
class Report:
    path: str
    text: str
    findings: list[Finding]

    def rows(self) -> list[dict[str, object]]:
        """The findings as the JSON contract's dicts, in order."""
        index = LineIndex(self.text)
        return [f.to_json(index) for f in self.findings]
