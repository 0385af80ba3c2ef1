"""The pre-commit hook definition points at the real command."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_pre_commit_hooks() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    ids = {h["id"]: h for h in hooks}
    assert set(ids) == {"drafting-lint", "drafting-lint-fix"}
    for h in hooks:
        assert h["entry"].startswith("drafting lint") and h["language"] == "python"
        rx = re.compile(h["files"])
        assert rx.search("news/release.md") and rx.search("a.html") and rx.search("b.txt")
        assert not rx.search("setup.py")
    assert "--fix" in ids["drafting-lint-fix"]["entry"]
