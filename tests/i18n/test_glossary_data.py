"""The bundled glossary is data, and data has tests (codespell-style)."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from drafting.i18n.glossary import LANGS, fold, load_glossary
from drafting.i18n.paths import locales_dir

RAW = yaml.safe_load((locales_dir() / "glossary.yaml").read_text(encoding="utf-8"))["terms"]
GLOSSARY = load_glossary()
OURS = "drafting team (no published source)"
#: kinds a release may keep as written in the target language (names, brands, wires)
KEEP_AS_IS = {"person", "place", "wire", "dateline"}


def test_no_duplicate_spellings() -> None:
    spellings = Counter(fold(s) for t in GLOSSARY.terms for s in t.spellings)
    assert [s for s, n in spellings.items() if n > 1] == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_empty_target_where_an_entry_claims_one(lang: str) -> None:
    for raw in RAW:
        if lang in raw:
            assert isinstance(raw[lang], str) and raw[lang].strip() == raw[lang] != "", raw["en"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_has_both_targets_and_a_source(lang: str) -> None:
    for raw in RAW:
        assert raw.get(lang), f"{raw['en']} has no {lang} form"
        assert raw.get(f"{lang}_source"), f"{raw['en']} has no {lang}_source"


@pytest.mark.parametrize("lang", LANGS)
def test_no_chains(lang: str) -> None:
    """A target that is another entry's English name must map to itself there."""
    for term in GLOSSARY.terms:
        target = term.target(lang)
        other = GLOSSARY.get(target) if target else None
        if other is not None and other is not term:
            assert other.target(lang) == target, f"{term.en} -> {target} -> {other.target(lang)}"


@pytest.mark.parametrize("lang", LANGS)
def test_self_mapping_only_for_names_kept_as_written(lang: str) -> None:
    for term in GLOSSARY.terms:
        if term.target(lang) == term.en:
            single_brand = " " not in term.en  # CPAFFC, Metropolis, Cision
            assert term.kind in KEEP_AS_IS or single_brand, term.en


def test_published_sources_kept() -> None:
    """Rows with a researched form keep its URL; ours are marked as ours."""
    gmf = GLOSSARY.get("Global Mayors' Forum")
    assert gmf and gmf.zh == "全球市长论坛" and gmf.es == "Foro Mundial de Alcaldes"
    assert gmf.zh_source and gmf.zh_source.startswith("http")
    uclg = GLOSSARY.get("United Cities and Local Governments")
    assert (
        uclg
        and uclg.zh == "世界城市和地方政府组织"
        and uclg.es == "Ciudades y Gobiernos Locales Unidos"
    )
    assert GLOSSARY.lookup("UCLG", "es") == "CGLU"
    assert GLOSSARY.lookup("Metropolis", "zh") == "世界大都市协会"
    dialogue = GLOSSARY.get("Mayors' Dialogue")
    assert dialogue and dialogue.zh_source == OURS and dialogue.es_source == OURS


def test_zh_forms_have_no_ascii_punctuation_between_chinese() -> None:
    import re

    for term in GLOSSARY.terms:
        if term.zh:
            assert not re.search(r"[\u3400-\u9fff][,:;()]|[,:;()][\u3400-\u9fff]", term.zh), term.en
