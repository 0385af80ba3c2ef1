"""DR3xx spacing and punctuation: missing and doubled spaces, stray spaces, pairs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from drafting.lint.datafiles import word_set
from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule
from drafting.text.spans import Span, pieces_holding

# "cities.The", "cities,and", "(UCLG)and", "Mayors'Dialogue": a word glued to the next.
# Punctuation glued to a letter is rare; find it first, then check the shape around it.
_GLUE_CANDIDATE = re.compile(r"[.!?,;:)\]'’](?=[^\W\d_])")
_GLUED = {
    ".": re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z])"),  # sentence end, next sentence glued
    ",": re.compile(r"(?<=[^\W\d_]{2})[,;](?=[^\W\d_]{2})"),  # comma or semicolon glued
    ":": re.compile(r"(?<=[a-z]{2}):(?=[A-Z][a-z])"),  # colon before a capitalised word
    ")": re.compile(r"(?<=[a-z])[)\]](?=[^\W\d_]{2})"),  # closing bracket glued
    "'": re.compile(r"(?<=[a-z]s)['’](?=[A-Z][a-z])"),  # plural possessive glued: Mayors'Dialogue
}
_KIND = {
    ".": ".",
    "!": ".",
    "?": ".",
    ",": ",",
    ";": ",",
    ":": ":",
    ")": ")",
    "]": ")",
    "'": "'",
    "’": "'",
}
_MARK_NAMES = {"'": "the apostrophe", "’": "the apostrophe", ".": "the full stop", ",": "the comma"}


def _marks_table() -> bytes:
    """For :attr:`LintDoc.latin1`: "P" a mark DR301 or DR303 looks for, "S" a space or a
    tab, "L" a letter (``[^\\W\\d_]``); "?" stays, and is either (a question mark, or a
    character beyond Latin-1: a letter, "’" or another mark)."""
    out = bytearray(range(256))
    for b in range(256):
        c = chr(b)
        if c in ".!,;:)]'":
            out[b] = ord("P")
        elif c in " \t":
            out[b] = ord("S")
        elif c.isalnum() and not c.isdecimal():
            out[b] = ord("L")
    return bytes(out)


_MARKS = _marks_table()


def _marked(doc: LintDoc) -> bytes:
    out = doc.memo.get("spacing-marks")
    if out is None:
        out = doc.memo["spacing-marks"] = doc.latin1.translate(_MARKS)
    return out  # type: ignore[return-value]


def _pairs(marked: bytes, pairs: tuple[bytes, ...], shift: int) -> list[int]:
    """The offsets (plus ``shift``) of the two-byte ``pairs`` in ``marked``, in order:
    a literal search each, at memory speed, where a pattern that opens with a character
    class is tried at every character."""
    out = []
    if b"?" not in marked:  # (most English copy is all Latin-1)
        pairs = tuple(pair for pair in pairs if b"?" not in pair)
    for pair in pairs:
        pos = marked.find(pair)
        while pos != -1:
            out.append(pos + shift)
            pos = marked.find(pair, pos + 1)
    out.sort()
    return out


def _glue_candidates(doc: LintDoc) -> Iterator[re.Match[str]]:
    """``_GLUE_CANDIDATE.finditer(doc.view)``: a mark before a letter, tried only where the
    marked bytes have one (or a "?", which may be either) before the other."""
    view = doc.view
    for pos in _pairs(_marked(doc), (b"PL", b"P?", b"?L", b"??"), 0):
        m = _GLUE_CANDIDATE.match(view, pos)
        if m is not None:
            yield m


def _punct_after_space(doc: LintDoc) -> Iterator[re.Match[str]]:
    """``_PUNCT_AFTER_SPACE.finditer(doc.view)``, tried only after a space or a tab that
    the marked bytes show before a mark (or a "?")."""
    view = doc.view
    for pos in _pairs(_marked(doc), (b"SP", b"S?"), 1):
        m = _PUNCT_AFTER_SPACE.match(view, pos)
        if m is not None:
            yield m


_ABBREV_TAIL = re.compile(r"(?:^|[\s(])((?:[A-Za-z]{1,3}\.)+[A-Za-z]{0,3})$")


@rule(
    "DR301",
    "missing-space",
    "no space after punctuation or a closing apostrophe",
    "error",
    must_flag=(
        "city tours and Mayors'Dialogue.",
        "green cities.The forum",
        "Mayors’Dialogue",
        "cities,and towns",
        "organised by UCLG (the network)and partners",
        "one city;another city",
    ),
    must_not_flag=(
        "See https://www.example.com/News.Today for more.",
        "Mail press@city.gov.Cn today.",
        "It grew 3.5 percent.",
        "at 10:00 AM",
        "the U.S. delegation",
        "the Cultural H.ID.RA.N.T. initiative",
        "Node.js and ASP.NET",
        "1,200 drawings",
        "Mayors' Dialogue",
        "e.g. Guangzhou",
        "the city's own",
    ),
    fixes=(
        ("tours and Mayors'Dialogue.", "tours and Mayors' Dialogue."),
        ("green cities.The forum", "green cities. The forum"),
    ),
    langs=("en", "es"),
)
def missing_space(doc: LintDoc) -> Iterator[Finding]:
    view = doc.view
    for cand in _glue_candidates(doc):
        pos = cand.start()
        kind = _KIND[view[pos]]
        if not _GLUED[kind].match(view, pos) or doc.protected.overlaps(pos - 1, pos + 2):
            continue
        if kind == "." and _ABBREV_TAIL.search(view[max(0, pos - 12) : pos + 1]):
            word = (
                view[max(0, pos - 12) : pos + 1].split()[-1]
                if view[max(0, pos - 12) : pos + 1].split()
                else ""
            )
            if word.count(".") > 1 or word.lower().lstrip("(") in word_set("abbreviations.txt"):
                continue
        mark = view[pos]
        yield Finding(
            "DR301",
            f"add a space after {_MARK_NAMES.get(mark, repr(mark))}",
            pos,
            pos + 1,
            "error",
            (mark + " ",),
            safe_fix=True,
        )


# Patterns start with a literal or a class and check what precedes afterwards: the regex
# engine scans fast for a first character, but tries a leading look-behind everywhere.
_RUN_OF_SPACES = re.compile(r"[ \t]{2,}")
# Spaces and tabs marked "S" in the view's Latin-1 bytes, all else "x": runs are then found
# from a literal ("SS") at C speed, where the class is tried at every character (masked
# Markdown and HTML leave long stretches of spaces).
_SPACE_MARKS = bytes(83 if b in (9, 32) else 120 for b in range(256))
_RUN_OF_MARKS = re.compile(rb"SS+")


def _runs_of_spaces(doc: LintDoc) -> Iterator[tuple[int, int]]:
    """The spans of ``_RUN_OF_SPACES.finditer(doc.view)``."""
    marked = doc.latin1.translate(_SPACE_MARKS)
    for m in _RUN_OF_MARKS.finditer(marked):
        yield m.span()


@rule(
    "DR302",
    "double-space",
    "two or more spaces between words",
    "warning",
    must_flag=("the  forum", "ends.  Next"),
    must_not_flag=("the forum", "    indented line", "line with a hard break  \nnext"),
    fixes=(("the  forum", "the forum"),),
    langs=("en", "es", "zh"),
)
def double_space(doc: LintDoc) -> Iterator[Finding]:
    view = doc.view
    if "  " not in view and "\t" not in view:
        return  # (a C search) most copy has no run of spaces at all
    for start, end in _runs_of_spaces(doc):
        if not start or view[start - 1].isspace() or end >= len(view) or view[end].isspace():
            continue  # indentation, or spaces before a line end (a markdown hard break)
        if doc.kind != "txt" and "\t" in view[start:end]:
            continue
        yield Finding("DR302", "use one space", start, end, "warning", (" ",), safe_fix=True)


_PUNCT_AFTER_SPACE = re.compile(r"[,.;:!?](?<=[ \t][,.;:!?])(?=\s|$|[\"”’)])")


@rule(
    "DR303",
    "space-before-punctuation",
    "a space before a comma, full stop, colon or similar",
    "warning",
    must_flag=("the forum , which", "ended .", "Note : the"),
    must_not_flag=("the forum, which", "a .NET app", "the ... end", "score ? 3"),
    fixes=(("the forum , which", "the forum, which"),),
    langs=("en", "es"),
)
def space_before_punct(doc: LintDoc) -> Iterator[Finding]:
    view = doc.view
    for m in _punct_after_space(doc):
        mark, at = m.group(), m.start()
        start = at
        while start > 0 and view[start - 1] in " \t":
            start -= 1
        if not start or not (view[start - 1].isalnum()):
            continue  # after a line start or a symbol, not after a word
        if view[at + 1 : at + 3].startswith("..") or (
            mark == "?" and re.match(r"\s*\d", view[at + 1 :])
        ):
            continue
        yield Finding(
            "DR303",
            f"remove the space before '{mark}'",
            start,
            at,
            "warning",
            ("",),
            safe_fix=True,
        )


_PAIRS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def _find_chars(view: str, chars: str) -> list[tuple[int, str]]:
    """(offset, character) of every one of ``chars`` in ``view``, in order: ``str.find``
    per character (for rare characters such as brackets and quotes: finding one character
    runs at memory speed, ten times the engine's scan for a character class)."""
    out = []
    for ch in chars:
        pos = view.find(ch)
        while pos != -1:
            out.append((pos, ch))
            pos = view.find(ch, pos + 1)
    out.sort()
    return out


_LIST_ITEM = re.compile(r"(?:^|\s)(?:\d{1,2}|[a-zA-Z])\)")


@rule(
    "DR304",
    "unbalanced-brackets",
    "a bracket opened and never closed, or closed and never opened",
    "warning",
    must_flag=(
        "the forum (held in Guangzhou drew 800 guests.",
        "the forum held in Guangzhou] drew guests",
    ),
    must_not_flag=(
        "the forum (held in Guangzhou) drew guests",
        "place and (part of a) title",
        "a gate (`drafting score`, exit 1), ends",
        "choose a) or b) now",
        "[1] source (see [2])",
    ),
    langs=("en", "es", "zh"),
)
def brackets(doc: LintDoc) -> Iterator[Finding]:
    marks = _find_chars(doc.view, "()[]{}")
    if not marks:
        return
    starts = [p.start for p in doc.paragraphs]
    by_para: dict[int, list[tuple[int, str]]] = {}
    for pos, ch in marks:
        by_para.setdefault(bisect.bisect_right(starts, pos) - 1, []).append((pos, ch))
    for i, found in by_para.items():
        if i < 0:
            continue
        para = doc.paragraphs[i]
        stack: list[tuple[str, int]] = []
        skip: set[int] | None = None  # closers of "a)" list items, found when needed
        for pos, ch in found:
            if ch in _PAIRS:
                stack.append((ch, pos))
            elif ch in _CLOSERS:
                if stack and stack[-1][0] == _CLOSERS[ch]:
                    stack.pop()
                    continue
                if skip is None:
                    skip = {m.end() - 1 + para.start for m in _LIST_ITEM.finditer(para.text)}
                if pos in skip or doc.protected.overlaps(pos, pos + 1):
                    continue  # "a)" list item, or part of a URL
                yield Finding("DR304", f"'{ch}' closes nothing", pos, pos + 1, "warning")
        for ch, pos in stack:
            if not doc.protected.overlaps(pos, pos + 1):
                yield Finding(
                    "DR304", f"'{ch}' is never closed in this paragraph", pos, pos + 1, "warning"
                )


_CURLY = re.compile("[“”]")
_STRAIGHT = re.compile('"')  # a literal: found at C speed, not by a loop over characters


@rule(
    "DR305",
    "unbalanced-quotes",
    "a quotation mark opened and never closed in a paragraph",
    "warning",
    must_flag=(
        'He said, "We will meet again.',
        "He said, “We will meet again.",
        "the “hub of ideas” and “more",
    ),
    must_not_flag=(
        'He said, "We will meet again."',
        "the “hub of ideas”",
        "the Mayors’ Forum",
        "5' 10\" tall",
    ),
    langs=("en", "es"),
)
def quotes(doc: LintDoc) -> Iterator[Finding]:
    for para in _paragraphs_holding(doc, '"“”'):
        t = para.text
        if '"' not in t and "“" not in t and "”" not in t:
            continue
        straight = [
            i for m in _STRAIGHT.finditer(t) if not ((i := m.start()) and t[i - 1].isdigit())
        ]
        if len(straight) % 2:
            i = straight[-1]
            yield Finding(
                "DR305",
                'odd number of straight double quotes (")',
                para.start + i,
                para.start + i + 1,
                "warning",
            )
        depth = 0
        last_open = -1
        for qm in _CURLY.finditer(t):
            i, c = qm.start(), qm.group()
            if c == "“":
                if depth:
                    yield Finding(
                        "DR305",
                        "'“' opened again before the last one was closed",
                        para.start + last_open,
                        para.start + last_open + 1,
                        "warning",
                    )
                depth, last_open = 1, i
            elif c == "”":
                if not depth:
                    yield Finding(
                        "DR305", "'”' closes no '“'", para.start + i, para.start + i + 1, "warning"
                    )
                depth = 0
        if depth and not _continues_quote(doc, para):
            yield Finding(
                "DR305",
                "'“' is never closed in this paragraph",
                para.start + last_open,
                para.start + last_open + 1,
                "warning",
            )


def _paragraphs_holding(doc: LintDoc, chars: str) -> list[Span]:
    """The paragraphs that hold one of ``chars``, in order (a file without any never
    visits its paragraphs; every one of them is in a paragraph, as it is not a space)."""
    if not any(ch in doc.view for ch in chars):
        return []
    paras = doc.paragraphs
    return [paras[i] for i in sorted(pieces_holding([p.text for p in paras], chars))]


def _continues_quote(doc: LintDoc, para: object) -> bool:
    """AP style: a quote running on leaves its paragraph open; the next one opens with “."""
    rest = doc.view[para.end :].lstrip()  # type: ignore[attr-defined]
    return rest.startswith("“")


# A double quote, or an apostrophe between letters ("city's"): one character class
# first, so the engine skips to quote marks at C speed.
_QUOTE_CHARS = re.compile(r"[\"“”'’](?:(?<=[\"“”])|(?<=\w.)(?=\w))")


@rule(
    "DR306",
    "mixed-quotes",
    "straight and curly quotes mixed in one document",
    "info",
    must_flag=('He said “yes” and she said "no".', "It’s the city's forum."),
    must_not_flag=('He said "yes" and she said "no".', "It’s the city’s “forum”."),
)
def mixed_quotes(doc: LintDoc) -> Iterator[Finding]:
    view = doc.view
    present = {c for c in "\"“”'’" if c in view}
    if not ({'"', "'"} & present and {"“", "”", "’"} & present):
        return  # one style only: nothing to compare
    every = list(_QUOTE_CHARS.finditer(view))
    for kinds, name in ((('"',), ("“", "”")), "double quotes"), ((("'",), ("’",)), "apostrophes"):
        straight, curly = kinds
        marks = [m for m in every if m.group() in straight + curly]
        n_straight = sum(m.group() in straight for m in marks)
        if n_straight and n_straight < len(marks):
            minority = straight if n_straight * 2 <= len(marks) else curly
            first = next(m for m in marks if m.group() in minority)
            style = "straight" if minority == straight else "curly"
            yield Finding(
                "DR306",
                f"{style} {name} here, the other style elsewhere; pick one",
                first.start(),
                first.end(),
                "info",
            )
