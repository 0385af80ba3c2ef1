"""Dates, numbers, ordinals, lists and datelines per market (Babel; AP style for English)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.i18n.dateline import dateline
from drafting.i18n.formats import (
    AP_MONTHS,
    chinese_numeral,
    format_day,
    format_list,
    format_number,
    format_percentage,
    format_span,
    ordinal,
)
from drafting.i18n.glossary import load_glossary
from drafting.i18n.zh_numerals import parse_chinese_numeral
from drafting.translate.checks import figures


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Dec. 11, 2023"), ("zh", "2023年12月11日"), ("es", "11 de diciembre de 2023")],
)
def test_day(lang: str, expected: str) -> None:
    assert format_day("2023-12-11", lang) == expected


def test_ap_months() -> None:
    assert [format_day(date(2025, m, 1), "en", year=False).split()[0] for m in range(1, 13)] == [
        "Jan.", "Feb.", "March", "April", "May", "June",
        "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        ("2025-12-08", "2025-12-10", "en", "Dec. 8-10, 2025"),
        ("2025-12-08", "2025-12-10", "zh", "2025年12月8日至10日"),
        ("2025-12-08", "2025-12-10", "es", "del 8 al 10 de diciembre de 2025"),
        ("2025-11-28", "2025-12-02", "es", "del 28 de noviembre al 2 de diciembre de 2025"),
        ("2025-12-30", "2026-01-02", "es", "del 30 de diciembre de 2025 al 2 de enero de 2026"),
        ("2025-12-08", None, "es", "el 8 de diciembre de 2025"),
        ("2025-11-28", "2025-12-02", "zh", "2025年11月28日至12月2日"),
        ("2025-09-29", "2025-10-02", "en", "Sept. 29-Oct. 2, 2025"),
        ("2025-09-29", "2025-09-29", "en", "Sept. 29, 2025"),
    ],
)
def test_span(start: str, end: str | None, lang: str, expected: str) -> None:
    assert format_span(start, end, lang) == expected


def test_numbers_keep_exact_values() -> None:
    assert [format_number(540000, lang) for lang in ("en", "zh", "es")] == [
        "540,000", "540,000", "540.000",
    ]  # fmt: skip
    assert format_number(800, "es") == "800"
    assert format_percentage(0.65, "es") == "65\u00a0%"  # CLDR: no-break space
    assert format_percentage(0.65, "zh") == "65%"


def test_ordinals() -> None:
    assert [ordinal(n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
    ]  # fmt: skip
    assert ordinal(6, "zh") == "第六届" and ordinal(13, "zh") == "第十三届"
    assert ordinal(6, "es") == "6.º"


@pytest.mark.parametrize(
    ("n", "zh"),
    [(1, "一"), (10, "十"), (13, "十三"), (20, "二十"), (105, "一百零五"), (110, "一百一十"),
     (1001, "一千零一"), (2025, "二千零二十五"), (0, "0"), (10000, "10000")],
)  # fmt: skip
def test_chinese_numerals(n: int, zh: str) -> None:
    assert chinese_numeral(n) == zh


@given(st.integers(min_value=1, max_value=9999))
def test_chinese_numerals_read_back(n: int) -> None:
    assert parse_chinese_numeral(chinese_numeral(n)) == n
    assert figures(f"第{chinese_numeral(n)}届论坛") == [str(n)]


def test_lists() -> None:
    assert format_list(["a", "b", "c"], "en") == "a, b and c"
    assert format_list(["甲", "乙", "丙"], "zh") == "甲、乙和丙"
    assert format_list(["a", "b", "c"], "es") == "a, b y c"
    assert format_list(["193个城市和地区", "54个国家"], "zh") == "193个城市和地区、54个国家"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ --"),
        ("zh", "广州2023年12月11日 /美通社/ --"),
        ("es", "GUANGZHOU, China, 11 de diciembre de 2023 /PRNewswire/ --"),
    ],
)
def test_wire_datelines(lang: str, expected: str) -> None:
    assert (
        dateline("Guangzhou", "China", "2023-12-11", "PRNewswire", lang, load_glossary())
        == expected
    )


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_date_keeps_its_numbers(d: date) -> None:
    en = format_day(d, "en")
    assert en.startswith(AP_MONTHS[d.month - 1]) and en.endswith(f" {d.day}, {d.year}")
    assert format_day(d, "zh") == f"{d.year}年{d.month}月{d.day}日"
    assert format_day(d, "es").startswith(f"{d.day} de ") and format_day(d, "es").endswith(
        str(d.year)
    )


@given(st.integers(min_value=0, max_value=10**9))
def test_every_number_round_trips(n: int) -> None:
    for lang in ("en", "zh", "es"):
        assert int(format_number(n, lang).replace(",", "").replace(".", "")) == n


def test_counts_follow_ap_in_english_only() -> None:
    from drafting.i18n.formats import format_count

    assert [format_count(n, "en") for n in (1, 9, 10, 65, 1200)] == [
        "one", "nine", "10", "65", "1,200",
    ]  # fmt: skip
    assert format_count(9, "en", headline=True) == "9"  # figures in headlines
    assert format_count(0, "en") == "0" and format_count(2.5, "en") == "2.5"
    assert format_count(9, "zh") == "9" and format_count(9, "es") == "9"
    assert format_count(1200, "es") == "1200" or format_count(1200, "es") == "1.200"
