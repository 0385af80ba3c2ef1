"""Placeholders: what MT must not touch goes out and comes back exactly."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from drafting.translate.protect import mask, restore

_text = st.text(
    alphabet=st.characters(blacklist_characters="⟦⟧", blacklist_categories=("Cs",)), max_size=200
)
_fragments = st.lists(
    st.one_of(
        st.sampled_from(
            ["the forum", "Guangzhou", " ", ", ", ". ", "**", "*", "_", "[", "]", "(", ")"]
        ),
        st.from_regex(r"\d{1,3}(,\d{3})*(\.\d+)?%?", fullmatch=True),
        st.from_regex(r"https://[a-z]{1,8}\.org/[a-z_]{0,8}", fullmatch=True),
        st.from_regex(r"[a-z]{1,6}@[a-z]{1,6}\.com", fullmatch=True),
    ),
    max_size=30,
).map(" ".join)  # URLs and e-mails are delimited in real copy


@given(st.one_of(_text, _fragments))
def test_restore_undoes_mask(text):
    m = mask(text)
    assert restore(m.text, m.slots) == (text, [])


@given(_fragments)
def test_no_digit_url_or_email_reaches_the_engine(text):
    masked = mask(text).text
    assert not re.search(r"\d", re.sub(r"⟦\d+⟧", "", masked))
    assert "https://" not in masked and "@" not in masked


def test_terms_are_replaced_by_their_target_form():
    text = "The Global Mayors' Forum opens in Guangzhou."
    m = mask(text, [(4, 24, "全球市长论坛"), (34, 43, "广州")])
    assert "Global" not in m.text and "Guangzhou" not in m.text
    assert restore(m.text, m.slots)[0] == "The 全球市长论坛 opens in 广州."


def test_overlapping_terms_keep_the_longest():
    m = mask("Guangzhou Award", [(0, 9, "广州"), (0, 15, "广州奖")])
    assert m.slots == ("广州奖",)


def test_restore_tolerates_spaces_an_engine_adds_and_reports_lost_slots():
    m = mask("Visit https://a.org now, 1,200 people.")
    assert len(m.slots) == 2
    damaged = m.text.replace("⟦0⟧", "⟦ 0 ⟧").replace("⟦1⟧", "")
    text, lost = restore(damaged, m.slots)
    assert "https://a.org" in text and lost == [1]


def test_markdown_link_keeps_url_and_lets_text_through():
    m = mask("See [our report](https://x.org/r) and **this**.")
    assert "our report" in m.text and "this" in m.text
    assert "https://x.org/r" not in m.text and "**" not in m.text
    assert m.only_placeholders is False
    assert mask("1,200 (3.5%)").only_placeholders is True
