"""DR102's and DR201-DR202's scans in C give what the plain definitions they replace give:
doubled words found by one pattern tried at each space (not a token list compared pairwise),
articles and their next word found by one pattern, wrong words found by a pattern tried at
each place their needle is. The plain definitions are written out here as they were."""

from __future__ import annotations

import re
from itertools import islice, repeat

from hypothesis import given, settings

from drafting.lint.document import LintDoc
from drafting.lint.rules import grammar, realword

from .strategies import joined
from .test_fast_paths import assert_hits_judged_as_full_patterns

# Words, the same glued to opening and closing marks (each kind, and the two that are both),
# words that are not all letters, every kind of whitespace str.split splits at (a line break,
# a tab, a no-break space, an ideographic space, NEL), and cases that lower to other letters.
_DOUBLE_PIECES = [
    "the", "The", "THE", "the,", "the.", "(the", '"the', "the)", "“the”", "the'", "'the",
    "the’", "‘the", "((the", "the?!", "'", '"', "(", ")", ",", "in", "in,", "x.the", "the-",
    "1", "1.", "t", "é", "²", "a²", "_", "them", "he", "İ", "ı", " ", " ", " ", "  ", "\n",
    "\t", "\r\n", "\xa0", "\u3000", "\x85", "\x1c",
]  # fmt: skip


def _plain_doubled_words(low: str) -> set[str]:
    """The words of letters of a token whose next token is that word, opening marks stripped
    from the first and closing marks from the second."""
    toks = low.split()
    heads = list(map(str.lstrip, toks, repeat("\"“‘'(")))
    tails = map(str.rstrip, islice(toks, 1, None), repeat(".,;:!?\"”’')"))
    return {h for h, t in zip(heads, tails, strict=False) if h == t and h and h.isalpha()}


def test_the_spaces_made_spaces_are_every_other_character_split_at():
    every = {chr(i) for i in range(0x110000) if chr(i).isspace()}
    assert set(grammar._SPACES) | {" "} == every
    assert len(grammar._SPACES) == len(every) - 1
    assert set(grammar._SPACES_ASCII) == {c for c in every if c.isascii()} - {" "}


@settings(max_examples=1000, deadline=None)
@given(joined(_DOUBLE_PIECES, 16))
def test_doubled_words_found_at_each_space_are_those_of_the_token_pairs(text):
    low = text.lower()
    assert grammar.doubled_in(low) == _plain_doubled_words(low)


@settings(max_examples=600, deadline=None)
@given(joined(_DOUBLE_PIECES + ["the the", "in in", "ſo so", "\u212athe the"], 14))
def test_doubled_words_tried_where_the_pair_is_are_the_full_scan(text):
    """DR202 tries its pattern only where the lower-cased view holds the word, whitespace and
    the word (a literal prefix); the plain rule scans the whole view for every word."""
    doc = LintDoc.from_text(text, "x.txt")
    assert [(f.start, f.end, f.message) for f in grammar.doubled_word(doc)] == [
        (f.start, f.end, f.message)
        for word in sorted(_plain_doubled_words(doc.low))
        for m in re.finditer(rf"\b({re.escape(word)})(\s+)({re.escape(word)})\b", doc.view, re.I)
        for f in grammar._doubled(doc, m)
    ]


def test_a_letter_and_its_lower_case_are_both_word_characters_or_neither():
    """The articles' hint looks behind at a character of the lower-cased view for what
    ``_ARTICLE`` looks behind at in the view (both as long: lowered letter by letter)."""
    chars = "".join(c for c in map(chr, range(0x110000)) if len(c.lower()) == 1)
    low = chars.lower()
    assert len(low) == len(chars)
    assert [m.start() for m in re.finditer(r"\w", chars)] == [
        m.start() for m in re.finditer(r"\w", low)
    ]


_NEXT = re.compile(r"[\"“‘'(]*([A-Za-z]+|\d[\d,.]*)")


def _plain_a_an(doc: LintDoc) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """DR201 with the next word matched after each article, and every word judged afresh."""
    view, out = doc.view, []
    for m in grammar._ARTICLE.finditer(view):
        art = m.group(1)
        if art in ("A", "AN") and not grammar._sentence_start(view, m.start()):
            continue
        nxt = _NEXT.match(view, m.end())
        if not nxt or nxt.group(1).lower() in ("a", "an"):
            continue
        word = nxt.group(1)
        vowel = grammar.starts_with_vowel_sound.__wrapped__(word)
        if vowel is None or art.lower() == ("an" if vowel else "a"):
            continue
        if doc.protected.overlaps(nxt.start(1), nxt.end(1)):
            continue
        if doc.masked and grammar._CODE_MARK.search(doc.text, m.end(1), nxt.start(1)):
            continue
        fixed = grammar._same_case(art, "an" if vowel else "a")
        sound = "vowel" if vowel else "consonant"
        msg = f"use '{fixed}' before '{word}' (it is said with a {sound} sound)"
        out.append((m.start(1), m.end(1), msg, (fixed,)))
    return out


_ARTICLE_PIECES = [
    "a", "A", "an", "An", "AN", "aN", "ba", "ban", "İ", "ẞ", "é", "_", "1", " ", "  ", "\t",
    "\n", "\r\n", "\r", "(", '"', "“", "'", "-", ".", "x", "8", "800", "11,000", "hour",
    "hours", "MBA", "NASA", "university", "city", "one", "X-ray", "Plan", "`", "<code>",
    "http://a.io/hour", "a.io", "a hour", "an city", "A hour", "AN MBA", "a 800", "an\nan",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(joined(_ARTICLE_PIECES, 14))
def test_articles_and_their_next_word_from_one_pattern_judge_as_the_plain_rule(text):
    for name in ("x.txt", "x.md"):
        doc = LintDoc.from_text(text, name, lang="en")
        got = [(f.start, f.end, f.message, f.replacements) for f in grammar.a_an(doc)]
        assert got == _plain_a_an(doc)


def _plain_hits(view: str, low: str) -> list[tuple[int, int, str]]:
    """Each wrong word (as written with either apostrophe) where ``low`` holds it after no
    letter, digit or apostrophe, then -s/-d/-ed/-ing or nothing, before no word character
    or apostrophe."""
    words = set(realword._rows_by_wrong())
    words |= {w.replace("'", "’") for w in words}
    out = set()
    for word in words:
        pos = low.find(word)
        while pos != -1:
            if pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] in "'’"):
                tail = realword._SUFFIX.match(low, pos + len(word))
                if tail:
                    out.add((pos, tail.end(), view[pos : tail.end()]))
            pos = low.find(word, pos + 1)
    return sorted(out)


# The wrong words, words that start like them or hold them, their forms, glued to letters,
# digits, an underscore and either apostrophe, in other cases.
_HIT_PIECES = [
    "their", "Their", "THEIR", "there", "theirs", "then", "than", "they're", "they’re", "its",
    "it's", "it’s", "Its", "lead", "leads", "leaded", "leading", "led", "lose", "loose",
    "loosed", "losing", "site", "sites", "sited", "cite", "cited", "complement",
    "complementary", "complimentary", "compliments", "compl", "council", "counsel", "effect",
    "affects", "forth", "fourth", "principal", "principle", "princip", "shinning", "x", "1",
    "_", "'", "’", "-", " ", "\n", ".", "İ", "é", "s", "d", "ed", "ing",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(joined(_HIT_PIECES, 12))
def test_wrong_words_found_by_their_patterns_are_those_of_every_find(text):
    assert realword._hits(text, text.lower()) == _plain_hits(text, text.lower())


_PROSE_PIECES = [
    "Shinning", "shinning", " up", "Moments", " a", " tree", "their", "there", "its", "it's",
    "It’s", "The", " the", "city", "lead", "led", " by", "Metropolis", "then", "than",
    "more", "site", "cite", "affect", "effect", "loose", "lose", "principal", "principle",
    "forth", "fourth", "complement", "compliment", "council", "counsel", "they're", " is",
    " will", " to", " of", " own", "plans", ",", ".", "’s", "İ", "\n", " ", " ", " ",
    "ever", "construction", " example", "have", "was", "and", "so", "back", "1",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(joined(_PROSE_PIECES, 24))
def test_each_hit_judged_on_the_whole_text_as_in_its_window_by_the_full_patterns(text):
    """DR102 tries a row's tail on the whole text up to the window's end when it looks
    behind nowhere, and compiles each row once per word: every row still decides as its
    full case-blind pattern does in the window."""
    assert_hits_judged_as_full_patterns(text)
