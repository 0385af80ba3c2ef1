"""Benchmark ``drafting lint``: throughput (MB/s, one core, every rule on) and cold start.

    python bench/lint_bench.py [--mb 5]

Throughput lints the seeds and the test corpus, repeated until the total is at
least ``--mb`` megabytes, with the seeds' facts loaded so the DR6xx rules run too.
Cold start is the wall time of ``drafting lint ONE_FILE`` in a fresh process
(median of 7, cache warm), plus the one-off first run that builds the word cache.
The machine line carries a calibration figure (CPU seconds of a fixed pure-Python
loop) so that figures measured on different machines can be compared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import machine

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus() -> list[tuple[str, str]]:
    from drafting.fileio import read_text

    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests/lint/corpus/clean").iterdir()
    )
    docs = [(p.name, read_text(p)) for p in paths]
    import yaml

    cases = yaml.safe_load((ROOT / "tests/lint/corpus/injected.yaml").read_text(encoding="utf-8"))
    docs.append(("injected.txt", "\n\n".join(c["text"] for c in cases)))
    return docs


def seed_facts():  # type: ignore[no-untyped-def]
    from drafting.facts.store import load_facts

    out = Path(tempfile.mkdtemp()) / "facts.yaml"
    subprocess.run(
        [sys.executable, "-m", "drafting", "facts", str(ROOT / "seeds"), "--merge", "-o", str(out)],
        check=True,
        capture_output=True,
    )
    return load_facts(out)


def throughput(mb: float, with_facts: bool = True) -> tuple[float, float, float, int]:
    from drafting.lint.engine import lint_text

    facts = seed_facts() if with_facts else None
    docs = corpus()
    lint_text("warm up the word cache", "w.txt")
    size = sum(len(t.encode()) for _, t in docs)
    reps = max(1, int(mb * 1_000_000 / size) + 1)
    total = 0
    n = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(reps):
        for name, text in docs:
            n += len(lint_text(text, name, facts=facts))
            total += len(text.encode())
    return total / 1e6, time.perf_counter() - t0, time.process_time() - c0, n


def cold_start() -> tuple[float, float]:
    one = ROOT / "seeds" / "003_2ebf9845b723cc60.txt"
    exe = shutil.which("drafting")
    cmd = [exe, "lint", str(one)] if exe else [sys.executable, "-m", "drafting", "lint", str(one)]
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, XDG_CACHE_HOME=cache)
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env)
        first = time.perf_counter() - t0
        times = []
        for _ in range(7):
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, env=env)
            times.append(time.perf_counter() - t0)
    return first, statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    args = ap.parse_args()
    print(machine())
    mbytes, wall, cpu, n = throughput(args.mb)
    print(
        f"throughput: {mbytes:.2f} MB, {cpu:.2f} s CPU = {mbytes / cpu:.2f} MB/s on one core "
        f"({wall:.2f} s wall = {mbytes / wall:.2f} MB/s; every rule, with facts; {n} findings)"
    )
    mbytes, wall, cpu, n = throughput(args.mb, with_facts=False)
    print(
        f"throughput without --facts: {mbytes / cpu:.2f} MB/s on one core "
        f"({mbytes / wall:.2f} MB/s wall)"
    )
    first, warm = cold_start()
    print(
        f"cold start (drafting lint one file): {warm * 1000:.0f} ms median of 7; "
        f"first run building the word cache: {first * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
