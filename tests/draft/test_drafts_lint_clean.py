"""The drafts our templates write pass our own linter and readability norms.

Every template is drafted from the seeds' facts (``drafting facts seeds/ --merge``)
and its sample event, in English, Chinese and Spanish, then linted with ``--facts``:
no error and no warning in any language (English: spelling, AP style, figures against
the facts; zh/es: the translation checks TR103-TR107). A draft about the 2025 forum
citing the 2023 forum's turnout, or the 7th award beside the 6th award's count, is
not a contradiction; "9 international organizations" would be an AP slip.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from draft_support import EXAMPLES, TEMPLATES

from drafting.cli import cli


@pytest.fixture(scope="module")
def drafts(seed_facts: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("drafts")
    for template in TEMPLATES:
        result = CliRunner().invoke(
            cli,
            ["draft", template, "--facts", str(seed_facts), "--event",
             str(EXAMPLES / f"{template}.event.yaml"), "--lang", "en,zh,es", "-o", str(out)],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    return out


def _lint(paths: list[Path], facts: Path | None = None) -> list[dict]:
    args = ["lint", *map(str, paths), "--format", "json"]
    if facts is not None:
        args += ["--facts", str(facts)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("template", TEMPLATES)
def test_english_draft_has_no_error_or_warning(
    drafts: Path, seed_facts: Path, template: str
) -> None:
    findings = _lint([drafts / f"{template}.en.md"], seed_facts)
    serious = [f for f in findings if f["severity"] in ("error", "warning")]
    assert serious == [], serious
    assert findings == [], findings  # not even a style note (DR403 "9" -> "nine" is gone)


@pytest.mark.parametrize("lang", ["zh", "es"])
def test_chinese_and_spanish_drafts_have_no_error_or_warning(drafts: Path, lang: str) -> None:
    paths = sorted(drafts.glob(f"*.{lang}.md"))
    assert len(paths) == len(TEMPLATES)
    findings = _lint(paths)
    assert [f for f in findings if f["severity"] in ("error", "warning")] == [], findings


def test_lint_would_catch_a_slip_in_a_draft(drafts: Path, seed_facts: Path, tmp_path: Path) -> None:
    """Not vacuous: the same check flags a real contradiction and an English-only slip."""
    text = (drafts / "opening.en.md").read_text(encoding="utf-8")
    bad = tmp_path / "opening.en.md"
    bad.write_text(
        text.replace("over 800 representatives", "over 900 representatives").replace(
            "nine international", "9 international"
        ),
        encoding="utf-8",
    )
    rules = {f["rule"] for f in _lint([bad], seed_facts)}
    assert {"DR601", "DR403"} <= rules
    zh = tmp_path / "opening.zh.md"
    zh.write_text(
        (drafts / "opening.zh.md").read_text(encoding="utf-8").replace("，", ",", 1),
        encoding="utf-8",
    )
    assert {f["rule"] for f in _lint([zh])} == {"TR104"}


def test_every_draft_meets_the_headline_and_lede_norms(drafts: Path) -> None:
    """`drafting score` warns on a lede of 35 words or more and a headline of 100
    characters or more: our own templates must not trip it, in any language."""
    paths = sorted(drafts.glob("*.md"))
    result = CliRunner().invoke(cli, ["score", "--format", "json", *map(str, paths)])
    assert result.exit_code == 0, result.output
    documents = json.loads(result.stdout)["documents"]
    assert len(documents) == 3 * len(TEMPLATES)
    warned = {d["path"]: d["warnings"] for d in documents if d["warnings"]}
    assert warned == {}
