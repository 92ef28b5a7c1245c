"""The demo for the suite's fixtures: loaded for real once per worker, then replayed.

About 240 tests of each database run start from the demo, and loading it runs some
thousand queries through every save signal (Wagtail's reference index, the audit log,
the page cache), about half a second each time. The first load in a worker is a real
one, and what it changed in the database is kept: the rows it inserted, updated and
deleted, table by table. Later tests that start from the same database get those rows
written back directly, in a few dozen queries.

It is the same demo, not a copy kept by hand: the rows come from `load_demo()` itself,
in this run. A replay happens only where the database looks as it did before that load
(every table's row count and largest key, and every table the load wrote to the same row
for row); anywhere else, say after a test added a unit of its own first, the demo is
loaded for real. `tests/test_demo_replay.py` holds the replay to the load it repeats.
The demo writes rows and nothing else (no files, no mail); a part of it that did would
need replaying here too.

    replay = DemoReplay(load_demo)
    demo = replay.load()  # real the first time, a replay after
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.conf import UserSettingsHolder, settings
from django.db import connection, models, transaction
from wagtail.models import Site

from tiendo.core.demo.loader import DemoData, load_core_demo, load_demo
from tiendo.core.models import Document, OrgUnit, Resolution, Result, Target

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Table:
    model: type[models.Model]
    attnames: tuple[str, ...]  # the table's own columns, its key first

    def rows(self) -> dict[Any, Row]:
        values = self.model._base_manager.order_by().values_list(*self.attnames)
        return {row[0]: row for row in values}

    def delete(self, keys: list[Any]) -> None:
        # A raw delete: no signals and no cascade, as the load's own deletes are here too.
        self.model._base_manager.filter(pk__in=keys)._raw_delete(connection.alias)

    def update(self, rows: list[Row]) -> None:
        for row in rows:
            values = dict(zip(self.attnames[1:], row[1:], strict=True))
            self.model._base_manager.filter(pk=row[0]).update(**values)

    def insert(self, rows: list[Row]) -> None:
        # raw=True writes the values as read (no auto_now), into this table only: a page's
        # own table and Wagtail's page table are two tables here, as in the database.
        objects = [self.model(**dict(zip(self.attnames, row, strict=True))) for row in rows]
        fields = self.model._meta.local_concrete_fields
        self.model._base_manager._insert(objects, fields=fields, raw=True)


def tables() -> list[Table]:
    """Every table of every installed model (join tables too) that this database has,
    but for SQLite's full-text tables: triggers on Wagtail's search entries keep those."""
    existing = set(connection.introspection.table_names()) - _full_text_tables()
    found: dict[str, Table] = {}
    for model in apps.get_models(include_auto_created=True):
        opts = model._meta
        if opts.proxy or opts.db_table in found or opts.db_table not in existing:
            continue
        own = [f.attname for f in opts.local_concrete_fields if f is not opts.pk]
        found[opts.db_table] = Table(model, (opts.pk.attname, *own))
    return list(found.values())


def _full_text_tables() -> set[str]:
    if connection.vendor != "sqlite":
        return set()
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
        return {name for (name,) in cursor.fetchall()}


def id_counters() -> dict[str, int]:
    """SQLite's AUTOINCREMENT counters, which a rollback takes back (PostgreSQL's
    sequences never go back, so a replayed id is never handed out again there)."""
    if connection.vendor != "sqlite":
        return {}
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, seq FROM sqlite_sequence")
        return dict(cursor.fetchall())


def shape(all_tables: list[Table]) -> tuple[tuple[int, Any], ...]:
    """Each table's row count and largest integer key, in one query."""
    quote = connection.ops.quote_name
    parts = []
    for table in all_tables:
        pk = table.model._meta.pk
        numeric = pk.get_internal_type() in {"AutoField", "BigAutoField", "IntegerField"}
        largest = f"MAX({quote(pk.column)})" if numeric else "NULL"
        parts.append(f"SELECT COUNT(*), {largest} FROM {quote(table.model._meta.db_table)}")
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts))
        return tuple(tuple(row) for row in cursor.fetchall())


@dataclass
class Change:
    """What one load did to one table."""

    table: Table
    before: dict[Any, Row]  # the whole table, as the load found it
    deleted: list[Any] = field(default_factory=list)
    updated: list[Row] = field(default_factory=list)
    inserted: list[Row] = field(default_factory=list)


def changes(
    before: list[dict[Any, Row]], after: list[dict[Any, Row]], all_tables: list[Table]
) -> list[Change]:
    found = []
    for table, old, new in zip(all_tables, before, after, strict=True):
        change = Change(table, old)
        change.deleted = [key for key in old if key not in new]
        for key, row in new.items():
            if key not in old:
                change.inserted.append(row)
            elif old[key] != row:
                change.updated.append(row)
        if change.deleted or change.updated or change.inserted:
            found.append(change)
    return found


@dataclass
class Capture:
    changes: list[Change]
    keys: Any  # what rebuilds the loader's answer from the replayed rows
    counters: dict[str, int]  # SQLite's id counters the load moved, as it left them


class DemoReplay:
    """Loads with `loader` the first time a database state is met, replays after.

    Both loaders answer a DemoData: this module's `describe` keeps its keys, and
    `rebuild` reads it back from the database (fresh objects each time: tests change them)."""

    def __init__(self, loader: Callable[[], Any]) -> None:
        self.loader = loader
        self.captures: dict[Any, Capture] = {}
        self.loads = 0
        self.replays = 0

    def _state_key(self, all_tables: list[Table]) -> Any:
        # Demo passwords come from the environment, and dates are read from today.
        return (
            connection.vendor,
            os.environ.get("TIENDO_DEMO_PASSWORDS", ""),
            dt.date.today(),
            shape(all_tables),
        )

    def load(self) -> Any:
        # Inside the test's transaction only: a replay is rolled back with the test.
        assert connection.in_atomic_block, "the replayed demo needs the db fixture"
        if _settings_overridden():
            # The load may read what the test changed; what it writes is not kept.
            self.loads += 1
            return self.loader()
        all_tables = tables()
        key = self._state_key(all_tables)
        capture = self.captures.get(key)
        if capture is not None and self._unchanged(capture):
            self.replays += 1
            with transaction.atomic():
                self._write(capture)
            return rebuild(capture.keys)
        self.loads += 1
        before, counters_before = [table.rows() for table in all_tables], id_counters()
        answer = self.loader()
        after, counters = [table.rows() for table in all_tables], id_counters()
        moved = {
            name: value for name, value in counters.items() if counters_before.get(name) != value
        }
        self.captures[key] = Capture(changes(before, after, all_tables), describe(answer), moved)
        return answer

    @staticmethod
    def _unchanged(capture: Capture) -> bool:
        """Every table the load wrote to holds what it held then, row for row: the
        load looks rows up by their natural keys (a unit's slug, a user's name), and a
        row with another slug under the same key would be updated in its place."""
        return all(change.table.rows() == change.before for change in capture.changes)

    @staticmethod
    def _write(capture: Capture) -> None:
        for change in capture.changes:
            if change.deleted:
                change.table.delete(change.deleted)
        for change in capture.changes:
            change.table.update(change.updated)
        for change in capture.changes:
            if change.inserted:
                change.table.insert(change.inserted)
        # Rows the load made and removed again (a group's permissions set anew) leave
        # SQLite's counter above the largest id: the next id a test gets is the same.
        with connection.cursor() as cursor:
            for name, value in capture.counters.items():
                cursor.execute("UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [value, name])
                if cursor.rowcount == 0:
                    cursor.execute("INSERT INTO sqlite_sequence VALUES (%s, %s)", [name, value])
        # The one cache the load leaves behind that rows do not carry.
        Site.clear_site_root_paths_cache()


def _settings_overridden() -> bool:
    return isinstance(settings._wrapped, UserSettingsHolder)


def describe(demo: Any) -> dict[str, Any]:
    return {
        "units": (demo.province.pk, demo.district.pk, demo.party_committee.pk),
        "resolution": demo.resolution.pk,
        "documents": (demo.resolution_document.pk, demo.article.pk),
        "targets": {ordinal: target.pk for ordinal, target in demo.targets.items()},
        "results": [result.pk for result in demo.results],
    }


def rebuild(keys: dict[str, Any]) -> DemoData:
    """The loader's answer, read back: the objects tied to each other as the loader tied
    them, so that a test's query counts are the same after a replay as after a load."""
    units = OrgUnit.objects.in_bulk(keys["units"])
    documents = Document.objects.in_bulk(keys["documents"])
    targets = Target.objects.in_bulk(keys["targets"].values())
    results = Result.objects.in_bulk(keys["results"])
    province, district, party = (units[pk] for pk in keys["units"])
    resolution_document, article = (documents[pk] for pk in keys["documents"])
    resolution = Resolution.objects.get(pk=keys["resolution"])
    district.parent, party.parent = province, district
    resolution_document.issuer, article.issuer = party, district
    resolution.issuer, resolution.source_document = party, resolution_document
    for target in targets.values():
        target.resolution = resolution
    for result in results.values():
        result.target, result.org_unit = targets[result.target_id], district
        result.source_document = article
    return DemoData(
        province,
        district,
        party,
        resolution,
        resolution_document,
        article,
        targets={ordinal: targets[pk] for ordinal, pk in keys["targets"].items()},
        results=[results[pk] for pk in keys["results"]],
    )


# The fixtures' replays, one per worker process.
demo = DemoReplay(load_demo)
core_demo = DemoReplay(load_core_demo)
