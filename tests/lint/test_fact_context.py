"""DR601 is subject- and edition-aware; DR604 reads partial dates. With the seeds' facts."""

from __future__ import annotations

from datetime import date

import pytest

from drafting.facts.model import Event, FactSet
from drafting.lint.config import LintConfig
from drafting.lint.engine import lint_text
from drafting.lint.rules.facts_dates import Partial


def _found(text: str, facts: FactSet, code: str, path: str = "draft.md") -> list:
    return lint_text(text, path, config=LintConfig(select=(code,)), facts=facts)


# (copy, expected severity of DR601 or None) against the seeds' own facts
SUBJECT_CASES = [
    # the 2025 edition is new: the facts' 800 is the 2023 forum's
    (
        "# 2025 Global Mayors' Forum Opens in Guangzhou\n\nThe 2025 Global Mayors' Forum opened "
        "on Dec. 8, bringing together over 900 representatives from 70 cities.",
        None,
    ),
    (
        "# 2025 Global Mayors' Forum Opens\n\nThe forum brought together over 900 representatives.",
        None,
    ),
    # the 7th award against the 6th award's 274 initiatives
    (
        "The 7th Guangzhou International Award for Urban Innovation received 289 initiatives "
        "from 201 cities and regions.",
        None,
    ),
    ("The 2023 Global Mayors' Forum is expected to draw 900 representatives.", None),
    # the real contradictions stay errors
    ("The 2023 Global Mayors' Forum attracted over 900 representatives.", "error"),
    (
        "The 6th Guangzhou International Award for Urban Innovation received 289 initiatives.",
        "error",
    ),
    (
        "# 2023 Global Mayors' Forum Closes\n\nThe forum brought together over 900 "
        "representatives.",
        "error",
    ),
    ("Over 900 representatives attended the 2023 Global Mayors' Forum.", "error"),
    # the facts' own figures, any edition
    (
        "The 2023 Global Mayors' Forum brought together over 800 representatives from 65 cities "
        "and 37 countries.",
        None,
    ),
    ("The 2021 Global Mayors' Forum gathered more than 800 guests from 126 cities.", None),
    # no event named: it cannot be told which edition, so at most a note
    ("Over 900 representatives attended.", "info"),
]


@pytest.mark.parametrize(("text", "severity"), SUBJECT_CASES)
def test_dr601_subject_and_edition(seed_facts: FactSet, text: str, severity: str | None) -> None:
    found = _found(text, seed_facts, "DR601")
    assert [f.severity for f in found] == ([severity] if severity else []), [
        f.message for f in found
    ]


def test_dr601_cites_the_same_edition(seed_facts: FactSet) -> None:
    (f,) = _found("The 2023 Global Mayors' Forum attracted over 900 representatives.", seed_facts,
                  "DR601")  # fmt: skip
    assert "2023 Global Mayors' Forum" in f.message and f.replacements == ("800",)


def test_partial_dates_parse_at_their_precision() -> None:
    assert Partial.parse("2021-05") == Partial(2021, 5)
    assert Partial.parse("2020") == Partial(2020)
    assert Partial.parse("2023-12-08") == Partial(2023, 12, 8)
    assert Partial.parse("last May") is None and Partial.parse("2021-13") is None
    assert Partial(2021, 5).same(date(2021, 5, 20)) and not Partial(2021, 5).same(date(2021, 6, 1))
    assert Partial(2020).same(date(2020, 11, 3))


def test_dr604_partial_dates_do_not_crash_and_compare_at_precision() -> None:
    facts = FactSet(
        events=[
            Event("Metropolises through Children's Eyes", start="2020-07", end="2020-10",
                  kind="contest"),
            Event("Rethink Metropolitan Spaces", start="2021-05", kind="initiative"),
            Event("presidential city of Metropolis", start="2020", end="2020", kind="election"),
        ]
    )  # fmt: skip
    ok = [
        "Metropolises through Children's Eyes ran from July 5 to October 30, 2020.",
        "Rethink Metropolitan Spaces was launched in May 2021.",
        "Rethink Metropolitan Spaces opened on May 3, 2021.",
        "The presidential city of Metropolis was held in 2020.",
    ]
    bad = [
        "Metropolises through Children's Eyes ran from July 5 to November 30, 2020.",
        "Rethink Metropolitan Spaces was launched in April 2021.",
        "Rethink Metropolitan Spaces opened on June 3, 2021.",
    ]
    for text in ok:
        assert _found(text, facts, "DR604") == [], text
    for text in bad:
        assert [f.rule for f in _found(text, facts, "DR604")] == ["DR604"], text


def test_dr604_on_the_seeds_facts_runs(seed_facts: FactSet) -> None:
    """The seeds' facts hold "2021-05", "2020-07" and "2020" (initiative, contest, election)."""
    partial = [e for e in seed_facts.events if e.start and len(e.start) < 10]
    assert partial
    for e in partial:
        _found(f"{e.name} was launched in {e.start[:4]}.", seed_facts, "DR604")


def test_the_gap_between_two_runs_is_no_slip_of_a_one_letter_word():
    """A window across two runs of capitalised words holds the break between them: it
    once stood in for the "A" of "Plan A Forum" and gave "' ' is close to ..."."""
    facts = FactSet(events=[Event("Plan A Forum")])
    assert not _found("The Plan forum Forum met.", facts, "DR602")
    assert [f.message for f in _found("The Plan B Forum met.", facts, "DR602")] == [
        "'B' is close to the known name 'Plan A Forum'"
    ]
