"""The Jinja2 environment drafts are rendered in.

Always ``StrictUndefined`` (here :class:`NamedUndefined`, which names the
missing value), the i18n extension with the catalog of the target language,
and Babel-backed filters. Templates from ``--templates DIR`` are untrusted:
they run in Jinja's ``SandboxedEnvironment``, with the bundled partials still
available to include.
"""

from __future__ import annotations

import gettext
from collections.abc import Sequence
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from jinja2.sandbox import SandboxedEnvironment

from drafting.draft.values import NamedUndefined
from drafting.i18n import formats


def make_environment(
    search_path: Sequence[Path],
    *,
    sandboxed: bool = False,
    autoescape: bool = False,
    lang: str = "en",
    catalog: gettext.NullTranslations | None = None,
) -> Environment:
    """An environment for one language and output format."""
    cls = SandboxedEnvironment if sandboxed else Environment
    env = cls(
        loader=FileSystemLoader([str(p) for p in search_path]),
        undefined=NamedUndefined,
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.policies["ext.i18n.trimmed"] = True
    env.install_gettext_translations(catalog or gettext.NullTranslations(), newstyle=True)  # type: ignore[attr-defined]
    env.filters["day"] = lambda v: formats.format_day(v, lang)
    env.filters["number"] = lambda v: formats.format_number(v, lang)  # figures (headlines)
    env.filters["count"] = lambda v: formats.format_count(v, lang)  # body copy: AP in English
    env.filters["percent"] = lambda v: formats.format_percentage(v, lang)
    env.filters["ordinal"] = lambda v: formats.ordinal(int(v), lang)
    env.filters["listing"] = lambda items: formats.format_list([str(i) for i in items], lang)
    return env
