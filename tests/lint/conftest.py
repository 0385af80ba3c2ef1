"""Shared fixtures: the seeds' own facts, built once per session by ``drafting facts``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drafting.facts.model import FactSet
from drafting.facts.store import load_facts

ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = ROOT / "seeds"
CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture(scope="session")
def seed_facts_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("facts") / "facts.yaml"
    subprocess.run(
        [sys.executable, "-m", "drafting", "facts", str(SEEDS_DIR), "--merge", "-o", str(out)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return out


@pytest.fixture(scope="session")
def seed_facts(seed_facts_path: Path) -> FactSet:
    facts = load_facts(seed_facts_path)
    assert facts.figures and facts.organizations and facts.events  # the real thing, not empty
    return facts
