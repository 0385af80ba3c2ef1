"""Punctuation conventions of the target language, as pure text functions.

Chinese copy takes full-width punctuation next to Chinese characters and no
spaces between Chinese characters; Spanish copy pairs straight quotes into
“ ” so quoting is consistent. Figures (1,200 / 3.5), URLs and e-mails are
left alone because the rules only fire next to a Chinese character.
"""

from __future__ import annotations

import re

from drafting.text.lang import HAN
from drafting.text.lazy import lazy

# Patterns are compiled on first use (drafting.text.lazy): the CJK classes cost milliseconds,
# and ``drafting lint`` imports this module for every English file.
CJK = HAN  # Han characters, as drafting.text.lang defines them
FULL_WIDTH = {
    ",": "，",
    ".": "。",
    ":": "：",
    ";": "；",
    "!": "！",
    "?": "？",
    "(": "（",
    ")": "）",
}
#: half-width mark touching a Chinese character (spaces between them ignored)
HALF_NEAR_CJK = lazy(rf"(?<=[{CJK}])\s*([,.:;!?()])|([,.:;!?()])\s*(?=[{CJK}])")
_SPACE_BETWEEN_CJK = lazy(rf"(?<=[{CJK}，。：；！？（）“”、])[ \t]+(?=[{CJK}，。：；！？（）“”、])")
_HALF_OPEN_CLOSE = lazy(r"（([^()（）]*)\)")
_STRAIGHT_QUOTED = lazy(r'"([^"\n]*)"')


def has_cjk(text: str) -> bool:
    return re.search(f"[{CJK}]", text) is not None


def to_chinese(text: str) -> str:
    """Full-width punctuation and no spaces between Chinese characters."""
    text = _STRAIGHT_QUOTED.sub(lambda m: f"“{m.group(1).strip()}”", text)
    text = HALF_NEAR_CJK.sub(lambda m: FULL_WIDTH[m.group(1) or m.group(2)], text)
    text = _HALF_OPEN_CLOSE.sub(r"（\1）", text)
    return _SPACE_BETWEEN_CJK.sub("", text)


def to_spanish(text: str) -> str:
    """Straight double quotes become “ ” (the style drafting uses for Spanish)."""
    return _STRAIGHT_QUOTED.sub(lambda m: f"“{m.group(1)}”", text)


def for_language(text: str, lang: str) -> str:
    if lang == "zh":
        return to_chinese(text)
    if lang == "es":
        return to_spanish(text)
    return text
