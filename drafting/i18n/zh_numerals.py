"""Chinese numerals for editions (第七届, 第十三届) and back.

Kept apart from :mod:`drafting.i18n.formats` so the checks on the lint path can read
them without importing Babel.
"""

from __future__ import annotations

import re

_ZH_DIGITS = "零一二三四五六七八九"
_ZH_UNITS = ((1000, "千"), (100, "百"), (10, "十"))
_ZH_UNIT_VALUE = {unit: value for value, unit in _ZH_UNITS}


def chinese_numeral(n: int) -> str:
    """1-9999 in Chinese numerals (十三, 一百零五, 一千零一), as editions are counted;
    other values stay in Arabic figures."""
    if not 0 < n < 10000:
        return str(n)
    out: list[str] = []
    rest = n
    gap = False
    for value, unit in _ZH_UNITS:
        digit, rest = divmod(rest, value)
        if digit:
            if gap:
                out.append("零")
            # 十三, not 一十三, when ten leads the number
            out.append(("" if value == 10 and not out and digit == 1 else _ZH_DIGITS[digit]) + unit)
            gap = False
        elif out:
            gap = True
    if rest:
        if gap:
            out.append("零")
        out.append(_ZH_DIGITS[rest])
    return "".join(out)


#: an ordinal counted in Chinese numerals: 第七届, 第十三次
ZH_ORDINAL = re.compile(r"第([一二三四五六七八九十百千零]+)(?=[届次期])")


def parse_chinese_numeral(text: str) -> int:
    """The value of a numeral :func:`chinese_numeral` writes (十三 -> 13), so checks
    that every figure came through accept 第七届 for "7th"."""
    total = 0
    digit = 0
    for ch in text:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS.index(ch)
            continue
        total += (digit or 1) * _ZH_UNIT_VALUE[ch]
        digit = 0
    return total + digit
