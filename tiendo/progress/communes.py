"""A target split among a province's communes: one row per commune, sorted as asked,
counted by status, and a merged commune set beside its predecessors' figures.

Since the 2025 reform a province works directly with its ~100 communes, many of them
formed by merging several. The statuses come from the engine (evaluate.py), one
evaluation per commune; this module only arranges them.

>>> rows = [
...     CommuneRow("xa-b", "Xã Bảo Hà", 120.0, 100.0, "exceeded", ratio=120.0),
...     CommuneRow("xa-a", "Xã An Lạc", 80.0, 100.0, "not_met", ratio=80.0,
...                predecessor_names=("Xã Cũ 1", "Xã Cũ 2"), predecessor_values=(50.0, 40.0)),
... ]
>>> table = commune_table(rows, "sum", sort="name")
>>> [row.name for row in table.rows]
['Xã An Lạc', 'Xã Bảo Hà']
>>> table.rows[0].predecessors_total, round(table.rows[0].percent_of_predecessors or 0, 2)
(90.0, 88.89)
>>> [(c.status, c.count) for c in table.counts]
[('exceeded', 1), ('not_met', 1)]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tiendo.periods import Period
from tiendo.progress.model import Aggregation
from tiendo.progress.ratios import percent_of
from tiendo.progress.rollup import combine
from tiendo.progress.status import STATUS_LABELS, Status
from tiendo.vietnamese import strip_diacritics

# Good news first, then what needs attention, then what cannot be judged.
STATUS_RANK: tuple[Status, ...] = (
    "exceeded",
    "met",
    "on_track",
    "done_on_time",
    "done_late",
    "open",
    "behind",
    "at_risk",
    "not_met",
    "overdue",
    "no_plan",
    "no_data",
)
_RANK = {status: index for index, status in enumerate(STATUS_RANK)}

SORT_KEYS = ("name", "value", "plan", "ratio", "status", "period", "predecessors")
DEFAULT_SORT = "name"


@dataclass(frozen=True)
class CommuneRow:
    """One commune's figure for a target: the value the engine settled on, the plan it
    was judged against, the status, the % of plan. `predecessor_values` are the figures
    of the units merged into it for the same period and indicator (None where one did
    not report); `ref` is the caller's handle on the source (a result id)."""

    unit_code: str
    name: str
    value: float | None
    plan: float | None
    status: Status
    period: Period | None = None
    ratio: float | None = None
    kind: str = ""
    plan_max: float | None = None
    plan_origin: str = ""
    ref: str = ""
    predecessor_names: tuple[str, ...] = ()
    predecessor_values: tuple[float | None, ...] = ()
    predecessor_weights: tuple[float | None, ...] = ()
    # Filled by commune_table: the predecessors' figures combined, and this
    # commune's figure as a percentage of them.
    predecessors_total: float | None = None
    percent_of_predecessors: float | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def is_merged(self) -> bool:
        return bool(self.predecessor_names)

    @property
    def predecessors_complete(self) -> bool:
        """True when every predecessor reported the period: only then is the sum whole."""
        return self.is_merged and all(v is not None for v in self.predecessor_values)


@dataclass(frozen=True)
class StatusCount:
    status: Status
    label: str
    count: int
    # The share of the communes listed, in percent, for the chart's bar.
    share: float


@dataclass(frozen=True)
class CommuneTable:
    rows: tuple[CommuneRow, ...]
    counts: tuple[StatusCount, ...]
    sort: str
    descending: bool

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def merged(self) -> int:
        return sum(1 for row in self.rows if row.is_merged)


def predecessors_total(
    values: Sequence[float | None],
    aggregation: Aggregation,
    weights: Sequence[float | None] = (),
) -> float | None:
    """The merged units' figures as one: added for flows, averaged for rates (weighted
    where every unit has a weight). None unless every predecessor reported, since
    a sum that misses a commune would understate the comparison.

    >>> predecessors_total([50.0, 40.0], "sum")
    90.0
    >>> predecessors_total([3.0, 5.0], "weighted_mean", [100.0, 300.0])
    4.5
    >>> predecessors_total([50.0, None], "sum") is None
    True
    """
    if not values or any(v is None for v in values):
        return None
    given = list(weights) if len(weights) == len(values) else [None] * len(values)
    return combine([(v or 0.0, w) for v, w in zip(values, given, strict=True)], aggregation)


def compared_with_predecessors(row: CommuneRow, aggregation: Aggregation) -> CommuneRow:
    """The row with its predecessors' combined figure and its own as a % of it.

    >>> row = CommuneRow("xa", "Xã Mới", 110.0, None, "no_plan",
    ...                  predecessor_names=("A", "B"), predecessor_values=(60.0, 40.0))
    >>> compared_with_predecessors(row, "sum").percent_of_predecessors
    110.00000000000001
    """
    if not row.is_merged:
        return row
    total = predecessors_total(row.predecessor_values, aggregation, row.predecessor_weights)
    return dataclasses.replace(
        row, predecessors_total=total, percent_of_predecessors=percent_of(row.value, total)
    )


def _name_key(row: CommuneRow) -> tuple[str, str]:
    # "Xã Đông" after "Xã Dương" as a reader expects, then exact spelling breaks ties.
    folded = strip_diacritics(row.name.lower().replace("đ", "dz"))
    return (folded, row.name)


def _period_key(row: CommuneRow) -> Any:
    period = row.period
    if period is None:
        return None
    return (period.year or 0, period.to_month or 12, -(period.from_month or 1))


_KEYS: dict[str, Callable[[CommuneRow], Any]] = {
    "name": _name_key,
    "value": lambda row: row.value,
    "plan": lambda row: row.plan,
    "ratio": lambda row: row.ratio,
    "status": lambda row: _RANK.get(row.status, len(_RANK)),
    "period": _period_key,
    "predecessors": lambda row: row.predecessors_total,
}


def sort_rows(
    rows: Sequence[CommuneRow], key: str = DEFAULT_SORT, descending: bool = False
) -> list[CommuneRow]:
    """Rows sorted by one column; rows without a value for it come last either way,
    and ties keep the communes in name order.

    >>> rows = [CommuneRow("a", "Xã A", None, None, "no_data"),
    ...         CommuneRow("b", "Xã B", 5.0, None, "no_plan"),
    ...         CommuneRow("c", "Xã C", 9.0, None, "no_plan")]
    >>> [r.unit_code for r in sort_rows(rows, "value", descending=True)]
    ['c', 'b', 'a']
    >>> [r.unit_code for r in sort_rows(rows, "value")]
    ['b', 'c', 'a']
    """
    if key not in _KEYS:
        raise ValueError(f"unknown sort key {key!r}: one of {', '.join(SORT_KEYS)}")
    read = _KEYS[key]
    by_name = sorted(rows, key=_name_key)
    present = [row for row in by_name if read(row) is not None]
    missing = [row for row in by_name if read(row) is None]
    # sorted() is stable, so reverse=True keeps name order among equal values.
    return sorted(present, key=read, reverse=descending) + missing


def status_counts(rows: Sequence[CommuneRow]) -> tuple[StatusCount, ...]:
    """How many communes have each status, in STATUS_RANK order, present ones only.

    >>> rows = [CommuneRow("a", "A", 1.0, 1.0, "met"), CommuneRow("b", "B", None, 1.0,
    ...         "no_data"), CommuneRow("c", "C", 2.0, 1.0, "met")]
    >>> [(c.label, c.count, round(c.share)) for c in status_counts(rows)]
    [('Đạt', 2, 67), ('Chưa có số liệu', 1, 33)]
    """
    found: dict[Status, int] = {}
    for row in rows:
        found[row.status] = found.get(row.status, 0) + 1
    total = len(rows) or 1
    ordered = sorted(found, key=lambda status: _RANK.get(status, len(_RANK)))
    return tuple(
        StatusCount(status, STATUS_LABELS[status], found[status], found[status] * 100.0 / total)
        for status in ordered
    )


def parse_sort(text: str | None) -> tuple[str, bool]:
    """'-ratio' -> ('ratio', True); an unknown or empty key gives the default order.

    >>> parse_sort("-ratio"), parse_sort("value"), parse_sort("nonsense")
    (('ratio', True), ('value', False), ('name', False))
    """
    text = (text or "").strip()
    descending = text.startswith("-")
    key = text.removeprefix("-")
    if key not in _KEYS:
        return DEFAULT_SORT, False
    return key, descending


def commune_table(
    rows: Sequence[CommuneRow],
    aggregation: Aggregation,
    *,
    sort: str = DEFAULT_SORT,
    descending: bool = False,
) -> CommuneTable:
    """The communes' rows compared with their predecessors, sorted, and counted."""
    compared = [compared_with_predecessors(row, aggregation) for row in rows]
    ordered = sort_rows(compared, sort, descending)
    return CommuneTable(tuple(ordered), status_counts(ordered), sort, descending)
