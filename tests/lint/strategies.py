"""Hypothesis strategies shared by the lint tests."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


def joined(pieces: Sequence[str], max_size: int) -> st.SearchStrategy[str]:
    """Texts of up to ``max_size`` of ``pieces`` run together: a shortcut's test builds its
    inputs from the pieces its pattern turns on, so hypothesis meets the edge cases."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)
