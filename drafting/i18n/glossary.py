"""The glossary: established Chinese and Spanish forms of names and themes.

Machine translation gets names wrong, so every layer (templates, memory, MT)
takes names from here. ``locales/glossary.yaml`` is the bundled list; files
given with ``--glossary FILE`` use the same shape and win over it::

    version: 1
    terms:
      - en: Global Mayors' Forum
        kind: event
        zh: 全球市长论坛
        es: Foro Mundial de Alcaldes
        zh_source: https://...
        aliases: [...]        # other English spellings of the same name
        articles: {en: the, es: el}   # article a name takes in running text
        note: ...

Matching ignores the difference between straight and curly apostrophes, so
"Mayors’ Forum" and "Mayors' Forum" are the same name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from drafting.errors import InputError
from drafting.fileio import read_text
from drafting.i18n.paths import locales_dir

LANGS = ("zh", "es")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_KEYS = {
    "en", "zh", "es", "kind", "source", "note", "aliases",
    "zh_source", "es_source", "zh_published", "es_published",
    "zh_published_source", "es_published_source", "articles",
}  # fmt: skip


def fold(text: str) -> str:
    """Text with every apostrophe made straight (same length, so offsets hold)."""
    return text.translate(_APOSTROPHES)


@dataclass(frozen=True)
class Term:
    """One name and its target-language forms; ``None`` where none is known."""

    en: str
    zh: str | None = None
    es: str | None = None
    kind: str = "term"
    source: str | None = None  # where the target forms come from (per language when known)
    note: str | None = None
    aliases: tuple[str, ...] = ()
    zh_source: str | None = None
    es_source: str | None = None
    origin: str = "bundled"  # file the entry was read from
    articles: tuple[tuple[str, str], ...] = ()  # (lang, article) for running text

    def article(self, lang: str) -> str:
        """The article the name takes in ``lang`` ("the", "la"), or ""."""
        return dict(self.articles).get(lang, "")

    def target(self, lang: str) -> str | None:
        """The form in ``lang`` ("en" gives the English name itself)."""
        if lang == "en":
            return self.en
        return getattr(self, lang, None) if lang in LANGS else None

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.en, *self.aliases)


@dataclass
class Glossary:
    """Terms keyed by their folded English spellings; later files override earlier ones."""

    terms: list[Term] = field(default_factory=list)

    @cached_property
    def _index(self) -> dict[str, Term]:
        index: dict[str, Term] = {}
        for term in self.terms:
            for spelling in term.spellings:
                index[fold(spelling)] = term
        return index

    @cached_property
    def _patterns(self) -> list[tuple[re.Pattern[str], Term]]:
        out = []
        for key, term in self._index.items():
            left = r"(?<!\w)" if key[:1].isalnum() else ""
            right = r"(?!\w)" if key[-1:].isalnum() else ""
            out.append((re.compile(left + re.escape(key) + right), term))
        return out

    def get(self, en: str) -> Term | None:
        """The term whose English name (or alias) is ``en``."""
        return self._index.get(fold(en.strip()))

    def lookup(self, en: str, lang: str) -> str | None:
        """The ``lang`` form of ``en``, or ``None`` when the glossary has none."""
        term = self.get(en)
        return term.target(lang) if term else None

    def find(self, text: str) -> list[tuple[int, int, Term]]:
        """Glossary names in ``text`` as (start, end, term), in order, never overlapping.

        Longer names win over the shorter names inside them ("Guangzhou Award"
        over "Guangzhou"), wherever they start.
        """
        folded = fold(text)
        hits = [
            (m.start(), m.end(), term)
            for pattern, term in self._patterns
            for m in pattern.finditer(folded)
        ]
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))
        taken: list[tuple[int, int, Term]] = []
        for start, end, term in hits:
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, term))
        return sorted(taken, key=lambda h: h[0])

    def merged(self, other: Iterable[Term]) -> Glossary:
        """A new glossary where ``other``'s entries replace same-named ones."""
        other = list(other)
        replaced = {fold(s) for t in other for s in t.spellings}
        kept = [t for t in self.terms if not replaced & {fold(s) for s in t.spellings}]
        return Glossary(kept + other)


def parse_glossary(data: Any, origin: str) -> list[Term]:
    """Terms from parsed YAML; raises ValueError saying what is wrong."""
    if isinstance(data, dict):
        data = data.get("terms")
    if not isinstance(data, list):
        raise ValueError("expected a 'terms:' list")
    terms = []
    for i, raw in enumerate(data, 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("en"), str) or not raw["en"].strip():
            raise ValueError(f"term {i} needs an 'en:' name")
        unknown = set(raw) - _KEYS
        if unknown:
            raise ValueError(f"term {i} ({raw['en']}) has unknown key(s) {sorted(unknown)}")
        aliases = raw.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"term {i} ({raw['en']}): 'aliases' must be a list of names")
        for lang in LANGS:
            if raw.get(lang) is not None and not isinstance(raw[lang], str):
                raise ValueError(f"term {i} ({raw['en']}): '{lang}' must be text")
        articles = raw.get("articles") or {}
        if not isinstance(articles, dict) or not all(
            isinstance(v, str) for v in articles.values()
        ):
            raise ValueError(f"term {i} ({raw['en']}): 'articles' must map language to article")
        per_lang = [
            f"{lang}: {raw[f'{lang}_source']}" for lang in LANGS if raw.get(f"{lang}_source")
        ]
        terms.append(
            Term(
                en=raw["en"].strip(),
                zh=raw.get("zh") or None,
                es=raw.get("es") or None,
                kind=str(raw.get("kind") or "term"),
                source=raw.get("source") or ("; ".join(per_lang) or None),
                note=raw.get("note"),
                aliases=tuple(aliases),
                zh_source=raw.get("zh_source") or raw.get("source"),
                es_source=raw.get("es_source") or raw.get("source"),
                origin=origin,
                articles=tuple(sorted(articles.items())),
            )
        )
    return terms


def read_glossary_file(path: Path) -> list[Term]:
    """Terms from one glossary YAML file, or an InputError naming it."""
    text = read_text(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(
            f"not valid YAML{where}", path=path, hint="fix the glossary (see locales/glossary.yaml)"
        ) from None
    try:
        return parse_glossary(data, str(path))
    except ValueError as exc:
        raise InputError(
            f"malformed glossary ({exc})", path=path, hint="see locales/glossary.yaml for the shape"
        ) from None


def load_glossary(extra: Sequence[Path | str] = ()) -> Glossary:
    """The bundled glossary plus the user's files, each later file winning."""
    glossary = Glossary(read_glossary_file(locales_dir() / "glossary.yaml"))
    for path in extra:
        glossary = glossary.merged(read_glossary_file(Path(path)))
    return glossary
