"""The shortcuts of the fact rules (DR601, DR603, DR604) give what the plain definitions give."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.facts.model import Event, FactSet, Figure
from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.rules import facts_dates as fd
from drafting.lint.rules import facts_figures as ff
from drafting.lint.rules.facts_common import EXAMPLE_FACTS, events_in

#: facts where one unit has several values (other subjects, editions, ranges, no subject)
RICH_FACTS = FactSet(
    figures=[
        Figure(800, "representatives", subject="2023 Global Mayors' Forum"),
        Figure(600, "representatives", subject="2021 Global Mayors' Forum"),
        Figure(65, "cities", subject="2023 Global Mayors' Forum"),
        Figure(113, "cities", subject="2021 Global Mayors' Forum"),
        Figure(15, "shortlisted cities", subject="5th Guangzhou Award"),
        Figure(5, "cities", value_to=9, subject="Metropolis"),
        Figure(
            274, "initiatives", subject="6th Guangzhou International Award for Urban Innovation"
        ),
        Figure(300, "cases"),
        Figure(12, "member cities", subject="Metropolis"),
    ],
    events=[
        Event("Global Mayors' Forum", "2023", start="2023-12-08", end="2023-12-10"),
        Event("Global Mayors' Forum", "2021", start="2021-11-08", end="2021-11-13"),
        Event("Guangzhou International Award for Urban Innovation", "6th", alias="Guangzhou Award"),
        Event("Guangzhou International Award for Urban Innovation", "5th"),
        Event("World Congress of Metropolis", aliases=["Metropolis World Congress"]),
    ],
)

_PIECES = [
    "The", "the", "It", "Its", "They", "this year's", "next year's", "last", "forum", "award",
    "congress", "Forum", "Global Mayors' Forum", "Guangzhou Award", "Metropolis",
    "Guangzhou International Award for Urban Innovation", "World Congress of Metropolis",
    "2021", "2023", "2025", "5th", "6th", "sixth", "fifth", "edition of the", "over", "drew",
    "will", "is expected to", "received", "attended", "of", "at", "from", "shortlisted",
    "member", "cities", "representatives", "initiatives", "cases", "countries", "guests",
    "65", "113", "800", "600", "900", "7", "15", "1,000", "12.5", "one", "seven", "twelve",
    "someone", "often", ".", ",", ":", ";", "\n", "\n\n", "# ", "U.S.", "Dec.", "—", "’s",
]  # fmt: skip


_SUBJECTS = [
    "The 2023 Global Mayors' Forum", "The 2021 Global Mayors' Forum", "the 2025 forum",
    "The forum", "This year's forum", "Next year's forum", "The 6th Guangzhou Award",
    "The fifth Guangzhou International Award for Urban Innovation", "The award", "It",
    "Metropolis", "The World Congress of Metropolis", "Global Mayors' Forum 2021", "They",
]  # fmt: skip
_UNITS = ["representatives", "cities", "shortlisted cities", "member cities", "initiatives",
          "cases", "new big cities", "guests"]  # fmt: skip


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    """A sentence with a figure, its subject before or after it, or neither."""
    subject = draw(st.sampled_from(["", *_SUBJECTS]))
    verb = draw(st.sampled_from(["drew", "will draw", "received", "had", "is expected to draw"]))
    figure = " ".join(
        [
            draw(st.sampled_from(["", "over", "nearly"])),
            draw(st.sampled_from(["5", "7", "15", "65", "113", "600", "800", "900", "seven"])),
            draw(st.sampled_from(_UNITS)),
        ]
    ).strip()
    after = draw(st.sampled_from(["", " of the 2021 forum", " at the 2023 Global Mayors' Forum"]))
    end = draw(st.sampled_from([".", ".", "!", ";", ". Dec.", ":"]))
    return f"{subject} {verb} {figure}{after}{end}".strip()


@st.composite
def drafts(draw: st.DrawFn) -> str:
    """Copy built from the names, editions, numbers and units the facts know: whole
    sentences with a figure, and loose pieces between them."""
    parts = draw(
        st.lists(st.one_of(_sentence(), st.sampled_from(_PIECES)), min_size=1, max_size=12)
    )
    seps = draw(st.lists(st.sampled_from([" ", " ", "  ", "\n", "\n\n", ""]), min_size=len(parts)))
    return "".join(w + s for w, s in zip(parts, seps, strict=False))


def _findings(text: str, facts: FactSet, fast: bool) -> list[Finding]:
    doc = LintDoc.from_text(text, "draft.txt", facts=facts)
    return list(ff._check(doc, fast))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts(), st.sampled_from(["rich", "example"]))
def test_dr601_shortcuts_find_what_checking_every_figure_finds(text: str, which: str) -> None:
    """The digit scan that wants a unit, the per-figure verdicts and the document's and
    paragraph's possible subjects skip figures; checking every figure finds the same."""
    facts = RICH_FACTS if which == "rich" else EXAMPLE_FACTS
    assert _findings(text, facts, True) == _findings(text, facts, False)


def test_dr601_shortcuts_keep_the_rules_own_examples() -> None:
    texts = [
        "The 2023 Global Mayors' Forum drew over 900 representatives.",
        "# 2023 Global Mayors' Forum Closes\n\nThe forum brought together over 900 "
        "representatives.",
        "The 2023 Global Mayors' Forum opened on Friday. It drew over 900 representatives.",
        "Over 900 representatives attended.",
        "The 2021 Global Mayors' Forum drew 65 cities; the 2023 forum drew 113 cities.",
    ]
    for text in texts:
        for facts in (RICH_FACTS, EXAMPLE_FACTS):
            assert _findings(text, facts, True) == _findings(text, facts, False)
    assert _findings(texts[0], EXAMPLE_FACTS, True)  # not vacuous


@settings(max_examples=300, deadline=None)
@given(drafts())
def test_digits_followed_by_a_unit_are_the_numbers_the_unit_pattern_accepts(text: str) -> None:
    """One scan for digits with a counted unit after them keeps every number that
    :func:`_numbers` finds and the unit pattern accepts."""
    idx = ff._build(RICH_FACTS)
    unit_rx, digits_rx = ff._unit_pattern(idx), ff._digits_pattern(idx)
    low = text.lower()
    every = ff._numbers(text, low)
    some = ff._numbers(text, low, digits_rx)
    assert set(some) <= set(every)
    assert {n for n in every if unit_rx.match(text, n[1])} <= set(some)


@settings(max_examples=200, deadline=None)
@given(drafts())
def test_possible_subjects_hold_every_subject_resolved(text: str) -> None:
    """Every subject :func:`_resolve` gives, for the document or a paragraph starting from
    the document's events, is among those :func:`_possible` allows."""
    idx = ff._build(RICH_FACTS)
    raws = ff._raw_mentions(text.lower(), idx)
    pairs, editions = ff._possible(raws, idx)
    events = ff._document_events(raws, idx)
    for start in range(len(raws)):
        for m in ff._resolve(raws[start:], idx, dict(events)):
            if m.subject is not None:
                key = (m.subject.name, m.subject.edition)
                assert key in pairs or key[1] in editions


@given(
    st.sampled_from(["representatives", "cities", "initiatives", "cases"]),
    st.sampled_from([5, 7, 9, 15, 65, 113, 300, 600, 800, 900]),
    st.sampled_from(["", "shortlisted ", "member ", "big "]),
)
def test_verdict_is_the_check_made_once_the_subject_is_known(
    head: str, value: int, mods: str
) -> None:
    idx = ff._build(RICH_FACTS)
    words = set((mods + head).split())
    verdict = idx.verdict(head, value, mods + head)
    for key, figs in idx.figures.items():
        same = [f for f in figs if ff._head(f.unit) == head and ff._unit_matches(f, words)]
        assert (key in verdict.flags) == bool(same and not any(ff._holds(f, value) for f in same))
    pool = [f for f in idx.units.get(head, ()) if ff._unit_matches(f, words)]
    values = {f.value for f in pool}
    assert verdict.info == (len(values) == 1 and not any(ff._holds(f, value) for f in pool))
    if not idx.disputed(head, value, words):
        assert not verdict.flags and not verdict.info


def test_lookbehind_sees_before_the_start_of_a_search() -> None:
    """The digit scan and the window searches rely on it: a search from ``pos`` still
    looks at the characters before ``pos``."""
    assert re.compile(r"\d(?<![\w.,]\d)").search("a1", 1) is None
    assert re.compile(r"\bx").match("ax", 1) is None


_DATE_PIECES = [
    "The", "Global Mayors' Forum", "GLOBAL MAYORS' FORUM", "Straße", "İstanbul", "2023", "2021",
    "was held", "held", "opened", "opens", "closed", "took place", "launched", "ended", "from",
    "in", "on", "to", "-", "–", "December", "Dec.", "Nov", "May", "8", "10", "12th", ",", ".",
    "World Congress of Metropolis", "Guangzhou Award", "\n", "\n\n", "attended",
    "launched in May 2021", "was held in 2020", "closed\n2023", "attended in 2021",
]  # fmt: skip


@st.composite
def _date(draw: st.DrawFn) -> str:
    """A date as copy writes it: "opened on Dec. 8", "from December 8 to 10, 2023"."""
    verb = draw(st.sampled_from(["", "opened", "opens on", "was held", "took place", "from"]))
    month = draw(st.sampled_from(["December", "Dec.", "Nov", "May", "June"]))
    days = draw(st.sampled_from(["8", "10", "12th", "8 to 10", "8-12", "8 – Jan 2", "8 through"]))
    year = draw(st.sampled_from(["", ", 2023", " 2021", " in 2020"]))
    return f"{verb} {month} {days}{year}".strip()


@st.composite
def dated_drafts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.one_of(_date(), st.sampled_from(_DATE_PIECES)), max_size=30))
    seps = draw(st.lists(st.sampled_from([" ", " ", "\n", "\n\n", "  ", ""]), min_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=False))


@settings(max_examples=300, deadline=None)
@given(dated_drafts())
def test_dr604_visits_every_paragraph_that_names_an_event(text: str) -> None:
    """Finding each name once in the folded document keeps every paragraph where the
    per-paragraph test (:func:`events_in`) finds an event."""
    doc = LintDoc.from_text(text, "draft.txt", facts=RICH_FACTS)
    named = list(RICH_FACTS.events)
    paras = doc.paragraphs
    naming = fd._paragraphs_naming(doc.view.casefold(), len(doc.view), paras, named)
    assert {i for i, p in enumerate(paras) if events_in(p.text, named)} <= set(naming)


@settings(max_examples=300, deadline=None)
@given(dated_drafts())
def test_dr604_prechecks_rule_out_only_paragraphs_without_a_match(text: str) -> None:
    """No month-and-day: no range, no single date; none of its verbs: no month and year."""
    if fd._MON_DAY.search(text) is None:
        assert fd._RANGE.search(text) is None and fd._ONE_DATE.search(text) is None
    if not any(verb in text for verb in fd._MONTH_YEAR_VERBS):
        assert fd._MONTH_YEAR.search(text) is None
    for m in fd._MONTH_YEAR.finditer(text):
        assert any(verb in m.group() for verb in fd._MONTH_YEAR_VERBS)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([*_PIECES, " ", "\n", "٣", "edition", "(“"]), max_size=10).map(
        "".join
    ),
    st.integers(0, 60),
)
def test_edition_before_a_name_is_sought_only_where_one_may_end(text: str, cut: int) -> None:
    """The pre-check of :func:`_edition_before` rules out only windows the search
    finds nothing in."""
    low = text.lower()
    start = min(cut, len(low))
    for rx, back in ((ff._PRE_EDITION, 40), (ff._PRE_KIND_EDITION, 20)):
        found = rx.search(low, max(0, start - back), start)
        got = ff._edition_before(rx, low, start, back)
        assert (got and got.span()) == (found and found.span())
