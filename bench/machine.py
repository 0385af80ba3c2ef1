"""The machine line every benchmark prints first, so figures from two machines compare.

The calibration is CPU seconds for a fixed pure-Python loop (best of 3); our code is
pure Python too, so dividing a figure by it removes most of the machine's speed.
"""

from __future__ import annotations

import os
import platform
import time


def calibration() -> float:
    """CPU seconds for ``sum(range(10**7))``, best of 3."""
    best = float("inf")
    for _ in range(3):
        c0 = time.process_time()
        sum(range(10**7))
        best = min(best, time.process_time() - c0)
    return best


def load_average() -> str:
    """The 1, 5 and 15 minute load averages: on a shared machine they explain the noise."""
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def machine() -> str:
    return (
        f"machine: {platform.machine()} {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}, "
        f"load average {load_average()}\n"
        f"calibration: sum(range(10**7)) in {calibration():.3f} s CPU (best of 3)"
    )
