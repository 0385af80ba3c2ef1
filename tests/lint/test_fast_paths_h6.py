"""DR604's shortcuts give what the plain definitions give: the folded view taken to be the
lower-cased one, names found once per document, the events of a paragraph grouped from
the names found in it."""

from __future__ import annotations

import sys
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.facts.model import Event, FactSet
from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.rules import facts_dates as fd
from drafting.lint.rules.facts_common import EXAMPLE_FACTS, events_in

from .strategies import joined
from .test_fast_paths_facts import RICH_FACTS, _date, dated_drafts

#: characters that fold otherwise than they lower, or lower by their neighbours, or lengthen
_ODD = ["ß", "Σ", "ς", "σ", "İ", "ﬁ", "µ", "ſ", "K", "Ꭰ", "ꭰ", "ΐ", "é", "’", "世", "ǅ", "\u0345"]
_SPACES = [" ", "\n", "\n\n", "\xa0", "\u2028", "\u3000", "\t", "\x85"]

#: facts whose names fold otherwise than they lower, or hold a letter that does
ODD_FACTS = FactSet(
    events=[
        *RICH_FACTS.events,
        Event("Straße Forum", "2023", start="2023-12-08", end="2023-12-10"),
        Event("ΣΟΦΙΑ Summit", start="2021-05"),
        Event("UTOPÍAS", start="2020-07", end="2020-10"),
    ]
)


def _plain(doc: LintDoc) -> list[Finding]:
    """DR604 as first written: every paragraph, the events :func:`events_in` finds in it."""
    facts = doc.facts
    assert facts is not None
    if not any(e.name.lower() in doc.low for e in facts.events):
        return []
    out: list[Finding] = []
    for para in doc.paragraphs:
        groups: dict[tuple[str, str | None], list[Event]] = defaultdict(list)
        for e in events_in(para.text, facts.events):
            groups[(e.name, e.edition)].append(e)
        if len(groups) == 1:
            (key, events) = next(iter(groups.items()))
            out.extend(fd._para_dates(para, key, {key: fd._event_span(events)}))
    return out


@st.composite
def _dated_sentence(draw: st.DrawFn) -> str:
    """An event, maybe an edition, a date, maybe an odd character: "the 2023 Straße Forum
    opened on Dec. 9"."""
    edition = draw(st.sampled_from(["", "2023 ", "2021 ", "6th ", "the "]))
    name = draw(st.sampled_from([
        "Straße Forum", "STRASSE FORUM", "ΣΟΦΙΑ Summit", "σοφια summit", "UTOPÍAS", "utopías",
        "Global Mayors' Forum", "Guangzhou Award", "World Congress of Metropolis",
    ]))  # fmt: skip
    odd = draw(st.sampled_from(["", "", *_ODD]))
    return f"{edition}{name}{odd} {draw(_date())}{draw(st.sampled_from(['.', ',', '']))}"


_texts = st.one_of(
    dated_drafts(),
    st.lists(st.tuples(_dated_sentence(), st.sampled_from(_SPACES)), max_size=6).map(
        lambda parts: "".join(a + b for a, b in parts)
    ),
    joined(
        [
            *_ODD, *_SPACES, "Straße Forum", "STRASSE FORUM", "strasse forum", "ΣΟΦΙΑ Summit",
            "σοφια summit", "UTOPÍAS", "utopías", "Global Mayors' Forum", "2023", "2021",
            " opened on December 9", " was held in 2020", " from Dec. 8 to 12", " launched in ",
            "May 2021", "July 5", "Guangzhou Award", "6th", ".",
        ],
        25,
    ),
)  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, st.sampled_from(["rich", "odd", "example"]))
def test_dr604_finds_what_reading_every_paragraph_finds(text: str, which: str) -> None:
    facts = {"rich": RICH_FACTS, "odd": ODD_FACTS, "example": EXAMPLE_FACTS}[which]
    doc = LintDoc.from_text(text, "draft.txt", facts=facts)
    assert list(fd.event_dates(doc)) == _plain(doc)


@settings(max_examples=500, deadline=None)
@given(joined([*_ODD, *_SPACES, "A", "b", "Forum", "'", "-", "."], 12))
def test_view_folds_as_it_lowers_only_when_said_to(text: str) -> None:
    doc = LintDoc.from_text(text, "draft.txt")
    if fd._folds_as_lower(doc):
        assert doc.view.casefold() == doc.low


def test_spaces_fold_and_lower_to_themselves_and_part_sigma_from_its_neighbours() -> None:
    """What :func:`_folds_as_lower` rests on, for every space ``str.split`` cuts at."""
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert len("".join(spaces).split()) == 0
    for s in spaces:
        assert s.lower() == s.casefold() == s
        # a space is neither cased nor case-ignorable: a final sigma is seen the same way
        assert ("A" + s + "Σ").lower() == "a" + s + "σ"
        assert ("AΣ" + s + "A").lower() == "aς" + s + "a"
