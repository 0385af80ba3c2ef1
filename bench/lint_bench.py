"""Benchmark ``drafting lint``: throughput (MB/s, one core, every rule on) and cold start.

    python bench/lint_bench.py [--mb 5] [--rounds 3]

Throughput lints the seeds and the test corpus, repeated until a round holds at
least ``--mb`` megabytes, with the seeds' facts loaded so the DR6xx rules run too.
The first pass over the corpus is timed apart (it loads the suggestion index, the
lazy patterns and the fact indexes, once per process), then the median of
``--rounds`` rounds is reported with each round's figure: on a shared machine one
round can be 20-30% off. Cold start is the wall time of ``drafting lint ONE_FILE``
in a fresh process (median of 7, cache warm), plus the one-off first run that
builds the word cache. The machine line carries a calibration figure (CPU seconds
of a fixed pure-Python loop) so that figures measured on different machines can be
compared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

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


class Throughput(NamedTuple):
    first: float  # CPU seconds of the first pass over the corpus (indexes load)
    rounds: list[float]  # MB/s on one core (CPU time) of each round
    wall: list[float]  # MB/s by wall clock of each round
    findings: int  # per round


def throughput(mb: float, rounds: int, with_facts: bool = True) -> Throughput:
    """Lint the corpus once (timed apart: it loads the suggestion index, the lazy patterns
    and the fact indexes, once per process), then ``rounds`` times ``mb`` megabytes."""
    from drafting.lint.engine import lint_text

    facts = seed_facts() if with_facts else None
    docs = corpus()
    lint_text("warm up the word cache", "w.txt")
    c0 = time.process_time()
    for name, text in docs:
        lint_text(text, name, facts=facts)
    first = time.process_time() - c0
    size = sum(len(t.encode()) for _, t in docs)
    reps = max(1, int(mb * 1_000_000 / size) + 1)
    cpu_rates, wall_rates = [], []
    n = 0
    for _ in range(rounds):
        n = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(reps):
            for name, text in docs:
                n += len(lint_text(text, name, facts=facts))
        total = size * reps / 1e6
        cpu_rates.append(total / (time.process_time() - c0))
        wall_rates.append(total / (time.perf_counter() - t0))
    return Throughput(first, cpu_rates, wall_rates, n)


def report(label: str, t: Throughput, mb: float) -> str:
    rates = ", ".join(f"{r:.2f}" for r in t.rounds)
    return (
        f"{label}: {statistics.median(t.rounds):.2f} MB/s on one core, median of "
        f"{len(t.rounds)} rounds of {mb:g} MB (each: {rates}; wall median "
        f"{statistics.median(t.wall):.2f}); first pass over the corpus {t.first:.2f} s CPU; "
        f"{t.findings} findings a round"
    )


def cold_start() -> tuple[float, float]:
    one = ROOT / "seeds" / "003_2ebf9845b723cc60.txt"
    # the console script installed beside this interpreter, as a user's venv runs it (a
    # ``drafting`` first on PATH may be a version manager's shim: another 30-100 ms)
    script = Path(sysconfig.get_path("scripts")) / "drafting"
    exe = str(script) if script.exists() else shutil.which("drafting")
    cmd = [exe, "lint", str(one)] if exe else [sys.executable, "-m", "drafting", "lint", str(one)]
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, XDG_CACHE_HOME=cache)
        times = []
        for _ in range(8):  # the first run builds the word cache
            t0 = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, env=env)
            times.append(time.perf_counter() - t0)
            # lint exits 1 on findings; anything else (an import error) is not a start to time
            if done.returncode not in (0, 1) or b"Traceback" in done.stderr:
                sys.exit(f"cold start: {' '.join(cmd)} failed:\n{done.stderr.decode()[-600:]}")
    return times[0], statistics.median(times[1:])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes a round")
    ap.add_argument("--rounds", type=int, default=3, help="rounds (the median is reported)")
    args = ap.parse_args()
    print(machine())
    print(report("throughput (every rule, with facts)", throughput(args.mb, args.rounds), args.mb))
    print(report("throughput without --facts", throughput(args.mb, args.rounds, False), args.mb))
    first, warm = cold_start()
    print(
        f"cold start (drafting lint one file): {warm * 1000:.0f} ms median of 7; "
        f"first run building the word cache: {first * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
