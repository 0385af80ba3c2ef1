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
vocabulary is searched with ``str.find`` (each word only in the lines of the length
its patterns judge), and only the few lines it hits are judged one by one,
lower-cased and with case-sensitive patterns (the same matches as case-insensitive
ones on the line as written, at a third of the cost).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter, not_

from drafting.ingest.sections import (
    CONTACT_HEADINGS,
    SOURCE_WORDS,
    is_contact_heading,
    is_contact_line,
    is_end_mark,
    is_source_line,
)
from drafting.ingest.shape import _CJK_END_LAST, SENTENCE_END, STOP
from drafting.ingest.shape import content_words as _content
from drafting.ingest.shape import ends_sentence as _ends_sentence
from drafting.ingest.shape import is_title_like as _is_title_like
from drafting.ingest.shape import words as _words
from drafting.text.lang import lower_folds
from drafting.text.spans import pieces_holding


@dataclass(frozen=True)
class Junk:
    """A span of syndication junk: ``text[start:end]``, a kind and a reason for people."""

    start: int
    end: int
    kind: str  # scrape-stamp, byline, site-chrome, disclaimer, link, credit,
    #            repeated-title, banner, trailing-headline
    reason: str


# A non-blank line, stripped: (start, end, its text ``text[start:end]``). A plain tuple, read by
# unpacking or index: there is one per line of every file, and a NamedTuple costs four times
# as much to build (its ``__new__`` is Python) and to read (a descriptor per field).
_Line = tuple[int, int, str]


_URL = r"(?:https?://|www\.)\S+"

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
# (All patterns are written in lower case: see ``_vocabulary``.)
_BYLINE = r"\|\s*by\s+[a-z][\w&.\- ]*$|^\s*(?:posted|published) (?:by|on)\b"
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
# Each anchor costs a scan, so phrases share one where they can ("related "), and each
# group is looked for only in the lines its patterns judge (see ``_line_junk``): links in
# all, bylines, credits and chrome in short lines, legal vocabulary in long ones.
_LINK_ANCHORS = ("://", "www.")
_BYLINE_ANCHORS = ("|", "posted ", "published ")
_CREDIT_ANCHORS = ("originally ", "courtesy", "credit", "source:", "appeared")
_CHROME_ANCHORS = (
    "follow us", "best viewed", "share ", "like ", "newsletter",
    "subscribe to", "rights reserved", "click here", "read more", "related ",
    "browser", "cookie", "advertisement",
)  # fmt: skip
_PHRASE_ANCHORS = _BYLINE_ANCHORS + _CREDIT_ANCHORS + _CHROME_ANCHORS
_LEGAL_ANCHORS = (
    "not limited to", "regulated", "liability", "disclaim", "endorse", "non-commercial use",
    "personal use", "copyright", "investment ", "financial ", "does not ", "at your own risk",
    "informational purposes",
)  # fmt: skip
_SHORT_ANCHORS = _LINK_ANCHORS + _PHRASE_ANCHORS
_LONG_ANCHORS = _LINK_ANCHORS + _LEGAL_ANCHORS
# A line is judged for phrases up to this long, and for a disclaimer from this long.
_PHRASE_MAX = 200
_LEGAL_MIN = 300
# A text holding a letter ``str.lower`` does not fold as a case-blind pattern does
# (``drafting.text.lang.UNFOLDED``) has every line judged, and a line holding one is
# judged as written, case-insensitively.
# Non-blank lines, stripped (``\r\n``, ``\n`` and ``\r`` end a line, as in ``split_lines``).
_LINE_BODY = re.compile(r"\S(?:[^\r\n]*\S)?")
_BREAK = re.compile(r"\r\n|\r|\n")
# A line that carries on a sentence from the line above: "(bylines, ...", "and the ..."
# (a lower-case word, not the start of a link or an e-mail address).
_CONTINUES = re.compile(r"[(\[\"'“‘«]*[a-z]+(?:['’-][a-z]+)*(?=[ \t,;)\]\"”’]|$)")
_MID_SENTENCE = re.compile(r"(?:,|(?<![^\s(\"“‘'])[a-z][a-z'’-]*)$")
_MID_SENTENCE_LAST = frozenset(",abcdefghijklmnopqrstuvwxyz'’-")
# Wrapped prose fills its lines: the line before a break in mid-sentence is this long.
_WRAPPED = 40
_OPENING_QUOTES = "\"'“‘«"
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def _link_share(url: re.Pattern[str], probe: str, text: str) -> float:
    return sum(len(m.group()) for m in url.finditer(probe)) / max(1, len(text.strip()))


def find_junk(text: str, low: str | None = None) -> list[Junk]:
    """Spans of syndication junk in ``text``, in order; whole lines (or a leading stamp).

    ``low``: ``text.lower()``, when the caller has it (lint lower-cases each file once)."""
    found: dict[int, Junk] = {}
    stamp = _STAMP.match(text)
    lines = _lines(text)
    if stamp:
        found[0] = Junk(0, stamp.end(), "scrape-stamp", "a scraper's date stamp before the release")
        lines = [line for line in lines if line[1] > stamp.end()]
    if len(lines) > 1:  # a one-line document has no release around it to wrap
        for i in _hit_lines(text, lines, low):
            junk = _line_junk(text, lines, i)
            if junk:
                found[junk.start] = junk
        _repeated_titles(lines, found)
        _trailing_headlines(lines, found)
    return [found[start] for start in sorted(found)]  # (each keyed by its start)


def _lines(text: str) -> list[_Line]:
    r"""The non-blank lines of ``text``, stripped.

    Splitting at ``\n`` and stripping (C speed) is three times faster than the regex pass,
    and the same when every ``\r`` ends a ``\r\n`` (``strip`` drops it); a lone ``\r`` ends a
    line too, and then the regex finds the lines."""
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return [(m.start(), m.end(), m.group()) for m in _LINE_BODY.finditer(text)]
    out: list[_Line] = []
    pos = 0
    for piece in text.split("\n"):
        body = piece.strip()
        if body:
            # (``strip`` hands back the piece itself when it has no space to drop: most lines)
            start = pos if body is piece else pos + len(piece) - len(piece.lstrip())
            out.append((start, start + len(body), body))
        pos += len(piece) + 1
    return out


def _hit_lines(text: str, lines: list[_Line], low: str | None = None) -> list[int]:
    """Indexes of the lines that may be junk, in order: a line holding an anchor of the
    patterns that judge it (see ``_line_junk``: links any line, bylines, credits and
    chrome short ones, legal vocabulary long ones).

    The lines of each length are joined (lower-cased, a line break apart) and each anchor
    asked for with ``in`` first: most anchors are in no line of a file, and then one C
    scan answers (a ``find`` loop runs only for the few present). Most of a release is
    long paragraphs, which so skip the phrase anchors. The lines are cut from ``low``
    (``text.lower()``: the same letters at the same offsets, as ``lower_folds`` says),
    lower-cased once for the whole text or given by the caller."""
    if not lower_folds(text):
        return list(range(len(lines)))
    if low is None:
        low = text.lower()
    pieces: tuple[list[str], list[str], list[str]] = ([], [], [])
    picked: tuple[list[int], list[int], list[int]] = ([], [], [])
    for i, (start, end, _) in enumerate(lines):
        n = end - start
        kind = 0 if n <= _PHRASE_MAX else 2 if n >= _LEGAL_MIN else 1
        pieces[kind].append(low[start:end])
        picked[kind].append(i)
    out: list[int] = []
    for group, indexes, anchors in zip(pieces, picked, _KIND_ANCHORS, strict=True):
        if not group:
            continue
        joined = "\n".join(group)
        present = [anchor for anchor in anchors if anchor in joined]
        if present:
            out.extend(map(indexes.__getitem__, pieces_holding(group, present)))
    return sorted(out)


# the anchors each kind of line is searched for: short lines (up to ``_PHRASE_MAX``), middle
# ones and long ones (from ``_LEGAL_MIN``)
_KIND_ANCHORS = (_SHORT_ANCHORS, _LINK_ANCHORS, _LONG_ANCHORS)


def _line_junk(text: str, lines: list[_Line], i: int) -> Junk | None:
    """Junk judged from one line (and, for prose, its neighbours): chrome, byline, credits,
    links, disclaimers."""
    start, end, s = lines[i]
    low = s.lower()
    folded = lower_folds(s)
    probe = low if folded else s  # what the patterns read: offsets are the same in both
    url, legal, phrases = _vocabulary(folded)
    # (no link without "://" or "www.": case-insensitive "www." is "www." lower-cased)
    if ("://" in low or "www." in low) and _link_share(url, probe, s) >= 0.5:
        return Junk(start, end, "link", "a line that is only a link")
    if len(s) >= _LEGAL_MIN and legal.search(probe) and _distinct(legal, low, 3):
        return Junk(start, end, "disclaimer", "a site's legal disclaimer")
    if len(s) > _PHRASE_MAX:
        return None
    for rx, kind, reason, anchors in phrases:
        if folded and not any(anchor in low for anchor in anchors):
            continue  # no anchor of the pattern, so no match of it (``in``: C speed)
        if any(not _quoted(s, m.start()) for m in rx.finditer(probe)):
            if _wrapped_prose(text, lines, i):
                return None  # the phrase used in running prose, not a line of its own
            return Junk(start, end, kind, reason)
    return None


_Phrases = tuple[tuple[re.Pattern[str], str, str, tuple[str, ...]], ...]


@cache
def _vocabulary(folded: bool) -> tuple[re.Pattern[str], re.Pattern[str], _Phrases]:
    """(links, the legal vocabulary, (phrase pattern, kind, reason, anchors) in the order
    they are tried), compiled on first use: most files hold no anchor, so never need them.

    ``folded``: case-sensitive, for a lower-cased line (see ``lower_folds``). The patterns
    are all lower case, so they then match what they match case-insensitively on the line
    as written; and a case-insensitive literal defeats the engine's fast paths."""
    flags = 0 if folded else re.I
    return (
        re.compile(_URL, flags),
        re.compile(_LEGAL, flags),
        (
            (
                re.compile(_BYLINE, flags),
                "byline",
                "a site's publication stamp or byline",
                _BYLINE_ANCHORS,
            ),
            (re.compile(_CREDIT, flags), "credit", "a republishing credit", _CREDIT_ANCHORS),
            (
                re.compile(_CHROME, flags),
                "site-chrome",
                "site navigation or notice",
                _CHROME_ANCHORS,
            ),
        ),
    )


def _distinct(rx: re.Pattern[str], text: str, n: int) -> bool:
    """``rx`` finds at least ``n`` different strings in ``text`` (it stops at the n-th:
    a real disclaimer names its vocabulary early and runs for thousands of characters)."""
    seen: set[str] = set()
    for m in rx.finditer(text):
        seen.add(m.group())
        if len(seen) >= n:
            return True
    return False


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
    a_text = a[2]
    return (
        len(a_text) >= _WRAPPED
        and a_text[-1] in _MID_SENTENCE_LAST  # what the search below ends with: no scan
        and _MID_SENTENCE.search(a_text) is not None
        and _CONTINUES.match(b[2]) is not None
        and len(_BREAK.findall(text, a[1], b[0])) == 1
    )


def _repeated_titles(lines: list[_Line], found: dict[int, Junk]) -> None:
    """A title printed twice in a row: the second copy is junk; a short banner twice, both."""
    kept = [line for line in lines if line[0] not in found] if found else lines
    pairs: list[tuple[_Line, _Line]] = []
    words: dict[int, list[str]] = {}  # a line's words, counted once though in two pairs
    # cheapest tests first: most lines end a sentence, so never get their words counted
    # (a line is stripped: its last character, looked up for every line in C, answers for
    # most), and two lines of the same words start alike and end alike
    ends = map(_SENTENCE_END_CHARS.__contains__, map(_LAST, map(_TEXT, kept)))
    for i in compress(range(len(kept) - 1), map(not_, ends)):
        a, b = kept[i], kept[i + 1]
        a_text, b_text = a[2], b[2]
        # (``_differ`` of the first characters, inline: most lines asked are a subhead and
        # the paragraph after it, and then it answers; it implies ``_ends_differ``)
        x, y = a_text[0], b_text[0]
        if x != y and (x + y).isascii() and (x + y).isalnum() and x.lower() != y.lower():
            continue
        # (not ending with ``SENTENCE_END``, the line ends a sentence only if a CJK stop
        # and closers end it: ``_CJK_END_LAST`` holds what it may end with)
        if a_text[-1] in _CJK_END_LAST and _ends_sentence(a_text):
            continue
        if _ends_differ(a_text, b_text):
            continue
        wa = _line_words(a, words)
        # title-like (30 words at most; an ASCII line has no CJK to count two to a word),
        # and the same words (words hold no space: the lists equal when the joins do)
        if wa and (len(wa) <= 30 if a_text.isascii() else _is_title_like(a_text, 30)):
            if wa == _line_words(b, words):
                pairs.append((a, b))
    for _, (start, end, _) in pairs:
        found[start] = Junk(start, end, "repeated-title", "the title repeated on next line")
    # A very short repeated line ahead of a longer repeated title is an image banner or caption.
    # (walked backwards, so that "a longer title later" is known without rescanning: linear)
    longer_later = False
    for a, _ in reversed(pairs):
        n = len(_line_words(a, words))
        if n <= 3 and longer_later:
            found[a[0]] = Junk(a[0], a[1], "banner", "an image banner or caption, repeated")
        longer_later = longer_later or n > 3


_TEXT = itemgetter(2)
_LAST = itemgetter(-1)  # a line's last character (a line is never empty)
# (each mark of ``SENTENCE_END`` is one character: a stripped line ends with one when its
# last character is one)
_SENTENCE_END_CHARS = frozenset(SENTENCE_END)
assert all(len(mark) == 1 for mark in SENTENCE_END)


# ASCII characters that are no letter or digit: an ASCII line stripped of them starts
# with the first letter of its first word and ends with the last of its last word.
_ASCII_NOT_ALNUM = "".join(c for c in map(chr, range(128)) if not c.isalnum())
# ... and, for other lines, the quotation marks around them, which are no letter either
# (a word may end with "’", as with "'": stripped, its last letter shows)
_NOT_ALNUM = _ASCII_NOT_ALNUM + "“”‘’«»„‚‹›"


def _ends_differ(a: str, b: str) -> bool:
    """Lines ``a`` and ``b`` differ in words (or one has none): for two ASCII lines their
    first letters or digits differ, or their last (ignoring case), so that a quotation
    and the paragraph after it never get their words counted; for others ``_differ`` of
    their first and of their last characters, quotation marks and ASCII punctuation
    stripped (what is left may start or end with a letter of another script: then
    ``_differ`` answers no)."""
    if a.isascii() and b.isascii():
        a, b = a.strip(_ASCII_NOT_ALNUM), b.strip(_ASCII_NOT_ALNUM)
        if not a or not b:
            return True  # no word in one of them
        return a[0].lower() != b[0].lower() or a[-1].lower() != b[-1].lower()
    a, b = a.strip(_NOT_ALNUM), b.strip(_NOT_ALNUM)
    if not a or not b:
        return True  # no letter of any script in one of them
    return _differ(a[0], b[0]) or _differ(a[-1], b[-1])


def _differ(x: str, y: str) -> bool:
    """``x`` and ``y``, the first (or last) characters of two lines, show that the lines'
    words differ: both are ASCII letters or digits (so the first or last word's first or
    last letter, lower-cased), and not the same letter."""
    return x != y and (x + y).isascii() and (x + y).isalnum() and x.lower() != y.lower()


def _line_words(line: _Line, memo: dict[int, list[str]]) -> list[str]:
    """``_words`` of the line's text, kept in ``memo`` by the line's start."""
    out = memo.get(line[0])
    if out is None:
        out = memo[line[0]] = _words(line[2])
    return out


def _trailing_headlines(lines: list[_Line], found: dict[int, Junk]) -> None:
    """Title-like lines at the end of the file, after the release ended, unrelated to it.

    The release has ended at its source line (``SOURCE``, ``FUENTE``, ``消息来源：``),
    its end mark (``###``, ``-30-``), or a junk
    block; sites then often list other stories' headlines. Only the file's tail
    (junk and such lines up to the end) is considered, so subheads are safe. The
    release's own media contact block is no headline, wherever it stands.
    """
    tail: list[_Line] = []
    ends: list[bool] = []  # whether each tail line ends the release (asked once per line)
    for line in reversed(lines):
        start, _, line_text = line
        end = start in found or _ends(line_text)
        # (a stripped line ending a sentence is no title: ``endswith`` spares counting words)
        if end or (not line_text.endswith(SENTENCE_END) and _is_title_like(line_text)):
            tail.append(line)
            ends.append(end)
        else:
            break
    tail.reverse()  # back in reading order
    ends.reverse()
    contact = _contact_lines(tail, found)
    body: _Body | None = None  # built only when a headline candidate needs it
    ended = False
    for (start, end_, line_text), end in zip(tail, ends, strict=True):
        if end:
            ended = True
            continue
        if not ended or start in contact:
            continue
        words = _content(line_text)
        if not words:
            continue
        if body is None:
            # the body joined: no word spans a line break, so its content words are the
            # union of the lines' ones
            body = _Body("\n".join(line[2] for line in lines[: len(lines) - len(tail)]))
        if body.shared(words) / len(words) < 0.34:
            found[start] = Junk(
                start,
                end_,
                "trailing-headline",
                "an unrelated headline after the release ended",
            )


class _Body:
    """A release's body, asked how many of a headline's content words it holds.

    Counting all the words of the body (``content_words``) costs a pattern match and a
    string for every word of the release, to compare a handful: an ASCII body is instead
    searched for each headline word (``str.find``, then the word's bounds checked where it
    is found), and its words are counted only when many have been asked (a long list of
    headlines) or when it is not ASCII (lower-casing may then change a word's letters)."""

    _ASKED_MAX = 32  # words searched for, one by one, before the body's words are counted

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower() if text.isascii() else ""
        self.words: set[str] | None = None if self.low else _content(text)
        self.asked: dict[str, bool] = {}

    def shared(self, words: set[str]) -> int:
        """``len(words & content_words(self.text))``."""
        if self.words is None and len(self.asked) + len(words) > self._ASKED_MAX:
            self.words = _content(self.text)
        if self.words is not None:
            return len(words & self.words)
        asked = self.asked
        n = 0
        for word in words:
            held = asked.get(word)
            if held is None:
                held = asked[word] = _holds_content_word(self.low, word)
            n += held
        return n


_ASCII_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")
_ASCII_WORD = _ASCII_ALNUM | {"'", "-"}


def _holds_content_word(low: str, word: str) -> bool:
    """``word in content_words(text)`` for an ASCII ``text``, lower-cased as ``low``.

    Its words are the runs of ``[0-9a-z'-]`` from their first letter or digit (``words``);
    a content word is one of them (more than two characters, no stop word) without the
    apostrophes it ends with. So ``word`` must be found where a word starts (after no
    letter or digit, apostrophes and hyphens aside), followed by apostrophes at most and
    then no letter, digit or hyphen."""
    if word[:1] not in _ASCII_ALNUM or word[-1] == "'" or not _ASCII_WORD.issuperset(word):
        return False  # not a content word of any ASCII text
    n = len(word)
    size = len(low)
    pos = low.find(word)
    while pos != -1:
        k = pos
        while k and low[k - 1] in "'-":
            k -= 1
        if not k or low[k - 1] not in _ASCII_ALNUM:
            j = pos + n
            while j < size and low[j] == "'":
                j += 1
            if (j == size or (low[j] not in _ASCII_ALNUM and low[j] != "-")) and (
                j > pos + 2 and (j > pos + n or word not in STOP)
            ):
                return True
        pos = low.find(word, pos + 1)
    return False


def _contact_lines(tail: list[_Line], found: dict[int, Junk]) -> set[int]:
    """Starts of the lines of media contact blocks in ``tail``: a contact heading
    ("Media contact", "Contact: Li Wei, press@...") and the lines after it through its last
    e-mail or phone line, and any line giving an e-mail address (no headline has one).

    Each run of contact-like lines is walked once (linear): a heading inside the run
    reaches the same last e-mail or phone line, or, after it, covers only itself."""
    out = {start for start, _, line_text in tail if _has_email(line_text)}
    i = 0
    while i < len(tail):
        if tail[i][0] in found or not _contact_heading(tail[i][2]):
            i += 1
            continue
        last, headings, j = i, [], i + 1
        while j < len(tail) and _in_contact_block(tail[j], found):
            line_text = tail[j][2]
            if _contact_heading(line_text):
                headings.append(j)
            if _has_email(line_text) or _has_phone(line_text):
                last = j
            j += 1
        out.update(line[0] for line in tail[i : last + 1])
        out.update(tail[k][0] for k in headings if k > last)
        i = j
    return out


def _in_contact_block(line: _Line, found: dict[int, Junk]) -> bool:
    start, _, line_text = line
    return start not in found and not _ends(line_text) and is_contact_line(line_text)


def _has_email(text: str) -> bool:
    """An e-mail address in ``text`` ("@" first: the pattern, tried at every letter, costs
    more than the C scan)."""
    return "@" in text and _EMAIL.search(text) is not None


_PHONE = re.compile(r"\+?\(?\d[\d ()\-./]{6,}\d")


def _has_phone(text: str) -> bool:
    m = _PHONE.search(text)
    return m is not None and sum(c.isdigit() for c in m.group()) >= 7


def _ends(text: str) -> bool:
    """The stripped line ends the release: an end mark or a source line (each starts
    with one of ``_ENDS_FIRST``, looked up before the patterns are tried)."""
    return text[:1] in _ENDS_FIRST and (is_end_mark(text) or is_source_line(text))


# what an end mark ("###", "-30-") or a source line (a word of ``SOURCE_WORDS``) starts with
_ENDS_FIRST = frozenset("#-" + "".join(w[0] for ws in SOURCE_WORDS.values() for w in ws))


def _contact_heading(text: str) -> bool:
    """``is_contact_heading`` of a stripped line: a heading of ``CONTACT_HEADINGS`` starts
    it, in any case, so it starts with a letter of ``_HEADING_FIRST`` or a non-ASCII one
    (which case-blind matching may take for an ASCII one: "ı" for "i")."""
    c = text[:1]
    return (c in _HEADING_FIRST or not c.isascii()) and is_contact_heading(text)


_HEADING_FIRST = frozenset(
    c for hs in CONTACT_HEADINGS.values() for h in hs for c in (h[0].lower(), h[0].upper())
)
