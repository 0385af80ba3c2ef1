"""Wire datelines as each market writes them.

English and Spanish wire copy: ``GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ --``
and ``GUANGZHOU, China, 11 de diciembre de 2023 /PRNewswire/ --``; Chinese
(美通社) copy: ``广州2023年12月11日 /美通社/ --`` (city and date, no country).
City, country and wire names come from the glossary.
"""

from __future__ import annotations

from datetime import date

from drafting.i18n.formats import format_day
from drafting.i18n.glossary import Glossary


def dateline(
    city: str, country: str | None, day: date | str, wire: str, lang: str, glossary: Glossary
) -> str:
    """The dateline that opens the first paragraph, ending in ``--``."""
    when = format_day(day, lang)
    place_key = f"{city.upper()}, {country}" if country else city.upper()
    fixed = glossary.get(place_key)
    wire_name = glossary.lookup(wire, lang) or wire
    if lang == "en":
        return f"{city.upper()}, {country}, {when} /{wire}/ --" if country else (
            f"{city.upper()}, {when} /{wire}/ --"
        )
    if lang == "zh":
        zh_city = (fixed.zh if fixed and fixed.zh else None) or glossary.lookup(
            city.title(), "zh"
        ) or city
        return f"{zh_city}{when} /{wire_name}/ --"
    place = fixed.target(lang) if fixed and fixed.target(lang) else None
    if place is None:
        local_country = glossary.lookup(country, lang) if country else None
        place = ", ".join(x for x in (city.upper(), local_country or country) if x)
    return f"{place}, {when} /{wire_name}/ --"
