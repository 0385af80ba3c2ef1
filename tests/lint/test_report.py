"""Writers: the terminal view groups by file; the plain view is one finding a line."""

from __future__ import annotations

from drafting.lint.engine import lint_text
from drafting.report.model import Report
from drafting.report.text import print_rich, write


def _reports() -> list[Report]:
    a = "It was an showcase.\n"
    b = "The the forum met.\n"
    return [Report("a.txt", a, lint_text(a, "a.txt")), Report("b.txt", b, lint_text(b, "b.txt"))]


def test_plain_lines(capsys) -> None:  # type: ignore[no-untyped-def]
    out = write(_reports())
    assert out.splitlines() == [
        "a.txt:1:8: DR201 use 'a' before 'showcase' (it is said with a consonant sound) (a)",
        "b.txt:1:5: DR202 'the' is repeated ('')",
    ]


def test_rich_view_groups_by_file(capsys) -> None:  # type: ignore[no-untyped-def]
    print_rich(_reports())
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "a.txt" and lines[2] == "b.txt"
    assert lines[1].startswith("  1:8 DR201 use 'a'") and lines[3].startswith("  1:5 DR202")
