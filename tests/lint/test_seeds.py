"""What the issue says lint must show on the five seeds, with the seeds' own facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafting.fileio import read_text
from drafting.lint.engine import lint_text
from drafting.lint.fix import fix_until_stable

from .conftest import SEEDS_DIR

SEED = {p.name[:3]: p for p in sorted(SEEDS_DIR.glob("*.txt"))}


def findings(name: str, facts) -> tuple[str, list]:  # type: ignore[no-untyped-def]
    text = read_text(SEED[name])
    return text, lint_text(text, SEED[name].name, facts=facts)


def hits(text: str, found: list, code: str, covered: str) -> list:  # type: ignore[type-arg]
    """Findings of ``code`` whose span lies inside an occurrence of ``covered``."""
    out = []
    start = text.find(covered)
    while start != -1:
        out += [
            f
            for f in found
            if f.rule == code and start <= f.start and f.end <= start + len(covered)
        ]
        start = text.find(covered, start + 1)
    return out


@pytest.mark.parametrize(
    ("seed", "code", "phrase", "count", "fix"),
    [
        ("002", "DR102", "Shinning Moments", 2, "Shining"),
        ("000", "DR201", "an showcase", 1, "a"),
        ("001", "DR201", "an showcase", 1, "a"),
        ("000", "DR301", "Mayors'Dialogue", 1, "' "),
        ("001", "DR301", "Mayors'Dialogue", 1, "' "),
        ("004", "DR202", "the The Cities", 1, ""),
        ("003", "DR203", "2021 Global Mayors' Forum 2021", 1, ""),
    ],
)
def test_known_slips_found_with_their_fix(seed_facts, seed, code, phrase, count, fix) -> None:  # type: ignore[no-untyped-def]
    text, found = findings(seed, seed_facts)
    got = hits(text, found, code, phrase)
    assert len(got) == count, [f.message for f in got]
    assert all(f.severity == "error" and f.safe_fix and f.replacements[0] == fix for f in got)


JUNK_LINES = {
    "001": [
        "December 11, 2023 10:00 AM GMT | By Cision",
        "Follow us on Google News:",
        "The content, including but not limited to any articles",
        "AI on the Rise: A Look at Top AI Companies and Their Stocks",
    ],
    "002": [
        "Originally published at https://www.prnewswire.com/",
        "Images courtesy of https://pixabay.com",
        "Art - Purple Foxy Ladies originally published at",
    ],
    "004": [
        "This website is best viewed using the latest versions of web browsers.",
    ],
}


@pytest.mark.parametrize("seed", sorted(JUNK_LINES))
def test_every_junk_line_is_flagged(seed_facts, seed) -> None:  # type: ignore[no-untyped-def]
    text, found = findings(seed, seed_facts)
    junk = [f for f in found if f.rule == "DR501"]
    for line in JUNK_LINES[seed]:
        at = text.index(line)
        assert any(f.start <= at < f.end for f in junk), f"junk line not flagged: {line!r}"


def test_repeated_titles_and_banners_are_flagged(seed_facts) -> None:  # type: ignore[no-untyped-def]
    text, found = findings("002", seed_facts)
    title = "A Brilliant Gathering: Guangzhou Witnesses Shinning Moments of Cities"
    second = text.index(title, text.index(title) + 1)
    assert any(f.rule == "DR501" and f.start == second for f in found)
    text, found = findings("004", seed_facts)
    junk_starts = {f.start for f in found if f.rule == "DR501"}
    banner = text.index("Award Banner")
    assert {banner, text.index("Award Banner", banner + 1)} <= junk_starts
    head = "The 2021 Global Mayors' Forum Serial Events Unveils"
    assert text.index(head, text.index(head) + 1) in junk_starts


EXPECTED_ERRORS = {"DR102", "DR201", "DR202", "DR203", "DR301", "DR501"}


@pytest.mark.parametrize("seed", sorted(SEED))
def test_no_other_errors_on_the_seeds(seed_facts, seed) -> None:  # type: ignore[no-untyped-def]
    text, found = findings(seed, seed_facts)
    errors = [f for f in found if f.severity == "error"]
    assert {f.rule for f in errors} <= EXPECTED_ERRORS, [
        (f.rule, text[f.start : f.end]) for f in errors
    ]
    stray = [
        f
        for f in errors
        if f.rule != "DR501"
        and not any(
            hits(text, [f], f.rule, p)
            for p in (
                "Shinning Moments",
                "an showcase",
                "Mayors'Dialogue",
                "the The Cities",
                "2021 Global Mayors' Forum 2021",
            )
        )
    ]
    assert not stray, [(f.rule, text[f.start : f.end]) for f in stray]


def test_fix_on_copies_of_the_seeds(tmp_path: Path, seed_facts) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from drafting.cli import cli

    for p in SEED.values():
        shutil.copy(p, tmp_path / p.name)
    runner = CliRunner()
    res = runner.invoke(
        cli, ["lint", str(tmp_path), "--fix", "--format", "json"], standalone_mode=False
    )
    assert res.exception is None and res.return_value == 1  # what needs a person remains
    fixed = {k: read_text(tmp_path / p.name) for k, p in SEED.items()}
    assert (
        fixed["002"].count("Shining Moments") == 2
        and "Shinning Moments" not in fixed["002"].split("\n\n")[0]
    )
    assert "a showcase" in fixed["000"] and "an showcase" not in fixed["001"]
    assert "Mayors' Dialogue" in fixed["000"] and "Mayors'Dialogue" not in fixed["001"]
    assert "established the Cities for Global Health" in fixed["004"]
    assert "The 2021 Global Mayors' Forum serial events have" in fixed["003"]
    for k, p in SEED.items():  # nothing else moved: same length give or take the fixes
        assert fixed[k].splitlines()[-1] == read_text(p).splitlines()[-1]
    # second lint: no safe fix left, and what remains needs a person
    for k in SEED:
        left = lint_text(fixed[k], k, facts=seed_facts)
        assert not [f for f in left if f.safe_fix], k
        assert {f.rule for f in left if f.severity == "error"} <= {"DR501", "DR102"}
    runner.invoke(cli, ["lint", str(tmp_path), "--fix", "--format", "json"], standalone_mode=False)
    assert {k: read_text(tmp_path / p.name) for k, p in SEED.items()} == fixed  # idempotent


def test_fix_then_stable_on_the_seed_text() -> None:
    text = read_text(SEED["004"])
    once, n = fix_until_stable(text, lambda t: lint_text(t))
    assert n >= 1
    assert fix_until_stable(once, lambda t: lint_text(t)) == (once, 0)
