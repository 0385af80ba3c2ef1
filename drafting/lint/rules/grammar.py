"""DR2xx grammar slips: a/an by sound, doubled words, a year repeated around a name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drafting.lint.datafiles import word_set
from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule
from drafting.text.lang import lower_folds

# Letters whose *name* starts with a vowel sound: "an MBA", "an NGO", "an X-ray".
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
# "a", "an", "A", "An", "AN" as a word; the letter first and the look-behind after it, so the
# engine skips to an "a" at C speed (a leading "\b" is tried at every position). Group 4,
# looked ahead at, is the next word (its letters, or its number), after opening marks: the
# same match gives it, not a second pattern at the match's end.
_ARTICLE = re.compile(
    r"(a(?<!\wa)n?|A(?<!\wA)[nN]?)([ \t]+|[ \t]*(?:\r\n|\n|\r)[ \t]*)(?=([^\s]+))"
    r"(?=[\"“‘'(]*([A-Za-z]+|\d[\d,.]*))?"
)


def _digits_vowel(num: str) -> bool:
    """'8', '11', '18', '80'..'89', '800', '11,000', '18.5': said with a vowel first."""
    digits = num.replace(",", "").split(".")[0]
    if not digits:
        return False
    if digits[0] == "8":
        return True
    if digits[:2] in ("11", "18"):
        return len(digits) % 3 == 2  # 11, 11 000, 11 000 000 (not 110, 1,100)
    return False


@lru_cache(maxsize=1 << 14)
def starts_with_vowel_sound(word: str) -> bool | None:
    """Whether ``word`` is said with a vowel first; None when we cannot tell (a pure
    look-up in the shipped word lists: cached, as "a new", "a city" come again and again)."""
    if word[0].isdigit():
        return _digits_vowel(word)
    head = re.split(r"[-’']", word)[0]
    if len(head) > 1 and head.isupper():
        if head.lower() in word_set("acronym_words.txt"):  # said as a word: NASA, OPEC
            return head[0] in "AEIO"  # (U as in UNESCO, UNICEF is a "you" sound)
        return head[0] in _VOWEL_LETTERS  # said letter by letter: an MBA, a UCLG
    low = head.lower()
    if len(low) == 1:
        return low in "aefhilmnorsx"
    if low in word_set("an_words.txt"):
        return True
    if low in word_set("a_words.txt"):
        return False
    for stem in (low[:i] for i in range(len(low) - 1, 3, -1)):
        if stem in word_set("an_words.txt"):
            return True
        if stem in word_set("a_words.txt"):
            return False
    return low[0] in "aeiou"


@rule(
    "DR201",
    "a-an",
    "'a' or 'an' does not match the sound of the next word",
    "error",
    must_flag=(
        "It provides an showcase for the city.",
        "She holds a MBA.",
        "It was an one-time offer.",
        "We booked a 800-seat hall.",
        "an university",
        "a hour later",
        "an UCLG delegate",
        "a NGO",
        "an European city",
    ),
    must_not_flag=(
        "an hour",
        "a university",
        "a one-time grant",
        "an 800-seat hall",
        "an MBA",
        "a UCLG delegate",
        "an NGO",
        "an honest broker",
        "a European city",
        "an 11-day tour",
        "a 110-year history",
        "Plan A is ready.",
        "a U-turn",
        "an SDG target",
        "a NASA probe",
    ),
    fixes=(
        ("It provides an showcase.", "It provides a showcase."),
        ("A hour passed.", "An hour passed."),
    ),
)
def a_an(doc: LintDoc) -> Iterator[Finding]:
    view = doc.view
    for m in _articles(view, doc.low):
        art, word = m.group(1, 4)
        if word is None or (want := _wanted(art, word)) is None:
            continue
        if art in ("A", "AN") and not _sentence_start(view, m.start()):
            continue  # "Plan A", "Grade A", ALL-CAPS headlines
        # asked last, for a mismatch only: most files then never work out their URLs
        if doc.protected.overlaps(m.start(4), m.end(4)):
            continue
        if doc.masked and _CODE_MARK.search(doc.text, m.end(1), m.start(4)):
            continue  # the article's word is code: "a `ModelError` (exit 2)"
        fixed = _same_case(art, want)
        yield Finding(
            "DR201",
            f"use '{fixed}' before '{word}' "
            f"(it is said with a {'vowel' if want == 'an' else 'consonant'} sound)",
            m.start(1),
            m.end(1),
            "error",
            (fixed,),
            safe_fix=True,
        )


@lru_cache(maxsize=1 << 14)
def _wanted(art: str, word: str) -> str | None:
    """ "a" or "an", the article ``word`` wants, when ``art`` is not it; None when it is, or
    cannot be told, or ``word`` is an article itself ("a a new budget": a doubled word,
    DR202). Per word, as "a new", "a city" come again and again."""
    if word.lower() in ("a", "an"):
        return None
    vowel = starts_with_vowel_sound(word)
    if vowel is None:
        return None
    want = "an" if vowel else "a"
    return None if art.lower() == want else want


# Where an article may start in the lower-cased view: "a" or "an", not after a letter or
# digit, before a space or a line break. A literal first, so the engine skips to each "a"
# at C speed; a character class ("a" or "A") is tried at every position of the view. The
# look-behind leaves out the "a" ending a word ("china "), half the places, each of which
# cost a Python step and a match of ``_ARTICLE``.
_ARTICLE_HINT = re.compile(r"a(?<!\wa)n?[ \t\r\n]")


def _articles(view: str, low: str) -> Iterator[re.Match[str]]:
    """The matches of ``_ARTICLE.finditer(view)`` (``low``: the view lower-cased).

    A match starts at an "a" or "A" after no word character, then maybe "n" or "N", then a
    space or a line break: where ``low`` (as long as the view, so lowered letter by letter;
    a character and its lower case are both word characters or neither) holds
    ``_ARTICLE_HINT``. A match holds no other "a", so no match starts inside another
    and ``_ARTICLE`` tried at each hint finds them all."""
    if len(low) != len(view):
        yield from _ARTICLE.finditer(view)
        return
    match = _ARTICLE.match
    for hint in _ARTICLE_HINT.finditer(low):
        m = match(view, hint.start())
        if m is not None:
            yield m


_CODE_MARK = re.compile(r"`|<(?:code|kbd|samp)\b", re.I)


def _same_case(model: str, article: str) -> str:
    """``article`` cased like ``model``: a -> an, A -> An, AN -> A."""
    if model.islower():
        return article
    if len(model) > 1 and model.isupper():
        return article.upper()
    return article.capitalize()


def _sentence_start(view: str, pos: int) -> bool:
    before = view[max(0, pos - 3) : pos].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?:\r\n"


# Between doubled words: spaces, or one line break ("the\nthe"), never a blank line.
_GAP = re.compile(r"[ \t]+|[ \t]*(?:\r\n|\n|\r)[ \t]*")
_OK_DOUBLES = frozenset(
    {"had", "that", "is", "do", "bora", "can", "yada", "tsk", "ha", "no", "very", "so"}
)


@rule(
    "DR202",
    "doubled-word",
    "the same word twice in a row",
    "error",
    must_flag=(
        "Metropolis established the The Cities platform.",
        "in in the city",
        "to the\nthe city",
    ),
    must_not_flag=(
        "what it had had before",
        "that that is",
        "The the-ness",
        "Walla Walla",
        "the theme",
    ),
    fixes=(
        ("established the The Cities platform", "established the Cities platform"),
        ("to the\nthe city", "to the\ncity"),
    ),
    langs=("en", "es"),
)
def doubled_word(doc: LintDoc) -> Iterator[Finding]:
    view, low = doc.view, doc.low
    words = doubled_in(low)
    folds = bool(words) and lower_folds(view)
    for word in sorted(words):
        rx = re.compile(rf"\b({re.escape(word)})(\s+)({re.escape(word)})\b", re.I)
        fast = folds and word.isascii()
        for m in _tried_at(rx, view, low, word) if fast else rx.finditer(view):
            yield from _doubled(doc, m)


def _tried_at(rx: re.Pattern[str], view: str, low: str, word: str) -> Iterator[re.Match[str]]:
    """The matches of ``rx.finditer(view)``, a case-blind pattern of the lower-case ASCII
    ``word``, whitespace and ``word`` again, tried only where ``low`` (the view lower-cased,
    when it folds: ``lower_folds``) holds that much case-sensitively: a pattern with the word
    as its literal prefix finds those places at C speed, not a Python step per occurrence of
    the word ("the" comes a hundred times in a release, doubled once). It consumes the
    word only: the next occurrence after it is tried too ("the the the")."""
    end = 0
    at = re.compile(rf"{re.escape(word)}(?=\s+{re.escape(word)})")
    for hint in at.finditer(low):
        pos = hint.start()
        if pos >= end and (m := rx.match(view, pos)) is not None:
            end = m.end()
            yield m


_OPENERS = "\"“‘'("
_CLOSERS = ".,;:!?\"”’')"
_EDGES = _OPENERS + _CLOSERS


# Every character ``str.split`` splits at (``str.isspace``) but the space: the ASCII ones, then
# the others, which only a text that is not all ASCII can hold.
_SPACES_ASCII = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
_SPACES = _SPACES_ASCII + (
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
# In a text whose whitespace is all spaces, a space, a token and the next one: group 1 is the
# first with its opening marks stripped (all of them: possessive), and the second is that
# and closing marks only. A space first, so the engine skips to each at C speed and tries
# the pattern there, in C, where a token list and a pairwise compare cost two Python objects
# a token.
_PAIR = re.compile(rf" [{re.escape(_OPENERS)}]*+([^ ]++) ++\1[{re.escape(_CLOSERS)}]*+(?![^ ])")


def doubled_in(low: str) -> set[str]:
    """The words ``w`` (letters only) of a token of ``low.split()`` followed by one that
    is ``w`` too, once opening marks are trimmed from the first and closing marks from the
    second: found by ``_PAIR`` in ``low`` with a space before it (a token may start the
    text) and every other whitespace character made a space (``str.replace``, only for
    those it holds).

    A match missed as it overlaps the match before starts at the space before that one's
    second token ``u`` + closing marks; its group starts with ``u``'s first character, no
    opening mark, so it is ``u`` + closing marks, and as a word of letters, ``u`` itself."""
    spaced = " " + low
    for space in _SPACES_ASCII if low.isascii() else _SPACES:
        if space in spaced:
            spaced = spaced.replace(space, " ")
    return {w for w in _PAIR.findall(spaced) if w.isalpha()}


def _doubled(doc: LintDoc, m: re.Match[str]) -> Iterator[Finding]:
    view = doc.view
    a, b = m.group(1), m.group(3)
    if not _GAP.fullmatch(m.group(2)) or view[m.end(3) : m.end(3) + 1] in ("'", "’", "-"):
        return
    if a.casefold() in _OK_DOUBLES:
        return
    if a[0].isupper() and a == b and a.casefold() not in word_set("function_words.txt"):
        return  # "Walla Walla", "Bora Bora": names
    if doc.protected.overlaps(m.start(), m.end()):
        return  # also covers masked code between the two words
    tail = re.match(r"[ \t]+", view[m.end(3) :])
    if tail or "\n" in m.group(2) or "\r" in m.group(2):
        start, end = (
            m.start(3),
            m.end(3) + (tail.end() if tail else 0),
        )  # "The " of "the The Cities"
    else:
        start, end = m.start(2), m.end(3)  # " the" of "for the the."
    yield Finding("DR202", f"'{b}' is repeated", start, end, "error", ("",), safe_fix=True)


# The century digits first and the word start checked behind them: the engine then
# skips to "1" and "2" at C speed (a leading \b is tried at every position).
_YEAR_NAME = re.compile(
    r"((?:19|20)(?<!\w\d\d)\d\d)[ \t]+"
    r"((?:(?:[A-Z][\w’'.&-]*|of|for|and|on|the|de|la|in)[ \t]+){1,10}?)\1\b"
)


def year_names(view: str) -> Iterator[re.Match[str]]:
    """The matches of ``_YEAR_NAME.finditer(view)``, trying the pattern only where "19" or
    "20" starts (``str.find``: most of a text has no digit, and the engine's scan for a
    character class visits every position), and not inside the last match."""
    starts = []
    for century in ("19", "20"):
        pos = view.find(century)
        while pos != -1:
            starts.append(pos)
            pos = view.find(century, pos + 1)
    end = 0
    for pos in sorted(starts):
        if pos >= end and (m := _YEAR_NAME.match(view, pos)) is not None:
            end = m.end()
            yield m


@rule(
    "DR203",
    "repeated-year",
    "the same year written before and after a name",
    "error",
    must_flag=(
        "The 2021 Global Mayors' Forum 2021 serial events",
        "the 2024 World Congress of Metropolis 2024 opened",
    ),
    must_not_flag=(
        "The 2021 Global Mayors' Forum serial events",
        "from 2021 to 2021",
        "In 2020 Guangzhou won; in 2020 it also",
    ),
    fixes=(
        (
            "The 2021 Global Mayors' Forum 2021 serial events",
            "The 2021 Global Mayors' Forum serial events",
        ),
    ),
    langs=("en", "es", "zh"),
)
def repeated_year(doc: LintDoc) -> Iterator[Finding]:
    for m in year_names(doc.view):
        name = m.group(2).strip()
        if not name[:1].isupper():
            continue
        start = m.start(2) + len(m.group(2).rstrip())
        yield Finding(
            "DR203",
            f"the year {m.group(1)} is written both before and after '{name}'",
            start,
            m.end(),
            "error",
            ("",),
            safe_fix=True,
        )
