"""Language detection for English, Spanish and Chinese, including short texts."""

from __future__ import annotations

import pytest

from drafting.text.lang import detect_language, han_count, words


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Global Mayors Gather in Guangzhou to Discuss Urban Innovation", "en"),
        ("Alcaldes de todo el mundo se reúnen en Guangzhou", "es"),
        ("全球市长论坛在广州开幕", "zh"),
        ("Hola mundo", "es"),
        ("Hello world", "en"),
        ("La ciudad de Guangzhou", "es"),
        ("The city of Guangzhou", "en"),
        ("2023 全球市长论坛 Global Mayors' Forum 在广州举行", "zh"),
        ("El Foro fue inaugurado el 8 de diciembre con más de 800 representantes.", "es"),
        ("The Forum opened on December 8 with over 800 representatives.", "en"),
        ("", "en"),
        ("2023-12-11", "en"),
    ],
)
def test_detects_language(text, lang):
    assert detect_language(text) == lang


def test_word_helpers():
    assert words("Mayors' Forum, 2023: it's co-organized!") == ["Mayors", "Forum", "it's", "co",
                                                                 "organized"]
    assert han_count("广州 Guangzhou 奖") == 3
