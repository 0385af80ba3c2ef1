"""``--format text``: ``path:line:col: CODE message (suggestion)``.

Plain lines when piped (stable for scripts and editors); on a terminal the same
findings grouped under each file and coloured by severity with Rich.
"""

from __future__ import annotations

import sys

from drafting.report.model import Report

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def suggestion(replacements: object) -> str:
    """Up to three replacements; an empty or padded one is quoted so it can be seen."""
    reps = [str(x) for x in replacements][:3]  # type: ignore[attr-defined]
    return ", ".join(repr(x) if x == "" or x.strip() != x else x for x in reps)


def line_of(row: dict[str, object]) -> str:
    tail = f" ({suggestion(row['replacements'])})" if row["replacements"] else ""
    return f"{row['path']}:{row['line']}:{row['column']}: {row['rule']} {row['message']}{tail}"


def write(reports: list[Report]) -> str:
    return "".join(line_of(row) + "\n" for r in reports for row in r.rows())


def print_rich(reports: list[Report]) -> None:
    """Grouped and coloured, for a person at a terminal."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False, file=sys.stdout)
    for r in reports:
        rows = r.rows()
        if not rows:
            continue
        console.print(f"[bold underline]{escape(r.path)}[/]")
        for row in rows:
            tail = (
                f" [dim]({escape(suggestion(row['replacements']))})[/]"
                if row["replacements"]
                else ""
            )
            where = f"{row['line']}:{row['column']}"
            style = _STYLE[str(row["severity"])]
            console.print(
                f"  [dim]{where}[/] [{style}]{row['rule']}[/] {escape(str(row['message']))}{tail}"
            )
