"""The layers, in order: memory, then glossary, then MT with terms protected.

:func:`translate_segments` is the one entry point every caller uses (the
``translate`` command, and ``draft --lang`` for free-text facts). It never
raises for a missing model: such segments come back in English with origin
``"none"`` so the caller can say what still needs a model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from drafting.translate.engines.base import Engine, EngineError, ModelMissing
from drafting.translate.memory import FuzzyMatch, TranslationMemory
from drafting.translate.protect import Masked, mask, restore
from drafting.translate.punctuation import for_language

if TYPE_CHECKING:
    from drafting.i18n.glossary import Glossary, Term
    from drafting.translate.cache import SegmentCache

Origin = Literal["memory", "glossary", "mt", "none"]
#: ``progress(done, total)``: segments through MT so far, of those that need it
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SegmentResult:
    text: str
    origin: Origin
    fuzzy: tuple[FuzzyMatch, ...] = ()  # memory matches offered for post-editing
    lost: tuple[str, ...] = ()  # protected values the engine dropped (reported by checks)


@dataclass
class Layers:
    """What a job translates with; built once per run and reused across files."""

    source: str
    target: str
    memory: TranslationMemory
    glossary: Glossary | None = None
    engine: Engine | None = None
    cache: SegmentCache | None = None
    stats: dict[str, int] = field(default_factory=lambda: {"engine_calls": 0, "engine_segments": 0})


def default_glossary(extra: tuple[str, ...] = ()) -> Glossary | None:
    """The project glossary (plus ``extra`` files), or None when that module is absent."""
    try:
        from drafting.i18n.glossary import load_glossary
    except ImportError:
        return None
    return load_glossary(extra=extra)


def build_layers(
    target: str,
    *,
    source: str = "en",
    glossary: Glossary | None = None,
    engine: Engine | None = None,
    memory: TranslationMemory | None = None,
    cache: SegmentCache | None = None,
) -> Layers:
    """Fill in the defaults: the user's memory, the project glossary, argos, the disk cache."""
    from drafting.translate.cache import SegmentCache
    from drafting.translate.engines.loader import load_engine
    from drafting.translate.memory import load_memory
    from drafting.translate.paths import cache_file

    return Layers(
        source=source,
        target=target,
        memory=memory if memory is not None else load_memory(source, target),
        glossary=glossary if glossary is not None else default_glossary(),
        engine=engine if engine is not None else load_engine("argos"),
        cache=cache if cache is not None else SegmentCache(cache_file()),
    )


def translate_segments(
    texts: list[str],
    target: str,
    *,
    glossary: Glossary | None = None,
    engine: Engine | None = None,
    source: str = "en",
    memory: TranslationMemory | None = None,
    cache: SegmentCache | None = None,
) -> list[SegmentResult]:
    """Translate ``texts`` to ``target`` through memory, glossary and MT (see module doc).

    Defaults: ``glossary=None`` loads the bundled glossary, ``engine=None`` the
    argos engine, ``memory=None`` the user's memory, ``cache=None`` the disk cache.
    """
    layers = build_layers(
        target, source=source, glossary=glossary, engine=engine, memory=memory, cache=cache
    )
    return run_layers(texts, layers)


def run_layers(
    texts: list[str], layers: Layers, progress: Progress | None = None
) -> list[SegmentResult]:
    """Apply the layers to every segment; MT gets all remaining unique segments in one batch."""
    results: list[SegmentResult | None] = [None] * len(texts)
    pending: dict[int, tuple[str, str, str, Masked]] = {}
    for i, raw in enumerate(texts):
        lead, core, trail = _split_space(raw)
        if not any(ch.isalpha() for ch in core):  # figures, punctuation: kept by rule, not MT
            results[i] = SegmentResult(raw, "glossary")
            continue
        hit = layers.memory.exact(core)
        if hit is not None:
            results[i] = SegmentResult(lead + hit + trail, "memory")
            continue
        term = _whole_term(core, layers)
        if term is not None:
            results[i] = SegmentResult(lead + term + trail, "glossary")
            continue
        masked = mask(core, _term_spans(core, layers))
        if masked.only_placeholders:
            text, _ = restore(masked.text, masked.slots)
            text = _drop_self_glosses(for_language(text, layers.target), masked.slots)
            results[i] = SegmentResult(lead + text + trail, "glossary")
            continue
        pending[i] = (lead, core, trail, masked)
    if pending:
        translated = _machine(layers, [m.text for *_, m in pending.values()], progress)
        for (i, (lead, core, trail, masked)), out in zip(pending.items(), translated, strict=True):
            fuzzy = tuple(layers.memory.fuzzy(core))
            if out is None:
                results[i] = SegmentResult(lead + core + trail, "none", fuzzy)
                continue
            text, lost = restore(out, masked.slots)
            text = _drop_self_glosses(for_language(text, layers.target), masked.slots)
            results[i] = SegmentResult(
                lead + text + trail, "mt", fuzzy, tuple(masked.slots[j] for j in lost)
            )
    return [r for r in results if r is not None]


def _drop_self_glosses(text: str, slots: tuple[str, ...]) -> str:
    """Keep one name where a name and its gloss share a target form.

    "World Association of Major Metropolises (Metropolis)" would otherwise read
    "世界大都市协会（世界大都市协会）" in Chinese.
    """
    for value in set(slots):
        if len(value) > 1 and any(ch.isalpha() for ch in value):
            for gloss in (f"（{value}）", f" ({value})", f"({value})"):
                text = text.replace(value + gloss, value)
    return text


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]


def _target_form(term: Term, layers: Layers) -> str:
    """The term in the target language; its English name when the glossary has none."""
    return term.target(layers.target) or term.en


def _whole_term(core: str, layers: Layers) -> str | None:
    if layers.glossary is None:
        return None
    for start, end, term in layers.glossary.find(core):
        if start == 0 and end == len(core):
            return _target_form(term, layers)
    return None


def _term_spans(core: str, layers: Layers) -> list[tuple[int, int, str]]:
    if layers.glossary is None:
        return []
    return [(s, e, _target_form(t, layers)) for s, e, t in layers.glossary.find(core)]


def _machine(layers: Layers, masked: list[str], progress: Progress | None) -> list[str | None]:
    """Engine output per masked segment (None when no model); each unique one translated once."""
    engine = layers.engine
    if engine is None or not engine.supports(layers.source, layers.target):
        return [None] * len(masked)
    key = engine.cache_key(layers.source, layers.target)
    pair = f"{layers.source}-{layers.target}"
    unique = list(dict.fromkeys(masked))
    known = layers.cache.get_many(key, pair, unique) if layers.cache is not None else {}
    todo = [s for s in unique if s not in known]
    if progress:
        progress(len(known), len(unique))
    if todo:
        try:
            out = _batched(engine, todo, layers, progress, len(known), len(unique))
        except ModelMissing:
            return [None] * len(masked)
        fresh = dict(zip(todo, out, strict=True))
        if layers.cache is not None:
            layers.cache.put_many(key, pair, fresh)
        known.update(fresh)
    return [known[s] for s in masked]


def _batched(
    engine: Engine,
    todo: list[str],
    layers: Layers,
    progress: Progress | None,
    done: int = 0,
    total: int = 0,
) -> list[str]:
    """One engine call, or chunks of 16 when a progress bar is shown."""
    size = 16 if progress else len(todo)
    out: list[str] = []
    for i in range(0, len(todo), size):
        chunk = todo[i : i + size]
        got = engine.translate_batch(chunk, layers.source, layers.target)
        if len(got) != len(chunk):
            raise EngineError(f"engine {engine.name} returned {len(got)} results for {len(chunk)}")
        layers.stats["engine_calls"] += 1
        layers.stats["engine_segments"] += len(chunk)
        out.extend(got)
        if progress:
            progress(done + len(out), total)
    return out
