"""Facts from each seed equal the reviewed golden file.

Regenerate after a deliberate change with ``UPDATE_GOLDEN=1 python -m pytest
tests/facts/test_golden.py``, then review the diff line by line against the
seed texts before keeping it.
"""

from __future__ import annotations

import json
import os

import pytest

from .helpers import SEEDS, as_json, golden_path, seed_facts


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_facts_match_golden(seed):
    got = seed_facts(seed).to_dict(single=True)
    path = golden_path(seed)
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(as_json(got), encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}; run with UPDATE_GOLDEN=1 and review it"
    assert got == json.loads(path.read_text(encoding="utf-8"))


def test_every_seed_has_a_golden_file():
    assert len(SEEDS) == 5
    for seed in SEEDS:
        assert golden_path(seed).exists()
