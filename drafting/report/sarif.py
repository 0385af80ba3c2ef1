"""``--format sarif``: SARIF 2.1.0, the format code-scanning tools read."""

from __future__ import annotations

import json

from drafting import __version__
from drafting.lint.registry import all_rules
from drafting.report.model import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def write(reports: list[Report]) -> str:
    rules = all_rules()
    codes = list(rules)
    results = []
    for r in reports:
        for f, row in zip(r.findings, r.rows(), strict=True):
            result: dict[str, object] = {
                "ruleId": f.rule,
                "level": _LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": r.path},
                            "region": {
                                "startLine": row["line"],
                                "startColumn": row["column"],
                                "endLine": row["end_line"],
                                "endColumn": row["end_column"],
                            },
                        }
                    }
                ],
            }
            if f.rule in rules:
                result["ruleIndex"] = codes.index(f.rule)
            if f.replacements:
                result["fixes"] = [
                    {
                        "description": {"text": f"replace with {f.replacements[0]!r}"},
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": r.path},
                                "replacements": [
                                    {
                                        "deletedRegion": {
                                            "startLine": row["line"],
                                            "startColumn": row["column"],
                                            "endLine": row["end_line"],
                                            "endColumn": row["end_column"],
                                        },
                                        "insertedContent": {"text": f.replacements[0]},
                                    }
                                ],
                            }
                        ],
                    }
                ]
            results.append(result)
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "drafting-lint",
                        "version": __version__,
                        "informationUri": "https://example.invalid/drafting/docs/lint.md",
                        "rules": [
                            {
                                "id": rule.code,
                                "name": rule.name,
                                "shortDescription": {"text": rule.description},
                                "defaultConfiguration": {"level": _LEVEL[rule.severity]},
                            }
                            for rule in rules.values()
                        ],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
