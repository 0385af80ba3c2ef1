"""Punctuation conventions per market, applied to finished copy.

Chinese: full-width punctuation (，。：；“”（）) and no spaces between Chinese
characters. Spanish: one quote style, «». Template catalogs already follow
these; this pass catches what free text and joined values bring in.
"""

from __future__ import annotations

import re

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_FULL = r"，。：；“”（）、《》！？"
_SPACE_BETWEEN = re.compile(rf"(?<=[{_CJK}{_FULL}])[ \t]+(?=[{_CJK}{_FULL}])")
_ASCII_AFTER_CJK = re.compile(rf"(?<=[{_CJK}])([,;:?!])(?=\s*[{_CJK}“（]|\s*$)", re.M)
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_PAREN = re.compile(rf"\(([^()\n]*[{_CJK}][^()\n]*)\)")
_STRAIGHT_QUOTES_ZH = re.compile(rf'"([^"\n]*[{_CJK}][^"\n]*)"')
_QUOTES_ES = re.compile(r"[“\"]([^“”\"«»\n]+)[”\"]")


def tidy_zh(text: str) -> str:
    """Full-width punctuation next to Chinese, and no spaces between Chinese characters."""
    text = _STRAIGHT_QUOTES_ZH.sub(r"“\1”", text)
    text = _PAREN.sub(r"（\1）", text)
    text = _ASCII_AFTER_CJK.sub(lambda m: _HALF_TO_FULL[m.group(1)], text)
    return _SPACE_BETWEEN.sub("", text)


def tidy_es(text: str) -> str:
    """Spanish quotes as «» throughout (the glossary and catalogs use them too)."""
    return _QUOTES_ES.sub(r"«\1»", text)


def tidy(text: str, lang: str) -> str:
    if lang == "zh":
        return tidy_zh(text)
    if lang == "es":
        return tidy_es(text)
    return text
