"""Language detection for English, Spanish and Chinese, including short texts."""

from __future__ import annotations

import pytest

from drafting.text.lang import detect_language, han_count, is_han, words


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
    assert is_han("奖") and not is_han("a") and not is_han("。")


def test_text_utilities_import_nothing_heavy():
    """drafting.text is on lint's hot path: no NLP stack at import time."""
    import subprocess
    import sys

    code = (
        "import sys, drafting.text.sentences, drafting.text.lang;"
        "heavy = {'jieba', 'nltk', 'textstat', 'wordfreq', 'torch', 'spacy', 'argostranslate',"
        " 'ctranslate2', 'stanza'};"
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "[]"
