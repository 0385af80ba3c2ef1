"""One release in one language: catalog, context, translation batch, rendering.

Kept apart from the command so tests and other commands (translate, lint) can
draft without Click, and so the steps run in the same order every time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafting.draft.context import ContextBuilder
from drafting.draft.environment import make_environment
from drafting.draft.localizer import Localizer
from drafting.draft.render import render
from drafting.errors import InputError
from drafting.facts.model import FactSet
from drafting.i18n.catalogs import translations
from drafting.i18n.glossary import Glossary
from drafting.i18n.paths import templates_dir


@dataclass(frozen=True)
class Draft:
    text: str
    lang: str
    untranslated: int  # segments left in English for want of a translation


@dataclass
class Drafter:
    facts: FactSet
    event: dict[str, Any]
    glossary: Glossary
    user_templates: Path | None = None
    facts_file: str = "the facts file"
    event_file: str | None = None
    engine: Any = None

    def search_path(self) -> list[Path]:
        bundled = templates_dir()
        return [self.user_templates, bundled] if self.user_templates else [bundled]

    def environment(self, lang: str, fmt: str, catalog: Any = None) -> Any:
        """Sandboxed when user templates are in play; autoescaping for HTML."""
        return make_environment(
            self.search_path(),
            sandboxed=self.user_templates is not None,
            autoescape=fmt == "html",
            lang=lang,
            catalog=catalog if catalog is not None else translations(lang),
        )

    def draft(self, template: str, lang: str = "en", fmt: str = "md") -> Draft:
        catalog = translations(lang)
        localizer = Localizer(lang, self.glossary, fmt=fmt, engine=self.engine)
        try:
            context = ContextBuilder(
                self.facts, self.event, lang, catalog, localizer, facts_file=self.facts_file
            ).build()
        except InputError as exc:  # the event file (or --set) named something unusable
            if exc.path is None:
                exc.path = self.event_file or "--set"
            exc.hint = exc.hint or "fix it in the event file or with --set"
            raise
        localizer.resolve()
        text = render(
            self.environment(lang, fmt, catalog), template, context,
            fmt=fmt, lang=lang, event_file=self.event_file, event=self.event,
        )  # fmt: skip
        return Draft(text=text, lang=lang, untranslated=len(localizer.untranslated))
