"""Applying safe fixes: splice replacements into the text, touching nothing else."""

from __future__ import annotations

from collections.abc import Callable

from drafting.lint.finding import Finding

MAX_PASSES = 5


def apply_fixes(text: str, findings: list[Finding]) -> tuple[str, int]:
    """``text`` with every safe fix applied (overlapping ones skipped) and their count."""
    fixes = sorted((f for f in findings if f.safe_fix and f.replacements), key=lambda f: f.start)
    out: list[str] = []
    pos = applied = 0
    for f in fixes:
        if f.start < pos:
            continue  # overlaps an earlier fix; the next pass gets it
        out.append(text[pos : f.start])
        out.append(f.replacements[0])
        pos = f.end
        applied += 1
    out.append(text[pos:])
    return "".join(out), applied


def fix_until_stable(text: str, lint: Callable[[str], list[Finding]]) -> tuple[str, int]:
    """Re-lint and fix until no safe fix is left, so a second ``--fix`` changes nothing."""
    total = 0
    for _ in range(MAX_PASSES):
        text, n = apply_fixes(text, lint(text))
        total += n
        if n == 0:
            break
    return text, total


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of one file's fixes (line endings kept as they are)."""
    import difflib  # only --diff needs it: lint starts without it

    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=path if path.startswith("/") else f"a/{path}",
            tofile=path if path.startswith("/") else f"b/{path}",
        )
    )
