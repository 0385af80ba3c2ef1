"""One textstat instance per language, ready to use offline, without NLTK's start-up cost.

textstat 0.7.13 imports NLTK when it is itself imported (1.5 to 2.7 s here,
mostly SciPy, which NLTK pulls in), yet uses NLTK for one thing only: its
syllable counter reads the CMU dictionary through ``nltk.corpus.cmudict``.
So, without touching textstat's files:

* while textstat is imported, ``nltk`` is a :class:`DeferredModule`, which
  imports the real NLTK (with our corpus on its path, so it never downloads)
  the first time anything reads one of its attributes;
* textstat's syllable counter is handed :func:`~drafting.score.cmu.cmu_dictionary`,
  the very mapping NLTK's reader returns, read word by word from an SQLite copy in the user cache.

Spanish and English then never load NLTK; scores are unchanged (tests compare
them with textstat run alone in a fresh interpreter). Should another textstat
lay itself out differently, we fall back to NLTK's own route.
"""

from __future__ import annotations

import importlib
import sys
import types
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from typing import Any

#: textstat's language code for each of ours
_TEXTSTAT_LANG = {"en": "en_US", "es": "es"}


class DeferredModule(types.ModuleType):
    """Stands in for module ``name``; the first attribute read imports the real one.

    ``on_load`` runs once, with the real module, before its attribute is returned.
    """

    def __init__(self, name: str, on_load: Callable[[types.ModuleType], None]) -> None:
        super().__init__(name)
        self._on_load = on_load
        self._real: types.ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if self._real is None:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            self._real = importlib.import_module(self.__name__)
            self._on_load(self._real)
        return getattr(self._real, attr)


@contextmanager
def deferred_import(name: str, on_load: Callable[[types.ModuleType], None]) -> Iterator[None]:
    """Within the block, ``import name`` gives a :class:`DeferredModule` (unless already loaded).

    Afterwards ``sys.modules`` holds no stand-in, so later importers get the real module.
    """
    if name in sys.modules:
        yield
        return
    stand_in = DeferredModule(name, on_load)
    sys.modules[name] = stand_in
    try:
        yield
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


@cache
def textstat_for(lang: str) -> Any:
    """A ``textstatistics`` set to ``lang`` ("en" or "es"), with the CMU dictionary in place."""
    textstatistics = _textstat_class()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ts = textstatistics()
        ts.set_lang(_TEXTSTAT_LANG[lang])
    return ts


@cache
def _textstat_class() -> type:
    """textstat's class, imported with NLTK deferred and our CMU dictionary handed over."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with deferred_import("nltk", on_load=_nltk_offline):
            from textstat.textstat import textstatistics
    if not _hand_textstat_the_cmu_dictionary():
        from drafting.score.cmu import ensure_cmudict

        ensure_cmudict()
    return textstatistics


def _nltk_offline(_nltk: types.ModuleType) -> None:
    """When NLTK does get loaded, let it find the CMU corpus rather than download it."""
    from drafting.score.cmu import ensure_cmudict

    ensure_cmudict()


def _hand_textstat_the_cmu_dictionary() -> bool:
    """Point textstat's syllable counter at :func:`cmu_for`; False if textstat has no such hook."""
    try:
        from textstat.backend.counts import _count_syllables
    except ImportError:
        return False
    if not callable(getattr(_count_syllables, "get_cmudict", None)):
        return False
    _count_syllables.get_cmudict = cmu_for
    return True


@cache
def cmu_for(lang: str) -> Mapping[str, list[list[str]]] | None:
    """What textstat's own ``get_cmudict`` returns: the CMU dictionary for English, else None."""
    from textstat.backend.utils import get_lang_root

    if get_lang_root(lang) != "en":
        return None
    from drafting.score.cmu import cmu_dictionary

    return cmu_dictionary()
