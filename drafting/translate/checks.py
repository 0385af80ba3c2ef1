"""Checks on a translation, reported as lint :class:`~drafting.lint.finding.Finding`s.

Two entry points: :func:`check_units` compares each source sentence with its
translation (figures, glossary terms), and :func:`check_target` looks at target
text alone (English left behind, punctuation conventions), so ``drafting lint``
can run it on any zh/es file. Offsets are into the target text.

=====  ========================================================
TR101  a figure of the source is missing from its translation
TR102  a glossary term did not come through in its target form
TR103  a sentence is still in English
TR104  Chinese: half-width punctuation next to Chinese text
TR105  Chinese: space between Chinese characters
TR106  Spanish: question or exclamation without its opening ¿ ¡
TR107  Spanish: more than one style of quotation marks
=====  ========================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from drafting.i18n.zh_numerals import ZH_ORDINAL, parse_chinese_numeral
from drafting.lint.finding import Finding
from drafting.text.lazy import lazy  # compiled on first use: lint imports this for every file
from drafting.translate.punctuation import CJK, FULL_WIDTH, HALF_NEAR_CJK

RULES = {
    "TR101": "figure missing from the translation",
    "TR102": "glossary term missing from the translation",
    "TR103": "sentence left in English",
    "TR104": "half-width punctuation in Chinese text",
    "TR105": "space between Chinese characters",
    "TR106": "missing opening ¿ or ¡",
    "TR107": "inconsistent quotation marks",
}

#: target-only rules: (language, must-flag examples, must-not-flag examples). A test runs
#: them all, so a lint rule wrapping :func:`check_target` can reuse them as its examples.
EXAMPLES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "TR103": (
        "es",
        ("El foro abrió. The forum was opened by the mayor today.",),
        ("El foro fue inaugurado hoy por el alcalde.", "Visite https://example.org/the-forum."),
    ),
    "TR104": (
        "zh",
        ("论坛开幕, 嘉宾到场。", "论坛开幕."),
        ("论坛开幕，嘉宾到场。", "增长3.5%，共1,200人。"),
    ),
    "TR105": ("zh", ("论坛 开幕。",), ("论坛开幕。", "广州 Metropolis 论坛。")),
    "TR106": ("es", ("Vinieron todos?", "Qué bien!"), ("¿Vinieron todos?", "¡Qué bien!")),
    "TR107": ("es", ("Dijo «hola» y luego “adiós”.",), ("Dijo «hola» y luego «adiós».",)),
}

#: a figure in any of our locales: 1,200 / 1.200 / 1 200 (thin or plain space) / 3.5 / 3,5
_FIGURE = lazy(
    r"(?<![\d])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,\u00a0\u202f]\d{3})*(?:[.,]\d+)?"
)
_URLISH = lazy(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SPACE_IN_CJK = lazy(rf"(?<=[{CJK}])[ \t\u3000]+(?=[{CJK}])")
_QUOTE_STYLES = {"«": "angle", "»": "angle", "“": "curly", "”": "curly", '"': "straight"}


@dataclass(frozen=True)
class Unit:
    """One source sentence and where its translation sits in the target text."""

    source: str
    start: int
    end: int


def figures(text: str) -> list[str]:
    """Figures as bare digit strings, so 1,200 / 1.200 / 1 200 all read ``1200``, and
    第七届 reads ``7``."""
    text = _URLISH.sub(" ", text)
    found = [re.sub(r"\D", "", m.group()) for m in _FIGURE.finditer(text)]
    return found + [str(parse_chinese_numeral(m[1])) for m in ZH_ORDINAL.finditer(text)]


def check_units(
    units: Iterable[Unit],
    target_text: str,
    lang: str,
    glossary: object | None = None,
    *,
    path: str = "-",
) -> list[Finding]:
    """TR101, TR102 (and TR103 for a sentence passed through untranslated) per sentence."""
    from drafting.text.lang import words

    found: list[Finding] = []
    for unit in units:
        target = target_text[unit.start : unit.end]
        terms = glossary.find(unit.source) if glossary is not None else []  # type: ignore[attr-defined]
        if unit.source.strip() == target.strip() and len(words(unit.source)) >= 3:
            found.append(
                Finding(
                    "TR103",
                    "sentence left in English (not translated)",
                    unit.start,
                    unit.end,
                    path=path,
                )
            )
        have = figures(target)
        for fig in dict.fromkeys(figures(_without(unit.source, terms))):
            if fig not in have:
                found.append(
                    Finding(
                        "TR101",
                        f"figure {fig} of the source is missing",
                        unit.start,
                        unit.end,
                        path=path,
                    )
                )
        for _, _, term in terms:
            form = term.target(lang) or term.en
            if form not in target:
                found.append(
                    Finding(
                        "TR102",
                        f"glossary term {term.en!r} should read {form!r}",
                        unit.start,
                        unit.end,
                        replacements=(form,),
                        path=path,
                    )
                )
    return found


def _without(text: str, spans: list[tuple[int, int, object]]) -> str:
    """``text`` with glossary names blanked: figures inside names are the glossary's to check."""
    for s, e, _ in reversed(spans):
        text = text[:s] + " " + text[e:]
    return text


def check_target(
    text: str, lang: str, *, glossary: object | None = None, path: str = "-"
) -> list[Finding]:
    """TR103-TR107 on target-language text alone."""
    found = _english_left(text, glossary, path)
    if lang == "zh":
        found += _chinese_punctuation(text, path)
    elif lang == "es":
        found += _spanish_marks(text, path)
    return sorted(found, key=lambda f: (f.start, f.rule))


def _english_left(text: str, glossary: object | None, path: str) -> list[Finding]:
    from drafting.text.lang import detect_language, han_count, words
    from drafting.text.sentences import split_sentences

    out = []
    for span in split_sentences(text):
        rest = _URLISH.sub(" ", span.text)
        if glossary is not None:  # names stay in their own form; they are not "English left"
            rest = _without(rest, glossary.find(rest))  # type: ignore[attr-defined]
        latin = words(rest)
        if len(latin) < 4 or han_count(rest) >= len(latin):
            continue
        if detect_language(" ".join(latin)) == "en":
            out.append(
                Finding(
                    "TR103",
                    "sentence left in English",
                    span.start,
                    span.end,
                    severity="error",
                    path=path,
                )
            )
    return out


def _chinese_punctuation(text: str, path: str) -> list[Finding]:
    out = []
    for m in HALF_NEAR_CJK.finditer(text):
        mark = m.group(1) or m.group(2)
        at = m.start(1) if m.group(1) else m.start(2)
        out.append(
            Finding(
                "TR104",
                f"half-width {mark!r} in Chinese text; use {FULL_WIDTH[mark]!r}",
                at,
                at + 1,
                severity="warning",
                replacements=(FULL_WIDTH[mark],),
                safe_fix=True,
                path=path,
            )
        )
    for m in _SPACE_IN_CJK.finditer(text):
        out.append(
            Finding(
                "TR105",
                "space between Chinese characters",
                m.start(),
                m.end(),
                severity="warning",
                replacements=("",),
                safe_fix=True,
                path=path,
            )
        )
    return out


def _spanish_marks(text: str, path: str) -> list[Finding]:
    from drafting.text.sentences import split_sentences

    out = []
    for span in split_sentences(text):
        for close, open_ in (("?", "¿"), ("!", "¡")):
            if close in span.text and open_ not in span.text:
                at = span.start + span.text.index(close)
                out.append(
                    Finding(
                        "TR106",
                        f"'{close}' without an opening '{open_}'",
                        span.start,
                        at + 1,
                        severity="warning",
                        path=path,
                    )
                )
    styles: dict[str, int] = {}
    for i, ch in enumerate(text):
        style = _QUOTE_STYLES.get(ch)
        if style and style not in styles:
            styles[style] = i
    if len(styles) > 1:
        first = min(styles, key=styles.__getitem__)
        for style, at in styles.items():
            if style != first:
                out.append(
                    Finding(
                        "TR107",
                        f"{style} quotes here, {first} quotes earlier; use one style",
                        at,
                        at + 1,
                        severity="warning",
                        path=path,
                    )
                )
    return out
