"""Every table of the database as rows of JSON values, and back, bypassing signals.

Rows are read per table (a model's local columns only, so a Wagtail page's own
table and its base page's table are two tables) and written back with raw
inserts: no save(), so no signal enqueues a task, writes an audit entry or
re-creates a default page, and ids stay as they were. The encoding depends on
the field, never on the database, so a backup of SQLite restores into
PostgreSQL and the other way round.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from django.apps import apps
from django.db import connections, models
from django.utils.duration import duration_string

BATCH = 500
# The search index is derived from the pages and differs by database (SQLite adds
# full-text tables filled by triggers; PostgreSQL keeps other columns): it is
# rebuilt after a restore rather than carried.
DERIVED = ("wagtailsearch.", "modelsearch.")


def dumped_models(using: str = "default", *, derived: bool = False) -> list[type[models.Model]]:
    """Models with a table of their own in this database, many-to-many tables included;
    with `derived`, the search index's models instead."""
    existing = set(connections[using].introspection.table_names())
    found = []
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed or meta.db_table not in existing:
            continue
        if meta.label_lower.startswith(DERIVED) == derived:
            found.append(model)
    return sorted(found, key=lambda model: model._meta.label_lower)


def columns(model: type[models.Model]) -> list[models.Field]:
    return list(model._meta.local_concrete_fields)


def read_rows(model: type[models.Model], using: str = "default") -> Iterator[list[Any]]:
    """The table's rows in primary-key order, each value encoded for JSON."""
    fields = columns(model)
    rows = (
        model._base_manager.using(using)
        .order_by("pk")
        .values_list(*[field.attname for field in fields])
    )
    for row in rows.iterator(chunk_size=2000):
        yield [_encode(field, value) for field, value in zip(fields, row, strict=True)]


def write_rows(model: type[models.Model], rows: Iterable[list[Any]], using: str = "default") -> int:
    """Insert decoded rows as they are (ids, timestamps), in batches; returns the count."""
    fields = columns(model)
    manager = model._base_manager.using(using)
    count = 0
    batch: list[models.Model] = []
    for row in rows:
        values = {
            field.attname: _decode(field, value) for field, value in zip(fields, row, strict=True)
        }
        batch.append(model(**values))
        if len(batch) >= BATCH:
            count += _insert(manager, batch, fields, using)
            batch = []
    if batch:
        count += _insert(manager, batch, fields, using)
    return count


def _insert(manager: Any, batch: list[models.Model], fields: list[Any], using: str) -> int:
    # raw=True: values as given (no auto_now), one table only (no parent rows).
    manager._insert(batch, fields=fields, raw=True, using=using)
    return len(batch)


def clear(model: type[models.Model], using: str = "default") -> None:
    """Delete every row without cascades or signals (constraints are checked at commit)."""
    model._base_manager.using(using).all()._raw_delete(using)


def _encode(field: models.Field, value: Any) -> Any:
    if value is None or isinstance(field, models.JSONField):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return duration_string(value)
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _decode(field: models.Field, value: Any) -> Any:
    if value is None or isinstance(field, models.JSONField):
        return value
    if isinstance(field, models.BinaryField):
        return base64.b64decode(value)
    return field.to_python(value)
