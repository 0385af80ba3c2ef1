"""Checks flag what a translation got wrong, and stay quiet on a good one."""

from __future__ import annotations

import pytest

from drafting.i18n.glossary import Glossary, Term
from drafting.translate.checks import EXAMPLES, RULES, Unit, check_target, check_units, figures

GLOSSARY = Glossary(
    [Term("Global Mayors' Forum", zh="全球市长论坛", es="Foro Mundial de Alcaldes")]
)


def units_for(pairs):
    """(source, target) sentence pairs -> target text and units pointing into it."""
    text, units = "", []
    for src, tgt in pairs:
        units.append(Unit(src, len(text), len(text) + len(tgt)))
        text += tgt + " "
    return text, units


def rules(findings):
    return sorted({f.rule for f in findings})


@pytest.mark.parametrize("localized", ["1,200", "1.200", "1 200", "1\u202f200"])
def test_localized_figures_are_accepted(localized):
    assert figures(f"Más de {localized} invitados") == ["1200"]


def test_good_translations_pass_every_check():
    zh_text, zh_units = units_for(
        [
            (
                "Over 1,200 guests came to the Global Mayors' Forum.",
                "超过1,200名嘉宾出席了全球市长论坛。",
            )
        ]
    )
    assert check_units(zh_units, zh_text, "zh", GLOSSARY) == []
    assert check_target(zh_text, "zh", glossary=GLOSSARY) == []
    es_text, es_units = units_for(
        [
            ("Did 65 cities come?", "¿Vinieron 65 ciudades?"),
            ("The Global Mayors' Forum opened.", "Se inauguró el “Foro Mundial de Alcaldes”."),
        ]
    )
    assert check_units(es_units, es_text, "es", GLOSSARY) == []
    assert check_target(es_text, "es", glossary=GLOSSARY) == []


def test_dropped_figure_is_flagged_at_its_sentence():
    text, units = units_for(
        [("Intro.", "Introducción."), ("Guests from 65 cities.", "Invitados de 6 ciudades.")]
    )
    found = check_units(units, text, "es")
    assert rules(found) == ["TR101"]
    assert (
        "65" in found[0].message
        and text[found[0].start : found[0].end] == "Invitados de 6 ciudades."
    )


def test_missing_glossary_term_is_flagged_with_its_target_form():
    text, units = units_for(
        [("The Global Mayors' Forum opened.", "El Foro Global de Alcaldes abrió.")]
    )
    found = check_units(units, text, "es", GLOSSARY)
    assert rules(found) == ["TR102"] and found[0].replacements == ("Foro Mundial de Alcaldes",)


def test_english_left_is_flagged_in_both_languages():
    assert rules(check_target("论坛开幕。The forum was opened by the mayor today.", "zh")) == [
        "TR103"
    ]
    assert rules(check_target("El foro abrió. The forum was opened by the mayor today.", "es")) == [
        "TR103"
    ]
    text, units = units_for([("Mayors met in the city.", "Mayors met in the city.")])
    assert "TR103" in rules(check_units(units, text, "es"))


def test_names_alone_are_not_english_left():
    assert check_target("全球市长论坛 Global Mayors' Forum 开幕。", "zh", glossary=GLOSSARY) == []


def test_half_width_punctuation_and_spaces_in_chinese():
    found = check_target("论坛开幕, 嘉宾 到场.", "zh")
    assert rules(found) == ["TR104", "TR105"]
    assert {f.replacements[0] for f in found if f.rule == "TR104"} == {"，", "。"}
    assert check_target("增长3.5%，共1,200人。", "zh") == []  # figures keep their points


def test_spanish_opening_marks_and_quote_consistency():
    assert rules(check_target("Vinieron todos?", "es")) == ["TR106"]
    assert rules(check_target("Dijo «hola» y luego “adiós”.", "es")) == ["TR107"]


def test_every_rule_has_a_description():
    assert set(RULES) == {f"TR10{i}" for i in range(1, 8)}


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_rule_examples_flag_and_pass(code):
    lang, flag, clean = EXAMPLES[code]
    assert flag and clean, f"{code} needs must-flag and must-not-flag examples"
    for text in flag:
        assert code in rules(check_target(text, lang)), text
    for text in clean:
        assert code not in rules(check_target(text, lang)), text


def test_every_target_only_rule_has_examples():
    assert set(EXAMPLES) == {"TR103", "TR104", "TR105", "TR106", "TR107"}
