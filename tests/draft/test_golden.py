"""Golden English drafts of the four templates from the examples.

Rendered against ``data/seed_facts.yaml`` (a reviewed snapshot of
``drafting facts seeds/ --merge``) so that a better extractor does not move
them. After an intended change, review and update with::

    DRAFTING_UPDATE_GOLDEN=1 python -m pytest tests/draft/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from draft_support import EXAMPLES, SNAPSHOT, TEMPLATES

from drafting.cli import cli

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("DRAFTING_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("template", TEMPLATES)
def test_english_draft_matches_golden(template: str) -> None:
    result = CliRunner().invoke(
        cli,
        ["draft", template, "--facts", str(SNAPSHOT), "--event",
         str(EXAMPLES / f"{template}.event.yaml")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    golden = GOLDEN / f"{template}.en.md"
    if UPDATE:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")
