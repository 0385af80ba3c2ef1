"""Normalised text keeps a map back to the original offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drafting.ingest import normalize


def test_quotes_spaces_and_runs():
    text = "The \u201cGlobal\u00a0Mayors\u2019   Forum\u201d\r\n\r\nNext"
    norm = normalize(text)
    assert norm.text == 'The "Global Mayors\' Forum"\n\nNext'
    start = norm.text.index("Mayors'")
    a, b = norm.to_original(start, start + len("Mayors' Forum"))
    assert text[a:b] == "Mayors\u2019   Forum"


def test_base_offset_for_a_slice():
    text = "xxxx\u201cHi\u201d"
    norm = normalize(text[4:], base=4)
    assert norm.to_original(1, 3) == (5, 7) and text[5:7] == "Hi"


@given(st.text(max_size=300), st.integers(0, 50))
def test_offset_map_is_in_bounds_monotonic_and_faithful(text, base):
    norm = normalize(text, base=base)
    n = len(norm.text)
    assert len(norm.src_start) == len(norm.src_end) == n
    prev = base
    for i, ch in enumerate(norm.text):
        a, b = norm.src_start[i], norm.src_end[i]
        assert base <= prev <= a <= b <= base + len(text)
        prev = a
        if not ch.isspace():
            assert normalize(text[a - base : b - base]).text == ch
    for i in range(n + 1):
        for j in range(i, min(n, i + 5) + 1):
            a, b = norm.to_original(i, j)
            assert base <= a <= b <= base + len(text)
    assert not any(ch in norm.text for ch in "\u201c\u201d\u2018\u2019\u00a0\r")
