"""The inputs of the progress engine: targets, observations (results) and tasks.

Plain immutable records, so that the Django layer, the CLI and the tests feed the
engine the same way. Nothing here knows about the database.

>>> from tiendo.periods import Period
>>> target = TargetSpec("thu-ngan-sach", "Thu ngân sách", "tỷ đồng", 700.0, Period.year_of(2022))
>>> target.plan_threshold()
700.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from tiendo.extract.figure import Comparison
from tiendo.periods import Period

Direction = Literal["higher", "lower"]
Bound = Literal["at_least", "at_most", "about"]
Aggregation = Literal["sum", "mean", "weighted_mean"]
ObservationKind = Literal["estimate", "actual"]
BaselineKind = Literal["plan", "budget_assigned", "budget_self"]

BASELINE_KINDS: tuple[BaselineKind, ...] = ("plan", "budget_assigned", "budget_self")

# How reports name each baseline when no better words are known.
DEFAULT_BASELINE_LABELS: Mapping[str, str] = {
    "plan": "KH",
    "budget_assigned": "dự toán cấp trên giao",
    "budget_self": "dự toán phấn đấu",
}


@dataclass(frozen=True)
class PlanChange:
    """A plan given as a change from the year before ("giảm 1 - 1,5%"): `amount` (and
    `amount_max` for a range) in points for a rate, else in % of last year's value.
    `base` is last year's level when the results do not hold it."""

    way: Literal["rise", "fall"]
    amount: float
    amount_max: float | None = None
    base: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "way": self.way,
            "amount": self.amount,
            "amount_max": self.amount_max,
            "base": self.base,
        }


@dataclass(frozen=True)
class TargetSpec:
    """A target (chỉ tiêu) of a resolution.

    `plan` is the planned level for the whole `period` (usually a year). A range
    ("từ 7,5% đến 8%") has `plan` 7.5 and `value_max` 8. `direction` says which way
    is better: "lower" for poverty rates or traffic accidents. `aggregation` says how
    parts combine into the whole and whether the figure accumulates over the year:
    "sum" for flows (production value, revenue: Q1 is a share of the year), "mean"
    and "weighted_mean" for levels and rates (forest cover: Q1 is already a level).
    """

    key: str
    indicator: str
    unit: str
    plan: float | None
    period: Period
    ordinal: str = ""
    direction: Direction = "higher"
    value_max: float | None = None
    bound: Bound | None = None
    # kind -> value: "plan" (kế hoạch), "budget_assigned" (dự toán cấp trên giao),
    # "budget_self" (dự toán đơn vị phấn đấu).
    baselines: Mapping[str, float] = field(default_factory=dict)
    # kind -> the words that name it in reports ("dự toán tỉnh giao").
    baseline_labels: Mapping[str, str] = field(default_factory=dict)
    is_qualitative: bool = False
    aggregation: Aggregation = "sum"
    # What weights the parts when they average (population, area): the caller reads
    # it to fill Observation.weight.
    weight_key: str | None = None
    # A plan set as a change from last year: `plan` stays None until the engine knows
    # last year's level (tiendo.progress.plan_change).
    change: PlanChange | None = None

    @property
    def accumulates(self) -> bool:
        """True for flows, whose year value builds up month after month."""
        return self.aggregation == "sum"

    def plan_threshold(self) -> float | None:
        """The level that counts as reaching the plan.

        For a range it is the end nearest to failure: the lower end when higher is
        better, the upper end when lower is better.
        """
        if self.plan is None:
            return None
        if self.direction == "lower" and self.value_max is not None:
            return self.value_max
        return self.plan

    def baseline_label(self, kind: str) -> str:
        return self.baseline_labels.get(kind) or DEFAULT_BASELINE_LABELS.get(kind, kind)


class Observation(NamedTuple):
    """One reported result: a value of a target for an org unit and a period.

    A named tuple rather than a frozen dataclass: a unit's progress reads thousands of
    them, and a tuple is built five times faster. It is just as immutable.

    `comparisons` are the percentages the source printed beside the value, with the
    words that named their basis (Comparison("budget", "ratio", 18.0, "dự toán tỉnh
    giao")). `value_decimals` and `percent_decimals` (one per comparison) say how many
    decimals the source wrote, when known: "16,0%" has one, so it means 15,95 to 16,05.
    Unknown decimals are taken as the fewest that show the number.
    """

    target_key: str
    unit_code: str
    period: Period
    value: float | None
    kind: ObservationKind = "actual"
    comparisons: tuple[Comparison, ...] = ()
    source_label: str = ""
    source_id: str = ""
    weight: float | None = None
    reported_on: dt.date | None = None
    value_decimals: int | None = None
    percent_decimals: tuple[int | None, ...] = ()

    def decimals_of_comparison(self, index: int) -> int | None:
        if index < len(self.percent_decimals):
            return self.percent_decimals[index]
        return None

    @property
    def source_name(self) -> str:
        return self.source_label or self.source_id or "nguồn không rõ"


@dataclass(frozen=True)
class TaskSpec:
    """A qualitative task (nhiệm vụ) with a deadline; `done_on` is None while open.

    `target_key` links the task to a qualitative target, whose status then follows
    its tasks.
    """

    text: str
    deadline: dt.date
    done_on: dt.date | None = None
    key: str = ""
    target_key: str | None = None
    owner: str = ""
