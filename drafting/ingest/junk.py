"""Syndication leftovers: text a scraper or a news site added around a release.

Wire releases are re-published by sites that wrap them in chrome (bylines,
"Follow us", browser notices), legal disclaimers, credits and links, repeat the
title, stamp a scrape date and append unrelated headlines. None of it belongs to
the release, so ingest sets it aside and lint reports it. Detection is by
*shape* (position, repetition, link density, boilerplate vocabulary), not by a
list of known strings.

What is *not* junk, by the same shape rules: a boilerplate phrase used in running
prose (quoted as a mention, or inside a sentence wrapped across lines), the
release's own media contact block after its source line, and anything in a
one-line document (there is no release around it to wrap).

Lint runs this on every English file it checks, so it is written for speed: the
vocabulary is searched once over the whole text, and only the few lines it hits
are judged one by one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from drafting.ingest.sections import (
    is_contact_heading,
    is_contact_line,
    is_end_mark,
    is_source_line,
)
from drafting.ingest.shape import SENTENCE_END
from drafting.ingest.shape import content_words as _content
from drafting.ingest.shape import ends_sentence as _ends_sentence
from drafting.ingest.shape import is_title_like as _is_title_like
from drafting.ingest.shape import words as _words


@dataclass(frozen=True)
class Junk:
    """A span of syndication junk: ``text[start:end]``, a kind and a reason for people."""

    start: int
    end: int
    kind: str  # scrape-stamp, byline, site-chrome, disclaimer, link, credit,
    #            repeated-title, banner, trailing-headline
    reason: str


class _Line(NamedTuple):
    """A non-blank line, stripped: ``text[start:end]`` (a tuple: one per line of every file)."""

    start: int
    end: int
    text: str


_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)

# A scrape stamp: " date 2023-12-11" at the very start of the file.
_STAMP = re.compile(r"\A[ \t]*date[ \t:]+\d{4}-\d{2}-\d{2}\b", re.I)

# Site chrome: short lines made of the phrases sites put around articles.
_CHROME = (
    r"\b(?:follow us (?:on|at)\b|best viewed (?:using|with|in|on)\b|"
    r"(?:share|like) (?:this|us)\b|sign up for (?:our|the) newsletter|subscribe to (?:our|the)\b|"
    r"all rights reserved|click here to\b|read more\b|related (?:articles|stories|news)\b|"
    r"(?:latest|newer|older) versions? of (?:your |the )?(?:web )?browsers?|"
    r"cookies? (?:policy|settings)|advertisement\b)"
)
# "December 11, 2023 10:00 AM GMT | By Cision": a publication stamp naming the vendor.
_BYLINE = r"\|\s*By\s+[A-Z][\w&.\- ]*$|^\s*(?:posted|published) (?:by|on)\b"
# "Originally published at ...", "Images courtesy of ...": credits for republished content.
_CREDIT = (
    r"\b(?:originally (?:published|appeared|posted)(?: at| on| in)?|"
    r"(?:images?|photos?|pictures?|videos?|graphics?) (?:courtesy|credit)s?(?: of)?|"
    r"(?:image|photo) source:|this (?:article|story|post) (?:first )?appeared)\b"
)
# Vocabulary of legal boilerplate: several together in a long block make a disclaimer.
_LEGAL = (
    r"\b(?:not limited to|regulated|no liability|liability|disclaim\w*|endorse|"
    r"non-commercial use|personal use|copyright|investment (?:loss|decision|products?|advice)|"
    r"financial (?:situation|advice|planner)|authori[sz]ed and regulated|"
    r"does not (?:intend|claim|constitute)|at your own risk|for informational purposes)\b"
)
# Every match of the patterns above (case-insensitive) contains one of these lower-cased,
# and none crosses a line break: only lines holding one need judging. ``str.find`` finds
# them at C speed (one case-insensitive alternation of the patterns is ten times slower).
_ANCHORS = (
    "://", "www.", "|", "posted ", "published ",
    "follow us", "best viewed", "share this", "share us", "like this", "like us", "newsletter",
    "subscribe to", "rights reserved", "click here", "read more", "related articles",
    "related stories", "related news", "browser", "cookie", "advertisement",
    "originally ", "courtesy", "credit", "source:", "appeared",
    "not limited to", "regulated", "liability", "disclaim", "endorse", "non-commercial use",
    "personal use", "copyright", "investment ", "financial ", "does not ", "at your own risk",
    "informational purposes",
)  # fmt: skip
# Letters that case-insensitive patterns match to a-z but ``str.lower`` does not map there
# (dotted and dotless i, long s): a text holding one has every line judged.
_UNFOLDED = re.compile("[\u0130\u0131\u017f]")
# Non-blank lines, stripped (``\r\n``, ``\n`` and ``\r`` end a line, as in ``split_lines``).
_LINE_BODY = re.compile(r"\S(?:[^\r\n]*\S)?")
_BREAK = re.compile(r"\r\n|\r|\n")
# A line that carries on a sentence from the line above: "(bylines, ...", "and the ..."
# (a lower-case word, not the start of a link or an e-mail address).
_CONTINUES = re.compile(r"[(\[\"'“‘«]*[a-z]+(?:['’-][a-z]+)*(?=[ \t,;)\]\"”’]|$)")
_MID_SENTENCE = re.compile(r"(?:,|(?<![^\s(\"“‘'])[a-z][a-z'’-]*)$")
# Wrapped prose fills its lines: the line before a break in mid-sentence is this long.
_WRAPPED = 40
_OPENING_QUOTES = "\"'“‘«"
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def _link_share(text: str) -> float:
    return sum(len(m.group()) for m in _URL.finditer(text)) / max(1, len(text.strip()))


def _norm(text: str) -> str:
    return " ".join(_words(text))


def find_junk(text: str) -> list[Junk]:
    """Spans of syndication junk in ``text``, in order; whole lines (or a leading stamp)."""
    found: dict[int, Junk] = {}
    stamp = _STAMP.match(text)
    stamp_end = stamp.end() if stamp else 0
    if stamp:
        found[0] = Junk(0, stamp.end(), "scrape-stamp", "a scraper's date stamp before the release")
    lines = [line for line in _lines(text) if line.end > stamp_end]
    if len(lines) > 1:  # a one-line document has no release around it to wrap
        for i in _hit_lines(text, lines):
            junk = _line_junk(text, lines, i)
            if junk:
                found[junk.start] = junk
        _repeated_titles(lines, found)
        _trailing_headlines(lines, found)
    return sorted(found.values(), key=lambda j: j.start)


def _lines(text: str) -> list[_Line]:
    """The non-blank lines of ``text``, stripped (one regex pass, no per-line slicing)."""
    return [_Line(m.start(), m.end(), m.group()) for m in _LINE_BODY.finditer(text)]


def _hit_lines(text: str, lines: list[_Line]) -> list[int]:
    """Indexes of the lines holding an anchor of the junk vocabulary or a link, in order."""
    if _UNFOLDED.search(text):
        return list(range(len(lines)))
    low = text.lower()
    starts = [s.start for s in lines]
    last = len(starts) - 1
    out: set[int] = set()
    for anchor in _ANCHORS:
        pos = low.find(anchor)
        while pos != -1:
            # the line a hit falls in (or the gap after it); then on from the next line:
            # a common anchor costs a find per line holding it, not one per occurrence
            i = bisect.bisect_right(starts, pos) - 1
            out.add(i)
            pos = low.find(anchor, starts[i + 1]) if i < last else -1
    out.discard(-1)  # before the first line (a scraper's stamp)
    return sorted(out)


def _line_junk(text: str, lines: list[_Line], i: int) -> Junk | None:
    """Junk judged from one line (and, for prose, its neighbours): chrome, byline, credits,
    links, disclaimers."""
    line = lines[i]
    s = line.text
    if _link_share(s) >= 0.5:
        return Junk(line.start, line.end, "link", "a line that is only a link")
    legal, phrases = _vocabulary()
    if legal.search(s) and len(s) >= 300 and len(set(legal.findall(s.lower()))) >= 3:
        return Junk(line.start, line.end, "disclaimer", "a site's legal disclaimer")
    if len(s) > 200:
        return None
    for rx, kind, reason in phrases:
        if any(not _quoted(s, m.start()) for m in rx.finditer(s)):
            if _wrapped_prose(text, lines, i):
                return None  # the phrase used in running prose, not a line of its own
            return Junk(line.start, line.end, kind, reason)
    return None


@cache
def _vocabulary() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str, str], ...]]:
    """(the legal vocabulary, (phrase pattern, kind, reason) in the order they are tried),
    compiled on first use: most files hold no anchor, so never need them."""
    return re.compile(_LEGAL, re.I), (
        (re.compile(_BYLINE, re.I), "byline", "a site's publication stamp or byline"),
        (re.compile(_CREDIT, re.I), "credit", "a republishing credit"),
        (re.compile(_CHROME, re.I), "site-chrome", "site navigation or notice"),
    )


def _quoted(s: str, pos: int) -> bool:
    """The phrase at ``pos`` opens a quotation: it is mentioned ("originally published at")."""
    return pos > 0 and s[pos - 1] in _OPENING_QUOTES


def _wrapped_prose(text: str, lines: list[_Line], i: int) -> bool:
    """The line is a piece of a sentence wrapped across lines of one paragraph: a break
    in mid-sentence joins it to the line above or to the line below."""
    return (i > 0 and _runs_on(text, lines[i - 1], lines[i])) or (
        i + 1 < len(lines) and _runs_on(text, lines[i], lines[i + 1])
    )


def _runs_on(text: str, a: _Line, b: _Line) -> bool:
    """A sentence runs on from ``a`` into ``b``: ``b`` is the next line, ``a`` is filled
    (hard-wrapped lines are long) and breaks after a comma or a lower-case word, and ``b``
    goes on with a lower-case word."""
    return (
        len(a.text) >= _WRAPPED
        and _MID_SENTENCE.search(a.text) is not None
        and _CONTINUES.match(b.text) is not None
        and len(_BREAK.findall(text, a.end, b.start)) == 1
    )


def _repeated_titles(lines: list[_Line], found: dict[int, Junk]) -> None:
    """A title printed twice in a row: the second copy is junk; a short banner twice, both."""
    kept = [s for s in lines if s.start not in found]
    pairs = [
        (a, b)
        for a, b in zip(kept, kept[1:], strict=False)
        # cheapest test first: most lines end a sentence, so never get their words counted
        # (a line is stripped: ``endswith`` in C answers for most before the CJK regex)
        if not a.text.endswith(SENTENCE_END)
        and not _ends_sentence(a.text)
        and _is_title_like(a.text, 30)
        and _norm(a.text)
        and _norm(a.text) == _norm(b.text)
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


def _trailing_headlines(lines: list[_Line], found: dict[int, Junk]) -> None:
    """Title-like lines at the end of the file, after the release ended, unrelated to it.

    The release has ended at its source line (``SOURCE``, ``FUENTE``, ``消息来源：``),
    its end mark (``###``, ``-30-``), or a junk
    block; sites then often list other stories' headlines. Only the file's tail
    (junk and such lines up to the end) is considered, so subheads are safe. The
    release's own media contact block is no headline, wherever it stands.
    """
    tail: list[_Line] = []
    for line in reversed(lines):
        if line.start in found or _ends(line.text) or _is_title_like(line.text):
            tail.append(line)
        else:
            break
    tail.reverse()  # back in reading order
    contact = _contact_lines(tail, found)
    body_words: set[str] | None = None  # built only when a headline candidate needs it
    ended = False
    for line in tail:
        if line.start in found or _ends(line.text):
            ended = True
            continue
        if not ended or line.start in contact:
            continue
        words = _content(line.text)
        if not words:
            continue
        if body_words is None:
            body_words = set()
            for body_line in lines[: len(lines) - len(tail)]:
                body_words |= _content(body_line.text)
        if len(words & body_words) / len(words) < 0.34:
            found[line.start] = Junk(
                line.start,
                line.end,
                "trailing-headline",
                "an unrelated headline after the release ended",
            )


def _contact_lines(tail: list[_Line], found: dict[int, Junk]) -> set[int]:
    """Starts of the lines of media contact blocks in ``tail``: a contact heading
    ("Media contact", "Contact: Li Wei, press@...") and the lines after it through its last
    e-mail or phone line, and any line giving an e-mail address (no headline has one).

    Each run of contact-like lines is walked once (linear): a heading inside the run
    reaches the same last e-mail or phone line, or, after it, covers only itself."""
    out = {line.start for line in tail if _EMAIL.search(line.text)}
    i = 0
    while i < len(tail):
        if tail[i].start in found or not is_contact_heading(tail[i].text):
            i += 1
            continue
        last, headings, j = i, [], i + 1
        while j < len(tail) and _in_contact_block(tail[j], found):
            if is_contact_heading(tail[j].text):
                headings.append(j)
            if _EMAIL.search(tail[j].text) or _has_phone(tail[j].text):
                last = j
            j += 1
        out.update(line.start for line in tail[i : last + 1])
        out.update(tail[k].start for k in headings if k > last)
        i = j
    return out


def _in_contact_block(line: _Line, found: dict[int, Junk]) -> bool:
    return line.start not in found and not _ends(line.text) and is_contact_line(line.text)


_PHONE = re.compile(r"\+?\(?\d[\d ()\-./]{6,}\d")


def _has_phone(text: str) -> bool:
    m = _PHONE.search(text)
    return m is not None and sum(c.isdigit() for c in m.group()) >= 7


def _ends(text: str) -> bool:
    return is_end_mark(text) or is_source_line(text)
