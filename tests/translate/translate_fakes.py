"""Deterministic engines for pipeline tests (the tiny real model only outputs noise)."""

from __future__ import annotations

from drafting.translate.engines.base import Engine, ModelMissing


class TagEngine(Engine):
    """Tags each segment with the target language and records every call."""

    name = "tag"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        self.calls.append(list(segments))
        return [f"<{target}>{s}</{target}>" for s in segments]

    @property
    def seen(self) -> list[str]:
        return [s for call in self.calls for s in call]


class DropDigitsEngine(TagEngine):
    """Loses every protected placeholder, as a careless real engine might."""

    name = "drop"

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        import re

        self.calls.append(list(segments))
        return [re.sub(r"⟦\d+⟧", "", s) for s in segments]


class NoModelEngine(Engine):
    name = "nomodel"

    def supports(self, source: str, target: str) -> bool:
        return False

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        raise ModelMissing(source, target, "install one")


def upper_engine(segments: list[str], source: str, target: str) -> list[str]:
    """A plain callable engine for ``--engine translate_fakes:upper_engine``."""
    return [f"[{target}] " + s.upper() for s in segments]


#: ``--engine translate_fakes:NoModel``: an Engine class with no model for any pair
NoModel = NoModelEngine
