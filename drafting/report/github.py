"""``--format github``: workflow commands that GitHub Actions shows as annotations."""

from __future__ import annotations

from drafting.report.model import Report

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def write(reports: list[Report]) -> str:
    out = []
    for r in reports:
        for row in r.rows():
            msg = str(row["message"])
            if row["replacements"]:
                msg += f" (suggestion: {row['replacements'][0]!r})"  # type: ignore[index]
            out.append(
                f"::{_LEVEL[str(row['severity'])]} file={_prop(str(row['path']))},"
                f"line={row['line']},"
                f"col={row['column']},endLine={row['end_line']},endColumn={row['end_column']},"
                f"title={_prop(str(row['rule']))}::{_data(msg)}"
            )
    return "".join(line + "\n" for line in out)
