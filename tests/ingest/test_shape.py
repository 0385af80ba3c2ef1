"""Line shape: the fast paths (ASCII, no CJK) agree with the plain definitions."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from drafting.ingest import shape

# Latin, accented, CJK (kana, Han, hangul), the range edges, apostrophes, digits, spaces.
_CHARS = list("abXY éÉßø’'-.。！？：中文日本語한국어")
_CHARS += ["\u3040", "\u30ff", "\u3400", "\u4dbf", "\u4e00", "\u9fff", "\uac00", "\ud7af"]
_CHARS += ["\uf900", "\ufaff", "\u303f", "\u024f", "\u0250", "0", "9", " ", "\U0001f600"]
_TEXT = st.text(alphabet=st.sampled_from(_CHARS), max_size=40)


def _definition() -> tuple[re.Pattern[str], re.Pattern[str]]:
    latin = "0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
    cjk = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    return re.compile(rf"[{latin}][{latin}'’\-]*|[{cjk}]"), re.compile(rf"[{cjk}]")


@given(_TEXT)
def test_words_and_length_match_the_definition(text):
    word, cjk_char = _definition()
    tokens = word.findall(text)
    cjk = sum(1 for w in tokens if cjk_char.fullmatch(w))
    assert shape.words(text) == [w.lower() for w in tokens]
    assert shape.length(text) == len(tokens) - cjk + (cjk + 1) // 2
    assert shape.is_cjk(text) == (bool(tokens) and cjk * 2 > len(tokens))


def test_english_never_compiles_the_cjk_patterns():
    shape._cjk_regexes.cache_clear()
    shape.words("The 2023 Global Mayors’ Forum Opens in Guangzhou")
    shape.length("Cities’ “shining” moments — 800 guests")
    assert shape._cjk_regexes.cache_info().currsize == 0
    assert shape.length("广州2023年") == 3  # 2023, and three characters two to a word
