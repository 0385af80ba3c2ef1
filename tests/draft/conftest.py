"""Fixtures for the drafting tests: the seeds' facts, made by the real ``drafting facts``.

Shared paths and helpers live in ``draft_support`` (import them from there).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from draft_support import ROOT


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
