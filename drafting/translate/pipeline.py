"""The layers, in order: memory, then glossary, then MT with terms protected.

:func:`translate_segments` is the one entry point every caller uses (the
``translate`` command, and ``draft --lang`` for free-text facts). It never
raises for a missing model: such segments come back in English with origin
``"none"`` so the caller can say what still needs a model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from drafting.translate.checks import Unit
from drafting.translate.engines.base import Engine, ModelMissing
from drafting.translate.memory import FuzzyMatch, TranslationMemory
from drafting.translate.protect import Masked, mask, restore
from drafting.translate.punctuation import for_language

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
    glossary: object | None = None  # drafting.i18n.glossary.Glossary
    engine: Engine | None = None
    cache: object | None = None  # drafting.translate.cache.SegmentCache
    stats: dict[str, int] = field(default_factory=lambda: {"engine_calls": 0, "engine_segments": 0})


def default_glossary(extra: tuple[str, ...] = ()) -> object | None:
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
    glossary: object | None = None,
    engine: Engine | None = None,
    memory: TranslationMemory | None = None,
    cache: object | None = None,
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
    glossary: object | None = None,
    engine: Engine | None = None,
    source: str = "en",
    memory: TranslationMemory | None = None,
    cache: object | None = None,
) -> list[SegmentResult]:
    """Translate ``texts`` to ``target`` through memory, glossary and MT (see module doc)."""
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


def _target_form(term: object, layers: Layers) -> str:
    form = getattr(term, layers.target, None) or ""
    return form or str(getattr(term, "en", ""))


def _whole_term(core: str, layers: Layers) -> str | None:
    if layers.glossary is None:
        return None
    for start, end, term in layers.glossary.find(core):  # type: ignore[attr-defined]
        if start == 0 and end == len(core):
            return _target_form(term, layers)
    return None


def _term_spans(core: str, layers: Layers) -> list[tuple[int, int, str]]:
    if layers.glossary is None:
        return []
    return [(s, e, _target_form(t, layers)) for s, e, t in layers.glossary.find(core)]  # type: ignore[attr-defined]


def _machine(layers: Layers, masked: list[str], progress: Progress | None) -> list[str | None]:
    """Engine output per masked segment (None when no model); each unique one translated once."""
    engine = layers.engine
    if engine is None or not engine.supports(layers.source, layers.target):
        return [None] * len(masked)
    key = engine.cache_key(layers.source, layers.target)
    pair = f"{layers.source}-{layers.target}"
    unique = list(dict.fromkeys(masked))
    known = layers.cache.get_many(key, pair, unique) if layers.cache is not None else {}  # type: ignore[attr-defined]
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
            layers.cache.put_many(key, pair, fresh)  # type: ignore[attr-defined]
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
            from drafting.translate.engines.base import EngineError

            raise EngineError(f"engine {engine.name} returned {len(got)} results for {len(chunk)}")
        layers.stats["engine_calls"] += 1
        layers.stats["engine_segments"] += len(chunk)
        out.extend(got)
        if progress:
            progress(done + len(out), total)
    return out


@dataclass(frozen=True)
class TranslatedText:
    text: str
    units: list[Unit]  # each source sentence and where its translation sits in ``text``
    results: list[SegmentResult]  # parallel to ``units``
    dateline: str | None  # the re-rendered dateline, when the source had one


def translate_text(text: str, layers: Layers, progress: Progress | None = None) -> TranslatedText:
    """Translate a whole release, keeping its structure (see :mod:`drafting.translate.document`)."""
    from drafting.translate.document import DatelinePart, Segment, skeleton

    pieces = skeleton(text)
    segs = [p for p in pieces if isinstance(p, Segment)]
    results = run_layers([s.text for s in segs], layers, progress)
    parts: list[str] = []
    dateline_text = None
    by_piece = iter(results)
    for piece in pieces:
        if isinstance(piece, Segment):
            parts.append(next(by_piece).text)
        elif isinstance(piece, DatelinePart):
            dateline_text = render_dateline(piece, layers)
            parts.append(dateline_text)
        else:
            parts.append(piece)
    if layers.target == "zh":
        parts = _join_chinese(parts)
    units, pos = [], 0
    seg_iter = iter(segs)
    for piece, part in zip(pieces, parts, strict=True):
        if isinstance(piece, Segment):
            units.append(Unit(next(seg_iter).text, pos, pos + len(part)))
        pos += len(part)
    return TranslatedText("".join(parts), units, results, dateline_text)


def render_dateline(part: object, layers: Layers) -> str:
    """The dateline for the target market, from its parsed parts.

    ``广州2023年12月11日 /美通社/ --``;
    ``GUANGZHOU, China, 11 de diciembre de 2023 /PRNewswire/ --``.
    """
    from drafting.i18n.dateline import dateline
    from drafting.i18n.glossary import Glossary

    glossary = layers.glossary if layers.glossary is not None else Glossary([])
    return dateline(
        part.city or "",
        part.country,
        part.date,
        part.wire or "",  # type: ignore[attr-defined]
        layers.target,
        glossary,  # type: ignore[arg-type]
    )


def _join_chinese(parts: list[str]) -> list[str]:
    """Drop the spaces English puts between sentences when Chinese meets Chinese."""
    import re

    from drafting.translate.punctuation import CJK

    gap = re.compile(r"[ \t]+")
    end = re.compile(f"[{CJK}。！？”）]$")
    start = re.compile(f"^[{CJK}“（]")
    for i in range(1, len(parts) - 1):
        if gap.fullmatch(parts[i]) and end.search(parts[i - 1]) and start.search(parts[i + 1]):
            parts[i] = ""
    return parts
