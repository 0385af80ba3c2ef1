"""The document a rule sees: original text, a same-length view to analyse, and masks.

Markdown code, link targets and HTML tags are replaced in the *view* by spaces
(block tags by line breaks) of the same length, so every offset a rule reports
on the view is an offset in the original file: positions and fixes need no
mapping back. Findings that touch a masked range are dropped by the engine.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import filterfalse
from typing import TYPE_CHECKING

from drafting.lint.language import document_language
from drafting.text.lang import lower_folds
from drafting.text.lazy import lazy
from drafting.text.spans import LineIndex, Span

if TYPE_CHECKING:
    from drafting.facts.model import FactSet
    from drafting.lint.config import LintConfig
    from drafting.lint.lexicon import Lexicon

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_URL_BODY = re.compile(r"[^\s<>\"'()\[\]]+")
_SCHEME = re.compile(r"(?:https?|ftp)$", re.I)
_EMAIL_AT = re.compile(r"@(?<=[\w.+-]@)[\w-]+(?:\.[\w-]+)+")
_EMAIL_HEAD = re.compile(r"[\w.+-]+$")
# A bare domain is found by its ending, then widened: cheaper than trying every word.
_TLD = re.compile(
    r"\.(?<=\w\.)(?:com|org|net|gov|edu|int|io|co|cn|uk|eu|de|fr|es|info|biz|news)\b"
    r"(?:/[^\s<>\"']*)?",
    re.I,
)
_DOMAIN_HEAD = re.compile(r"[\w.-]+$")
# ``_TLD`` without re.I, for the lower-cased view: a case-blind pattern gives up the
# engine's scan for its literal first character and tries every position (four times slower).
_TLD_LOW = re.compile(_TLD.pattern)
# Literal first, look-behind after: the engine then scans for the literal at C speed.
_HANDLE = re.compile(r"[@#](?<![\w@][@#])[A-Za-z_]\w*")
_PARA = re.compile(r"(?:[^\r\n]*\S[^\r\n]*(?:\r\n|\n|\r|$))+")

# Markdown and HTML pieces that are not prose (compiled when a .md or .html file needs them).
_NOT_BREAK = lazy(r"[^\r\n]")
_MD_FENCE = lazy(r"^[ \t]*(```|~~~)[^\n]*\n.*?^[ \t]*\1[^\n]*$", re.M | re.S)
_MD_CODE = lazy(r"`[^`\n]+`")
_MD_LINK_TARGET = lazy(r"(?<=\])\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_REFDEF = lazy(r"^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_MD_AUTOLINK = lazy(r"<(?:https?://|mailto:)[^>\s]+>")
_COMMENT = lazy(r"<!--.*?-->", re.S)
_TAG = lazy(r"</?([A-Za-z][A-Za-z0-9]*)[^<>]*>")  # group 1: the tag name
_RAW_BLOCK = lazy(
    r"<(script|style|head|template|code|kbd|samp)\b[^>]*>.*?</\1\s*>", re.S | re.I
)
_ENTITY = lazy(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)
_BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol tr td th table section article header footer "
    "blockquote pre hr title body head html dl dt dd figure figcaption main nav aside".split()
)


def kind_of(path: str) -> str:
    """``md``, ``html`` or ``txt`` from the file name (stdin names count too)."""
    low = path.lower()
    if low.endswith((".md", ".markdown")):
        return "md"
    if low.endswith((".html", ".htm")):
        return "html"
    return "txt"


def _blank(text: str) -> str:
    """Same length, line breaks kept, everything else a space."""
    if "\n" not in text and "\r" not in text:
        return " " * len(text)
    return _NOT_BREAK.sub(" ", text)


def _found(rx: re.Pattern[str], text: str, *marks: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, not run when ``text`` holds none of the ``marks`` (a C search
    each), one of which every match holds: most files have no fence, comment or entity."""
    if any(mark in text for mark in marks):
        yield from rx.finditer(text)


def _link_targets(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``_MD_LINK_TARGET.finditer(text)``: its look-behind is tried at every
    position; tried at each "](" (found with ``str.find``) instead."""
    pos = text.find("](")
    while pos != -1:
        m = _MD_LINK_TARGET.match(text, pos + 1)
        if m is not None:
            yield m.start(), m.end()
            pos = text.find("](", m.end() - 1)
        else:
            pos = text.find("](", pos + 1)


def make_view(text: str, kind: str) -> tuple[str, list[tuple[int, int]]]:
    """The prose view of ``text`` and the masked ranges (sorted, non-overlapping)."""
    if kind == "txt":
        return text, []
    chars = list(text)
    masked: list[tuple[int, int]] = []
    covered = bytearray(len(text))  # 1 where masked: "is this inside a mask?" in O(1)

    def mask(start: int, end: int, fill: str | None = None) -> None:
        if fill is None:
            fill = _blank(text[start:end])
        chars[start:end] = fill
        masked.append((start, end))
        covered[start:end] = b"\x01" * (end - start)

    if kind == "md":
        # pattern by pattern: each masks only what the ones before it left
        for spans in (
            (m.span() for m in _found(_MD_FENCE, text, "```", "~~~")),
            (m.span() for m in _found(_COMMENT, text, "<!--")),
            (m.span() for m in _found(_MD_REFDEF, text, "]:")),
            (m.span() for m in _found(_MD_AUTOLINK, text, "<")),
            (m.span() for m in _found(_MD_CODE, text, "`")),
            _link_targets(text),
            (m.span() for m in _found(_TAG, text, "<")),
        ):
            for start, end in spans:
                if not covered[start]:
                    mask(start, end)
    else:
        from html import unescape  # html.entities is a large table: HTML files only

        for rx in (_COMMENT, _RAW_BLOCK):
            for m in _found(rx, text, "<"):
                if not covered[m.start()]:
                    mask(m.start(), m.end())
        for m in _found(_TAG, text, "<"):
            if covered[m.start()]:
                continue
            n = m.end() - m.start()
            fill = ("\n\n" + " " * n)[:n] if m.group(1).lower() in _BLOCK_TAGS and n >= 2 else None
            mask(m.start(), m.end(), fill)
        for m in _found(_ENTITY, text, "&"):
            if covered[m.start()]:
                continue
            char = unescape(m.group())
            if len(char) == 1 and char != m.group():
                n = m.end() - m.start()
                mask(m.start(), m.end(), (char if char != "\xa0" else " ") + " " * (n - 1))
    return "".join(chars), _merge(masked)


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _handles(view: str) -> list[tuple[int, int]]:
    """Spans of @handles and #hashtags: ``_HANDLE`` tried at each "@" and "#" (found with
    ``str.find``, faster than the engine's scan; a match holds neither, so none is hidden)."""
    out = []
    for mark in "@#":
        pos = view.find(mark)
        while pos != -1:
            m = _HANDLE.match(view, pos)
            if m is not None:
                out.append((pos, m.end()))
            pos = view.find(mark, pos + 1)
    return out


def _domain_ends(view: str, low: str) -> Iterator[re.Match[str]]:
    """``_TLD.finditer(view)``, as ``_TLD_LOW`` finds it in ``low`` where that is the same
    (``lower_folds``; lower-casing also keeps each character a word character or not)."""
    if lower_folds(view):
        return _TLD_LOW.finditer(low)
    return _TLD.finditer(view)


def _urls(view: str, low: str) -> list[tuple[int, int]]:
    """Spans of http(s)/ftp URLs and www. addresses (found with str.find: most text has none)."""
    out = []
    for mark, back in (("://", 5), ("www.", 0)):
        pos = low.find(mark)
        while pos != -1:
            start = pos
            if back:
                scheme = _SCHEME.search(low, max(0, pos - back), pos)
                start = scheme.start() if scheme else pos
            body = _URL_BODY.match(view, start)
            end = body.end() if body else pos + len(mark)
            if back == 0 or start != pos:
                out.append((start, end))
            pos = low.find(mark, end if end > pos else pos + 1)
    return out


def paragraphs(view: str) -> list[Span]:
    r"""The matches of ``_PARA`` in ``view``. Without a ``\r``, the lines are cut at
    ``\n`` in C and grouped here: three times faster than the pattern, which tries
    ``\S`` at every character. (Spans are built with ``tuple.__new__``, in C.)"""
    if "\r" in view:
        return [Span(m.start(), m.end(), m.group()) for m in _PARA.finditer(view)]
    out: list[Span] = []
    start = -1  # of the paragraph being read, -1 between paragraphs
    pos = 0  # of the line
    for line in view.split("\n"):
        if line and not line.isspace():
            if start < 0:
                start = pos
        elif start >= 0:
            out.append(_new(Span, (start, pos, view[start:pos])))
            start = -1
        pos += len(line) + 1
    if start >= 0:
        out.append(_new(Span, (start, len(view), view[start:])))
    return out


_new = tuple.__new__


class Ranges:
    """Sorted, merged ranges with an O(log n) overlap test."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = _merge(ranges)
        self.starts = [s for s, _ in self.ranges]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, max(start, end - 1)) - 1
        while i >= 0:
            s, e = self.ranges[i]
            if e <= start:
                return False
            if s < max(end, start + 1):
                return True
            i -= 1
        return False


@dataclass
class LintDoc:
    """Everything rules may read: pure data, no I/O."""

    text: str
    path: str = "-"
    config: LintConfig | None = None
    facts: FactSet | None = None
    kind: str = "txt"
    view: str = ""
    masked: list[tuple[int, int]] = field(default_factory=list)
    memo: dict[str, object] = field(default_factory=dict)  # results rules share
    lang: str = "en"  # en, es or zh: which rules apply

    @classmethod
    def from_text(
        cls,
        text: str,
        path: str = "-",
        *,
        config: LintConfig | None = None,
        facts: FactSet | None = None,
        kind: str | None = None,
        lang: str | None = None,
    ) -> LintDoc:
        kind = kind or kind_of(path)
        view, masked = make_view(text, kind)
        low = view.lower()  # (English rules all read it: lower-cased once, shared)
        if lang is None:
            lang = document_language(view, low)
        doc = cls(text, path, config, facts, kind, view, masked, lang=lang)
        doc.__dict__["low"] = low  # the ``low`` property, filled in
        return doc

    @property
    def cfg(self) -> LintConfig:
        if self.config is None:
            self.config = _default_config()
        return self.config

    def option(self, code: str, name: str, default: object) -> object:
        return self.cfg.options.get(code, {}).get(name, default)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached_property
    def mask(self) -> Ranges:
        return Ranges(self.masked)

    @cached_property
    def protected(self) -> Ranges:
        """URLs, e-mail addresses, domains, handles: text that is not prose."""
        view = self.view
        spans = _handles(view)
        spans += _urls(view, self.low)
        for m in _EMAIL_AT.finditer(view):
            head = _EMAIL_HEAD.search(view, max(0, m.start() - 64), m.start())
            spans.append((head.start() if head else m.start(), m.end()))
        for m in _domain_ends(view, self.low):
            head = _DOMAIN_HEAD.search(view, max(0, m.start() - 80), m.start())
            spans.append((head.start() if head else m.start(), m.end()))
        return Ranges(spans + self.masked)

    @cached_property
    def low(self) -> str:
        """The view lower-cased, for the rules that search it case-blind with ``str.find``."""
        return self.view.lower()

    @cached_property
    def latin1(self) -> bytes:
        """The view as Latin-1 bytes, one a character ("?" for any other). Rules mark what
        they look for with ``bytes.translate`` (a table lookup a byte, in C) and then scan
        for a literal, where the engine's scan for a character class such as ``\\d`` is
        ten times slower."""
        return self.view.encode("latin-1", "replace")

    @cached_property
    def chunks(self) -> set[str]:
        """The distinct whitespace-separated chunks of the view.

        A pattern that matches no whitespace and looks around only at non-space
        characters finds the same *set* of words in these, one per line, as in the view,
        in a fraction of the text ("the", "of" and the names come once): rules that need
        distinct words scan them instead."""
        return set(self.view.split())

    @cached_property
    def unseen_chunks(self) -> set[str]:
        """The :attr:`chunks` less the words of letters the word list was found to know
        in files linted before (:attr:`Lexicon.seen_words`, all lower case): most of a
        file's chunks, which neither spelling nor the name rules need to look at again."""
        return self.chunks - self.lexicon.seen_words

    @cached_property
    def capital_chunks(self) -> list[str]:
        """The :attr:`chunks` that may hold a capital letter (not all lower case); taken
        from :attr:`unseen_chunks`, as no seen word is one of them."""
        return list(filterfalse(str.islower, self.unseen_chunks))

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Runs of non-blank lines in the view, each with its line breaks."""
        return paragraphs(self.view)

    @cached_property
    def lexicon(self) -> Lexicon:
        from drafting.lint.lexicon import load_lexicon

        return load_lexicon()

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Project words (config) and every word of every name in the facts, case-folded."""
        key = (id(self.facts), id(self.cfg))
        hit = _KNOWN_MEMO.get(key)
        if hit is None or hit[0] is not self.facts or hit[1] is not self.cfg:
            words = {w.casefold() for w in self.cfg.words}
            if self.facts is not None:
                for name in self.facts.known_names():
                    words.update(m.group().casefold() for m in WORD.finditer(name))
            hit = _KNOWN_MEMO[key] = (self.facts, self.cfg, frozenset(words))
        return hit[2]


_DEFAULT: list[object] = []


def _default_config() -> LintConfig:
    """One shared default config, so per-run memos keyed on it hit across files (the
    config module imported on first use only)."""
    if not _DEFAULT:
        from drafting.lint.config import LintConfig

        _DEFAULT.append(LintConfig())
    return _DEFAULT[0]  # type: ignore[return-value]


# Known words per (facts, config): the same for every file of a run.
_KNOWN_MEMO: dict[tuple[int, int], tuple[object, object, frozenset[str]]] = {}
