"""The engine interface: anything that turns a batch of segments into a batch of translations.

Engines see only plain segments with placeholders already in place; memory,
glossary, caching and structure are the pipeline's job, so an engine stays a
thin adapter that is easy to swap (argos, apertium, or a user's callable).
"""

from __future__ import annotations

from abc import ABC, abstractmethod


class EngineError(Exception):
    """An engine could not translate (bad model, crashed binary)."""


class ModelMissing(EngineError):
    """No model is installed for the language pair; the user must install one."""

    def __init__(self, source: str, target: str, hint: str):
        super().__init__(f"no {source}->{target} translation model installed")
        self.source = source
        self.target = target
        self.hint = hint


class Engine(ABC):
    """Translate batches of segments from ``source`` to ``target``."""

    #: short stable name; part of the cache key so engines never share results
    name: str = "engine"

    @abstractmethod
    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        """Return one translation per segment, in order. Raise :class:`ModelMissing`
        when the pair is not available, :class:`EngineError` for anything else."""

    def supports(self, source: str, target: str) -> bool:
        """Whether a model for the pair is available (cheap; no model loading)."""
        return True

    def cache_key(self, source: str, target: str) -> str:
        """Identity of the model behind a pair, so a new model invalidates the cache."""
        return self.name


class CallableEngine(Engine):
    """Adapts a plain ``f(segments, source, target) -> list[str]`` to :class:`Engine`."""

    def __init__(self, func, name: str):  # type: ignore[no-untyped-def]
        self.func = func
        self.name = name

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        return list(self.func(segments, source, target))
