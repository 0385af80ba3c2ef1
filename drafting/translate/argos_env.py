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
from pathlib import Path
from types import ModuleType

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


def settings() -> ModuleType:
    """``argostranslate.settings``, imported safely and pointed at today's folders."""
    root = argos_dir()
    seed_spacy_cache(root / "cache")
    os.environ["ARGOS_CHUNK_TYPE"] = "SPACY"
    os.environ["ARGOS_PACKAGES_DIR"] = str(models_dir())
    saved = {k: os.environ.get(k) for k in _XDG}
    try:
        for var, sub in _XDG.items():
            os.environ[var] = str(root / sub)
        from argostranslate import settings as st
    finally:
        for var, value in saved.items():
            if value is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = value
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
    from argostranslate import package as pkg

    return pkg


def translate() -> ModuleType:
    """``argostranslate.translate`` after :func:`settings` (imports stanza, hence torch: slow)."""
    settings()
    from argostranslate import translate as tr

    tr.get_installed_languages.cache_clear()
    return tr
