"""Free text (themes, topics, highlights) in the target language, layer by layer.

Order: a translation the event file supplies (``theme: {en:, zh:, es:}``),
then the glossary, then the translation pipeline (memory, then machine
translation). What none of them covers stays in English and is marked, so a
reader sees it and ``draft`` can say how many segments need a model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from drafting.errors import DraftingError, InputError, ModelError
from drafting.i18n.glossary import Glossary

#: marker after untranslated text, per output format
MARKERS = {
    "md": "<!-- drafting: needs translation -->",
    "html": "<!-- drafting: needs translation -->",
    "txt": "[needs translation]",
}


@dataclass(eq=False)
class LocalText:
    """A piece of copy for one language, with the layer it came from."""

    source: str  # the English
    text: str | None = None
    origin: str = "pending"  # en, event, glossary, memory, mt, none
    fmt: str = "md"
    article: str = ""  # "the" / "la": the article the glossary gives the name, if asked for

    @property
    def needs_translation(self) -> bool:
        return self.origin == "none"

    def _value(self) -> str:
        value = self.text if self.text is not None else self.source
        return f"{self.article} {value}" if self.article else value

    def __str__(self) -> str:
        if self.needs_translation:
            return f"{self._value()} {MARKERS[self.fmt]}"
        return self._value()

    def __html__(self) -> str:
        out = escape(self._value())
        if self.needs_translation:
            out += Markup(" " + MARKERS["html"])
        return str(out)


class Localizer:
    """Hands out :class:`LocalText` for one language and translates the rest in one batch."""

    def __init__(self, lang: str, glossary: Glossary, fmt: str = "md", engine: Any = None):
        self.lang = lang
        self.glossary = glossary
        self.fmt = fmt
        self.engine = engine
        self.pending: list[LocalText] = []
        self.all: list[LocalText] = []

    def text(self, value: Any, where: str = "", *, article: bool = False) -> LocalText:
        """Localise one value: a string, or a mapping ``{en: ..., zh: ..., es: ...}``.

        With ``article``, a glossary name gets the article it takes in running
        text in this language ("the People's Government ...", "la Asociación ...").
        """
        if isinstance(value, dict):
            if not isinstance(value.get("en"), str):
                raise InputError(f"'{where}' gives translations but no 'en:' text")
            source = value["en"]
            local = value.get(self.lang)
        else:
            source, local = str(value), None
        item = LocalText(source=source, fmt=self.fmt)
        if self.lang == "en":
            item.text, item.origin = source, "en"
        elif isinstance(local, str) and local.strip():
            item.text, item.origin = local, "event"
        elif (found := self.glossary.lookup(source, self.lang)) is not None:
            item.text, item.origin = found, "glossary"
        else:
            self.pending.append(item)
        if article and item.origin in {"en", "glossary"}:
            term = self.glossary.get(source)
            item.article = term.article(self.lang) if term else ""
        self.all.append(item)
        return item

    def resolve(self) -> None:
        """Translate every pending segment in one call to the translation pipeline."""
        if not self.pending:
            return
        sources = [t.source for t in self.pending]
        results = _translate(sources, self.lang, self.glossary, self.engine)
        for item, result in zip(self.pending, results, strict=True):
            origin = getattr(result, "origin", "none")
            item.origin = origin if origin in {"memory", "glossary", "mt"} else "none"
            item.text = getattr(result, "text", None) or item.source
            if item.origin == "none":
                item.text = item.source
        self.pending = []

    @property
    def untranslated(self) -> list[LocalText]:
        return [t for t in self.all if t.needs_translation]


@dataclass(frozen=True)
class _Untranslated:
    text: str
    origin: str = "none"


def _translate(texts: list[str], lang: str, glossary: Glossary, engine: Any) -> list[Any]:
    """The translation engineer's pipeline when present; otherwise nothing is translated."""
    try:
        from drafting.translate.engines.base import EngineError, ModelMissing
        from drafting.translate.pipeline import translate_segments
    except ImportError:
        return [_Untranslated(t) for t in texts]
    try:
        results = translate_segments(texts, lang, glossary=glossary, engine=engine)
    except (ModelMissing, DraftingError, ImportError, OSError):  # no usable model: "none"
        return [_Untranslated(t) for t in texts]
    except EngineError as exc:  # a model is there but broken: the user must act
        raise ModelError(
            f"translation engine failed ({exc})", hint="check it with 'drafting models list'"
        ) from None
    if len(results) != len(texts):
        return [_Untranslated(t) for t in texts]
    return list(results)
