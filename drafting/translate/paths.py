"""Where translation data lives: one base folder, overridable for tests and teams.

``DRAFTING_HOME`` overrides the base; otherwise platformdirs' user data dir.
``DRAFTING_MODELS`` overrides only the models folder (e.g. a shared read-only one).
"""

from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    """Base folder for memory, cache and models."""
    env = os.environ.get("DRAFTING_HOME")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("drafting", appauthor=False))


def models_dir() -> Path:
    """Folder holding installed argos packages (one sub-folder per package)."""
    env = os.environ.get("DRAFTING_MODELS")
    return Path(env) if env else home() / "models"


def argos_dir() -> Path:
    """Private XDG-style root handed to argostranslate so it never touches ~/.local."""
    return home() / "argos"


def memory_dir() -> Path:
    """Translation memory: one TMX file per language pair."""
    return home() / "memory"


def cache_file() -> Path:
    """MT cache (SQLite): engine output keyed by engine, model, pair and segment."""
    return home() / "cache" / "mt-cache.sqlite3"
