"""Which templates exist and which values each one needs, before rendering.

Release templates are ``NAME.md.j2`` files; partials start with ``_``. The
needed values are read from the template source with
``jinja2.meta.find_undeclared_variables``, following ``{% include %}`` into the
partials, and refined to dotted paths (``event.venue``) so a user knows which
keys the event file must hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jinja2 import Environment, meta, nodes
from jinja2.exceptions import TemplateNotFound, TemplateSyntaxError

from drafting.errors import TemplateError

SUFFIX = ".md.j2"
#: context names the builder always supplies (empty lists when the event file has none)
ALWAYS = {"quotes", "speakers", "lang"}
_DESCRIPTION = re.compile(r"\{#\s*(.+?)\s*#\}", re.S)


@dataclass(frozen=True)
class TemplateInfo:
    name: str  # "opening"
    file: str  # "opening.md.j2"
    description: str
    variables: tuple[str, ...]  # event-file keys it must have, sorted
    optional: tuple[str, ...] = ()  # keys it uses only when present


def template_file(name: str) -> str:
    return name if name.endswith(".j2") else f"{name}{SUFFIX}"


def release_templates(env: Environment) -> list[str]:
    """Names of the release templates (not partials) the loader can see."""
    names = env.list_templates(filter_func=lambda n: n.endswith(SUFFIX) and "/" not in n)
    return sorted({n[: -len(SUFFIX)] for n in names if not n.startswith("_")})


def _paths(node: nodes.Node, roots: set[str]) -> set[str]:
    """Dotted paths rooted at ``roots`` used anywhere under ``node``."""
    found: set[str] = set()
    for getattr_node in node.find_all((nodes.Getattr, nodes.Name)):
        parts: list[str] = []
        cur: nodes.Node = getattr_node
        while isinstance(cur, nodes.Getattr):
            parts.append(cur.attr)
            cur = cur.node
        if isinstance(cur, nodes.Name) and cur.name in roots:
            found.add(".".join([cur.name, *reversed(parts)]))
    # keep only the longest paths ("event.venue", not also "event")
    return {p for p in found if not any(q.startswith(p + ".") for q in found)}


def _tests_defined(branch: nodes.If) -> bool:
    tests = [branch.test, *branch.test.find_all(nodes.Test)]
    return any(isinstance(t, nodes.Test) and t.name == "defined" for t in tests)


def _guarded(ast: nodes.Node, roots: set[str]) -> set[str]:
    """Paths used only inside ``{% if X is defined %}`` blocks (the template copes without)."""
    out: set[str] = set()
    for branch in ast.find_all(nodes.If):
        if _tests_defined(branch):
            out |= _paths(nodes.Output([branch.test]), roots)
            out |= _paths(nodes.Output(list(branch.body)), roots)
    return out


def _unguarded(node: nodes.Node, roots: set[str]) -> set[str]:
    """Paths used outside any ``is defined`` block."""
    if isinstance(node, nodes.If) and _tests_defined(node):
        out: set[str] = set()
        for child in node.else_ + [e for e in node.elif_]:
            out |= _unguarded(child, roots)
        return out
    if isinstance(node, nodes.Getattr | nodes.Name):
        wrapper = nodes.Output([node])  # find_all skips the node itself
        return _paths(wrapper, roots)
    out = set()
    for child in node.iter_child_nodes():
        out |= _unguarded(child, roots)
    return out


def needed_variables(env: Environment, file: str) -> set[str]:
    """Every context path ``file`` and the templates it includes need."""
    return _scan(env, file)[0]


def _scan(env: Environment, file: str) -> tuple[set[str], set[str]]:
    seen: set[str] = set()
    todo = [file]
    out: set[str] = set()
    optional: set[str] = set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            source, filename, _ = env.loader.get_source(env, current)  # type: ignore[union-attr]
            ast = env.parse(source, current, filename)
        except TemplateNotFound:
            raise TemplateError(
                f"no template '{current}'", hint="run 'drafting templates' to list them"
            ) from None
        except TemplateSyntaxError as exc:
            raise TemplateError(
                f"template syntax error at line {exc.lineno}: {exc.message}",
                path=exc.filename or current,
                hint="fix the template",
            ) from None
        roots = meta.find_undeclared_variables(ast) - {"_", "gettext", "ngettext", "pgettext"}
        out |= _unguarded(ast, roots)
        optional |= _guarded(ast, roots)
        todo.extend(t for t in meta.find_referenced_templates(ast) if t)
    return out, optional


def describe(env: Environment, name: str) -> TemplateInfo:
    """Name, one-line description (the template's first comment) and needed values."""
    from drafting.draft.context import input_keys

    file = template_file(name)
    used, guarded = _scan(env, file)
    required = input_keys(used - ALWAYS)
    optional = guarded - used - ALWAYS
    source = env.loader.get_source(env, file)[0]  # type: ignore[union-attr]
    match = _DESCRIPTION.match(source.lstrip())
    description = " ".join(match.group(1).split()) if match else ""
    opt = [k for k in input_keys(optional) if k not in required]
    return TemplateInfo(name, file, description, tuple(required), tuple(opt))
