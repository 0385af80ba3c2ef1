"""DR101 spelling: words no dictionary knows, with ranked suggestions.

Capitalised words (names), acronyms, words glued to digits, URLs, e-mails and
code are not checked; the facts' names and the project's word list are known.
An unknown word with no known word within two edits is more likely a coinage
or a foreign name than a typo: it is reported as a warning, not an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import filterfalse, repeat

from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule
from drafting.lint.rules.realword import match_case
from drafting.lint.suggest import suggestions

_SUFFIXES = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})


def is_known(word: str, doc: LintDoc) -> bool:
    """In the dictionary, the project words or the facts; contractions by their base."""
    low = word.lower().replace("’", "'")
    if low in doc.lexicon or low in doc.known_words:
        return True
    base, _, suffix = low.rpartition("'")
    if suffix == "t" and base.endswith("n"):
        base = base[:-1]
    return suffix in _SUFFIXES and (base in doc.lexicon or base in ("wo", "ca", "sha"))


# What may not touch a word to check (character-class contents): before it a word, a
# handle, a path or a dot; after it a word or a path.
_NOT_BEFORE = r"\w@#$%&=/\\."
_NOT_AFTER = r"\w@=/\\"
# Lower-case words of three letters or more, not glued to digits, paths, handles or dots.
# Marks after a word that are no part of it and that it may touch (no apostrophe).
_TRAILING = '.,;:!?()[]{}"“”‘*–—-'
_CANDIDATE = re.compile(
    rf"(?<![{_NOT_BEFORE}])[^\W\d_A-Z]{{3,}}(?:['’][^\W\d_A-Z]+)*(?![{_NOT_AFTER}])"
)


def unknown_words(doc: LintDoc) -> set[str]:
    """Distinct lower-case words of the view that no list knows (set arithmetic, in C).

    Only some chunks of the view are scanned. An all-lower-case chunk made of letters
    only is its own one candidate, so it is scanned only when no list knows it; so is one
    that is such a chunk once trimmed of trailing marks; the other lower-case chunks
    always are. Of the others (:attr:`LintDoc.capital_chunks`, shared with
    DR602), one in title case or capitals holds no lower-case letter after a non-letter.
    Each chunk is looked up in the (large, cache-cold) word list at most once: the
    capitalised ones and those with punctuation inside are never looked up."""
    kw, caps = doc.known_words, doc.capital_chunks
    # the chunks ``str.islower`` accepts, less those that are words found known before
    lower = doc.unseen_chunks.difference(caps)
    letters = set(filter(str.isalpha, lower))
    # "city," and "city." hold the words "city" holds: trimmed of their trailing marks,
    # most of the others are letters too, and only unknown ones are scanned
    rest = set(map(str.rstrip, lower - letters, repeat(_TRAILING)))
    letters.update(filter(str.isalpha, rest))
    rest -= letters
    rest |= doc.lexicon.unknown(letters - kw)
    rest.update(filterfalse(str.isupper, filterfalse(str.istitle, caps)))
    found = set(filter(str.islower, _CANDIDATE.findall("\n".join(rest))))
    return {w for w in doc.lexicon.unknown(found - kw) if not is_known(w, doc)}


@rule(
    "DR101",
    "spelling",
    "a word no dictionary knows",
    "error",
    must_flag=(
        "The forum was a grate sucess.",
        "They recieved awards.",
        "an inovative city",
        "The mayors met. Teh forum opened.",
    ),
    must_not_flag=(
        "The forum in Guangzhou drew 800 guests.",
        "See www.exmaple.com or mail info@exmaple.org.",
        "The UCLG and CPAFFC met.",
        "personalised advice from the organisation",
        "a livestream",
        "the city's own plans",
        "It isn't over; we're here.",
        "co-organized by the city",
    ),
    fixes=(("The forum was a sucess.", "The forum was a success."),),
)
def spelling(doc: LintDoc) -> Iterator[Finding]:
    yield from _sentence_starts(doc)
    unknown = unknown_words(doc)
    if not unknown:
        return
    for start, end in _whole_words(doc.view, unknown):
        word = doc.view[start:end]
        if doc.protected.overlaps(start, end):
            continue
        cands, dist = suggestions(word, doc.lexicon)
        cands = [match_case(word, c) for c in cands]
        if dist != 1:  # most typos are one edit away; farther off, likely a coinage or a name
            yield Finding(
                "DR101",
                f"unknown word '{word}'; add it to the word list if it is right",
                start,
                end,
                "warning",
                tuple(cands),
            )
            continue
        yield Finding(
            "DR101",
            f"unknown word '{word}'",
            start,
            end,
            "error",
            tuple(cands),
            safe_fix=_safe(word, cands),
        )


# Around an unknown word: not glued to a word, a path, a handle or a dot before it, nor to
# a word, a path or an apostrophe after it.
_GLUED_BEFORE = re.compile(f"[{_NOT_BEFORE}]")
_GLUED_AFTER = re.compile(f"[{_NOT_AFTER}'’]")


def _whole_words(view: str, words: set[str]) -> list[tuple[int, int]]:
    """Spans of ``words`` standing alone in ``view``, in order, none inside another
    ("abc" in "xyz'abc"): ``str.find`` for the few words, not a pattern compiled for
    each file."""
    found = []
    for word in words:
        pos = view.find(word)
        while pos != -1:
            end = pos + len(word)
            if not (pos and _GLUED_BEFORE.match(view, pos - 1)) and not _GLUED_AFTER.match(
                view, end
            ):
                found.append((pos, end))
            pos = view.find(word, pos + 1)
    out: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def _safe(word: str, cands: list[str]) -> bool:
    """One candidate, and a typo's usual shape: five letters or more, first letter kept
    (so "iphone" is never "fixed" to "phone")."""
    return len(cands) == 1 and len(word) >= 5 and cands[0][:1].lower() == word[:1].lower()


# A capitalised word; whether it opens a sentence is checked only for unknown ones.
_CAPITALISED = re.compile(r"[A-Z][a-z]{2,}\b(?!['’-])")


def _opens_sentence(view: str, start: int) -> bool:
    i = start
    while i > 0 and view[i - 1] in ' \t"“”’)(':
        i -= 1
    return i == 0 or view[i - 1] in ".!?\r\n" and (i == start or view[start - 1] in ' \t"“(')


def _occurrences(view: str, words: set[str]) -> list[re.Match[str]]:
    """The matches of ``_CAPITALISED`` that are one of ``words``, in order: found with
    ``str.find`` (a few words) instead of visiting every capitalised word in Python. A
    match can start at any capital letter not inside an earlier match, and a match holds
    no capital after its first letter, so every capital is a place ``finditer`` tries."""
    out = []
    for word in words:
        pos = view.find(word)
        while pos != -1:
            m = _CAPITALISED.match(view, pos)
            if m is not None and m.end() == pos + len(word):
                out.append(m)
            pos = view.find(word, pos + 1)
    out.sort(key=lambda m: m.start())
    return out


def unknown_capitalised(doc: LintDoc) -> set[str]:
    """The distinct matches of ``_CAPITALISED`` whose lower case no list knows, in C: a
    match is "Abc..." (ASCII), which ``lower`` and ``capitalize`` map there and back. Names
    leave with the small facts list before the large word list is asked.

    A chunk that is a match the word list was found to know in an earlier file
    (``Lexicon.seen_titles``: "Forum") is its own one match, a known one: only the
    others are scanned."""
    lexicon = doc.lexicon
    titles = lexicon.seen_titles
    chunks = filterfalse(titles.__contains__, doc.capital_chunks)
    found = set(_CAPITALISED.findall("\n".join(chunks)))
    lows = set(map(str.lower, found)) - doc.known_words
    unknown = lexicon.unknown(lows)
    new = found - titles
    if new:  # those the word list knows (not the project's or the facts' words) are kept
        known = lows - unknown
        titles.update(w for w in new if w.lower() in known)
    return set(map(str.capitalize, unknown))


def _sentence_starts(doc: LintDoc) -> Iterator[Finding]:
    """ "Teh forum opened": capitalised only because it opens a sentence. Names open
    sentences too, so only a word one edit from a dictionary word is reported, and as a
    warning, never fixed."""
    view = doc.view
    lexicon = doc.lexicon
    # most capitalised words are known: find the others among the distinct ones first
    unknown = unknown_capitalised(doc)
    if not unknown:
        return
    for m in _occurrences(view, unknown):
        word = m.group()
        if not _opens_sentence(view, m.start()):
            continue
        low = word.lower()
        if doc.protected.overlaps(m.start(), m.end()):
            continue
        cands, dist = suggestions(low, lexicon)
        if dist == 1:
            yield Finding(
                "DR101",
                f"unknown word '{word}' (or a name: add it to the word list)",
                m.start(),
                m.end(),
                "warning",
                tuple(match_case(word, c) for c in cands),
            )
