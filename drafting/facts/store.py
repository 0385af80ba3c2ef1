"""Reading and writing facts files (YAML or JSON) with errors a person can act on."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from drafting.errors import InputError
from drafting.facts.model import FactSet
from drafting.fileio import read_text


def load_facts(path: str | Path) -> FactSet:
    """Read a facts file written by ``drafting facts`` (YAML or JSON).

    Both shapes are accepted: one merged object, or a list of per-release
    objects (merged on load).
    """
    text = read_text(path)
    try:
        data = yaml.safe_load(text)  # YAML is a superset of JSON
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(
            f"not a valid YAML/JSON facts file{where}",
            path=path,
            hint="regenerate it with 'drafting facts SEEDS -o FILE'",
        ) from None
    try:
        if isinstance(data, list):  # one object per release, as `drafting facts` writes by default
            from drafting.facts.merging import merge

            return merge([FactSet.from_dict(item) for item in data])
        return FactSet.from_dict(data)
    except (TypeError, ValueError) as exc:
        raise InputError(
            f"malformed facts file ({exc})",
            path=path,
            hint="regenerate it with 'drafting facts SEEDS -o FILE'",
        ) from None


def dump_facts(facts: FactSet, fmt: str = "yaml", *, single: bool = False) -> str:
    """Serialise facts for ``--format yaml|json``."""
    data = facts.to_dict(single=single)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def dump_releases(factsets: list[FactSet], fmt: str = "yaml") -> str:
    """Serialise one ``{"release": ...}`` object per release, as a list."""
    data = [fs.to_dict(single=True) for fs in factsets]
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
