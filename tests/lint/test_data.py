"""The rule data is tested as data: sorted, no duplicates, no self-mapping, no chains."""

from __future__ import annotations

import re

import pytest

from drafting.lint.datafiles import DATA, _lines, table, word_set

WORD_LISTS = sorted(p.name for p in DATA.glob("*.txt"))
TABLES = sorted(p.name for p in DATA.glob("*.tsv"))


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_lists_sorted_unique_lowercase(name: str) -> None:
    words = [ln.strip() for ln in _lines(name)]
    assert words, name
    assert words == sorted(words), f"{name} is not sorted"
    assert len(words) == len(set(words)), f"{name} has duplicates"
    assert all(w == w.lower() and " " not in w for w in words), name


def test_a_and_an_lists_do_not_overlap() -> None:
    assert not word_set("a_words.txt") & word_set("an_words.txt")


@pytest.mark.parametrize("name", TABLES)
def test_tables_sorted_unique(name: str) -> None:
    rows = table(name)
    assert rows and all(len(r) == len(rows[0]) for r in rows), f"{name}: ragged rows"
    keys = [r[0] for r in rows]
    if name != "confusables.tsv":
        assert keys == sorted(keys, key=lambda k: (len(k), k) if k.isdigit() else (0, k)), (
            f"{name} not sorted"
        )
        assert len(keys) == len(set(keys)), f"{name} has duplicate keys"
    else:
        assert keys == sorted(keys), "confusables.tsv must be sorted by the wrong word"
        assert len(rows) == len(set(rows)), "duplicate confusable rows"


def test_confusables_no_self_mapping_and_valid_patterns() -> None:
    for wrong, right, safe, pattern in table("confusables.tsv"):
        assert wrong != right, wrong
        assert safe in ("yes", "no"), wrong
        rx = re.compile(pattern, re.I)
        assert "w" in rx.groupindex, f"{wrong}: pattern needs (?P<w>...)"


def test_confusables_no_chains() -> None:
    """A fix must not itself be flagged by a row for the same context: apply every
    row's fix to its own example context and check no row fires on the result there."""
    from drafting.lint.registry import all_rules

    rule = all_rules()["DR102"]
    from drafting.lint.config import LintConfig
    from drafting.lint.engine import lint_text
    from drafting.lint.fix import apply_fixes

    cfg = LintConfig(select=("DR102",))
    for text in rule.must_flag:
        fixed, n = apply_fixes(text, lint_text(text, config=cfg))
        assert not [f for f in lint_text(fixed, config=cfg) if f.safe_fix], (
            f"chain after fixing {text!r}"
        )


def test_month_table_maps_to_ap_forms_without_chains() -> None:
    rows = dict(table("ap_months.tsv"))
    assert len(rows) == 12
    for full, ap in rows.items():
        assert ap == full or (ap.endswith(".") and full.startswith(ap[:-1]))
        assert ap not in rows or ap == full  # no chain: an AP form is never itself rewritten


def test_number_words() -> None:
    assert dict(table("numbers.tsv")) == {
        "1": "one",
        "2": "two",
        "3": "three",
        "4": "four",
        "5": "five",
        "6": "six",
        "7": "seven",
        "8": "eight",
        "9": "nine",
    }
