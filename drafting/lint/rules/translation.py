"""TR103-TR107: the translation checks of ``drafting.translate.checks`` as lint rules.

``drafting translate`` reports these on its own output; registering them here lets
``drafting lint`` run them on any Chinese or Spanish file (written by hand, drafted
with ``draft --lang``, or post-edited). The checks, their messages and their
must-flag / must-not-flag examples (``checks.EXAMPLES``) belong to the translate
package; this module only wraps them: one call of ``check_target`` per document
(shared by the five rules through ``doc.memo``), on the prose view so Markdown
code, link targets and comments are not checked. The bundled glossary is used so
that names kept in their own form ("Metropolis") are not "English left behind".

TR101 and TR102 compare a translation with its source, which a lone file does not
have; they stay in ``drafting translate``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule
from drafting.text.lang import HAN_CHAR
from drafting.translate import checks

_GLOSSARY: list[object] = []


def _glossary() -> object:
    if not _GLOSSARY:
        from drafting.i18n.glossary import load_glossary

        _GLOSSARY.append(load_glossary())
    return _GLOSSARY[0]


def _findings(doc: LintDoc) -> list[Finding]:
    hit = doc.memo.get("translation")
    if hit is None:
        hit = doc.memo["translation"] = checks.check_target(
            doc.view, doc.lang, glossary=_glossary(), path=doc.path
        )
    return hit  # type: ignore[return-value]


def _only(code: str, doc: LintDoc) -> Iterator[Finding]:
    for f in _findings(doc):
        if f.rule == code:
            yield replace(f, path=doc.path)


def _next_to_chinese(f: Finding, text: str) -> bool:
    """The half-width mark touches a Chinese character on its own line (the check's
    pattern also looks across line breaks, where an English line may end in '.')."""
    before = text[: f.start].rstrip(" \t")[-1:]
    after = text[f.end :].lstrip(" \t")[:1]
    return bool(HAN_CHAR.match(before) or HAN_CHAR.match(after))


def _with_spaces(f: Finding, text: str) -> Finding:
    """A full-width mark takes no space either side: the fix swallows the spaces around
    the half-width one ("开幕 , 嘉宾" -> "开幕，嘉宾"), so it does not leave one behind."""
    start, end = f.start, f.end
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    while end < len(text) and text[end] in " \t":
        end += 1
    return replace(f, start=start, end=end)


def _register(code: str, langs: tuple[str, ...], fixes: tuple[tuple[str, str], ...] = ()):  # type: ignore[no-untyped-def]
    lang, flag, clean = checks.EXAMPLES[code]
    return rule(
        code,
        checks.RULES[code].replace(" ", "-"),
        checks.RULES[code],
        "error" if code == "TR103" else "warning",
        must_flag=flag,
        must_not_flag=clean,
        fixes=fixes,
        langs=langs,
        example_lang=lang,
    )


@_register("TR103", ("zh", "es"))
def english_left(doc: LintDoc) -> Iterator[Finding]:
    return _only("TR103", doc)


@_register(
    "TR104",
    ("zh",),
    fixes=(("论坛开幕, 嘉宾到场。", "论坛开幕，嘉宾到场。"), ("论坛开幕.", "论坛开幕。")),
)
def chinese_punctuation(doc: LintDoc) -> Iterator[Finding]:
    return (
        _with_spaces(f, doc.view) for f in _only("TR104", doc) if _next_to_chinese(f, doc.view)
    )


@_register("TR105", ("zh",), fixes=(("论坛 开幕。", "论坛开幕。"),))
def chinese_spacing(doc: LintDoc) -> Iterator[Finding]:
    return _only("TR105", doc)


@_register("TR106", ("es",))
def spanish_opening_marks(doc: LintDoc) -> Iterator[Finding]:
    return _only("TR106", doc)


@_register("TR107", ("es",))
def spanish_quotes(doc: LintDoc) -> Iterator[Finding]:
    return _only("TR107", doc)
