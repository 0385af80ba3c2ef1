"""The template context for one language, built only from the facts and the event file.

Nothing here invents a fact: every name, figure and date a template can print
is read from the facts file (organisations, people, past figures, the last
dateline's city and wire) or from the event file (``--set`` edits it). Names
are localised through the glossary, free text through the :class:`Localizer`,
figures and dates through Babel. A value that cannot be built is left as a
:class:`Deferred` that fails with its path only if a template uses it.
"""

from __future__ import annotations

import gettext
from typing import Any

from markupsafe import Markup, escape

from drafting.draft.figures import format_figure, knows, pgettext, unit_key
from drafting.draft.localizer import Localizer, LocalText
from drafting.draft.values import Deferred, MissingVariable, Record, need
from drafting.errors import InputError
from drafting.facts.model import FactSet, Figure, Person
from drafting.i18n.dateline import dateline
from drafting.i18n.formats import format_count, format_day, format_list, format_span, ordinal

# Composite phrases whose word order differs by language (catalog messages).
YEAR_NAME = pgettext("name", "%(year)s %(name)s")
ORDINAL_NAME = pgettext("name", "%(ordinal)s %(name)s")
WITH_ACRONYM = pgettext("name", "%(name)s (%(acronym)s)")
NAME_TITLE = pgettext("speaker", "%(name)s, %(title)s")
TITLE_OF = pgettext("speaker", "%(title)s of %(org)s")
FROM = pgettext("figures", "%(people)s from %(origins)s")


#: context values built from other inputs -> the event-file keys they need
#: (what ``drafting templates`` reports; city, country and wire fall back to the facts)
INPUTS: dict[str, tuple[str, ...]] = {
    "release.dateline": ("release.date",),
    "release.day": ("release.date",),
    "event.title": ("event.name",),
    "event.dates": ("event.start",),
    "event.venue_name": ("event.venue",),
    "event.start_day": ("event.start",),
    "event.end_day": ("event.end",),
    "event.figure_list": ("event.figures",),
    "event.figure_text": ("event.figures",),
    "award.figure_text": ("award.figures",),
    "history.figure_text": ("history.edition", "history.units"),
    "event.organizer_list": ("event.organizers",),
    "history.title": ("history.edition",),
    "history.figures": ("history.edition", "history.units"),
    "history.figure_list": ("history.edition", "history.units"),
    "award.title": ("award.name", "award.edition"),
    "award.opens_day": ("award.opens",),
    "award.deadline_day": ("award.deadline",),
    "award.ceremony_day": ("award.ceremony",),
    "award.figure_list": ("award.figures",),
    "award.organizer_list": ("award.organizers",),
    "press_conference.day": ("press_conference.date",),
}


def input_keys(paths: set[str]) -> list[str]:
    """The event-file keys behind context paths, sorted."""
    return sorted({key for p in paths for key in INPUTS.get(p, (p,))})


class ContextBuilder:
    """Builds the context for one language; ``facts_file`` names the facts in messages."""

    def __init__(
        self,
        facts: FactSet,
        event: dict[str, Any],
        lang: str,
        catalog: gettext.NullTranslations,
        localizer: Localizer,
        facts_file: str = "the facts file",
    ):
        self.facts = facts
        self.data = event
        self.lang = lang
        self.catalog = catalog
        self.loc = localizer
        self.facts_file = facts_file

    # -- small helpers --------------------------------------------------
    def _p(self, phrase: tuple[str, str], **values: Any) -> Phrase:
        return Phrase(self.catalog.pgettext(*phrase), values)

    def _deferred(self, build: Any) -> Any:
        try:
            return build()
        except MissingVariable as missing:
            return Deferred(missing.path)

    def _section(self, name: str) -> dict[str, Any]:
        """The event file's section, with empty values dropped (an empty value is missing)."""
        raw = self.data.get(name) or {}
        return Record(name, {k: v for k, v in raw.items() if v not in (None, "")})

    def _list(self, raw: dict[str, Any], key: str, where: str) -> list[Any]:
        """A list value; one text (as ``--set`` gives) counts as a one-item list."""
        value = raw.get(key)
        if value in (None, ""):
            return []
        if isinstance(value, str | dict):
            return [value]
        if not isinstance(value, list):
            raise InputError(f"'{where}' must be a list")
        return value

    def figure(self, fig: dict[str, Any] | Figure, where: str) -> str | LocalText:
        """One figure in words, exact value kept in every language."""
        if isinstance(fig, Figure):
            value, unit, qualifier = fig.value, fig.unit, fig.qualifier
        else:
            if not isinstance(fig, dict) or "value" not in fig or "unit" not in fig:
                raise InputError(f"'{where}' needs 'value:' and 'unit:'")
            value, unit, qualifier = fig["value"], str(fig["unit"]), fig.get("qualifier")
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise InputError(f"'{where}': value {value!r} is not a number")
        if knows(unit, qualifier):
            return format_figure(value, unit, qualifier, self.lang, self.catalog)
        if self.lang == "en":  # AP: "nine delegations"; figures stay figures for MT
            num = format_count(value, "en")
        else:
            num = f"{value:,}" if isinstance(value, int) else str(value)
        words = " ".join(x for x in (qualifier, num, unit) if x)
        return self.loc.text(words, where)

    def day(self, value: Any) -> str:
        """A date; the year is left out when it is the release's year (AP style)."""
        release_date = (self.data.get("release") or {}).get("date")
        same_year = release_date and str(release_date)[:4] == str(value)[:4]
        return format_day(value, self.lang, year=not same_year)

    def people_from(self, figures: list[Any]) -> Any:
        """"over 900 representatives from 70 cities and 40 countries": the first figure
        counts who came, the rest where they came from (as the seeds word it)."""
        if len(figures) < 2:
            return _Joined(figures, self.lang)
        return self._p(FROM, people=figures[0], origins=_Joined(figures[1:], self.lang))

    def titled(self, name: LocalText | str, year: Any = None, edition: Any = None) -> Any:
        """"2025 Global Mayors' Forum" / "2025年全球市长论坛" / "Foro Mundial de Alcaldes 2025"."""
        if year:
            return self._p(YEAR_NAME, year=year, name=name)
        if edition:
            return self._p(ORDINAL_NAME, ordinal=ordinal(int(edition), self.lang), name=name)
        return name

    # -- sections -------------------------------------------------------
    def release(self) -> Record:
        raw = self._section("release")
        last = max(self.facts.releases, key=lambda r: r.date or "", default=None)
        city = raw.get("city") or (last.city if last else None)
        country = raw.get("country") or (last.country if last else None)
        wire = raw.get("wire") or (last.wire if last else None)
        rec = Record("release", {"date": raw.get("date"), "city": city, "country": country})
        rec["wire"] = wire
        source = raw.get("source") or (last.source if last else None)
        if source:
            rec["source"] = self.loc.text(source, "release.source")
        rec["dateline"] = self._deferred(
            lambda: dateline(
                need(rec, "city"), country, need(rec, "date"), need(rec, "wire"),
                self.lang, self.loc.glossary,
            )
        )  # fmt: skip
        rec["day"] = self._deferred(lambda: format_day(need(rec, "date"), self.lang))
        return rec

    def organization(self, key: Any, where: str) -> Record:
        """An organiser named by the event file and held by the facts (or given in full)."""
        if isinstance(key, dict):
            name, acronym = key.get("name"), key.get("acronym")
            if not isinstance(name, str):
                raise InputError(f"'{where}' needs a 'name:'")
        else:
            org = self.facts.organization(str(key))
            if org is None:
                raise InputError(
                    f"'{where}': {key!r} is not an organisation in {self.facts_file}",
                    hint="give it in full ({name: ..., acronym: ...}) or use a name the facts hold",
                )
            name, acronym = org.name, org.acronym
        local_name = self.loc.text(name, where, article=True)
        rec = Record(where, {"name": local_name, "acronym": acronym, "label": local_name})
        if acronym:
            local_acr = self.loc.text(acronym, where)
            rec["acronym"] = local_acr
            if _plain_text(local_acr) != _plain_text(local_name):
                rec["label"] = self._p(WITH_ACRONYM, name=local_name, acronym=local_acr)
        return rec

    def person(self, raw: Any, where: str) -> Record:
        """A speaker: name from the event file; title and organisation from it or the facts."""
        if isinstance(raw, str):
            raw = {"name": raw}
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise InputError(f"'{where}' needs a 'name:'")
        known: Person | None = next(
            (p for p in self.facts.people if p.name.casefold() == raw["name"].casefold()), None
        )
        title = raw.get("title") or (known.title if known else None)
        org = raw.get("organization") or (known.organization if known else None)
        rec = Record(where, {"name": self.loc.text(raw["name"], where)})
        if org:
            rec["organization"] = self.loc.text(org, where)
        if title:
            rec["title"] = self._title(str(title), org, where)
            rec["label"] = self._p(NAME_TITLE, name=rec["name"], title=rec["title"])
        else:
            rec["label"] = rec["name"]
        return rec

    def _title(self, title: str, org: str | None, where: str) -> Any:
        """"Secretary-General of Metropolis": one glossary name if it is one, else composed."""
        if not org or org.casefold() in title.casefold():
            return self.loc.text(title, where)
        for joined in (f"{title} of {org}", f"{title} of the {org}"):
            if self.loc.glossary.get(joined):
                return self.loc.text(joined, where)
        return self._p(
            TITLE_OF, title=self.loc.text(title, where), org=self.loc.text(org, where)
        )

    def event(self) -> Record:
        raw = self._section("event")
        rec = Record("event", {k: v for k, v in raw.items() if not isinstance(v, dict | list)})
        if raw.get("name"):
            rec["name"] = self.loc.text(raw["name"], "event.name")
            rec["title"] = self.titled(rec["name"], year=raw.get("edition"))
        for key in ("theme", "venue", "city"):
            if raw.get(key):
                rec[key] = self.loc.text(raw[key], f"event.{key}", article=key == "venue")
        if raw.get("venue"):  # the bare name, for labels ("Where: ...")
            rec["venue_name"] = self.loc.text(raw["venue"], "event.venue")
        rec["dates"] = self._deferred(
            lambda: format_span(need(raw, "start"), raw.get("end"), self.lang)
        )
        for key in ("start", "end"):
            if raw.get(key):
                rec[f"{key}_day"] = self._deferred(lambda k=key: self.day(raw[k]))
        for key in ("sub_forums", "highlights", "topics"):
            if key in raw:
                items = self._list(raw, key, f"event.{key}")
                rec[key] = [self.loc.text(x, f"event.{key}") for x in items]
        if "figures" in raw:
            figs = self._list(raw, "figures", "event.figures")
            rec["figures"] = [self.figure(f, "event.figures") for f in figs]
            rec["figure_list"] = _Joined(rec["figures"], self.lang)
            rec["figure_text"] = self.people_from(rec["figures"])
        if "organizers" in raw:
            orgs = [
                self.organization(o, "event.organizers")
                for o in self._list(raw, "organizers", "event.organizers")
            ]
            rec["organizers"] = orgs
            rec["organizer_list"] = _Joined([o["label"] for o in orgs], self.lang)
        return rec

    def history(self) -> Record:
        """Past figures cited from the facts: ``history: {edition: 2023, units: [...]}``."""
        raw = self._section("history")
        rec = Record("history", dict(raw))
        if "units" not in raw:
            return rec
        year = str(need(raw, "edition"))
        figures = [
            self.figure(self._past_figure(year, str(u), raw.get("subject")), "history.units")
            for u in self._list(raw, "units", "history.units")
        ]
        rec["figures"] = figures
        rec["figure_list"] = _Joined(figures, self.lang)
        rec["figure_text"] = self.people_from(figures)
        name = raw.get("name") or (self.data.get("event") or {}).get("name")
        if name:
            local = self.loc.text(name, "history.name")
            cycle = raw.get("cycle")  # an ordinal edition ("6th") names it instead of the year
            rec["title"] = self.titled(local, edition=cycle) if cycle else self.titled(local, year)
        return rec

    def _past_figure(self, year: str, unit: str, subject: str | None) -> Figure:
        candidates = [
            f
            for f in self.facts.current_figures()
            if f.provenance
            and (f.provenance.date or "").startswith(year)
            and unit_key(f.unit) == unit_key(unit)
            and (not subject or subject.casefold() in (f.subject or "").casefold())
        ]
        if not candidates:
            raise InputError(
                f"no {year} figure counting '{unit}' in {self.facts_file}",
                hint="remove it from 'history: units:' in the event file or regenerate the facts",
            )
        return max(candidates, key=lambda f: (f.provenance.date or "") if f.provenance else "")

    def award(self) -> Record:
        raw = self._section("award")
        rec = Record("award", {k: v for k, v in raw.items() if not isinstance(v, dict | list)})
        for key in ("name", "short_name", "theme"):
            if raw.get(key):
                rec[key] = self.loc.text(raw[key], f"award.{key}")
        if raw.get("name") and raw.get("edition"):
            rec["title"] = self.titled(rec["name"], edition=raw["edition"])
        if raw.get("edition"):
            rec["ordinal"] = ordinal(int(raw["edition"]), self.lang)
        for key in ("opens", "deadline", "ceremony"):
            if raw.get(key):
                rec[f"{key}_day"] = self._deferred(lambda k=key: self.day(raw[k]))
        if "figures" in raw:
            figs = self._list(raw, "figures", "award.figures")
            rec["figures"] = [self.figure(f, "award.figures") for f in figs]
            rec["figure_list"] = _Joined(rec["figures"], self.lang)
            rec["figure_text"] = self.people_from(rec["figures"])
        if "organizers" in raw:
            orgs = [
                self.organization(o, "award.organizers")
                for o in self._list(raw, "organizers", "award.organizers")
            ]
            rec["organizers"] = orgs
            rec["organizer_list"] = _Joined([o["label"] for o in orgs], self.lang)
        if "categories" in raw:
            items = self._list(raw, "categories", "award.categories")
            rec["categories"] = [self.loc.text(x, "award.categories") for x in items]
        return rec

    def contact(self) -> Record:
        raw = self._section("contact")
        rec = Record("contact", dict(raw))
        for key in ("name", "organization"):
            if raw.get(key):
                rec[key] = self.loc.text(raw[key], f"contact.{key}")
        return rec

    def press_conference(self) -> Record:
        raw = self._section("press_conference")
        rec = Record("press_conference", {k: v for k, v in raw.items() if k != "venue"})
        if raw.get("venue"):
            rec["venue"] = self.loc.text(raw["venue"], "press_conference.venue", article=True)
        if raw.get("date"):
            rec["day"] = self.day(raw["date"])
        return rec

    def build(self) -> dict[str, Any]:
        speakers = [
            self.person(p, f"speakers[{i}]")
            for i, p in enumerate(self._list(self.data, "speakers", "speakers"))
        ]
        quotes = []
        for i, q in enumerate(self._list(self.data, "quotes", "quotes")):
            if not isinstance(q, dict) or "text" not in q or "speaker" not in q:
                raise InputError(f"'quotes[{i}]' needs 'text:' and 'speaker:'")
            quotes.append(
                Record(
                    f"quotes[{i}]",
                    {"text": self.loc.text(q["text"], f"quotes[{i}]"),
                     "speaker": self.person(q["speaker"], f"quotes[{i}].speaker")},
                )
            )  # fmt: skip
        ctx: dict[str, Any] = {
            "release": self.release(),
            "event": self.event(),
            "history": self.history(),
            "award": self.award(),
            "contact": self.contact(),
            "press_conference": self.press_conference(),
            "speakers": speakers,
            "quotes": quotes,
            "lang": self.lang,
        }
        if self.data.get("headline"):
            ctx["headline"] = self.loc.text(self.data["headline"], "headline")
        return ctx


def _plain_text(item: LocalText) -> str:
    return item.text if item.text is not None else item.source


class Phrase:
    """A catalog pattern filled at render time, so values translated later still count."""

    def __init__(self, pattern: str, values: dict[str, Any]):
        self.pattern, self.values = pattern, values

    def __str__(self) -> str:
        return self.pattern % {k: str(v) for k, v in self.values.items()}

    def __html__(self) -> str:
        return str(Markup(self.pattern) % self.values)


class _Joined:
    """A list joined for the market at render time (after batch translation)."""

    def __init__(self, items: list[Any], lang: str):
        self.items, self.lang = items, lang

    def __str__(self) -> str:
        return format_list([str(i) for i in self.items], self.lang)

    def __html__(self) -> str:
        parts = [i.__html__() if hasattr(i, "__html__") else str(escape(i)) for i in self.items]
        return format_list(parts, self.lang)
