"""Fixtures for the drafting tests: the seeds' facts, made by the real ``drafting facts``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TEMPLATES = ("opening", "closing", "advisory", "award")
#: a reviewed snapshot of 'drafting facts seeds/ --merge', so goldens do not move
#: whenever the extractor improves
SNAPSHOT = Path(__file__).parent / "data" / "seed_facts.yaml"


@pytest.fixture(scope="session")
def seed_facts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Facts from the five seeds, extracted by the facts command in a subprocess."""
    out = tmp_path_factory.mktemp("facts") / "facts.yaml"
    proc = subprocess.run(
        [sys.executable, "-m", "drafting", "facts", str(ROOT / "seeds"), "--merge", "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(args: list[str]):  # type: ignore[no-untyped-def]
    """Invoke the CLI the way users do (DraftingError -> one line, exit 2)."""
    proc = subprocess.run(
        [sys.executable, "-m", "drafting", *args], capture_output=True, text=True, cwd=ROOT
    )
    return proc
