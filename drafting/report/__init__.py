"""Writers that turn findings into text, JSON, SARIF or GitHub annotations."""

from __future__ import annotations

from collections.abc import Callable

from drafting.report.model import Report

FORMATS = ("text", "json", "sarif", "github")


def writer(fmt: str) -> Callable[[list[Report]], str]:
    """The writer for ``fmt`` (imported lazily: SARIF needs the rule table)."""
    if fmt == "json":
        from drafting.report.json_report import write
    elif fmt == "sarif":
        from drafting.report.sarif import write
    elif fmt == "github":
        from drafting.report.github import write
    else:
        from drafting.report.text import write
    return write
