"""Import argostranslate only after pointing it at drafting's own folders.

Importing ``argostranslate.settings`` creates folders under the XDG dirs and
reads its settings from the environment once; its sentence splitters try to
download models on first use. So before the first import we set the XDG
variables (temporarily), ``ARGOS_PACKAGES_DIR`` and ``ARGOS_CHUNK_TYPE=SPACY``,
and seed the spaCy cache with a blank multilingual pipeline so nothing is
fetched. After import, the module-level paths are re-pointed on every call so
a changed ``DRAFTING_HOME`` (tests) is honoured in the same process.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from drafting.errors import ModelError
from drafting.translate.models import MT_EXTRA_HINT
from drafting.translate.paths import argos_dir, models_dir

_XDG = {"XDG_DATA_HOME": "data", "XDG_CONFIG_HOME": "config", "XDG_CACHE_HOME": "cache"}


def seed_spacy_cache(cache_root: Path) -> Path:
    """A blank ``xx`` pipeline where argostranslate looks, plus the ``senter/model`` marker."""
    spacy_dir = cache_root / "argos-translate" / "spacy"
    marker = spacy_dir / "senter" / "model"
    if not marker.exists():
        import spacy

        spacy_dir.parent.mkdir(parents=True, exist_ok=True)
        spacy.blank("xx").to_disk(spacy_dir)
        marker.mkdir(parents=True, exist_ok=True)
    return spacy_dir


@contextmanager
def _private_xdg(root: Path) -> Iterator[None]:
    """XDG dirs pointed under ``root`` while argostranslate (and what it imports) loads."""
    saved = {k: os.environ.get(k) for k in _XDG}
    try:
        for var, sub in _XDG.items():
            os.environ[var] = str(root / sub)
        yield
    finally:
        for var, value in saved.items():
            if value is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = value


def settings() -> ModuleType:
    """``argostranslate.settings``, imported safely and pointed at today's folders."""
    root = argos_dir()
    seed_spacy_cache(root / "cache")
    os.environ["ARGOS_CHUNK_TYPE"] = "SPACY"
    os.environ["ARGOS_PACKAGES_DIR"] = str(models_dir())
    with _private_xdg(root):
        try:
            from argostranslate import settings as st
        except ImportError:
            raise ModelError(
                "machine translation needs argostranslate, which is not installed",
                hint=MT_EXTRA_HINT,
            ) from None
    models = models_dir()
    models.mkdir(parents=True, exist_ok=True)
    st.package_data_dir = models
    st.package_dirs = [models]
    st.data_dir = root / "data" / "argos-translate"
    st.data_dir.mkdir(parents=True, exist_ok=True)
    st.local_package_index = st.data_dir / "index.json"
    st.downloads_dir = root / "cache" / "argos-translate" / "downloads"
    st.downloads_dir.mkdir(parents=True, exist_ok=True)
    st.chunk_type = st.ChunkType.SPACY
    return st


def package() -> ModuleType:
    """``argostranslate.package`` after :func:`settings`."""
    settings()
    with _private_xdg(argos_dir()):
        from argostranslate import package as pkg
    return pkg


def translate() -> ModuleType:
    """``argostranslate.translate`` after :func:`settings` (imports stanza, hence torch: slow).

    Its imports (stanza, minisbd, onnxruntime) write caches under the XDG dirs
    as they load, so they load under drafting's own folder too.
    """
    root = argos_dir()
    settings()
    with _private_xdg(root), _private_home(root):
        from argostranslate import translate as tr
    tr.get_installed_languages.cache_clear()
    return tr


@contextmanager
def _private_home(root: Path) -> Iterator[None]:
    """onnxruntime writes ``~/.cache/Microsoft`` on import whatever XDG says."""
    saved = os.environ.get("HOME")
    os.environ["HOME"] = str(root / "home")
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("HOME", None)
        else:
            os.environ["HOME"] = saved
