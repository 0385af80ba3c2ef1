"""Rendering one release: template + context -> finished copy, with errors people can act on."""

from __future__ import annotations

import re
from typing import Any

from jinja2 import Environment
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateSyntaxError, UndefinedError

from drafting.draft.context import INPUTS
from drafting.draft.discovery import template_file
from drafting.draft.markup import to_html, to_text
from drafting.draft.values import MissingVariable
from drafting.errors import TemplateError
from drafting.i18n.typography import tidy

_COMMENT = re.compile(r"<!--.*?-->")

#: top-level context sections the event file supplies
EVENT_SECTIONS = {
    "release", "event", "history", "award", "contact", "press_conference",
    "speakers", "quotes", "headline",
}  # fmt: skip


def missing_hint(path: str, event_file: str | None) -> str:
    """Which file should supply ``path``, and the --set that would."""
    where = event_file or "an event file (--event FILE)"
    section, _, rest = path.partition(".")
    base = section.split("[")[0]
    if base not in EVENT_SECTIONS:
        return f"the template uses '{path}', which no input supplies; fix the template"
    if "[" in section:
        key = rest.split(".")[-1] if rest else base
        return f"add '{key}:' to that entry of '{base}:' in {where}"
    if not rest:
        return f"add '{base}:' to {where}"
    key = rest.split(".")[0]
    return f"add '{key}:' under '{base}:' in {where} or pass --set {base}.{key}=..."


def input_path(path: str, event: dict[str, Any] | None) -> str:
    """The event-file key behind a missing context value ("award.title" -> "award.name")."""
    keys = INPUTS.get(path, (path,))
    for key in keys:
        node: Any = event or {}
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if node in (None, ""):
            return key
    return keys[0]


def render(
    env: Environment,
    name: str,
    context: dict[str, Any],
    *,
    fmt: str = "md",
    lang: str = "en",
    event_file: str | None = None,
    event: dict[str, Any] | None = None,
) -> str:
    """The release ``name`` rendered in ``fmt``; a TemplateError says what is missing."""
    file = template_file(name)
    try:
        markdown = env.get_template(file).render(context)
    except MissingVariable as missing:
        path = input_path(missing.path, event)
        raise TemplateError(
            f"needs '{path}'", path=file, hint=missing_hint(path, event_file)
        ) from None
    except SecurityError as exc:
        raise TemplateError(
            f"refused by the sandbox ({exc})", path=file, hint="templates may only print values"
        ) from None
    except TemplateNotFound as exc:
        raise TemplateError(
            f"no template '{exc.name}'", path=file, hint="run 'drafting templates' to list them"
        ) from None
    except TemplateSyntaxError as exc:
        raise TemplateError(
            f"syntax error at line {exc.lineno}: {exc.message}",
            path=exc.filename or file,
            hint="fix the template",
        ) from None
    except UndefinedError as exc:
        raise TemplateError(str(exc), path=file, hint="fix the template or its inputs") from None
    markdown = tidy(markdown, lang)
    if fmt == "txt":
        return to_text(markdown)
    if fmt == "html":
        first = next((ln for ln in markdown.splitlines() if ln.startswith("# ")), "# ")
        return to_html(markdown, title=_COMMENT.sub("", first[2:]).strip(), lang=lang)
    return markdown.rstrip() + "\n"
