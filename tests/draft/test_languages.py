"""Issue 6: ``draft opening --lang en,zh,es`` gives three native releases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from draft_checks import CJK, ENGLISH_ONLY, numbers, strip_known
from draft_support import EXAMPLES, TEMPLATES

from drafting.cli import cli
from drafting.i18n.glossary import load_glossary

DATELINES = {
    "zh": "广州2025年12月8日 /美通社/ --",
    "es": "GUANGZHOU, China, 8 de diciembre de 2025 /PRNewswire/ --",
    "en": "GUANGZHOU, China, Dec. 8, 2025 /PRNewswire/ --",
}


@pytest.fixture(scope="module")
def three(seed_facts: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("three")
    result = CliRunner().invoke(
        cli,
        ["draft", "opening", "--facts", str(seed_facts), "--event",
         str(EXAMPLES / "opening.event.yaml"), "--lang", "en,zh,es", "-o", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "opening.en.md", "opening.es.md", "opening.zh.md",
    ]  # fmt: skip
    return {lang: (out / f"opening.{lang}.md").read_text(encoding="utf-8") for lang in DATELINES}


@pytest.mark.parametrize("lang", ["en", "zh", "es"])
def test_dateline_per_market(three: dict[str, str], lang: str) -> None:
    first_paragraph = three[lang].split("\n\n")[1]
    assert first_paragraph.startswith(DATELINES[lang])


@pytest.mark.parametrize("lang", ["zh", "es"])
def test_every_figure_of_the_english_is_kept(three: dict[str, str], lang: str) -> None:
    # figures as digits; the English spells one to nine out (AP), checked just below
    assert numbers(three["en"], words=False) <= numbers(three[lang])
    assert {900, 70, 40, 800, 65, 37, 9} <= numbers(three[lang])
    assert "nine international organizations" in three["en"]


@pytest.mark.parametrize("lang", ["zh", "es"])
def test_every_glossary_term_comes_through(three: dict[str, str], lang: str) -> None:
    glossary = load_glossary()
    used = {term for _, _, term in glossary.find(three["en"])}
    assert len(used) >= 8
    missing = [t.en for t in used if t.target(lang) not in three[lang]]
    assert missing == []


def test_zh_has_no_english_left(three: dict[str, str]) -> None:
    rest = strip_known(three["zh"], load_glossary(), "zh")
    assert re.findall(r"[A-Za-z]{2,}", rest) == []


def test_es_has_no_english_sentence(three: dict[str, str]) -> None:
    rest = strip_known(three["es"], load_glossary(), "es")
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", rest)}
    assert words & ENGLISH_ONLY == set()
    en_sentences = {s.strip() for s in re.split(r"(?<=[.!?])\s", three["en"]) if len(s) > 20}
    assert not any(s in three["es"] for s in en_sentences)


def test_zh_punctuation_is_full_width(three: dict[str, str]) -> None:
    zh = three["zh"]
    assert "，" in zh and "。" in zh and "“" in zh and "（" in zh
    assert not re.search(r"[\u3400-\u9fff][,.:;()]|[,.:;()][\u3400-\u9fff]", zh)
    assert not re.search(r"[\u3400-\u9fff] +[\u3400-\u9fff]", zh)
    assert not re.search(r"[，。：；] ", zh)
    assert CJK.search(zh.splitlines()[0])


def test_es_quotes_and_title_case(three: dict[str, str]) -> None:
    es = three["es"]
    assert "«Ciudades abiertas, prosperidad compartida»" in es
    assert "“" not in es and '"' not in es
    assert es.splitlines()[0] == "# Se inaugura en Cantón el Foro Mundial de Alcaldes 2025"


@pytest.mark.parametrize("template", TEMPLATES)
def test_all_templates_render_in_all_languages(seed_facts: Path, template: str) -> None:
    result = CliRunner().invoke(
        cli,
        ["draft", template, "--facts", str(seed_facts), "--event",
         str(EXAMPLES / f"{template}.event.yaml"), "--lang", "zh,es"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "needs translation" not in result.output
    rest = strip_known(result.stdout.split("\n###\n")[0], load_glossary(), "zh")
    assert CJK.search(rest)


def test_free_text_without_translation_is_marked(seed_facts: Path) -> None:
    """No model installed: the English stays, visibly marked, and stderr says so once."""
    event = str(EXAMPLES / "opening.event.yaml")
    args = ["draft", "opening", "--facts", str(seed_facts), "--event", event,
            "--set", "event.theme=Cities for Everyone"]  # fmt: skip
    md = CliRunner().invoke(cli, [*args, "--lang", "zh"])
    assert md.exit_code == 0
    assert "Cities for Everyone <!-- drafting: needs translation -->" in md.stdout
    warnings = [ln for ln in md.stderr.splitlines() if ln.startswith("warning:")]
    assert len(warnings) == 1 and "1 segment" in warnings[0]
    assert "drafting models install" in warnings[0]
    txt = CliRunner().invoke(cli, [*args, "--lang", "es", "--format", "txt"])
    assert "Cities for Everyone [needs translation]" in txt.stdout
    en = CliRunner().invoke(cli, [*args, "--lang", "en"])
    assert "needs translation" not in en.output


def test_user_glossary_wins_in_drafts(seed_facts: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "terms:\n  - en: Guangzhou\n    zh: 羊城\n    es: Guangzhou\n    kind: place\n",
        encoding="utf-8",
    )
    event = str(EXAMPLES / "opening.event.yaml")
    args = ["draft", "opening", "--facts", str(seed_facts), "--event", event,
            "--lang", "zh,es", "--glossary", str(mine)]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "# 2025年全球市长论坛在羊城开幕" in result.stdout
    assert "# Se inaugura en Guangzhou el Foro Mundial de Alcaldes 2025" in result.stdout


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("lang", ["zh", "es"])
def test_every_template_keeps_figures_and_terms(seed_facts: Path, template: str, lang: str) -> None:
    drafts = {}
    for code in ("en", lang):
        result = CliRunner().invoke(
            cli,
            ["draft", template, "--facts", str(seed_facts), "--event",
             str(EXAMPLES / f"{template}.event.yaml"), "--lang", code],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        drafts[code] = result.stdout
    assert numbers(drafts["en"], words=False) <= numbers(drafts[lang])
    glossary = load_glossary()
    used = {term for _, _, term in glossary.find(drafts["en"])}
    assert [t.en for t in used if t.target(lang) not in drafts[lang]] == []
    if lang == "zh":
        assert re.findall(r"[A-Za-z]{2,}", strip_known(drafts["zh"], glossary, "zh")) == []
    else:
        words = {
            w.lower() for w in re.findall(r"[A-Za-z]+", strip_known(drafts["es"], glossary, "es"))
        }
        assert words & ENGLISH_ONLY == set()
