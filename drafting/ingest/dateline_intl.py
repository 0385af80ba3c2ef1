"""Datelines of Spanish and Chinese releases (English is in :mod:`.dateline`).

Spanish wires print the English shapes with a Spanish date::

    GUANGZHOU, China, 8 de diciembre de 2025 /PRNewswire/ --
    MADRID, 3 de marzo de 2024 /PRNewswire/ --
    TORONTO, ONTARIO--(Marketwired - 27 de febrero de 2017) -
    (Marketwired - 27 de febrero de 2017)

Chinese wires put the place right before a numeric date, optionally the news
agency word 电 ("cable"), then the wire between slashes and a dash or colon
(ASCII or full-width)::

    广州2025年12月8日 /美通社/ --
    中国广州2023年12月11日电 /美通社/ ——
    香港2024年3月1日电／美通社／：

The city is kept as written (广州); a leading country name from
:data:`ZH_COUNTRIES` is split off (中国广州 -> 中国, 广州). Wire names are
mapped to the names English datelines use through :data:`WIRE_NAMES`.
"""

from __future__ import annotations

import re

from drafting.ingest.dateline import Dateline, iso_date, wire_patterns
from drafting.text.lang import HAN
from drafting.text.spans import Span

#: Spanish month names and abbreviations (lower case, no dot) -> month number.
ES_MONTHS = {
    "enero": 1, "ene": 1,
    "febrero": 2, "feb": 2,
    "marzo": 3, "mar": 3,
    "abril": 4, "abr": 4,
    "mayo": 5, "may": 5,
    "junio": 6, "jun": 6,
    "julio": 7, "jul": 7,
    "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9, "set": 9,
    "octubre": 10, "oct": 10,
    "noviembre": 11, "nov": 11,
    "diciembre": 12, "dic": 12,
}  # fmt: skip

#: Wire names as printed in other languages -> the name English datelines use.
WIRE_NAMES = {
    "美通社": "PRNewswire",
    "美通社亚洲": "PRNewswire-Asia",
    "美通社亞洲": "PRNewswire-Asia",
    "商业资讯": "Business Wire",
    "商業資訊": "Business Wire",
    "环球新闻通讯社": "GlobeNewswire",
    "環球新聞通訊社": "GlobeNewswire",
}

#: Country (and region) names that may precede a city in a Chinese dateline.
ZH_COUNTRIES = (
    "中国", "中國", "美国", "美國", "英国", "英國", "法国", "法國", "德国", "德國",
    "日本", "韩国", "韓國", "新加坡", "马来西亚", "馬來西亞", "泰国", "泰國", "越南",
    "印度", "印度尼西亚", "印尼", "澳大利亚", "澳洲", "新西兰", "加拿大", "墨西哥",
    "巴西", "阿根廷", "智利", "西班牙", "葡萄牙", "意大利", "荷兰", "荷蘭", "瑞士",
    "瑞典", "俄罗斯", "阿联酋", "沙特阿拉伯", "土耳其", "南非", "埃及", "以色列",
)  # fmt: skip

_SP = "[ \\t\\u3000\\u00a0]"
# Latin capitals with accents: Á É Í Ñ Ó Ú Ü Ç ...
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff"

_ES_MONTH = "|".join(sorted(ES_MONTHS, key=len, reverse=True))
_ES_DATE = (
    rf"(?P<day>\d{{1,2}})(?:º|°|o\.)?{_SP}+(?:de{_SP}+)?(?i:(?P<month>{_ES_MONTH}))\.?"
    rf",?{_SP}+(?:(?i:del?){_SP}+)?(?P<year>\d{{4}})"
)
_DASH = r"(?:--|[\u2014\u2013]{1,2}|-)"
_CITY = rf"(?P<city>[{_UP}][{_UP}.'\-]*(?:{_SP}(?:[{_UP}][{_UP}.'\-]*|DE|de|DEL|del)){{0,4}})"
_PLACE = rf"(?P<country>[{_UP}][{_UP}{_LOW}.']*(?:[ \-][{_UP}][{_UP}{_LOW}.']*){{0,3}})"

_ES_SLASH, _ES_PAREN = wire_patterns(_CITY, _PLACE, _ES_DATE, _DASH, _SP)

_ZH_DASH = r"(?:--|[\u2014\u2013\u2015\u2500]{1,2}|－{1,2}|-|[：:])"
_ZH = re.compile(
    rf"(?<![{HAN}])(?P<place>[{HAN}]{{2,12}}?){_SP}*"
    rf"(?P<year>\d{{4}}){_SP}*年{_SP}*(?P<month>\d{{1,2}}){_SP}*月{_SP}*(?P<day>\d{{1,2}}){_SP}*日"
    rf"(?P<cable>电|電)?{_SP}*"
    rf"(?:[/／](?P<wire>[^/／\n]{{1,30}})[/／]{_SP}*)?"
    rf"(?P<dash>{_ZH_DASH})?{_SP}*"
)


#: Words kept in lower case inside a city name written in capitals.
ES_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y"})


def _title(city: str | None) -> str | None:
    """``CIUDAD DE MÉXICO`` -> ``Ciudad de México``; other spellings as written."""
    if not (city and city.isupper() and len(city) > 2):
        return city
    out = [w if i == 0 or w.lower() not in ES_PARTICLES else w.lower()
           for i, w in enumerate(city.title().split(" "))]
    return " ".join(out)


def _es_match(m: re.Match[str], text: str) -> Dateline:
    city = m.group("city")
    wire = m.group("wire").strip()
    month = ES_MONTHS.get(m.group("month").lower())
    return Dateline(
        city=_title(city),
        country=m.group("country"),
        date=iso_date(month, m.group("day"), m.group("year")) if month else None,
        wire=WIRE_NAMES.get(wire, wire.title() if wire.isupper() else wire),
        span=Span(m.start(), m.end(), text[m.start() : m.end()]),
    )


def _zh_match(m: re.Match[str], text: str) -> Dateline | None:
    # A date in prose is not a dateline: it needs a wire, or 电 and a dash/colon.
    if not (m.group("wire") or (m.group("cable") and m.group("dash"))):
        return None
    place = m.group("place")
    country = next(
        (c for c in sorted(ZH_COUNTRIES, key=len, reverse=True)
         if place.startswith(c) and len(place) > len(c)),
        None,
    )
    city = place[len(country) :] if country else place
    wire = (m.group("wire") or "").strip()
    return Dateline(
        city=city,
        country=country,
        date=iso_date(m.group("month"), m.group("day"), m.group("year")),
        wire=WIRE_NAMES.get(wire, wire) or None,
        span=Span(m.start(), m.end(), text[m.start() : m.end()]),
    )


def find_intl_dateline(text: str, start: int = 0, end: int | None = None) -> Dateline | None:
    """The first Spanish or Chinese dateline in ``text[start:end]``, or None."""
    end = len(text) if end is None else end
    found: list[Dateline] = []
    for pattern in (_ES_SLASH, _ES_PAREN):
        m = pattern.search(text, start, end)
        if m:
            found.append(_es_match(m, text))
    pos = start
    while pos < end:
        m = _ZH.search(text, pos, end)
        if m is None:
            break
        dl = _zh_match(m, text)
        if dl is not None:
            found.append(dl)
            break
        pos = max(m.end(), m.start() + 1)
    return min(found, key=lambda d: d.span.start) if found else None
