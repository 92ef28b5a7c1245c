#!/usr/bin/env python3
"""How fast is progress at province and national scale? Builds two data sets on
PostgreSQL and prints the time and query count of:

- the status of all targets of one commune, read as stored (what every screen does),
  as the pages read it (with its JSON-ready dict), and computed from the results
  (a missing or stale snapshot, or a report "as of" a date);
- a whole province's dashboard roll-up (every target summed over its communes), read
  as stored and computed.

Sizes (from the issue): a province of 100 communes × 150 targets × 12 months × 5 years,
and the country: 3.300 communes × 100 targets × 4 quarters. Goals: under 5 ms to read
one unit's stored progress; computing it under 50 ms for one unit, under 1 s for a
province roll-up.

usage: benchmarks/progress_scale.py [--database-url URL] [--small] [--only NAME]
(default URL: postgres://postgres@127.0.0.1:5432/tiendo_bench, dropped and rebuilt)
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from urllib.parse import urlparse

import psycopg


def recreate_database(url: str) -> None:
    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    admin_url = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("TIENDO_DATA_DIR", tempfile.mkdtemp(prefix="tiendo-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "tiendo.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def build(
    label: str, *, provinces: int, communes: int, targets: int, years: int, months: list[int]
):
    """One national or provincial resolution whose targets every commune reports on."""
    from django.db import connection

    from tiendo.core.models import OrgUnit, Resolution, Target

    rng = random.Random(2022)
    country = OrgUnit.objects.create(name=f"{label}", kind="province", slug=f"{label}-root")
    province_units = (
        [country]
        if provinces == 1
        else OrgUnit.objects.bulk_create(
            OrgUnit(name=f"Tỉnh {p}", kind="province", slug=f"{label}-t{p}", parent=country)
            for p in range(provinces)
        )
    )
    commune_units = OrgUnit.objects.bulk_create(
        OrgUnit(
            name=f"Xã {c}",
            kind="commune",
            slug=f"{label}-x{c}",
            parent=province_units[c % len(province_units)],
        )
        for c in range(communes)
    )
    last_year = 2025
    resolution = Resolution.objects.create(
        number=f"01-NQ/{label}", slug=f"{label}-nq", issuer=country, title=f"Nghị quyết {label}",
        year_from=last_year - years + 1, year_to=last_year,
    )  # fmt: skip
    target_rows = Target.objects.bulk_create(
        Target(
            resolution=resolution, ordinal=str(i + 1), sort_order=i, indicator=f"Chỉ tiêu {i + 1}",
            unit="tỷ đồng", plan_value=1000.0 * communes, period_year=last_year,
        )
        for i in range(targets)
    )  # fmt: skip
    buffer = io.StringIO()
    rows = 0
    for target in target_rows:
        for commune in commune_units:
            base = rng.uniform(500, 1500)
            for year in range(last_year - years + 1, last_year + 1):
                for month in months:
                    value = base * month / 12 * rng.uniform(0.85, 1.15)
                    buffer.write(
                        f"{target.pk}\t{commune.pk}\t{year}\t1\t{month}\tactual\t{value:.2f}\t[]"
                        "\t\\N\t\\N\t\\N\t\t\\N\tapproved\t\t\t2026-01-01\t2026-01-01\n"
                    )
                    rows += 1
    buffer.seek(0)
    columns = (
        "target_id, org_unit_id, period_year, period_from_month, period_to_month, kind, value, "
        "comparisons, source_document_id, source_start, source_end, source_text, entered_by_id, "
        "review_state, review_comment, note, created_at, updated_at"
    )
    raw = connection.connection  # psycopg 3 connection under Django's wrapper
    connection.ensure_connection()
    with raw.cursor() as cursor, cursor.copy(f"COPY core_result ({columns}) FROM STDIN") as copy:
        while chunk := buffer.read(1 << 20):
            copy.write(chunk)
    with raw.cursor() as cursor:
        # What autovacuum would have done on a live database: without statistics the
        # planner takes core_target for one row and picks poor joins.
        cursor.execute("ANALYZE")
    return resolution, province_units, commune_units, rows, last_year


def measure(fn, repeat: int) -> tuple[float, float, int]:
    """Median and best wall-clock milliseconds, and the queries of one run. The best
    run shows the cost itself; the median adds what the shared machine was doing."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    fn()  # warm caches, as a running server would be
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, min(times) * 1000, len(queries)


def report(label, rows, resolution, period, commune, province, communes_per_province) -> None:
    from tiendo.core.progress import compute_progress, resolution_progress

    def with_prose():
        progress = resolution_progress(resolution, period, commune)
        return progress.summary, progress.narrative

    targets = resolution.targets.count()
    lines = [
        (f"one commune, {targets} targets, stored", 21, 5,
         lambda: resolution_progress(resolution, period, commune)),
        ("  the same, with summary and narrative", 21, None, with_prose),
        ("  the same, as pages read it (as_dict)", 21, None,
         lambda: resolution_progress(resolution, period, commune).as_dict()),
        ("  the same, computed", 5, 50, lambda: compute_progress(resolution, period, commune)),
        (f"province roll-up, {communes_per_province} communes, stored", 21, 5,
         lambda: resolution_progress(resolution, period, province).as_dict()),
        ("  the same, computed", 3, 1000, lambda: compute_progress(resolution, period, province)),
    ]  # fmt: skip
    for measure_name, repeat, goal, fn in lines:
        median, best, queries = measure(fn, repeat)
        goal_text = f"< {goal} ms" if goal else ""
        print(
            f"{label:10} {rows:>10,} {measure_name:40} {median:>9.1f} {best:>8.1f} {queries:>7}"
            f" {goal_text}"
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/tiendo_bench")
    parser.add_argument("--small", action="store_true", help="a tenth of the sizes, to try it")
    parser.add_argument("--only", choices=["province", "country"], help="one data set only")
    args = parser.parse_args(argv)
    shrink = 10 if args.small else 1

    recreate_database(args.database_url)
    setup_django(args.database_url)
    from tiendo.periods import Period

    sizes = [
        ("province", dict(provinces=1, communes=100 // shrink, targets=150, years=5,
                          months=list(range(1, 13)))),
        ("country", dict(provinces=34, communes=3300 // shrink, targets=100, years=1,
                         months=[3, 6, 9, 12])),
    ]  # fmt: skip
    print(
        f"{'data set':10} {'results':>10} {'measure':40} {'median ms':>9} {'best ms':>8}"
        f" {'queries':>7} goal"
    )
    for label, size in sizes:
        if args.only and label != args.only:
            continue
        start = time.perf_counter()
        resolution, provinces, communes, rows, year = build(label, **size)
        built = time.perf_counter() - start
        print(f"# {label}: {rows:,} results built in {built:.0f} s", file=sys.stderr)
        report(
            label,
            rows,
            resolution,
            Period(year, 1, 9),
            communes[0],
            provinces[0],
            len(communes) // len(provinces),
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
