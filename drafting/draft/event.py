"""The event file: what is new about this edition, and ``--set`` overrides.

An event file is YAML with top-level sections the templates read (``release``,
``event``, ``history``, ``award``, ``speakers``, ``quotes``, ``contact``,
``press_conference``, ``headline``); see ``examples/*.event.yaml``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml


class EventFileError(ValueError):
    """The event data is malformed; the message says what and where."""


def parse_event(text: str) -> dict[str, Any]:
    """Parse event YAML into plain data (dates become ISO strings)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise EventFileError(f"not valid YAML{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise EventFileError("top level must be a mapping of sections (event:, release:, ...)")
    for key, value in data.items():
        if not isinstance(key, str):
            raise EventFileError(f"section name {key!r} must be text")
        if key in {"release", "event", "history", "award", "contact", "press_conference"} and (
            value is not None and not isinstance(value, dict)
        ):
            raise EventFileError(f"'{key}:' must be a mapping of keys")
        if key in {"speakers", "quotes"} and value is not None and not isinstance(value, list):
            raise EventFileError(f"'{key}:' must be a list")
    return _plain(data)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


#: keys that must hold an ISO date (YYYY-MM-DD) and keys that must hold a whole number
DATE_KEYS = (
    "release.date", "event.start", "event.end", "award.opens", "award.deadline",
    "award.ceremony", "press_conference.date",
)  # fmt: skip
NUMBER_KEYS = ("award.edition", "history.cycle")


def check_values(data: dict[str, Any]) -> None:
    """Refuse dates and edition numbers that cannot be parsed, naming the key."""
    for key in DATE_KEYS + NUMBER_KEYS:
        section, _, name = key.partition(".")
        node = data.get(section)
        value = node.get(name) if isinstance(node, dict) else None
        if value in (None, ""):
            continue
        try:
            if key in DATE_KEYS:
                date.fromisoformat(str(value).strip())
            else:
                int(str(value).strip())
        except ValueError:
            kind = "a date (write YYYY-MM-DD)" if key in DATE_KEYS else "a whole number"
            raise EventFileError(f"'{key}': {value!r} is not {kind}") from None


def apply_sets(data: dict[str, Any], assignments: list[str]) -> dict[str, Any]:
    """Apply ``key.sub=value`` assignments (values are text) to a copy of ``data``."""
    out: dict[str, Any] = _plain(data)
    for item in assignments:
        key, sep, value = item.partition("=")
        parts = [p.strip() for p in key.split(".")]
        if not sep or not all(parts):
            raise EventFileError(f"--set {item!r}: expected key.sub=value")
        node = out
        for part in parts[:-1]:
            child = node.get(part)
            if child is None:
                child = node[part] = {}
            if not isinstance(child, dict):
                raise EventFileError(f"--set {item!r}: '{part}' is not a section")
            node = child
        node[parts[-1]] = value
    return out
