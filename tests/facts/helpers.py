"""Shared test helpers: seeds parsed the same way the golden files were made."""

from __future__ import annotations

import json
from pathlib import Path

from drafting.facts import extract_facts
from drafting.fileio import read_text
from drafting.ingest import parse_release

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"


def seed_text(seed: Path) -> str:
    return read_text(seed)


def seed_facts(seed: Path):
    """Facts of one seed, with the file named relative to the repo (stable across machines)."""
    return extract_facts(parse_release(read_text(seed), f"seeds/{seed.name}"))


def golden_path(seed: Path) -> Path:
    return GOLDEN / f"{seed.stem}.facts.json"


def as_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
