"""Dates, numbers, ordinals, percentages and lists for each market, from parsed values.

Babel (CLDR) does the locale work; the one thing no library does is the
Associated Press date style that English wire copy uses ("Dec. 11, 2023",
"Sept. 5", "March 3"), so that is written out here. Nothing here translates
words: figures keep their exact value in every language.
"""

from __future__ import annotations

from datetime import date

from babel import Locale
from babel.dates import format_interval, format_skeleton
from babel.lists import format_list as babel_list
from babel.numbers import format_decimal, format_percent

from drafting.i18n.zh_numerals import chinese_numeral

#: Babel locale per drafting language code
LOCALES = {"en": "en_US", "zh": "zh_Hans_CN", "es": "es_ES"}

#: AP style: abbreviate Jan., Feb., Aug., Sept., Oct., Nov., Dec.; spell March-July
AP_MONTHS = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip

_EN_ORDINAL_SUFFIX = {"one": "st", "two": "nd", "few": "rd", "other": "th"}


def locale_for(lang: str) -> str:
    return LOCALES.get(lang, lang)


def as_date(value: date | str) -> date:
    """A ``date`` from an ISO string (YAML may already have parsed it)."""
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip())


def format_day(value: date | str, lang: str, *, year: bool = True) -> str:
    """One date: "Dec. 11, 2023" / "2023年12月11日" / "11 de diciembre de 2023"."""
    d = as_date(value)
    if lang == "en":
        text = f"{AP_MONTHS[d.month - 1]} {d.day}"
        return f"{text}, {d.year}" if year else text
    skeleton = "yMMMMd" if year else "MMMMd"
    return format_skeleton(skeleton, d, locale=locale_for(lang))


def format_span(start: date | str, end: date | str | None, lang: str) -> str:
    """When an event runs: "Dec. 8-10, 2025" / "2025年12月8日至10日" / "del 8 al 10 de
    diciembre de 2025". Spanish carries its preposition ("el 8 de diciembre de 2025" for
    one day) because "del ... al ..." is how Spanish copy states a range, and a
    template sentence cannot know whether it will get one day or several."""
    d1 = as_date(start)
    if end is None or as_date(end) == d1:
        return f"el {format_day(d1, lang)}" if lang == "es" else format_day(d1, lang)
    d2 = as_date(end)
    if lang == "es":
        head = format_skeleton(_unshared(d1, d2), d1, locale=locale_for(lang))
        return f"del {head} al {format_day(d2, lang)}"
    if lang == "en":
        if d1.year != d2.year:
            return f"{format_day(d1, lang)}-{format_day(d2, lang)}"
        if d1.month == d2.month:
            return f"{AP_MONTHS[d1.month - 1]} {d1.day}-{d2.day}, {d1.year}"
        return f"{format_day(d1, lang, year=False)}-{format_day(d2, lang)}"
    if lang == "zh":
        # Chinese copy joins a range with 至; CLDR 46 switched to an en dash, so
        # the wire convention is spelled out here rather than left to Babel's data.
        tail = format_skeleton(_unshared(d1, d2), d2, locale=locale_for(lang))
        return f"{format_day(d1, lang)}至{tail}"
    return format_interval(d1, d2, "yMMMMd", locale=locale_for(lang))


def _unshared(d1: date, d2: date) -> str:
    """The Babel skeleton for the side of a range written short: only what the two
    dates do not share (the day; day and month; or the whole date)."""
    if d1.year != d2.year:
        return "yMMMMd"
    return "d" if d1.month == d2.month else "MMMMd"


def format_number(value: float | int, lang: str) -> str:
    """A figure with the market's grouping: 540,000 / 540,000 / 540.000 (exact value)."""
    return format_decimal(value, locale=locale_for(lang))


#: AP style: one to nine are spelled out in body copy, 10 and above are figures
AP_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def format_count(value: float | int, lang: str, *, headline: bool = False) -> str:
    """A count in running copy: English follows AP ("nine international organizations",
    "10 cities"; figures kept in headlines); zh and es keep figures (9 个 / 9 organizaciones)."""
    if (
        lang == "en"
        and not headline
        and not isinstance(value, bool)
        and float(value).is_integer()
        and 1 <= value <= 9
    ):
        return AP_NUMBER_WORDS[int(value) - 1]
    return format_number(value, lang)


def format_percentage(value: float, lang: str) -> str:
    """A ratio (0.65) as 65% / 65% / 65 %."""
    return format_percent(value, locale=locale_for(lang))


def ordinal(n: int, lang: str) -> str:
    """An edition number: "7th" / "第七届" / "7.º" (CLDR ordinal rules for English;
    Chinese editions are counted in Chinese numerals, as in 第六届广州奖, 第十三届)."""
    if lang == "en":
        category = Locale.parse(locale_for("en")).ordinal_form(n)
        return f"{n}{_EN_ORDINAL_SUFFIX.get(category, 'th')}"
    if lang == "zh":
        return f"第{chinese_numeral(n)}届"
    return f"{n}.º"


def format_list(items: list[str], lang: str) -> str:
    """A list joined for the market; English follows AP (no serial comma)."""
    items = [str(i) for i in items]
    if lang == "zh" and any("和" in i for i in items[:-1]):
        return "、".join(items)  # "城市和地区和国家" is ambiguous; the enumeration comma is not
    if lang == "en":
        if len(items) <= 2:
            return " and ".join(items)
        return f"{', '.join(items[:-1])} and {items[-1]}"
    return babel_list(items, locale=locale_for(lang))

