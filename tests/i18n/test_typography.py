"""Punctuation fixers: the expected result, idempotent, and text they should not touch stays."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drafting.i18n.typography import tidy_es, tidy_zh


def test_zh_fixes() -> None:
    assert tidy_zh("论坛 开幕, 嘉宾 出席") == "论坛开幕，嘉宾出席"
    assert tidy_zh('主题为"开放城市"(2025)') == "主题为“开放城市”(2025)"
    assert tidy_zh("(广州)") == "（广州）"
    assert tidy_zh("广州2025年12月8日 /美通社/ -- 由") == "广州2025年12月8日 /美通社/ -- 由"


def test_es_quotes() -> None:
    assert tidy_es('el lema "Ciudades abiertas" y “otra”') == "el lema «Ciudades abiertas» y «otra»"


def test_es_opening_marks() -> None:
    assert tidy_es("Qué ciudades participan? Muchas.") == "¿Qué ciudades participan? Muchas."
    assert tidy_es("Hecho. Bienvenidos a Cantón!") == "Hecho. ¡Bienvenidos a Cantón!"
    assert tidy_es("- Cuándo empieza?") == "- ¿Cuándo empieza?"
    assert tidy_es("¿Ya está? Sí.") == "¿Ya está? Sí."
    assert tidy_es("El foro se celebra en Cantón.") == "El foro se celebra en Cantón."


ASCII = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60)
MIXED = st.text(alphabet=st.sampled_from(list('广州论坛开幕 ,.:;()"“”，。ab12')), max_size=40)


@given(ASCII)
def test_zh_leaves_text_without_chinese_alone(text: str) -> None:
    assert tidy_zh(text) == text


@given(MIXED)
def test_zh_is_idempotent(text: str) -> None:
    once = tidy_zh(text)
    assert tidy_zh(once) == once


SPANISH = st.text(alphabet=st.sampled_from(list("ab ñá.,?!¿¡«»\"“”-\n")), max_size=40)


@given(SPANISH)
def test_es_is_idempotent(text: str) -> None:
    once = tidy_es(text)
    assert tidy_es(once) == once
