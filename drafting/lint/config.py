"""Lint settings: defaults, and ``[tool.drafting.lint]`` / ``drafting.toml`` loading.

The nearest ``drafting.toml`` (table ``[lint]``) or ``pyproject.toml`` with a
``[tool.drafting.lint]`` table, searched upward from the linted file (or the
working directory), wins. Keys::

    select = ["DR", "TR"]      # code prefixes to run (TR: translation checks, zh/es files)
    ignore = ["DR403"]         # code prefixes to skip
    words = ["Yuexiu"]         # extra known words
    word-list = "words.txt"    # a file of extra words, one a line (relative to the config)
    severity = {DR409 = "info"}
    [options.DR409]            # per-rule options (see docs/lint.md)
    max = 90
    [style]
    require = ["source", "contact", "end-mark"]   # what a release must carry
    percent = "percent"        # or "per cent" or "%"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafting.errors import InputError

_SEVERITIES = ("error", "warning", "info")
_KEYS = {"select", "ignore", "words", "word-list", "severity", "options", "style"}
DEFAULT_STYLE: dict[str, Any] = {"require": ["source", "contact", "end-mark"]}


@dataclass
class LintConfig:
    select: tuple[str, ...] = ("DR", "TR")
    ignore: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    severity: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    style: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_STYLE))
    source: Path | None = None  # the file these settings came from

    def enabled(self, code: str) -> bool:
        """Selected by a prefix and not ignored by a longer-or-equal prefix."""
        sel = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        ign = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        return sel >= 0 and sel > ign

    def with_cli(self, select: tuple[str, ...], ignore: tuple[str, ...]) -> LintConfig:
        """Command-line ``--select`` replaces the file's; ``--ignore`` adds to it."""
        out = LintConfig(**{k: getattr(self, k) for k in self.__dataclass_fields__})
        if select:
            out.select = select
        out.ignore = tuple(self.ignore) + tuple(ignore)
        return out


def find_config(start: Path) -> Path | None:
    """The nearest drafting.toml, or pyproject.toml with [tool.drafting.lint], upward."""
    here = start.resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        cand = folder / "drafting.toml"
        if cand.is_file():
            return cand
        cand = folder / "pyproject.toml"
        if cand.is_file() and "drafting" in _tool_table(cand):
            return cand
    return None


def _tool_table(path: Path) -> dict[str, Any]:
    """The [tool] table of a pyproject.toml; a file that never says "drafting" (nor
    escapes a character in a key) has no table of ours, and is not parsed."""
    import tomllib  # a few ms: only when a pyproject.toml may configure drafting

    try:
        text = path.read_text(encoding="utf-8")
        if "drafting" not in text and "\\u" not in text.lower():
            return {}
        return tomllib.loads(text).get("tool", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
        return {}


def load_config(path: Path | None) -> LintConfig:
    """Settings from ``path`` (or the defaults); a bad file is an InputError."""
    if path is None:
        return LintConfig()
    import tomllib  # a few ms at start-up: only when there is a file to read

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid TOML ({exc})", path=path, hint="fix the file") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=path) from None
    table = (
        data.get("lint", {})
        if path.name == "drafting.toml"
        else (data.get("tool", {}).get("drafting", {}).get("lint", {}))
    )
    return parse_config(table, path)


def _codes(value: Any, key: str, path: Path | None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"'{key}' must be a list of rule codes", path=path, hint='e.g. ["DR4"]')
    return tuple(v.strip().upper() for v in value)


def parse_config(table: dict[str, Any], path: Path | None = None) -> LintConfig:
    """Validate one lint table (already parsed from TOML)."""
    if not isinstance(table, dict):
        raise InputError("the lint settings must be a table", path=path)
    unknown = set(table) - _KEYS
    if unknown:
        raise InputError(
            f"unknown lint setting(s) {sorted(unknown)}",
            path=path,
            hint=f"use {', '.join(sorted(_KEYS))}",
        )
    cfg = LintConfig(source=path)
    if "select" in table:
        cfg.select = _codes(table["select"], "select", path)
    if "ignore" in table:
        cfg.ignore = _codes(table["ignore"], "ignore", path)
    words = table.get("words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise InputError("'words' must be a list of strings", path=path)
    extra = set(words)
    if "word-list" in table:
        wl = Path(str(table["word-list"]))
        if path is not None and not wl.is_absolute():
            wl = path.parent / wl
        from drafting.fileio import read_text

        extra.update(
            w.strip()
            for w in read_text(wl, allow_empty=True).splitlines()
            if w.strip() and not w.startswith("#")
        )
    cfg.words = frozenset(extra)
    sev = table.get("severity", {})
    if not isinstance(sev, dict) or any(v not in _SEVERITIES for v in sev.values()):
        raise InputError("'severity' maps codes to error|warning|info", path=path)
    cfg.severity = {k.upper(): v for k, v in sev.items()}
    opts = table.get("options", {})
    if not isinstance(opts, dict) or not all(isinstance(v, dict) for v in opts.values()):
        raise InputError("'options' must hold one table per rule code", path=path)
    cfg.options = {k.upper(): v for k, v in opts.items()}
    style = table.get("style", {})
    if not isinstance(style, dict):
        raise InputError("'style' must be a table", path=path)
    cfg.style = {**DEFAULT_STYLE, **style}
    if cfg.style.get("percent", "percent") not in ("percent", "per cent", "%"):
        raise InputError('\'style.percent\' is one of "percent", "per cent", "%"', path=path)
    require = cfg.style.get("require")
    if not isinstance(require, list) or not set(require) <= {"source", "contact", "end-mark"}:
        raise InputError(
            '\'style.require\' lists some of "source", "contact", "end-mark"', path=path
        )
    return cfg
