"""The progress of one target in one period: what the engine found and concluded.

>>> from tiendo.periods import Period
>>> plan_text(TargetSpec("gdp", "Tăng trưởng", "%", 7.5, Period.year_of(2022), value_max=8.0))
'KH từ 7,5% đến 8%'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tiendo.extract.figure import Basis, Comparison
from tiendo.periods import Period
from tiendo.progress.baselines import BUDGET_KINDS, Baseline, comparison_kinds
from tiendo.progress.checks import ProgressWarning
from tiendo.progress.model import Observation, TargetSpec
from tiendo.progress.narrative import Statement, format_percent, with_unit, write_sentence
from tiendo.progress.pace import Forecast
from tiendo.progress.plan_change import change_text
from tiendo.progress.ratios import round_percent
from tiendo.progress.status import FINAL_STATUSES, STATUS_LABELS, Status
from tiendo.progress.tasks import TaskProgress

_BOUND_WORDS = {"at_least": "từ ", "at_most": "không quá ", "about": "khoảng "}


def period_dict(period: Period) -> dict[str, Any]:
    """A period as JSON: {"year", "from_month", "to_month", "code"}."""
    return {**period.as_dict(), "code": period.code()}


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def observation_dict(obs: Observation) -> dict[str, Any]:
    return {
        "target_key": obs.target_key,
        "unit_code": obs.unit_code,
        "period": period_dict(obs.period),
        "kind": obs.kind,
        "value": _float(obs.value),
        "source_label": obs.source_label,
        "source_id": obs.source_id,
        "reported_on": None if obs.reported_on is None else obs.reported_on.isoformat(),
        "weight": _float(obs.weight),
        "comparisons": [
            {**c.as_dict(), "percent": float(c.percent), "basis_text": c.basis_text}
            for c in obs.comparisons
        ],
    }


def plan_text(target: TargetSpec) -> str:
    """'KH 953,2 tỷ đồng', 'KH từ 7,5% đến 8%', 'KH không quá 1,5%', 'KH giảm 1,5% so
    với năm trước (từ 5,2%)'."""
    if target.change is not None:
        return f"KH {change_text(target.change, target.unit)}"
    if target.plan is None:
        return ""
    if target.value_max is not None:
        low = with_unit(target.plan, target.unit if target.unit == "%" else "")
        return f"KH từ {low} đến {with_unit(target.value_max, target.unit)}"
    bound = _BOUND_WORDS.get(target.bound or "", "")
    return f"KH {bound}{with_unit(target.plan, target.unit)}"


def _written_decimals(obs: Observation) -> dict[tuple[str, str], tuple[float, int]]:
    """(baseline kind, measure) -> (percent, decimals) as the source printed it:
    "bằng 16,0% dự toán" is (16.0, 1) under ("budget_self", "ratio")."""
    found: dict[tuple[str, str], tuple[float, int]] = {}
    for i, (comparison, kind) in enumerate(
        zip(obs.comparisons, comparison_kinds(obs), strict=True)
    ):
        places = obs.decimals_of_comparison(i)
        if kind is not None and places is not None:
            found.setdefault((kind, comparison.measure), (comparison.percent, places))
    return found


def _as_written(
    ratio: float | None, written: tuple[float, int] | None
) -> tuple[float | None, int | None]:
    """The computed ratio, with the source's decimals when it agrees with what the
    source printed, so that the narrative says "16,0%" where the report did."""
    if ratio is None:
        return None, None
    if written is not None:
        percent, places = written
        if abs(ratio - percent) <= 0.5 * 10.0**-places + 1e-9:
            return round(ratio, places), places
    return round_percent(ratio), None


@dataclass(frozen=True)
class TargetProgress:
    target: TargetSpec
    period: Period
    status: Status
    observation: Observation | None = None
    value: float | None = None
    # True when the value was computed from a reported percentage and a known baseline.
    value_derived: bool = False
    baselines: Mapping[str, Baseline] = field(default_factory=dict)
    # kind -> value as a percentage of that baseline ("plan": % KH).
    ratios: Mapping[str, float] = field(default_factory=dict)
    # kind -> rise (+) or fall (-) over that baseline, in percent.
    changes: Mapping[str, float] = field(default_factory=dict)
    # 100 at the plan, more is better whichever the direction (see ratios.py).
    achievement: float | None = None
    forecast: Forecast | None = None
    warnings: tuple[ProgressWarning, ...] = ()
    tasks: tuple[TaskProgress, ...] = ()
    # The baseline the status was judged against: "plan", else a budget.
    judged_against: str | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES

    def ratio_decimals(self) -> dict[str, int | None]:
        """kind -> the decimals a ratio is printed with, the same in the narrative, the
        report's table and the portal: the source's when it printed this very ratio
        ("bằng 16,0%": 1), else None (at most two, trailing zeros dropped: "18%")."""
        obs = self.observation
        written = _written_decimals(obs) if obs is not None else {}
        return {
            kind: _as_written(ratio, written.get((kind, "ratio")))[1]
            for kind, ratio in self.ratios.items()
        }

    def statement(self) -> Statement | None:
        """What a report would say of this result, for the narrative."""
        obs = self.observation
        if obs is None or self.value is None or self.target.is_qualitative:
            return None
        written = _written_decimals(obs)
        comparisons: list[Comparison] = []
        decimals: list[int | None] = []
        for kind in ("plan", *BUDGET_KINDS):
            percent, places = _as_written(self.ratios.get(kind), written.get((kind, "ratio")))
            if percent is not None:
                basis: Basis = "plan" if kind == "plan" else "budget"
                label = self.baselines[kind].label
                comparisons.append(Comparison(basis, "ratio", percent, label))
                decimals.append(places)
        change = self.changes.get("same_period")
        # A rate's change is read in points, which the spec's percentages cannot say.
        if change is not None and self.target.unit != "%":
            # "tăng 5,0%" keeps its decimal; "bằng 168,4%" lends its decimal to "tăng 68,4%".
            _, places = _as_written(change, written.get(("same_period", "change")))
            if places is None:
                ratio = self.ratios.get("same_period")
                _, places = _as_written(ratio, written.get(("same_period", "ratio")))
            rounded = round_percent(change) if places is None else round(change, places)
            comparisons.append(Comparison("same_period", "change", rounded or 0.0, "cùng kỳ"))
            decimals.append(places)
        value = round(self.value, 3)
        return Statement(
            self.target.indicator, value, self.target.unit, obs.period, obs.kind,
            tuple(comparisons), tuple(decimals),
        )  # fmt: skip

    def sentence(self) -> str:
        statement = self.statement()
        return "" if statement is None else write_sentence(statement)

    def detail(self) -> str:
        """Why a target is named in a summary: 'đạt 92,5% KH', '3,8%, KH không quá 3,5%'."""
        if self.value is None:
            return ""
        kind = self.judged_against or "plan"
        ratio = self.ratios.get(kind)
        plain = self.target.direction == "higher" and self.target.value_max is None
        if ratio is not None and plain:
            text = f"đạt {format_percent(round(ratio, 2))} {self.baselines[kind].label}"
        elif self.target.plan is None:
            text = with_unit(round(self.value, 3), self.target.unit)
        else:
            text = f"{with_unit(round(self.value, 3), self.target.unit)}, {plan_text(self.target)}"
        if self.forecast is not None and not self.is_final:
            expected = with_unit(round(self.forecast.value, 1), self.target.unit)
            text += f", dự báo cả năm khoảng {expected}"
        return text.rstrip(", ")

    def as_dict(self) -> dict[str, Any]:
        target = self.target
        return {
            "key": target.key,
            "ordinal": target.ordinal,
            "indicator": target.indicator,
            "unit": target.unit,
            "direction": target.direction,
            "aggregation": target.aggregation,
            "is_qualitative": target.is_qualitative,
            "plan": _float(target.plan),
            "value_max": _float(target.value_max),
            "bound": target.bound,
            "plan_change": None if target.change is None else target.change.as_dict(),
            "plan_text": plan_text(target),
            "target_period": period_dict(target.period),
            "period": period_dict(self.period),
            "status": self.status,
            "status_label": self.status_label,
            "value": _float(self.value),
            "value_derived": self.value_derived,
            "observation": None if self.observation is None else observation_dict(self.observation),
            "baselines": {kind: b.as_dict() for kind, b in self.baselines.items()},
            "ratios": {kind: float(v) for kind, v in self.ratios.items()},
            "ratio_decimals": self.ratio_decimals(),
            "changes": {kind: float(v) for kind, v in self.changes.items()},
            "achievement": _float(self.achievement),
            "judged_against": self.judged_against,
            "forecast": None if self.forecast is None else self.forecast.as_dict(),
            "warnings": [w.as_dict() for w in self.warnings],
            "tasks": [t.as_dict() for t in self.tasks],
            "sentence": self.sentence(),
        }
