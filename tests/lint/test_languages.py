"""Lint by language: English-only rules stay off zh/es copy; TR1xx run there."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from drafting.cli import cli
from drafting.lint.engine import lint_text
from drafting.lint.language import document_language
from drafting.lint.registry import all_rules

ES = (
    "El Foro Mundial de Alcaldes 2025 se inauguró hoy en Guangzhou con más de 900 "
    "representantes de 70 ciudades. Los alcaldes debatieron sobre la innovación urbana."
)
ZH = "2025年全球市长论坛今天在广州开幕，来自70个城市的900多名代表出席。"
EN = "The forum opened today in Guangzhou with over 900 representatives from 70 cities."


def test_document_language() -> None:
    assert document_language(ES) == "es"
    assert document_language(ZH) == "zh"
    assert document_language(EN) == "en"
    assert document_language("Hello there.") == "en"  # short English: no word-frequency lookup


def test_english_only_rules_do_not_run_on_spanish_or_chinese() -> None:
    english_only = {c for c, r in all_rules().items() if r.langs == ("en",)}
    assert {"DR101", "DR201", "DR403"} <= english_only
    for text in (ES + " Tiene 8 sedes.", ZH):
        assert not {f.rule for f in lint_text(text, "x.txt")} & english_only
    # the same words forced to English get English rules (spelling of Spanish words)
    assert "DR101" in {f.rule for f in lint_text(ES, "x.txt", lang="en")}


def test_translation_rules_run_on_spanish_and_chinese_only() -> None:
    assert [f.rule for f in lint_text("Vinieron todos los alcaldes al foro?", "x.txt")] == [
        "TR106"
    ]
    assert [f.rule for f in lint_text("论坛开幕, 嘉宾到场。", "x.txt")] == ["TR104"]
    assert not [f for f in lint_text("Did everyone come?", "x.txt") if f.rule.startswith("TR")]


def test_cli_lang_option(tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "a.txt"
    p.write_text("Vinieron todos los alcaldes al foro?\n", encoding="utf-8")
    auto = CliRunner().invoke(cli, ["lint", str(p)])
    assert "TR106" in auto.stdout and auto.exit_code == 1
    forced = CliRunner().invoke(cli, ["lint", str(p), "--lang", "en"])
    assert "TR106" not in forced.stdout and "DR101" in forced.stdout


def test_lint_path_does_not_import_heavy_modules(tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "one.txt"
    p.write_text(EN + "\n", encoding="utf-8")
    heavy = ("wordfreq", "argostranslate", "ctranslate2", "babel", "jinja2")
    code = (
        f"import sys\nfrom drafting.cli import main\nsys.argv=['drafting','lint',{str(p)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr
