"""DR601's shortcuts (figures found from the unit heads, ...) give what the plain
definitions give."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from drafting.lint.document import LintDoc
from drafting.lint.rules import facts_figures as ff
from drafting.lint.rules.facts_common import EXAMPLE_FACTS

from .strategies import joined
from .test_fast_paths_facts import RICH_FACTS

#: numbers as copy writes them, units, the words and marks between them, and the
#: characters the case-blind unit pattern treats apart ("ſ", "ı", "İ", the Kelvin sign)
_FIGURE_PIECES = [
    "The", "the", "over", "some", "of", "from", "in", "new", "big", "member", "shortlisted",
    "well-known", "seven", "ten", "twenty-one", "one", "someone", "often", "Twelve", "(", "(800",
    "800", "65", "1,000", "1,00", "12,5", "3.5", "2023", "٣", "x2", "cities", "Cities",
    "CITIES", "representatives", "initiatives", "cases", "showcases", "capacities", "guests",
    " ", " ", " ", "  ", "\n", "\n\n", "\t", "\xa0", ",", ".", "’s", "'", "-",
    "ſ", "ı", "İ", "K", "citieſ", "cıtıes", "CİTİES", "2023 Global Mayors' Forum",
    "extraordinarilylongwordwithoutanyspaceinit", "will draw", "is expected to", "WİLL", "drew",
    "It", ". ", "The 2021 Global Mayors' Forum", "the forum", "Guangzhou Award", "6th",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(joined(_FIGURE_PIECES, 24), st.sampled_from([RICH_FACTS, EXAMPLE_FACTS]))
@example("seven ten cities", RICH_FACTS)
@example("twenty-one new big cities", RICH_FACTS)
@example("(seven extraordinarilylongwordwithoutanyspaceinit new big cities", RICH_FACTS)
@example("800 of the extraordinarilylongwordwithoutanyspaceinit cities", RICH_FACTS)
@example("800 citieſ", RICH_FACTS)
@example("İ seven cities", RICH_FACTS)
def test_numbers_before_heads_hold_every_number_a_unit_follows(text, facts) -> None:  # type: ignore[no-untyped-def]
    """Looking back from the unit heads keeps every number of :func:`_numbers` that the
    unit pattern accepts, and finds no number :func:`_numbers` does not."""
    idx = ff._build(facts)
    unit_rx = ff._unit_pattern(idx)
    low = text.lower()
    got = ff._numbers_before_heads(text, low, idx.units)
    if got is None:  # the case-blind pattern may see a head that ``low`` does not hold
        assert len(low) != len(text) or "ſ" in text or "ı" in text
        return
    every = ff._numbers(text, low)
    assert got == sorted(set(got))
    assert set(got) <= set(every)
    assert {n for n in every if unit_rx.match(text, n[1])} <= set(got)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(joined(_FIGURE_PIECES, 24), st.sampled_from([RICH_FACTS, EXAMPLE_FACTS]))
def test_dr601_finds_what_checking_every_figure_finds(text, facts) -> None:  # type: ignore[no-untyped-def]
    doc = LintDoc.from_text(text, "draft.txt", facts=facts)
    slow = LintDoc.from_text(text, "draft.txt", facts=facts)
    assert list(ff._check(doc)) == list(ff._check(slow, fast=False))


_FUTURE_PIECES = [
    "will", "Will", "WILL", "would", "expected", "Expects", "expect", "expecting", "set to",
    "Set To", "set  to", "plans to", "planned to", "PLAN TO", "aims to", "aim to", "forecast",
    "Forecasts", "projected", "anticipated", "upcoming", "next year", "Next Year's", "next years",
    "next  year", "it", "x", "s", "'", "’", " ", " ", "\n", ".", "K", "İ", "wİll", "ſet to",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(joined(_FUTURE_PIECES, 10))
def test_future_is_sought_only_in_sentences_holding_one_of_its_words(text: str) -> None:
    """Where ``low`` is the text lower-cased character for character and holds no "ſ"
    or "ı", each match of the case-blind pattern holds one of the words looked for."""
    low = text.lower()
    if len(low) != len(text) or "ſ" in text or "ı" in text:
        return
    for m in ff._FUTURE.finditer(text):
        assert ff._may_be_future(m.group().lower())
    if ff._FUTURE.search(text):
        assert ff._may_be_future(low)
