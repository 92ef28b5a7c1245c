#!/usr/bin/env python3
"""A province at full size on PostgreSQL, with a portal per commune (issue 14).

Generates, in one transaction: a province and its 100 communes (OrgUnit), a province
resolution of 150 targets each split among the communes (a child target with the
commune's share of the plan), and every commune's quarterly results for the five
years of the term on the province's targets (100 × 150 × 20 = 300.000 results). Then
the province's portal and one per commune (100 sites), made by
tiendo.sites.services.add_site.

Measured with Django's test client, one Host header per commune, no network:

- site routing: Wagtail's Site.find_for_request for each of the 100 hosts;
- a commune's home page with the page cache off (TIENDO_PAGE_CACHE=0), every commune;
- the province comparison page (a target among the communes, under the resolution's
  page: <resolution index>/<slug>/xa-phuong/), skipped with a message if it is not
  there (measure_page takes any URL);
- each commune's stored progress read for the first time (computed and stored), then
  `tiendo progress rebuild` of the province's resolution, which computes those 100
  snapshots and the province's again (--no-rebuild to skip).

Each as median and 95th percentile per request, with the query count. The output
ends with a Markdown table to paste into the README.

usage: benchmarks/province_scale.py [--database-url URL] [--communes 100]
           [--targets 150] [--years 5] [--comparison-url URL] [--no-rebuild]
(default URL: postgres://postgres@127.0.0.1:5432/tiendo_scale, dropped and created)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PROVINCE_HOST = "tinh.localhost"
LAST_YEAR = 2025
BATCH = 5000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/tiendo_scale")
    parser.add_argument("--communes", type=int, default=100)
    parser.add_argument("--targets", type=int, default=150)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument(
        "--comparison-url",
        default="",
        help="the province comparison page (default: the resolution page + xa-phuong/)",
    )
    parser.add_argument("--no-rebuild", action="store_true", help="skip the progress rebuild")
    args = parser.parse_args()

    _recreate_database(args.database_url)
    _setup_django(args.database_url)
    from django.db import connection

    print(f"PostgreSQL {connection.cursor().connection.info.server_version // 10000}, "
          f"{args.communes} communes × {args.targets} targets × {args.years} years")  # fmt: skip
    started = time.perf_counter()
    province, resolution, counts = generate(args.communes, args.targets, args.years)
    generation_s = time.perf_counter() - started
    sizes = ", ".join(f"{_n(n)} {what}" for what, n in counts)
    print(f"generated in {generation_s:.1f} s: {sizes}", flush=True)
    _analyze()

    figures: list[Figure] = [time_first_reads(resolution, province)]
    print(figures[-1].line(), flush=True)
    if not args.no_rebuild:
        figures.append(time_rebuild(resolution))
        print(figures[-1].line(), flush=True)

    started = time.perf_counter()
    hosts = make_sites(province)
    print(f"{len(hosts)} sites made in {time.perf_counter() - started:.1f} s", flush=True)

    for measure in (
        lambda: time_routing(hosts[1:]),
        lambda: time_home_pages(hosts[1:]),
    ):
        figures.append(measure())
        print(figures[-1].line(), flush=True)
    url = args.comparison_url or comparison_url(resolution)
    comparison = measure_page("province comparison page", PROVINCE_HOST, url)
    if comparison is not None:
        figures.append(comparison)
        print(figures[-1].line(), flush=True)

    print()
    print(readme_table(args, generation_s, counts, figures))
    return 0


# -- the data ---------------------------------------------------------------------------


def _recreate_database(url: str) -> None:
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    with psycopg.connect(parsed._replace(path="/postgres").geturl(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def _setup_django(url: str) -> None:
    os.environ.update(
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="tiendo.settings",
        DEBUG="0",
        # Every page measured is built, not read from the page cache.
        TIENDO_PAGE_CACHE="0",
        ALLOWED_HOSTS=".localhost,testserver",
    )
    os.environ.setdefault("TIENDO_DATA_DIR", tempfile.mkdtemp(prefix="tiendo-scale-"))
    import django

    django.setup()
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    print(f"migrated in {time.perf_counter() - started:.1f} s", flush=True)


def generate(communes: int, targets: int, years: int):  # type: ignore[no-untyped-def]
    """The province, its communes, the resolution with its split targets and every
    commune's quarterly results, in one transaction."""
    from django.db import transaction

    from tiendo.core.models import OrgUnit, Resolution, Result, Target
    from tiendo.core.models.choices import Aggregation, ReviewState, WeightBy

    rng = random.Random(2025)
    first_year = LAST_YEAR - years + 1
    with transaction.atomic():
        province = OrgUnit.objects.create(
            name="Tỉnh Thử Tải", kind=OrgUnit.Kind.PROVINCE, slug="tinh-thu-tai", code="T99"
        )
        units = OrgUnit.objects.bulk_create(
            OrgUnit(
                name=f"Xã Thử Tải {c:03d}", kind=OrgUnit.Kind.COMMUNE, parent=province,
                slug=f"xa-thu-tai-{c:03d}", code=f"T99{c:03d}",
                population=rng.randint(5_000, 40_000), households=rng.randint(1_200, 9_000),
                area_ha=rng.uniform(1_500, 12_000),
            )
            for c in range(1, communes + 1)
        )  # fmt: skip
        resolution = Resolution.objects.create(
            number="01-NQ/TU", slug="01-nq-tu-2020", issuer=province,
            issuer_name="Ban Chấp hành Đảng bộ tỉnh", title="Nghị quyết Đại hội Đảng bộ tỉnh",
            year_from=first_year, year_to=LAST_YEAR, main_target_count=targets,
        )  # fmt: skip
        # Two in three targets are totals (revenue, output), added up over the communes;
        # the others are rates, averaged by population.
        province_targets = Target.objects.bulk_create(
            Target(
                resolution=resolution, ordinal=str(i + 1), sort_order=i,
                indicator=f"Chỉ tiêu thử tải {i + 1}", period_year=LAST_YEAR,
                **(
                    {"unit": "%", "plan_value": 80.0, "aggregation": Aggregation.WEIGHTED_MEAN,
                     "weight_by": WeightBy.POPULATION}
                    if i % 3 == 2
                    else {"unit": "tỷ đồng", "plan_value": 1_000.0 * communes}
                ),
            )
            for i in range(targets)
        )  # fmt: skip
        shares = Target.objects.bulk_create(
            (
                Target(
                    resolution=resolution, parent=target, org_unit=unit,
                    ordinal=target.ordinal, sort_order=target.sort_order,
                    indicator=target.indicator, unit=target.unit,
                    aggregation=target.aggregation, weight_by=target.weight_by,
                    period_year=LAST_YEAR,
                    plan_value=target.plan_value if target.unit == "%" else
                    round(target.plan_value / communes * rng.uniform(0.7, 1.3), 1),
                )
                for target in province_targets
                for unit in units
            ),
            batch_size=BATCH,
        )  # fmt: skip
        results = 0
        batch: list[Result] = []
        for target in province_targets:
            rate = target.unit == "%"
            for unit in units:
                level = rng.uniform(60, 95) if rate else rng.uniform(150, 350)
                for year in range(first_year, LAST_YEAR + 1):
                    for quarter in range(1, 5):
                        value = level * rng.uniform(0.95, 1.05) * (1 + 0.04 * (year - first_year))
                        batch.append(
                            Result(
                                target=target, org_unit=unit, period_year=year,
                                period_from_month=3 * quarter - 2, period_to_month=3 * quarter,
                                kind="actual", value=round(min(value, 100) if rate else value, 2),
                                review_state=ReviewState.APPROVED,
                            )
                        )  # fmt: skip
                        if len(batch) == BATCH:
                            Result.objects.bulk_create(batch)
                            results += len(batch)
                            batch = []
        Result.objects.bulk_create(batch)
        results += len(batch)
    counts = [
        ("communes", len(units)),
        ("targets", len(province_targets)),
        ("commune shares", len(shares)),
        ("results", results),
    ]
    return province, resolution, counts


def _analyze() -> None:
    """What autovacuum does soon after on a live database: the planner's statistics."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


# -- the sites ----------------------------------------------------------------------------


def make_sites(province) -> list[str]:  # type: ignore[no-untyped-def]
    """The province's portal, then one per commune; their host names, province first."""
    from tiendo.sites.services import add_site

    hosts = [PROVINCE_HOST]
    add_site(unit=province, hostname=PROVINCE_HOST)
    for unit in province.children.order_by("slug"):
        hosts.append(f"{unit.slug}.{PROVINCE_HOST}")
        add_site(unit=unit, hostname=hosts[-1])
    return hosts


def comparison_url(resolution) -> str:  # type: ignore[no-untyped-def]
    """The resolution's page on the province's portal, + xa-phuong/."""
    from wagtail.models import Site

    from tiendo.portal.models import ResolutionIndexPage

    site = Site.objects.get(hostname=PROVINCE_HOST)
    index = ResolutionIndexPage.objects.descendant_of(site.root_page).first()
    if index is None:
        return "/nghi-quyet/"
    return f"{index.get_url_parts()[2]}{resolution.slug}/xa-phuong/"


# -- the measures ---------------------------------------------------------------------------


@dataclass
class Figure:
    name: str
    seconds: list[float]
    queries: list[int]
    note: str = ""

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.seconds)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000

    def query_text(self) -> str:
        low, high = min(self.queries), max(self.queries)
        return _n(low) if low == high else f"{_n(low)}–{_n(high)}"

    def line(self) -> str:
        if len(self.seconds) == 1:
            return f"{self.name}: {_ms(self.median_ms)} ms, {self.query_text()} queries {self.note}"
        return (
            f"{self.name}: median {_ms(self.median_ms)} ms, p95 {_ms(self.p95_ms)} ms, "
            f"{self.query_text()} queries per request ({len(self.seconds)} requests) {self.note}"
        )


def _timed(call: Callable[[], object]) -> tuple[float, int, object]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        value = call()
        elapsed = time.perf_counter() - started
    return elapsed, len(captured), value


def time_first_reads(resolution, province) -> Figure:  # type: ignore[no-untyped-def]
    """Each commune's progress read for the first time: computed from its results and
    stored (what a commune's portal does once after its results change)."""
    from tiendo.core.progress.store import stored_progress

    seconds, queries = [], []
    for unit in province.children.order_by("slug"):
        elapsed, count, _ = _timed(lambda u=unit: stored_progress(resolution, unit=u))
        seconds.append(elapsed)
        queries.append(count)
    return Figure("a commune's progress computed and stored", seconds, queries)


def time_rebuild(resolution) -> Figure:  # type: ignore[no-untyped-def]
    """What `tiendo progress rebuild --resolution 01-NQ/TU` runs."""
    from tiendo.core.models import Resolution
    from tiendo.core.progress.rebuild import rebuild

    seconds, queries, stored = _timed(lambda: rebuild(Resolution.objects.filter(pk=resolution.pk)))
    return Figure("tiendo progress rebuild", [seconds], [queries], f"({stored} snapshots stored)")


def time_routing(hosts: list[str]) -> Figure:
    """Wagtail's Site lookup for each host, on a fresh request each time."""
    from django.test import RequestFactory
    from wagtail.models import Site

    factory = RequestFactory()
    seconds, queries = [], []
    for round_ in range(2):  # the first round fills Wagtail's cached root paths
        for host in hosts:
            request = factory.get("/", HTTP_HOST=host)
            elapsed, count, site = _timed(lambda r=request: Site.find_for_request(r))
            assert site is not None and site.hostname == host, host
            if round_:
                seconds.append(elapsed)
                queries.append(count)
    return Figure("site routing", seconds, queries)


def time_home_pages(hosts: list[str]) -> Figure:
    """Each commune's home page, built (page cache off), through the whole stack."""
    from django.test import Client

    client = Client()
    seconds, queries = [], []
    for round_ in range(2):  # the first round warms templates and per-process memos
        for host in hosts:
            elapsed, count, response = _timed(lambda h=host: client.get("/", HTTP_HOST=h))
            assert response.status_code == 200, (host, response.status_code)
            if round_:
                seconds.append(elapsed)
                queries.append(count)
    return Figure("commune home page, uncached", seconds, queries)


def measure_page(name: str, host: str, url: str, rounds: int = 10) -> Figure | None:
    """Any page, `rounds` times after a first request; None (with a message) if it is
    not found."""
    from django.test import Client

    client = Client()
    _, _, first = _timed(lambda: client.get(url, HTTP_HOST=host))
    if first.status_code == 404:
        print(f"{name}: skipped, http://{host}{url} is not found (404)")
        return None
    assert first.status_code == 200, (url, first.status_code)
    seconds, queries = [], []
    for _ in range(rounds):
        elapsed, count, _ = _timed(lambda: client.get(url, HTTP_HOST=host))
        seconds.append(elapsed)
        queries.append(count)
    return Figure(f"{name}", seconds, queries, f"({url})")


# -- the output -------------------------------------------------------------------------------


def readme_table(args, generation_s: float, counts, figures: list[Figure]) -> str:  # type: ignore[no-untyped-def]
    from django.db import connection

    sizes = ", ".join(f"{_n(n)} {what}" for what, n in counts)
    lines = [
        f"Province scale (`benchmarks/province_scale.py`, PostgreSQL "
        f"{connection.cursor().connection.info.server_version // 10000}, {os.cpu_count()} cores): "
        f"{sizes}; {args.communes + 1} sites. Generated in {_s(generation_s)} s.",
        "",
        "| measure | median | p95 | queries |",
        "|---|---:|---:|---:|",
    ]
    for figure in figures:
        if len(figure.seconds) == 1:
            lines.append(
                f"| {figure.name} {figure.note} | {_s(figure.median_ms / 1000)} s | | "
                f"{figure.query_text()} |"
            )
        else:
            lines.append(
                f"| {figure.name} | {_ms(figure.median_ms)} ms | {_ms(figure.p95_ms)} ms | "
                f"{figure.query_text()} |"
            )
    return "\n".join(lines)


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _ms(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _s(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


if __name__ == "__main__":
    sys.exit(main())
