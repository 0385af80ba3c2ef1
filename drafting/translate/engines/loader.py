"""Pick an engine by name: ``argos``, ``argos-loop``, ``apertium``, an entry point in the
``drafting.engines`` group, or ``module:callable``.

The callable may be an :class:`Engine` subclass, a factory returning one, or a
plain ``f(segments, source, target) -> list[str]``.
"""

from __future__ import annotations

import importlib
import inspect
from importlib.metadata import entry_points

from drafting.errors import InputError
from drafting.translate.engines.base import CallableEngine, Engine

BUILTIN = ("argos", "argos-loop", "apertium")


def load_engine(spec: str) -> Engine:
    if spec == "argos":
        from drafting.translate.engines.argos import ArgosEngine

        return ArgosEngine()
    if spec == "argos-loop":
        from drafting.translate.engines.argos import ArgosEngine

        return ArgosEngine(batch="argos")
    if spec == "apertium":
        from drafting.translate.engines.apertium import ApertiumEngine

        engine = ApertiumEngine()
        if not engine.supports("en", "es"):
            raise InputError(
                "the apertium engine needs the apertium binary",
                path="--engine",
                hint="apt-get install apertium-eng-spa, or use --engine argos",
            )
        return engine
    for ep in entry_points(group="drafting.engines"):
        if ep.name == spec:
            return _as_engine(ep.load(), spec)
    if ":" in spec:
        module, _, attr = spec.partition(":")
        try:
            obj = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            raise InputError(
                f"cannot load engine {spec!r} ({exc})",
                path="--engine",
                hint="give module:callable importable from here",
            ) from None
        return _as_engine(obj, spec)
    raise InputError(
        f"unknown engine {spec!r}",
        path="--engine",
        hint=f"use one of {', '.join(BUILTIN)} or module:callable",
    )


def _as_engine(obj: object, spec: str) -> Engine:
    if isinstance(obj, Engine):
        return obj
    if inspect.isclass(obj) and issubclass(obj, Engine):
        return obj()
    if callable(obj):
        params = inspect.signature(obj).parameters
        if len(params) == 0:  # a factory
            made = obj()
            if isinstance(made, Engine):
                return made
            raise InputError(f"{spec} did not return an Engine", path="--engine")
        return CallableEngine(obj, spec)
    raise InputError(f"{spec} is not callable", path="--engine", hint="give module:callable")
