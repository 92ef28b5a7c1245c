"""Progress stored once computed, and read back in one query.

A snapshot holds, for a resolution, a unit and a period, the engine's result as the
JSON-ready dict that the portal, the API, the reports and the CLI read
(`ResolutionProgress.as_dict()`, with its summary and narrative), and the result
objects themselves for the callers that want them (a second query, made only then).

The dict is stored with `marshal` and zlib: it holds only dicts, lists, strings and
numbers, which marshal reads back ten times faster than JSON, and faster still when
equal values are written once (`_encode_table`). Both blobs are
written and read by tiendo alone, and both carry the engine's version (a digest of
the code that computes them, and of the Python that wrote them): a snapshot from
other code is computed again, never served.

A snapshot marked stale (tiendo.core.progress.invalidation) is computed again when
read, so a change is never hidden; the background task (tasks.py) usually does it
first. A computation is stored only if nothing changed while it ran: the row's
`generation` must still be the one it started from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import marshal
import pickle
import sys
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from django.utils import timezone

from tiendo.core.models import OrgUnit, ProgressSnapshot, Resolution
from tiendo.core.prepared import Prepared
from tiendo.core.progress.compute import compute_progress
from tiendo.periods import Period
from tiendo.progress import ResolutionProgress

# The code whose output a snapshot holds, relative to the tiendo package.
ENGINE_SOURCES = ("progress", "core/progress", "periods.py", "extract/figure.py", "vietnamese.py")
_ENGINE_FIELDS = tuple(field.name for field in dataclasses.fields(ResolutionProgress))


@functools.cache
def engine_version() -> str:
    """A digest of the engine's source and of the Python running it."""
    root = Path(__file__).resolve().parents[2]
    digest = hashlib.sha256(repr(sys.version_info[:2]).encode())
    for name in ENGINE_SOURCES:
        path = root / name
        for source in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(source.relative_to(root).as_posix().encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def snapshot_key(unit: OrgUnit | None, period: Period | None) -> str:
    """'12/2022-1-3'; an empty part stands for the default (the area, the latest)."""
    unit_part = "" if unit is None else str(unit.pk)
    period_part = "" if period is None else f"{period.year}-{period.from_month}-{period.to_month}"
    return f"{unit_part}/{period_part}"


class StoredProgress(ResolutionProgress):
    """A ResolutionProgress read from a snapshot. `as_dict()`, `summary`, `narrative`
    and `counts()` come from the stored dict; the engine's objects (`targets`, `tasks`,
    `period`…) are loaded on first use. `computed_at` says when it was computed.

    The dict is shared by every caller of `as_dict()` on this object and by later reads
    of the same snapshot in this process, and equal small dicts inside it are one
    object: read it, do not change it.
    """

    computed_at: dt.datetime

    def __init__(
        self,
        table: dict[str, Any],
        computed_at: dt.datetime,
        objects: ResolutionProgress | Callable[[], ResolutionProgress],
    ) -> None:
        put = object.__setattr__  # the dataclass is frozen
        put(self, "computed_at", computed_at)
        put(self, "_table", table)
        put(self, "_objects", objects)
        put(self, "summary", table["summary"])
        put(self, "narrative", table["narrative"])

    def __getattr__(self, name: str) -> Any:
        # Called only for what is not set yet: the engine's fields, loaded once.
        if name not in _ENGINE_FIELDS:
            raise AttributeError(name)
        objects = self.__dict__["_objects"]
        if not isinstance(objects, ResolutionProgress):
            objects = objects()
        for field in _ENGINE_FIELDS:
            object.__setattr__(self, field, getattr(objects, field))
        return getattr(objects, name)

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__["_table"]

    def counts(self) -> dict[str, int]:
        return dict(self.__dict__["_table"]["counts"])


class _Row(NamedTuple):
    pk: int
    table: bytes
    stale: bool
    generation: int
    engine: str
    computed_at: dt.datetime | None


_STATE = ("pk", "stale", "generation", "engine", "computed_at")


def _snapshot_query(*, resolution: int, key: str, blob: bool):  # type: ignore[no-untyped-def]
    rows = ProgressSnapshot.objects.filter(resolution_id=resolution, key=key)
    return rows.values_list(*_STATE, *(("table",) if blob else ()))


# The snapshot with its dict; its state alone when this process decoded it last (the
# database need not send the dict again); the dict alone.
_read_with_table = Prepared(
    lambda resolution, key: _snapshot_query(resolution=resolution, key=key, blob=True)
)
_read_state = Prepared(
    lambda resolution, key: _snapshot_query(resolution=resolution, key=key, blob=False)
)
_read_table = Prepared(lambda pk: ProgressSnapshot.objects.filter(pk=pk).values_list("table"))


def stored_progress(
    resolution: Resolution, period: Period | None = None, unit: OrgUnit | None = None
) -> StoredProgress:
    """The progress `compute_progress` would give, read from its snapshot in one query
    (two when it changed since this process last read it); computed and stored when the
    snapshot is missing, stale or from other code."""
    key = snapshot_key(unit, period)
    known = _recent.get((resolution.pk, key))
    reader = _read_with_table if known is None else _read_state
    found = reader.rows(resolution=resolution.pk, key=key)
    row = None
    if found:
        pk, stale, generation, engine, computed_at, *table = found[0]
        row = _Row(pk, table[0] if table else b"", stale, generation, engine, computed_at)
    if row is not None and not row.stale and row.engine == engine_version():
        load = functools.partial(_load_objects, row, resolution, period, unit)
        computed_at = row.computed_at or timezone.now()
        if known is not None and (known[0], known[1]) == (row.generation, computed_at):
            table = known[2]
        else:
            blob = row.table if known is None else _read_table.rows(pk=row.pk)
            if not blob:  # deleted since its state was read: computed afresh below
                return _compute_and_store(resolution, period, unit, key, row.generation)[0]
            table = _decode_table(blob if known is None else blob[0][0])
            _recent.put((resolution.pk, key), (row.generation, computed_at, table))
        return StoredProgress(table, computed_at, load)
    generation = row.generation if row is not None else _claim(resolution, unit, period, key)
    return _compute_and_store(resolution, period, unit, key, generation)[0]


class _Recent:
    """The snapshots this process decoded last, by (resolution, key): (generation,
    computed_at, dict). A read whose snapshot has not changed since skips its transfer
    and decoding; a changed one (another generation or time) is read afresh."""

    SIZE = 32

    def __init__(self) -> None:
        self._items: OrderedDict[tuple[int, str], tuple[int, dt.datetime, dict[str, Any]]] = (
            OrderedDict()
        )
        self._lock = threading.Lock()

    def get(self, key: tuple[int, str]) -> tuple[int, dt.datetime, dict[str, Any]] | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[int, str], value: tuple[int, dt.datetime, dict[str, Any]]) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.SIZE:
                self._items.popitem(last=False)


_recent = _Recent()


def refresh(snapshot: ProgressSnapshot) -> bool:
    """Compute a snapshot again; False when a change came meanwhile (it stays stale)."""
    period = None
    if snapshot.period_year is not None:
        period = Period(snapshot.period_year, snapshot.period_from_month, snapshot.period_to_month)
    resolution, unit = snapshot.resolution, snapshot.unit
    return _compute_and_store(resolution, period, unit, snapshot.key, snapshot.generation)[1]


def _claim(resolution: Resolution, unit: OrgUnit | None, period: Period | None, key: str) -> int:
    """Create the snapshot's row, stale, before reading anything: a change committed
    while the progress is computed then finds the row and raises its generation."""
    ProgressSnapshot.objects.bulk_create(
        [
            ProgressSnapshot(
                resolution_id=resolution.pk,
                unit=unit,
                period_year=None if period is None else period.year,
                period_from_month=None if period is None else period.from_month,
                period_to_month=None if period is None else period.to_month,
                key=key,
            )
        ],
        ignore_conflicts=True,
    )
    return 0


def _compute_and_store(
    resolution: Resolution,
    period: Period | None,
    unit: OrgUnit | None,
    key: str,
    generation: int,
) -> tuple[StoredProgress, bool]:
    """The progress computed now, and whether it was stored."""
    progress = compute_progress(resolution, period, unit)
    table = progress.as_dict()  # also writes the summary and narrative the objects keep
    now = timezone.now()
    saved = ProgressSnapshot.objects.filter(
        resolution_id=resolution.pk, key=key, generation=generation
    ).update(
        table=_encode_table(table),
        objects_data=zlib.compress(pickle.dumps(progress, pickle.HIGHEST_PROTOCOL)),
        stale=False,
        engine=engine_version(),
        computed_at=now,
    )
    if saved:
        _recent.put((resolution.pk, key), (generation, now, table))
    return StoredProgress(table, now, progress), bool(saved)


def _load_objects(
    row: _Row, resolution: Resolution, period: Period | None, unit: OrgUnit | None
) -> ResolutionProgress:
    """The snapshot's objects: those of a later computation if one was stored since its
    dict was read, computed now if the snapshot is gone."""
    data = ProgressSnapshot.objects.filter(pk=row.pk).values_list("objects_data", flat=True).first()
    if data:
        return pickle.loads(zlib.decompress(data))  # written by tiendo alone
    return compute_progress(resolution, period, unit)


# Small dicts (periods, baselines, comparisons) recur in every row: stored once.
_SHARED_DICT_SIZE = 8


def _encode_table(table: dict[str, Any]) -> bytes:
    """Equal strings, numbers and small dicts written once: marshal then reads them back
    as one object each, which reads a province's 150 targets several times faster."""
    return zlib.compress(marshal.dumps(_shared(table, {})), 1)


def _shared(value: Any, seen: dict[Any, Any]) -> Any:
    if isinstance(value, dict):
        copy = {key: _shared(item, seen) for key, item in value.items()}
        if len(copy) > _SHARED_DICT_SIZE:
            return copy
        return seen.setdefault(("dict", marshal.dumps(copy)), copy)
    if isinstance(value, list):
        return [_shared(item, seen) for item in value]
    if isinstance(value, str):
        return seen.setdefault(("str", value), value)
    if isinstance(value, float):
        return seen.setdefault(("float", value.hex()), value)
    return value


def _decode_table(data: bytes | memoryview) -> dict[str, Any]:
    return marshal.loads(zlib.decompress(data))
