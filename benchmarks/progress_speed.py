#!/usr/bin/env python3
"""How long the pure engine takes for one unit's resolution: 150 targets, each with five
years of monthly results and this year's Q1 (goal: under 50 ms on one core).

usage: benchmarks/progress_speed.py   (prints the best and median of 20 runs, CPU time)
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from tiendo.extract.figure import Comparison
from tiendo.periods import Period
from tiendo.progress import Observation, TargetSpec, evaluate_resolution
from tiendo.progress.model import Aggregation

TARGETS = 150
YEARS = range(2017, 2022)
Q1 = Period(2022, 1, 3)
GOAL_MS = 50


def workload() -> tuple[list[TargetSpec], list[Observation]]:
    """150 targets, each with five years of monthly results and this year's Q1."""
    rng = random.Random(2022)
    targets, observations = [], []
    for n in range(TARGETS):
        key = f"t{n}"
        aggregation: Aggregation = "sum" if n % 3 else "mean"
        targets.append(
            TargetSpec(
                key,
                f"Chỉ tiêu {n}",
                "tỷ đồng",
                1200.0,
                Period.year_of(2022),
                aggregation=aggregation,
            )
        )
        for year in YEARS:
            for month in range(1, 13):
                value = 100.0 * rng.uniform(0.7, 1.3)
                observations.append(Observation(key, "bt", Period(year, month, month), value))
            if aggregation == "mean":
                for to_month in (3, 12):
                    value = 100.0 * rng.uniform(0.9, 1.1)
                    observations.append(Observation(key, "bt", Period(year, 1, to_month), value))
        observations.append(
            Observation(key, "bt", Q1, 290.0, "estimate", (Comparison("plan", "ratio", 24.17),))
        )
    return targets, observations


def main() -> int:
    targets, observations = workload()
    timings = []
    for _ in range(20):
        # CPU time, so that other jobs on the shared cores do not count.
        started = time.process_time()
        progress = evaluate_resolution(targets, observations, Q1, unit="bt")
        timings.append((time.process_time() - started) * 1000)
    seasonal = sum(
        1 for row in progress.targets if row.forecast and row.forecast.method == "seasonal"
    )
    print(
        f"targets {len(progress.targets)}  observations {len(observations):,}  "
        f"seasonal forecasts {seasonal}"
    )
    print(
        f"evaluate_resolution: best {min(timings):.1f} ms, "
        f"median {statistics.median(timings):.1f} ms CPU (goal < {GOAL_MS} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
