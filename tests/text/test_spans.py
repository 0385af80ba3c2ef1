"""``pieces_holding``: the pieces a word occurs in, found by one search per piece."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.text.spans import pieces_holding

_PIECE = st.text(alphabet="abAB ’'", max_size=8)
_WORD = st.text(alphabet="abAB’", min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECE, max_size=6), st.sets(_WORD, max_size=4), st.booleans())
def test_the_pieces_holding_a_word_are_those_a_search_of_each_finds(pieces, words, fold):
    want = {
        i
        for i, piece in enumerate(pieces)
        if any(w in (piece.lower() if fold else piece) for w in words)
    }
    assert pieces_holding(pieces, words, fold=fold) == want
