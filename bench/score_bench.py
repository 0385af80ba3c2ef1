"""Throughput of the scorer and cold start of ``drafting score``; prints figures.

    python bench/score_bench.py [--mb 5] [--other-mb 1] [--runs 5]

Text: releases built from the seeds' sentences (English) and from the test
Chinese and Spanish releases, each sentence tagged with a unique number so
textstat's per-text caches cannot serve repeats. Every document is scored in
full: body metrics, every paragraph, every sentence (hard-sentence search).

Cold start runs ``python -m drafting score FILE`` for one English, one
Spanish and one Chinese file, each first with an empty cache folder, then
``--runs`` times with the caches it wrote. Bytecode caching is left on (the
environment may set PYTHONDONTWRITEBYTECODE; a user's machine does not), and
the checkout the bench lives in is the one measured. The calibration line
(seconds for ``sum(range(10**7))``, best of 3) lets figures from different
machines be compared.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import load_average, machine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafting.fileio import read_text  # noqa: E402
from drafting.ingest import parse_release  # noqa: E402
from drafting.score.analyse import score_document  # noqa: E402
from drafting.score.layout import scoring_parts  # noqa: E402
from drafting.text.sentences import split_sentences  # noqa: E402


def sentence_pool(paths: list[Path]) -> list[str]:
    pool = []
    for p in paths:
        doc = parse_release(read_text(p), str(p))
        for para in doc.paragraphs:
            pool += [s.text for s in split_sentences(para.text)]
    return pool


def make_documents(pool: list[str], total_bytes: int, zh: bool = False) -> list[str]:
    """Releases of 4 paragraphs x 3 sentences, until ``total_bytes`` of UTF-8."""
    rng = random.Random(5)
    docs, size, n = [], 0, 0
    while size < total_bytes:
        paras = []
        for _ in range(4):
            sents = []
            for _ in range(3):
                n += 1
                s = rng.choice(pool)
                tag = f"第{n}号" if zh else f"item{n}"
                sents.append(f"{tag} {s}" if not zh else f"{tag}{s}")
            paras.append(("" if zh else " ").join(sents))
        text = f"Headline number {n}\n\n" + "\n\n".join(paras) + "\n"
        docs.append(text)
        size += len(text.encode("utf-8"))
    return docs


def throughput(docs: list[str], lang: str) -> tuple[float, float]:
    """(MB scored, MB/s) for scoring every document in ``docs`` as ``lang``."""
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    score_document("warm", docs[0], parse_release(docs[0], "w").paragraphs, lang=lang)
    t0 = time.perf_counter()
    for i, text in enumerate(docs):
        doc = parse_release(text, f"d{i}")
        headline, paras = scoring_parts(doc.headline, doc.subheads, doc.paragraphs)
        score_document(f"d{i}", text, paras, headline=headline, lang=lang)
    return mb, mb / (time.perf_counter() - t0)


def cold_start(path: Path, runs: int) -> tuple[float, float, float]:
    """(first run with an empty cache folder, median wall, median CPU of later runs), seconds."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    with tempfile.TemporaryDirectory() as cache:
        env["XDG_CACHE_HOME"] = cache
        walls, cpus = [], []
        for _ in range(runs + 1):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "drafting", "score", str(path)],
                env=env,
                stdout=subprocess.DEVNULL,
                check=True,
            )
            walls.append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls[0], statistics.median(walls[1:]), statistics.median(cpus[1:])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0, help="MB of English text to score")
    ap.add_argument("--other-mb", type=float, default=1.0, help="MB each of Spanish, Chinese")
    ap.add_argument("--runs", type=int, default=5, help="cold-start runs after the first")
    ap.add_argument("--cold-only", action="store_true", help="measure cold start only")
    args = ap.parse_args()
    print(machine())
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    data = ROOT / "tests" / "score" / "data"
    if not args.cold_only:
        print_throughput(seeds, data, args.mb, args.other_mb)
    for lang, path in (("en", seeds[0]), ("es", data / "release_es.md"),
                       ("zh", data / "release_zh.md")):
        first, wall, cpu = cold_start(path, args.runs)
        print(
            f"cold start {lang}, drafting score {path.name}: median {wall:.2f} s "
            f"({cpu:.2f} s CPU) of {args.runs}; first run (empty cache) {first:.2f} s"
        )
    print(f"load average at the end: {load_average()}")


def print_throughput(seeds: list[Path], data: Path, en_mb: float, other_mb: float) -> None:
    """MB/s per language, scoring documents in full, and the shared sentence splitter's."""
    for lang, pool_paths, mb in (
        ("en", seeds, en_mb),
        ("es", [data / "release_es.md"], other_mb),
        ("zh", [data / "release_zh.md"], other_mb),
    ):
        docs = make_documents(sentence_pool(pool_paths), int(mb * 1e6), zh=lang == "zh")
        size, rate = throughput(docs, lang)
        print(f"{lang}: scored {size:.2f} MB in {len(docs)} documents at {rate:.2f} MB/s")
    text = "\n\n".join(read_text(p) for p in seeds) * 60
    t0 = time.perf_counter()
    split_sentences(text)
    rate = len(text.encode("utf-8")) / 1e6 / (time.perf_counter() - t0)
    print(f"split_sentences: {len(text.encode('utf-8')) / 1e6:.2f} MB at {rate:.1f} MB/s")


if __name__ == "__main__":
    main()
