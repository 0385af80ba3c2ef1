"""Figures in words per market: "over 800 representatives" / "超过800名代表" / "más de 800 ...".

The value is rendered by Babel from the parsed number, never translated (English
spells out one to nine, AP style: :func:`~drafting.i18n.formats.format_count`); the
unit and qualifier words are gettext messages (plural forms per locale) so the
Chinese and Spanish catalogs hold them beside the template words. A unit the
table lacks is left to the caller (it becomes free text for translation).
"""

from __future__ import annotations

import gettext

from drafting.i18n.formats import format_count


def ngettext(singular: str, plural: str) -> tuple[str, str]:
    """Marks a unit for Babel extraction (its default ``ngettext`` keyword)."""
    return singular, plural


def pgettext(context: str, message: str) -> tuple[str, str]:
    """Marks a qualifier for Babel extraction (its default ``pgettext`` keyword)."""
    return context, message


#: unit as the facts name it (plural, lower case) -> (singular, plural) message
UNITS: dict[str, tuple[str, str]] = {
    "representatives": ngettext("%(num)s representative", "%(num)s representatives"),
    "cities": ngettext("%(num)s city", "%(num)s cities"),
    "countries": ngettext("%(num)s country", "%(num)s countries"),
    "international organizations": ngettext(
        "%(num)s international organization", "%(num)s international organizations"
    ),
    "governors or mayors": ngettext(
        "%(num)s incumbent governor or mayor", "%(num)s incumbent governors or mayors"
    ),
    "guests": ngettext("%(num)s guest", "%(num)s guests"),
    "participants": ngettext("%(num)s participant", "%(num)s participants"),
    "initiatives": ngettext("%(num)s initiative", "%(num)s initiatives"),
    "cities and regions": ngettext("%(num)s city and region", "%(num)s cities and regions"),
    "regions": ngettext("%(num)s region", "%(num)s regions"),
    "consulates": ngettext("%(num)s consulate", "%(num)s consulates"),
    "member cities": ngettext("%(num)s member city", "%(num)s member cities"),
    "cases": ngettext("%(num)s case", "%(num)s cases"),
    "submissions": ngettext("%(num)s submission", "%(num)s submissions"),
    "drawings": ngettext("%(num)s drawing", "%(num)s drawings"),
    "sub-forums": ngettext("%(num)s sub-forum", "%(num)s sub-forums"),
    "conferences and activities": ngettext(
        "%(num)s conference and activity", "%(num)s conferences and activities"
    ),
    "mayors": ngettext("%(num)s mayor", "%(num)s mayors"),
    "shortlisted cities": ngettext("%(num)s shortlisted city", "%(num)s shortlisted cities"),
    "winning cities": ngettext("%(num)s winning city", "%(num)s winning cities"),
}

#: qualifier as written in English -> message (context "figure")
QUALIFIERS: dict[str, tuple[str, str]] = {
    "over": pgettext("figure", "over"),
    "more than": pgettext("figure", "more than"),
    "nearly": pgettext("figure", "nearly"),
    "almost": pgettext("figure", "almost"),
    "about": pgettext("figure", "about"),
    "around": pgettext("figure", "around"),
    "approximately": pgettext("figure", "approximately"),
    "a total of": pgettext("figure", "a total of"),
    "up to": pgettext("figure", "up to"),
    "at least": pgettext("figure", "at least"),
}

QUALIFIED = pgettext("figure", "%(qualifier)s %(count)s")


def unit_key(unit: str) -> str:
    """The table key for a unit as the facts or event file spell it."""
    key = " ".join(unit.lower().split())
    if key.startswith("incumbent "):
        key = key[len("incumbent ") :]
    return key


def knows(unit: str, qualifier: str | None = None) -> bool:
    """Whether the catalogs can say this figure (else it is free text for translation)."""
    known_q = not qualifier or qualifier.lower().strip() in QUALIFIERS
    return unit_key(unit) in UNITS and known_q


def format_figure(
    value: float | int,
    unit: str,
    qualifier: str | None,
    lang: str,
    catalog: gettext.NullTranslations,
) -> str:
    """The figure in ``lang``; unit and qualifier must be ones :func:`knows` accepts."""
    singular, plural = UNITS[unit_key(unit)]
    count_n = int(value) if float(value).is_integer() else 2
    # English body copy follows AP (one to nine in words); zh/es keep figures
    count = catalog.ngettext(singular, plural, count_n) % {"num": format_count(value, lang)}
    if not qualifier:
        return count
    word = catalog.pgettext(*QUALIFIERS[qualifier.lower().strip()])
    return catalog.pgettext(*QUALIFIED) % {"qualifier": word, "count": count}
