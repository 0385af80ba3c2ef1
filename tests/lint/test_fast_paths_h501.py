"""The shortcuts of DR501's junk finder (``drafting.ingest.junk``) give what the plain
definitions they replace give."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.ingest import junk
from drafting.ingest.lines import split_lines, strip_span
from drafting.ingest.sections import is_contact_heading, is_end_mark, is_source_line
from drafting.ingest.shape import content_words, is_title_like, words

from .strategies import joined


@settings(max_examples=300, deadline=None)
@given(joined(["ab", " ", "\t", "\n", "\r\n", "\r", "\x0b", "\x85", "\u2028", "\u3000", "x"], 20))
def test_lines_are_the_stripped_non_blank_lines(text):
    """Split at ``\\n``, a line with nothing to strip taken as it is: the plain spans."""
    plain = [strip_span(s) for s in split_lines(text)]
    assert junk._lines(text) == [(s.start, s.end, s.text) for s in plain if s.text]


# Lines of every length class (phrases up to 200 characters, legal text from 300), holding
# the anchors, as one another's neighbours.
_LINE_PIECES = [
    "Follow us on", "Share this", "Images courtesy of", "originally published at", "| By Cision",
    "https://x.example/a", "www.example.org", "read more", "Cookie settings", "not limited to",
    "no liability", "disclaimers", "investment advice", "does not claim", "copyright",
    "for informational purposes", "ſhare this", "The forum opened.", "and the", "x" * 95,
    "y" * 150, " ", "\n", "\n", "\n\n", "\r\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(joined(_LINE_PIECES, 30))
def test_judging_only_the_lines_the_anchors_hit_changes_nothing(text):
    """The lines of each length searched once for the anchors their patterns need (each
    asked for with ``in`` first) are every line that may be junk."""
    fast = junk.find_junk(text)
    every = lambda _text, lines, _low=None: list(range(len(lines)))  # noqa: E731
    with mock.patch.object(junk, "_hit_lines", every):
        assert junk.find_junk(text) == fast
    assert junk.find_junk(text, text.lower()) == fast


_WORD_PIECES = ["ab", "abc", "The", "the", "and", "AND", "x", "1", "'", "-", " ", ".", "\n"]


@settings(max_examples=500, deadline=None)
@given(joined(_WORD_PIECES, 12), joined(_WORD_PIECES + ["é", "’"], 3))
def test_a_word_found_in_an_ascii_body_is_one_of_its_content_words(body, word):
    assert junk._holds_content_word(body.lower(), word) == (word in content_words(body))


@settings(max_examples=300, deadline=None)
@given(
    joined(_WORD_PIECES + ["é", "’", "İ", "中"], 14),
    st.lists(st.lists(st.sampled_from(["abc", "the", "abcd", "xyz", "abc'", "é1a", "a-b"]))),
)
def test_a_bodys_shared_words_are_the_plain_intersection(body, asked):
    """Searched word by word (an ASCII body), or counted once many are asked."""
    for most in (32, 3):
        with mock.patch.object(junk._Body, "_ASKED_MAX", most):
            seen = junk._Body(body)
            for words in asked:
                assert seen.shared(set(words)) == len(set(words) & content_words(body))


def _plain_repeated_titles(lines, found):
    """``_repeated_titles`` as first written: a title-like line (30 words at most) whose
    words, not none, are the next kept line's; a short one before a longer one a banner."""
    kept = [line for line in lines if line[0] not in found]
    pairs = [
        (a, b)
        for a, b in zip(kept, kept[1:], strict=False)
        if is_title_like(a[2], 30) and words(a[2]) and words(a[2]) == words(b[2])
    ]
    for _, b in pairs:
        found[b[0]] = junk.Junk(b[0], b[1], "repeated-title", "the title repeated on next line")
    for i, (a, _) in enumerate(pairs):
        if len(words(a[2])) <= 3 and any(len(words(x[2])) > 3 for x, _ in pairs[i + 1 :]):
            found[a[0]] = junk.Junk(a[0], a[1], "banner", "an image banner or caption, repeated")


# Lines of a few words (so that neighbours often hold the same), their case changed,
# in quotation marks or not, ending a sentence (in Latin or CJK punctuation, closers
# after it) or not, ASCII or not.
_EDGES = ["", "", "“", "”", "\"", "'", "‘", "’", "«", "»", "-", ".", "!", ";", ":", "。", "”", "）",
          "…", "中", "é", "É", "İ", "1", " x", "¿"]  # fmt: skip
_TITLE_WORDS = ["big", "news", "a", "b", "c", "d", "é", "中文", "it's", "x-y"]
_title_lines = st.tuples(
    st.sampled_from(_EDGES),
    st.lists(st.sampled_from(_TITLE_WORDS), max_size=5).map(" ".join),
    st.sampled_from([str.lower, str.upper, str.title]),
    st.sampled_from(_EDGES),
    st.sampled_from(_EDGES),
).map(lambda t: t[0] + t[2](t[1]) + t[3] + t[4])


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(_title_lines, max_size=8),
    st.sampled_from(["\n", "\n\n", " \n", "\r\n"]),
    st.sets(st.integers(0, 8), max_size=3),
)
def test_repeated_titles_are_those_of_the_plain_definition(lines, sep, taken):
    """Lines skipped by their last character, their first characters or their ends
    (quotation marks stripped) are never a repeated title."""
    lines = junk._lines(sep.join(lines))
    found = {lines[i][0]: junk.Junk(0, 0, "x", "x") for i in taken if i < len(lines)}
    plain = dict(found)
    junk._repeated_titles(lines, found)
    _plain_repeated_titles(lines, plain)
    assert found == plain


_TAIL_PIECES = [
    "SOURCE", "Source", "FUENTE", "消息来源", "来源", "：", ":", "###", "# # #", "-30-", "- 30 -",
    "Media contact", "MEDIA CONTACTS", "Contacto", "媒体联系人", "For more information",
    "ınvestor contact", "İnvestor contact", "ſ", "K", " ", "\t", "x", "Acme", "#", "-", "3",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(joined(_TAIL_PIECES, 6))
def test_end_lines_and_contact_headings_asked_by_their_first_character(text):
    """An end mark, a source line or a contact heading starts with one of the characters
    looked up first (or, for a heading, a non-ASCII one)."""
    line = text.strip()
    assert junk._ends(line) == (is_end_mark(line) or is_source_line(line))
    assert junk._contact_heading(line) == is_contact_heading(line)
