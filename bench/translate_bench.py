#!/usr/bin/env python3
"""Translation throughput: drafting's pipeline next to plain argostranslate, one run.

Builds the tiny en->es model (scripts/build_tiny_model.py) in a temp dir,
installs it in a private DRAFTING_HOME, splits the five seed releases into
sentences with the shared splitter (as the pipeline does), and times, best of --repeat runs:

  argos translate(doc)   plain argostranslate.translate.translate() per document
  argos translate(seg)   plain argostranslate.translate.translate() per sentence
  engine ct2 batch       drafting's ArgosEngine: all sentences in one CTranslate2 call,
                         grouped by length into batches of <= 256 source tokens (default)
  engine ct2 one batch   the same with no batch limit: the whole input as one batch
  engine argos loop      drafting's ArgosEngine(batch="argos"): argostranslate per sentence
  pipeline cold          translate_text() on each seed, empty MT cache (memory, glossary,
                         masking, MT, restoring, punctuation, dateline)
  pipeline warm cache    the same again: every sentence from the MT cache
  pipeline memory        every sentence an exact translation-memory match

Pipeline overhead per segment = (pipeline time - time inside the engine) / segments.
The tiny model's output is noise; its speed is not a real model's speed, but the
pipeline's own overhead and the batching difference carry over.

    python bench/translate_bench.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from machine import machine

ROOT = Path(__file__).resolve().parent.parent


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--threads",
        type=int,
        default=1,
        help="CTranslate2 intra-op threads for every path (0 = its default)",
    )
    args = ap.parse_args(argv)
    print(machine())
    os.environ["ARGOS_INTRA_THREADS"] = str(args.threads)  # read by argostranslate at import
    os.environ["DRAFTING_MT_THREADS"] = str(args.threads)

    tmp = Path(tempfile.mkdtemp(prefix="drafting-bench-"))
    os.environ["DRAFTING_HOME"] = str(tmp / "home")
    spec = importlib.util.spec_from_file_location("btm", ROOT / "scripts" / "build_tiny_model.py")
    btm = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(btm)  # type: ignore[union-attr]
    t = time.perf_counter()
    archive = btm.build(tmp / "pkg", "en", "es")
    build_s = time.perf_counter() - t
    (tmp / "home" / "models").mkdir(parents=True)
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp / "home" / "models")

    from drafting.translate import argos_env
    from drafting.translate.cache import SegmentCache
    from drafting.translate.document import segments, skeleton
    from drafting.translate.engines.argos import ArgosEngine
    from drafting.translate.engines.base import Engine
    from drafting.translate.memory import TranslationMemory
    from drafting.translate.pipeline import build_layers
    from drafting.translate.release import translate_text

    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    seed3 = next((ROOT / "seeds").glob("003_*.txt"))
    # exactly the sentences the pipeline sends on (the dateline is rendered, not translated)
    segs = [s.text for d in docs for s in segments(skeleton(d))]
    n = len(segs)

    t = time.perf_counter()
    tr = argos_env.translate()
    import_s = time.perf_counter() - t
    translation = tr.get_translation_from_codes("en", "es")
    translation.translate("Warm up.")
    ct2 = ArgosEngine()
    ct2.translate_batch(["Warm up."], "en", "es")
    whole = ArgosEngine(max_batch_tokens=1 << 16)
    whole.translate_batch(["Warm up."], "en", "es")
    loop = ArgosEngine(batch="argos")
    loop.translate_batch(["Warm up."], "en", "es")

    out: dict[str, list[str]] = {}

    def run_docs() -> None:
        # a fresh CachedTranslation each time, so argos's own paragraph cache cannot help
        tr_fresh = tr.get_translation_from_codes("en", "es")
        out["argos_doc"] = [tr_fresh.translate(d) for d in docs]

    def run_segs() -> None:
        out["argos_seg"] = [tr.translate(s, "en", "es") for s in segs]

    def run_ct2() -> None:
        out["ct2"] = ct2.translate_batch(segs, "en", "es")

    def run_whole() -> None:
        out["whole"] = whole.translate_batch(segs, "en", "es")

    def run_loop() -> None:
        out["loop"] = loop.translate_batch(segs, "en", "es")

    rows = [
        ("argos translate(doc)", best(run_docs, args.repeat), "argos_doc"),
        ("argos translate(seg)", best(run_segs, args.repeat), "argos_seg"),
        ("engine ct2 batch", best(run_ct2, args.repeat), "ct2"),
        ("engine ct2 one batch", best(run_whole, 1), "whole"),  # slow on noise: run once
        ("engine argos loop", best(run_loop, args.repeat), "loop"),
    ]

    class Timed(Engine):
        """Wraps the ct2 engine and keeps the time spent inside it."""

        name = "argos"

        def __init__(self) -> None:
            self.spent = 0.0

        def cache_key(self, source: str, target: str) -> str:
            return ct2.cache_key(source, target)

        def translate_batch(self, segments, source, target):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                return ct2.translate_batch(segments, source, target)
            finally:
                self.spent += time.perf_counter() - t0

    def pipeline(cache, memory, timed) -> float:  # type: ignore[no-untyped-def]
        layers = build_layers("es", engine=timed, memory=memory, cache=cache)
        t0 = time.perf_counter()
        for d in docs:
            translate_text(d, layers)
        return time.perf_counter() - t0

    cold = []
    for _ in range(args.repeat):
        timed = Timed()
        total = pipeline(SegmentCache(), TranslationMemory("en", "es"), timed)
        cold.append((total, timed.spent))
    cold_total, cold_engine = min(cold)
    warm_cache = SegmentCache()
    pipeline(warm_cache, TranslationMemory("en", "es"), Timed())
    warm = min(
        pipeline(warm_cache, TranslationMemory("en", "es"), Timed()) for _ in range(args.repeat)
    )
    tm = TranslationMemory("en", "es")
    for s in segs:
        tm.add(s, "traducción")
    mem = min(pipeline(SegmentCache(), tm, Timed()) for _ in range(args.repeat))

    print(
        f"input: {len(docs)} seed releases, {n} sentences ({len(set(segs))} unique); "
        f"tiny model built in {build_s:.1f} s; argostranslate import {import_s:.1f} s; "
        f"threads={args.threads}"
    )
    print(f"{'path':<24}{'seconds':>9}{'segments/s':>12}{'ms/segment':>12}{'mean out chars':>16}")
    for name, secs, key in rows:
        mean = statistics.mean(len(x) for x in out[key]) if key != "argos_doc" else float("nan")
        print(f"{name:<24}{secs:>9.3f}{n / secs:>12.1f}{1000 * secs / n:>12.2f}{mean:>16.1f}")
    for name, secs in (
        ("pipeline cold", cold_total),
        ("pipeline warm cache", warm),
        ("pipeline memory", mem),
    ):
        print(f"{name:<24}{secs:>9.3f}{n / secs:>12.1f}{1000 * secs / n:>12.2f}{'':>16}")
    print(
        f"pipeline overhead (cold, outside the engine): "
        f"{1000 * (cold_total - cold_engine) / n:.2f} ms/segment "
        f"(engine {cold_engine:.3f} s of {cold_total:.3f} s)"
    )
    for engine in ("argos", "argos-loop"):
        walls = []
        for i in range(args.repeat):
            home = tmp / f"cli-{engine}-{i}"
            shutil.copytree(tmp / "home" / "models", home / "models")
            env = dict(os.environ, DRAFTING_HOME=str(home))
            cmd = [
                sys.executable,
                "-m",
                "drafting",
                "translate",
                str(seed3),
                "--to",
                "es",
                "-o",
                str(home / "out"),
                "--engine",
                engine,
            ]
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env, capture_output=True, check=False)
            walls.append(time.perf_counter() - t0)
        print(
            f"CLI wall time, `drafting translate {seed3.name} --to es --engine {engine}`, "
            f"empty cache: {min(walls):.2f} s"
        )
    print(
        f"ct2 batch time / argostranslate per sentence: {rows[2][1] / rows[1][1]:.2f}; "
        f"/ per document: {rows[2][1] / rows[0][1]:.2f}; "
        f"one unlimited batch / 256-token batches: {rows[3][1] / rows[2][1]:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
