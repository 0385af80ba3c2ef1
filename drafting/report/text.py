"""``--format text``: ``path:line:col: CODE message (suggestion)``.

Plain lines when piped (stable for scripts and editors); on a terminal the same
lines grouped under each file and coloured by severity with Rich.
"""

from __future__ import annotations

import sys

from drafting.report.model import Report

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def line_of(row: dict[str, object]) -> str:
    reps = row["replacements"]
    tail = ""
    if reps:
        shown = ", ".join(repr(x) if x == "" or x.strip() != x else x for x in reps[:3])  # type: ignore[union-attr]
        tail = f" ({shown})"
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
            reps = row["replacements"]
            tail = f" [dim]({escape(', '.join(repr(x) if not str(x).strip() else str(x) for x in reps[:3]))})[/]" if reps else ""  # type: ignore[union-attr]
            console.print(
                f"  [dim]{row['line']}:{row['column']}[/] [{_STYLE[str(row['severity'])]}]{row['rule']}[/] "
                f"{escape(str(row['message']))}{tail}"
            )
