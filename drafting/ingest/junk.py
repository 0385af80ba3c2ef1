"""Syndication leftovers: text a scraper or a news site added around a release.

Wire releases are re-published by sites that wrap them in chrome (bylines,
"Follow us", browser notices), legal disclaimers, credits and links, repeat the
title, stamp a scrape date and append unrelated headlines. None of it belongs to
the release, so ingest sets it aside and lint reports it. Detection is by
*shape* (position, repetition, link density, boilerplate vocabulary), not by a
list of known strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.ingest.lines import split_lines, strip_span
from drafting.ingest.sections import is_end_mark, is_source_line
from drafting.ingest.shape import content_words as _content
from drafting.ingest.shape import is_title_like as _is_title_like
from drafting.ingest.shape import words as _words
from drafting.text.spans import Span


@dataclass(frozen=True)
class Junk:
    """A span of syndication junk: ``text[start:end]``, a kind and a reason for people."""

    start: int
    end: int
    kind: str  # scrape-stamp, byline, site-chrome, disclaimer, link, credit,
    #            repeated-title, banner, trailing-headline
    reason: str


_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)

# A scrape stamp: " date 2023-12-11" at the very start of the file.
_STAMP = re.compile(r"\A[ \t]*date[ \t:]+\d{4}-\d{2}-\d{2}\b", re.I)

# Site chrome: short lines made of the phrases sites put around articles.
_CHROME = re.compile(
    r"\b(?:follow us (?:on|at)\b|best viewed (?:using|with|in|on)\b|"
    r"(?:share|like) (?:this|us)\b|sign up for (?:our|the) newsletter|subscribe to (?:our|the)\b|"
    r"all rights reserved|click here to\b|read more\b|related (?:articles|stories|news)\b|"
    r"(?:latest|newer|older) versions? of (?:your |the )?(?:web )?browsers?|"
    r"cookies? (?:policy|settings)|advertisement\b)",
    re.I,
)
# "December 11, 2023 10:00 AM GMT | By Cision": a publication stamp naming the vendor.
_BYLINE = re.compile(r"\|\s*By\s+[A-Z][\w&.\- ]*$|^\s*(?:posted|published) (?:by|on)\b", re.I)
# "Originally published at ...", "Images courtesy of ...": credits for republished content.
_CREDIT = re.compile(
    r"\b(?:originally (?:published|appeared|posted)(?: at| on| in)?|"
    r"(?:images?|photos?|pictures?|videos?|graphics?) (?:courtesy|credit)s?(?: of)?|"
    r"(?:image|photo) source:|this (?:article|story|post) (?:first )?appeared)\b",
    re.I,
)
# Vocabulary of legal boilerplate: several together in a long block make a disclaimer.
_LEGAL = re.compile(
    r"\b(?:not limited to|regulated|no liability|liability|disclaim\w*|endorse|"
    r"non-commercial use|personal use|copyright|investment (?:loss|decision|products?|advice)|"
    r"financial (?:situation|advice|planner)|authori[sz]ed and regulated|"
    r"does not (?:intend|claim|constitute)|at your own risk|for informational purposes)\b",
    re.I,
)


def _link_share(text: str) -> float:
    return sum(len(m.group()) for m in _URL.finditer(text)) / max(1, len(text.strip()))


def _norm(text: str) -> str:
    return " ".join(_words(text))


def _line_junk(line: Span) -> Junk | None:
    """Junk judged from one line alone: chrome, byline, credits, links, disclaimers."""
    text = line.text
    if _link_share(text) >= 0.5:
        return Junk(line.start, line.end, "link", "a line that is only a link")
    if _LEGAL.search(text) and len(text) >= 300 and len(set(_LEGAL.findall(text.lower()))) >= 3:
        return Junk(line.start, line.end, "disclaimer", "a site's legal disclaimer")
    if len(text) <= 200:
        if _BYLINE.search(text):
            return Junk(line.start, line.end, "byline", "a site's publication stamp or byline")
        if _CREDIT.search(text):
            return Junk(line.start, line.end, "credit", "a republishing credit")
        if _CHROME.search(text):
            return Junk(line.start, line.end, "site-chrome", "site navigation or notice")
    return None


def find_junk(text: str) -> list[Junk]:
    """Spans of syndication junk in ``text``, in order; whole lines (or a leading stamp)."""
    found: dict[int, Junk] = {}
    stamp = _STAMP.match(text)
    stamp_end = stamp.end() if stamp else 0
    if stamp:
        found[0] = Junk(0, stamp.end(), "scrape-stamp", "a scraper's date stamp before the release")
    lines = [strip_span(s) for s in split_lines(text)]
    lines = [s for s in lines if s.text and s.end > stamp_end]
    for line in lines:
        junk = _line_junk(line)
        if junk:
            found[line.start] = junk
    _repeated_titles(lines, found)
    _trailing_headlines(lines, found)
    return sorted(found.values(), key=lambda j: j.start)


def _repeated_titles(lines: list[Span], found: dict[int, Junk]) -> None:
    """A title printed twice in a row: the second copy is junk; a short banner twice, both."""
    kept = [s for s in lines if s.start not in found]
    pairs = [
        (a, b)
        for a, b in zip(kept, kept[1:], strict=False)
        if _is_title_like(a.text, 30) and _norm(a.text) and _norm(a.text) == _norm(b.text)
    ]
    for _, b in pairs:
        found[b.start] = Junk(b.start, b.end, "repeated-title", "the title repeated on next line")
    # A very short repeated line ahead of a longer repeated title is an image banner or caption.
    # (walked backwards, so that "a longer title later" is known without rescanning: linear)
    longer_later = False
    for a, _ in reversed(pairs):
        n = len(_words(a.text))
        if n <= 3 and longer_later:
            found[a.start] = Junk(a.start, a.end, "banner", "an image banner or caption, repeated")
        longer_later = longer_later or n > 3


def _trailing_headlines(lines: list[Span], found: dict[int, Junk]) -> None:
    """Title-like lines at the end of the file, after the release ended, unrelated to it.

    The release has ended at its source line (``SOURCE``, ``FUENTE``, ``消息来源：``),
    its end mark (``###``, ``-30-``), or a junk
    block; sites then often list other stories' headlines. Only the file's tail
    (junk and such lines up to the end) is considered, so subheads are safe.
    """
    tail: list[Span] = []
    for line in reversed(lines):
        if line.start in found or _ends(line.text) or _is_title_like(line.text):
            tail.append(line)
        else:
            break
    body_words: set[str] = set()
    for line in lines[: len(lines) - len(tail)]:
        body_words |= _content(line.text)
    ended = False
    for line in reversed(tail):  # back in reading order
        if line.start in found or _ends(line.text):
            ended = True
            continue
        words = _content(line.text)
        if ended and words and len(words & body_words) / len(words) < 0.34:
            found[line.start] = Junk(
                line.start,
                line.end,
                "trailing-headline",
                "an unrelated headline after the release ended",
            )


def _ends(text: str) -> bool:
    return is_end_mark(text) or is_source_line(text)
