"""Issue 3: a draft states nothing that neither the facts file nor the event file holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from draft_checks import numbers, untraced_names
from draft_support import EXAMPLES, TEMPLATES

from drafting.cli import cli


def _draft(facts: Path, template: str, *extra: str) -> str:
    event = EXAMPLES / f"{template}.event.yaml"
    result = CliRunner().invoke(
        cli, ["draft", template, "--facts", str(facts), "--event", str(event), *extra]
    )
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_number_and_name_is_traced(seed_facts: Path, template: str) -> None:
    draft = _draft(seed_facts, template)
    sources = seed_facts.read_text(encoding="utf-8") + (
        EXAMPLES / f"{template}.event.yaml"
    ).read_text(encoding="utf-8")
    assert numbers(draft) - numbers(sources) == set()
    assert untraced_names(draft, sources) == []
    # the draft really uses both inputs: past figures and organisers from the facts
    event_only = (EXAMPLES / f"{template}.event.yaml").read_text(encoding="utf-8")
    assert untraced_names(draft, event_only), "expected names that only the facts supply"


def test_checker_catches_an_invented_name_and_figure(seed_facts: Path) -> None:
    draft = _draft(seed_facts, "opening")
    sources = seed_facts.read_text(encoding="utf-8") + (EXAMPLES / "opening.event.yaml").read_text(
        encoding="utf-8"
    )
    forged = draft + "\nThe Acme Harbour Prize went to 4321 cities.\n"
    assert "Acme Harbour Prize" in untraced_names(forged, sources)
    assert 4321 in numbers(forged) - numbers(sources)
    # a spelled-out number counts as the number: an invented "eighteen" is caught too
    assert 18 in numbers(draft + "\nEighteen mayors spoke.\n") - numbers(sources)


def test_past_figures_come_from_the_facts(seed_facts: Path) -> None:
    """The 2023 edition's turnout is cited from the seeds, newest statement winning."""
    draft = _draft(seed_facts, "opening")
    assert "The 2023 Global Mayors' Forum brought together over 800 representatives" in draft
    # AP style: one to nine spelled out in body copy, 10 and above as figures
    assert "from 65 cities, 37 countries and nine international organizations" in draft


def test_speaker_titles_come_from_the_facts(seed_facts: Path) -> None:
    draft = _draft(seed_facts, "advisory")
    assert "Octavi de la Varga, Secretary-General of Metropolis" in draft
