"""Punctuation conventions per market, applied to finished copy.

Chinese: full-width punctuation (，。：；“”（）) and no spaces between Chinese
characters. Spanish: one quote style, «», and opening ¿ ¡. Template catalogs already follow
these; this pass catches what free text and joined values bring in.
"""

from __future__ import annotations

import re

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_FULL = r"，。：；“”（）、《》！？"
_SPACE_BETWEEN = re.compile(rf"(?<=[{_CJK}{_FULL}])[ \t]+(?=[{_CJK}{_FULL}])")
_SPACE_AFTER_STOP = re.compile(r"(?<=[，。：；！？、])[ \t]+(?=\S)")
_ASCII_AFTER_CJK = re.compile(rf"(?<=[{_CJK}])([,;:?!])(?=\s*[{_CJK}“（]|\s*$)", re.M)
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_PAREN = re.compile(rf"\(([^()\n]*[{_CJK}][^()\n]*)\)")
_STRAIGHT_QUOTES_ZH = re.compile(rf'"([^"\n]*[{_CJK}][^"\n]*)"')
_OPEN_ES = {"?": "¿", "!": "¡"}
# a sentence (from a line start or after . ! ?) ending in ? or ! with no opening mark
_QUESTION_ES = re.compile(
    r"(^|(?<=[.!?]) )([-*#>\s]*)([^.!?¿¡«»\n]*?\w[^.!?¿¡«»\n]*?)([?!])", re.M
)
_QUOTES_ES = re.compile(r"[“\"]([^“”\"«»\n]+)[”\"]")


def tidy_zh(text: str) -> str:
    """Full-width punctuation next to Chinese, and no spaces between Chinese characters.

    Applied until nothing changes, so nested brackets and quotes all convert.
    """
    for _ in range(8):
        fixed = _tidy_zh_once(text)
        if fixed == text:
            break
        text = fixed
    return text


def _tidy_zh_once(text: str) -> str:
    text = _STRAIGHT_QUOTES_ZH.sub(r"“\1”", text)
    text = _PAREN.sub(r"（\1）", text)
    text = _ASCII_AFTER_CJK.sub(lambda m: _HALF_TO_FULL[m.group(1)], text)
    text = _SPACE_AFTER_STOP.sub("", text)
    return _SPACE_BETWEEN.sub("", text)


def tidy_es(text: str) -> str:
    """Spanish quotes as «» throughout; questions and exclamations opened with ¿ and ¡."""
    text = _QUOTES_ES.sub(r"«\1»", text)
    return _QUESTION_ES.sub(
        lambda m: f"{m.group(1)}{m.group(2)}{_OPEN_ES[m.group(4)]}{m.group(3)}{m.group(4)}",
        text,
    )


def tidy(text: str, lang: str) -> str:
    if lang == "zh":
        return tidy_zh(text)
    if lang == "es":
        return tidy_es(text)
    return text
