"""Fixtures for the translation tests: a private data dir per test, and the tiny model.

The tiny .argosmodel is built once per session by the project's own script
(seconds, offline) and never committed.
"""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # translate_fakes for --engine module:callable

from translate_helpers import ROOT  # noqa: E402


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh DRAFTING_HOME: empty memory, cache and models folder."""
    base = tmp_path / "drafting-home"
    monkeypatch.setenv("DRAFTING_HOME", str(base))
    monkeypatch.delenv("DRAFTING_MODELS", raising=False)
    return base


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    """Path of a freshly built ``translate-en_es-tiny.argosmodel``."""
    spec = importlib.util.spec_from_file_location(
        "build_tiny_model", ROOT / "scripts" / "build_tiny_model.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build(tmp_path_factory.mktemp("tiny"), "en", "es")


@pytest.fixture
def installed_tiny(home, tiny_model) -> Path:
    """The tiny model unpacked into this test's models folder (what install_from_path does)."""
    models = home / "models"
    models.mkdir(parents=True)
    with zipfile.ZipFile(tiny_model) as zf:
        zf.extractall(models)
    return models / "translate-en_es-tiny"
