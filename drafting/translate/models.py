"""Installed argos packages: find them without importing the MT stack, install offline.

Listing and "is there a model for en->zh" read each package's ``metadata.json``
directly, so ``drafting translate`` can refuse early (exit 2) without paying
for torch. Installing goes through argostranslate's own functions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from drafting.translate.paths import models_dir


@dataclass(frozen=True)
class InstalledModel:
    name: str  # folder name
    source: str
    target: str
    version: str
    path: Path


def installed(root: Path | None = None) -> list[InstalledModel]:
    """Every translate package under the models folder, sorted by pair."""
    root = root or models_dir()
    found = []
    if root.is_dir():
        for meta in sorted(root.glob("*/metadata.json")):
            try:
                data = json.loads(meta.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if data.get("type", "translate") != "translate":
                continue
            found.append(
                InstalledModel(
                    meta.parent.name,
                    str(data.get("from_code", "?")),
                    str(data.get("to_code", "?")),
                    str(data.get("package_version", "")),
                    meta.parent,
                )
            )
    return sorted(found, key=lambda m: (m.source, m.target, m.name))


def find(source: str, target: str, root: Path | None = None) -> InstalledModel | None:
    """The installed model for a pair (the last by name when several are installed)."""
    match = [m for m in installed(root) if m.source == source and m.target == target]
    return match[-1] if match else None


#: What to do when the mt extra (argostranslate, ctranslate2, sentencepiece) is missing.
MT_EXTRA_HINT = (
    "install the mt extra: pip install torch==2.13.0, then pip install 'drafting[mt]' "
    "(scripts/setup.sh does both)"
)


def install_command(source: str, target: str) -> str:
    """What to tell a user who lacks a pair."""
    return (
        f"install one with `drafting models install FILE.argosmodel` "
        f"(or `drafting models install translate-{source}_{target} --online`)"
    )
