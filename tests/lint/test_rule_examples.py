"""Every rule's own examples are its tests; a fix is checked three ways."""

from __future__ import annotations

import pytest

from drafting.lint.config import LintConfig
from drafting.lint.engine import lint_text
from drafting.lint.fix import apply_fixes, fix_until_stable
from drafting.lint.registry import all_rules
from drafting.lint.rules.facts_common import EXAMPLE_FACTS

RULES = all_rules()


def only(code: str, text: str) -> list:
    cfg = LintConfig(select=(code,))
    rule = RULES[code]
    return lint_text(
        text,
        "example.txt",
        config=cfg,
        facts=EXAMPLE_FACTS if rule.needs_facts else None,
        lang=rule.example_lang or rule.langs[0],
    )


def test_every_rule_has_examples_and_a_description() -> None:
    for code, rule in RULES.items():
        assert rule.must_flag, f"{code} has no must_flag example"
        assert rule.must_not_flag, f"{code} has no must_not_flag example"
        assert rule.description and "\n" not in rule.description, code
        assert rule.severity in ("error", "warning", "info"), code


def test_codes_are_grouped_by_class() -> None:
    groups = {
        "1": "spelling",
        "2": "grammar",
        "3": "spacing",
        "4": "style",
        "5": "junk",
        "6": "facts",
    }
    for code in RULES:
        if code.startswith("TR"):  # translation checks, from drafting.translate.checks
            assert code[2] == "1" and len(code) == 5, code
            continue
        assert code[:2] == "DR" and len(code) == 5 and code[2] in groups, code
    assert {c[2] for c in RULES if c.startswith("DR")} == set(groups)  # no empty class


def test_rules_say_which_languages_they_run_on() -> None:
    english_only = ("DR101", "DR102", "DR201", "DR401", "DR402", "DR403", "DR404", "DR405")
    for code in english_only:
        assert RULES[code].langs == ("en",), code
    for code, rule in RULES.items():
        assert rule.langs and set(rule.langs) <= {"en", "es", "zh"}, code
        assert code.startswith("TR") == ("en" not in rule.langs), code
    for code in ("DR202", "DR301", "DR303", "DR305"):  # punctuation and typos of any Latin text
        assert RULES[code].langs == ("en", "es"), code
    for code in ("DR203", "DR302", "DR304"):
        assert RULES[code].langs == ("en", "es", "zh"), code
    assert RULES["TR104"].langs == ("zh",) and RULES["TR106"].langs == ("es",)


def test_translation_rules_use_the_translate_examples() -> None:
    from drafting.translate import checks

    for code, (lang, flag, clean) in checks.EXAMPLES.items():
        assert RULES[code].must_flag == flag and RULES[code].must_not_flag == clean
        assert RULES[code].example_lang == lang


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, r in RULES.items() for t in r.must_flag])
def test_must_flag(code: str, text: str) -> None:
    assert [f for f in only(code, text) if f.rule == code], f"{code} missed: {text!r}"


@pytest.mark.parametrize(
    ("code", "text"), [(c, t) for c, r in RULES.items() for t in r.must_not_flag]
)
def test_must_not_flag(code: str, text: str) -> None:
    found = [f for f in only(code, text) if f.rule == code]
    assert not found, f"{code} flagged {text!r}: {[f.message for f in found]}"


FIXES = [(c, before, after) for c, r in RULES.items() for before, after in r.fixes]


def test_rules_with_safe_fixes_document_them() -> None:
    for code, rule in RULES.items():
        fixable = any(f.safe_fix for t in rule.must_flag for f in only(code, t))
        assert fixable == bool(rule.fixes), f"{code}: safe fixes and fix examples disagree"


@pytest.mark.parametrize(("code", "before", "after"), FIXES)
def test_fix_three_ways(code: str, before: str, after: str) -> None:
    fixed, n = apply_fixes(before, only(code, before))
    assert n >= 1
    assert fixed == after  # 1. the expected text
    assert not [f for f in only(code, fixed) if f.rule == code]  # 2. lints clean again
    # 3. text around it untouched, byte for byte (CRLF too)
    pad_a, pad_b = "Intro line stays.\r\n\r\n", "\r\n\r\nOutro line stays."
    fixed_padded, _ = apply_fixes(pad_a + before + pad_b, only(code, pad_a + before + pad_b))
    assert fixed_padded.startswith(pad_a) and fixed_padded.endswith(pad_b)
    assert fixed_padded == pad_a + after + pad_b


@pytest.mark.parametrize(("code", "before", "after"), FIXES)
def test_fix_is_idempotent(code: str, before: str, after: str) -> None:
    once, _ = fix_until_stable(before, lambda t: only(code, t))
    twice, n = fix_until_stable(once, lambda t: only(code, t))
    assert once == twice == after and n == 0
