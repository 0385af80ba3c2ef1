"""Settings files: found upward, validated, and applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.errors import InputError
from drafting.lint.config import find_config, load_config, parse_config
from drafting.lint.engine import lint_text

ROOT = Path(__file__).resolve().parents[2]


def test_example_file_is_valid(tmp_path: Path) -> None:
    (tmp_path / "drafting.toml").write_text((ROOT / "drafting.toml.example").read_text())
    cfg = load_config(find_config(tmp_path / "a" / "b.txt"))
    assert not cfg.enabled("DR403") and cfg.enabled("DR101")
    assert "yuexiu" in {w.lower() for w in cfg.words}
    assert cfg.options["DR409"]["max"] == 90 and cfg.severity["DR409"] == "info"
    assert cfg.style["require"] == ["source", "end-mark"]


def test_nearest_file_wins_and_pyproject_needs_the_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.drafting.lint]\nignore = ["DR1"]\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(tmp_path / "sub" / "x.md") == tmp_path / "pyproject.toml"
    (tmp_path / "sub" / "drafting.toml").write_text("[lint]\n")
    assert find_config(tmp_path / "sub" / "x.md") == tmp_path / "sub" / "drafting.toml"


def test_word_list_file(tmp_path: Path) -> None:
    (tmp_path / "words.txt").write_text("# project words\nzorblax\n")
    cfg = parse_config({"word-list": "words.txt"}, tmp_path / "drafting.toml")
    assert not [f for f in lint_text("The zorblax opened.", config=cfg) if f.rule == "DR101"]
    assert [f for f in lint_text("The zorblax opened.") if f.rule == "DR101"]


@pytest.mark.parametrize(
    "table",
    [
        {"selekt": ["DR1"]},
        {"select": 3},
        {"severity": {"DR101": "fatal"}},
        {"options": {"DR409": 3}},
        {"words": "abc"},
        {"style": []},
    ],
)
def test_bad_settings_are_input_errors(table: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(InputError):
        parse_config(table, Path("drafting.toml"))


def test_style_require_switches_parts_off() -> None:
    release = "LYON, France, Nov. 4, 2024 /PRNewswire/ -- The summit opened.\n"
    codes = {f.rule for f in lint_text(release)}
    assert {"DR406", "DR407", "DR408"} <= codes
    cfg = parse_config({"style": {"require": ["source"]}})
    codes = {f.rule for f in lint_text(release, config=cfg)}
    assert "DR406" in codes and not {"DR407", "DR408"} & codes


def test_percent_house_style() -> None:
    text = "Visitors rose 15% and sales 4 percent."
    ap = [
        (f.rule, text[f.start : f.end], f.replacements)
        for f in lint_text(text)
        if f.rule == "DR404"
    ]
    assert ap == [("DR404", "%", (" percent",))]
    cfg = parse_config({"style": {"percent": "%"}})
    found = [
        (text[f.start : f.end], f.replacements)
        for f in lint_text(text, config=cfg)
        if f.rule == "DR404"
    ]
    assert found == [(" percent", ("%",))]
    with pytest.raises(InputError):
        parse_config({"style": {"percent": "pct"}})
    with pytest.raises(InputError):
        parse_config({"style": {"require": ["signature"]}})
