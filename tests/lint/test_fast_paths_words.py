"""The word-level shortcuts of DR101, DR201-DR203, DR304 and DR305 give what the plain
definitions they replace give (the speed itself is measured by bench/lint_bench.py)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.lint.config import LintConfig
from drafting.lint.document import LintDoc
from drafting.lint.rules import grammar, spacing, spelling

from .test_fast_paths_h2xx import _plain_doubled_words


def _texts(pieces: list[str], size: int = 14, sep: str = "") -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map(sep.join)


# Known and unknown words, in every case, glued to punctuation, digits and each other; words
# the word list knows with an apostrophe; project words with one ("d'artagnan" hides
# "artagnan"); letters with no case, a title-case letter, and the one that lowers longer.
_SPELLING = _texts(
    ["the", "forum", "sucess", "Sucess", "SUCESS", "sUcess", "co-operate", "isn't", "it's",
     "o'clock", "d'artagnan", "xi'an", "e-mail", "mail.com", "a/b", "x@y.org", "3rd", "Teh",
     "recieved", "(city)", "(sucess", "sucess,", "cities.The", "Forum-sucess", "GUANGZHOU,",
     "Mayors'", "Well-known", "É", "ñandu", "中文字", "ǅungla", "İ", "_", "’", "'", ".", ",",
     "-", "2021", " ", " ", "\n", "city.", "sucess;", "e.g.", "it's.", "forum)", "’.", "—",
     "“", "?"],
    size=16,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_SPELLING)
def test_unknown_words_are_those_of_a_full_scan(text):
    """DR101 looks up only the all-lower-case chunks made of letters, and scans the other
    chunks that may hold a lower-case word: the plain scan of the whole view finds the same."""
    doc = LintDoc.from_text(text, "x.txt", config=_SPELLING_CFG)
    assert spelling.unknown_words(doc) == _plain_unknown_words(doc)


_SPELLING_CFG = LintConfig(words=frozenset({"d'artagnan", "xi'an", "Sucess"}))


def _plain_unknown_words(doc: LintDoc) -> set[str]:
    found = {w for w in spelling._CANDIDATE.findall(doc.view) if w.islower()}
    return {w for w in found - doc.lexicon.known - doc.known_words if not spelling.is_known(w, doc)}


@settings(max_examples=300, deadline=None)
@given(_SPELLING, _SPELLING)
def test_words_seen_known_in_earlier_files_change_nothing(before, text):
    """Chunks that are words found known in files linted before are set aside at once
    (``LintDoc.unseen_chunks``): the unknown words and the chunks that may hold a capital
    are still those of the plain definitions."""
    spelling.unknown_words(LintDoc.from_text(before + " " + text, "a.txt", config=_SPELLING_CFG))
    doc = LintDoc.from_text(text, "x.txt", config=_SPELLING_CFG)
    assert sorted(doc.capital_chunks) == sorted(c for c in set(text.split()) if not c.islower())
    assert spelling.unknown_words(doc) == _plain_unknown_words(doc)


_CAPITALS = _texts(["Teh", "The", "Guangzhou", "Forum", "Sucess", "TEH", "teh", "Teh's", "Teh-",
                    "Xyzzy", "É", " ", "\n", ".", "-", "’"], sep="")  # fmt: skip


def _plain_unknown_capitalised(doc: LintDoc) -> set[str]:
    known = doc.lexicon.known | doc.known_words
    return {w for w in spelling._CAPITALISED.findall(doc.view) if w.lower() not in known}


@settings(max_examples=300, deadline=None)
@given(_CAPITALS)
def test_unknown_capitalised_words_are_those_no_list_knows(text):
    doc = LintDoc.from_text(text, "x.txt", config=LintConfig(words=frozenset({"Guangzhou"})))
    assert spelling.unknown_capitalised(doc) == _plain_unknown_capitalised(doc)


@settings(max_examples=300, deadline=None)
@given(_CAPITALS, _CAPITALS)
def test_capitalised_words_seen_in_earlier_files_change_nothing(before, text):
    """Chunks that are capitalised words the word list was found to know in earlier files
    are not scanned again; words only a project list knew there are not among them."""
    earlier = LintConfig(words=frozenset({"Guangzhou", "Xyzzy", "Sucess"}))
    spelling.unknown_capitalised(LintDoc.from_text(before + " " + text, "a.txt", config=earlier))
    doc = LintDoc.from_text(text, "x.txt")
    assert spelling.unknown_capitalised(doc) == _plain_unknown_capitalised(doc)


@settings(max_examples=400, deadline=None)
@given(_texts(["a", "A", "an", "An", "AN", "aN", "n", "N", "ba", "ban", "İ", "ẞ", " ", "  ",
               "\t", "\n", "\r\n", "\r", "(", '"', "-", "x", "8", "hour"]))  # fmt: skip
def test_articles_tried_at_lower_case_hints_are_every_article(text):
    want = [m.span() for m in grammar._ARTICLE.finditer(text)]
    assert [m.span() for m in grammar._articles(text, text.lower())] == want
    assert [m.groups() for m in grammar._articles(text, text.lower())] == [
        m.groups() for m in grammar._ARTICLE.finditer(text)
    ]


@settings(max_examples=400, deadline=None)
@given(_texts(["the", "The", "the,", "the.", "(the", '"the', "the)", "“the”", "the'", "'",
               "(", ")", ",", "in", "in,", "1", "1.", "t", "é"], sep=" "))  # fmt: skip
def test_doubled_words_are_those_of_the_pairwise_trims(text):
    low = text.lower()
    assert grammar.doubled_in(low) == _plain_doubled_words(low)


@settings(max_examples=400, deadline=None)
@given(_texts(["19", "20", "2021", "2020", "1999", "x", "Forum", "of", "the", " ", "\t",
               "\n", "-", "a2021"]))  # fmt: skip
def test_years_tried_at_each_century_are_every_repeated_year(text):
    want = [m.span() for m in grammar._YEAR_NAME.finditer(text)]
    assert [m.span() for m in grammar.year_names(text)] == want


_MARKS = _texts(["(", ")", "[", "]", "{", "}", '"', "“", "”", "x", " ", "\n", "\n\n", "\r\n"])


@settings(max_examples=400, deadline=None)
@given(_MARKS)
def test_characters_found_one_by_one_are_every_one(text):
    want = [(m.start(), m.group()) for m in re.finditer(r"[()\[\]{}]", text)]
    assert spacing._find_chars(text, "()[]{}") == want


@settings(max_examples=400, deadline=None)
@given(_MARKS)
def test_paragraphs_holding_a_quote_are_the_ones_visited_before(text):
    doc = LintDoc.from_text(text, "x.txt")
    want = [p for p in doc.paragraphs if any(c in p.text for c in '"“”')]
    assert spacing._paragraphs_holding(doc, '"“”') == want


@settings(max_examples=400, deadline=None)
@given(_texts(["the", "The", "THE", "tHe", "in", "İn", "ın", "ſo", "so", "\u212athe", "a", "b",
               "ñandu", "Ñandu", "σος", "σοσ", "theme", "-", "'", ".", "(", " ", "  ", "\n",
               "\n\n", "\t"], size=16))  # fmt: skip
def test_doubled_words_tried_at_each_find_are_the_full_scan(text):
    """DR202 tries its pattern only where the lower-cased view holds the word."""
    doc = LintDoc.from_text(text, "x.txt")
    assert [(f.start, f.end, f.message) for f in grammar.doubled_word(doc)] == [
        (f.start, f.end, f.message)
        for word in sorted(_plain_doubled_words(doc.low))
        for m in re.finditer(rf"\b({re.escape(word)})(\s+)({re.escape(word)})\b", doc.view, re.I)
        for f in grammar._doubled(doc, m)
    ]
