"""Mechanical checks on drafts: every number and name traced to an input; zh/es conventions."""

from __future__ import annotations

import re
from pathlib import Path

from drafting.i18n.formats import AP_MONTHS
from drafting.i18n.glossary import Glossary, fold
from drafting.i18n.zh_numerals import ZH_ORDINAL, parse_chinese_numeral

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"

_NUMBER = re.compile(r"\d+(?:[.,]\d{3})*(?:\.\d+)?")
_WORD = r"[A-Z][\w'’.&-]*"
_JOIN = r"(?:[ \t]+(?:of|for|and|the|de|la|to|in|on)){0,2}[ \t]+"
_RUN = re.compile(rf"{_WORD}(?:{_JOIN}{_WORD})+")
_ACRONYM = re.compile(r"\b[A-Z][A-Z.]{1,}[A-Z]\b")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_EMAIL = re.compile(r"\S+@\S+")


#: English number words a draft may spell out (AP: one to nine in body copy)
NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.I)


def numbers(text: str, *, words: bool = True) -> set[int | float]:
    """Every figure in ``text``, thousands separators of any market removed; with
    ``words``, English number words too ("nine" counts as 9)."""
    out: set[int | float] = set()
    if words:
        out |= {NUMBER_WORDS[w.lower()] for w in _NUMBER_WORD.findall(_EMAIL.sub(" ", text))}
    out |= {parse_chinese_numeral(m[1]) for m in ZH_ORDINAL.finditer(text)}  # 第七届
    for raw in _NUMBER.findall(_EMAIL.sub(" ", text)):
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
            out.add(int(re.sub(r"[.,]", "", raw)))
        else:
            out.add(float(raw) if "." in raw else int(raw))
    return out


def template_words() -> set[str]:
    """Capitalised words the templates themselves write (not facts)."""
    words: set[str] = set()
    for path in TEMPLATES_DIR.glob("*.j2"):
        literal = _TAG.sub(" ", path.read_text(encoding="utf-8"))
        words |= set(re.findall(r"[A-Z][\w'’]*", literal))
    return words | {m.rstrip(".") for m in AP_MONTHS}


_CONNECTORS = {"of", "for", "and", "the", "de", "la", "to", "in", "on"}


def _chunks(words: list[str], literal: set[str]) -> list[list[str]]:
    """Split a run of capitalised words where a template's own word stands."""
    chunks: list[list[str]] = [[]]
    for word in words:
        if word.rstrip(":.,;") in literal:
            chunks.append([])
        else:
            chunks[-1].append(word)
    out = []
    for c in chunks:
        while c and c[0] in _CONNECTORS:
            c = c[1:]
        while c and c[-1] in _CONNECTORS:
            c = c[:-1]
        if sum(w[:1].isupper() for w in c) >= 2:
            out.append(c)
    return out


def untraced_names(draft: str, sources: str) -> list[str]:
    """Multi-word capitalised names and acronyms in ``draft`` that ``sources`` lack.

    A run the sources hold as a whole is traced; otherwise it is split where a
    word of the templates' own copy stands ("Opens", "About") and each part must
    be in the sources.
    """
    src = fold(sources)
    literal = template_words()
    body = _EMAIL.sub(" ", fold(draft))
    missing: list[str] = []
    for run in _RUN.findall(body):
        if run.rstrip(".,:;") in src:
            continue
        for chunk in _chunks(run.split(), literal):
            name = " ".join(chunk).rstrip(".,:;")
            if name in src:
                continue
            # a composed phrase ("TITLE of ORG"): each capitalised group must be traced
            groups = re.split(r"\s+(?:of|for|and|the|de|la|to|in|on)(?:\s+the)?\s+", name)
            missing.extend(g for g in groups if g not in src)
    for acronym in _ACRONYM.findall(body):
        if acronym not in src.upper() and acronym not in literal:
            missing.append(acronym)
    return missing


CJK = re.compile(r"[\u3400-\u9fff]")


def strip_known(text: str, glossary: Glossary, lang: str) -> str:
    """``text`` without glossary forms, e-mail addresses and URLs (all allowed as written)."""
    forms = sorted(
        {t.target(lang) for t in glossary.terms if t.target(lang)}, key=len, reverse=True
    )
    for form in forms:
        text = text.replace(form, " ")
    return re.sub(r"\S+@\S+|https?://\S+", " ", text)


ENGLISH_ONLY = {
    "the", "and", "of", "with", "will", "is", "are", "for", "to", "from", "was", "has",
    "have", "this", "that", "by", "at", "on", "its", "opened", "held", "received",
}  # fmt: skip
