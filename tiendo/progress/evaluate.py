"""The entry point: targets and observations in, progress of a resolution out.

>>> from tiendo.periods import Period
>>> from tiendo.extract.figure import Comparison
>>> target = TargetSpec("cn", "Giá trị sản xuất công nghiệp - TTCN", "tỷ đồng", None,
...                     Period.year_of(2022))
>>> q1 = Observation("cn", "", Period(2022, 1, 3), 220.0, "estimate",
...                  (Comparison("plan", "ratio", 23.08, "KH"),))
>>> progress = evaluate_resolution([target], [q1], Period(2022, 1, 3))
>>> row = progress.targets[0]
>>> round(row.baselines["plan"].value, 1), row.baselines["plan"].inferred, row.status
(953.2, True, 'behind')
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tiendo.periods import Period
from tiendo.progress.baselines import Baseline, comparison_kinds, label_for, settle_baselines
from tiendo.progress.checks import ProgressWarning, conflicts_in
from tiendo.progress.index import ObservationIndex
from tiendo.progress.model import Observation, TargetSpec, TaskSpec
from tiendo.progress.narrative import write_paragraph
from tiendo.progress.pace import forecast_year_end
from tiendo.progress.quantity import Quantity
from tiendo.progress.ratios import achievement, change_percent, percent_of
from tiendo.progress.status import Status
from tiendo.progress.summary import SummaryItem, summarize, summarize_tasks
from tiendo.progress.target_progress import TargetProgress, period_dict
from tiendo.progress.tasks import TaskProgress, period_end, qualitative_status, task_status
from tiendo.progress.verdict import judge_final, judge_pace

# Earlier years searched for seasonal pace; reports older than this say little.
MAX_HISTORY_YEARS = 6


def covers(period: Period, target_period: Period) -> bool:
    """True when `period` spans the whole of `target_period`: its result is final."""
    return period.year == target_period.year and period.contains(target_period)


@dataclass(frozen=True)
class ResolutionProgress:
    period: Period
    as_of: dt.date
    unit: str | None
    final: bool
    targets: tuple[TargetProgress, ...]
    tasks: tuple[TaskProgress, ...]
    summary: str
    narrative: str

    @property
    def warnings(self) -> list[ProgressWarning]:
        return [warning for row in self.targets for warning in row.warnings]

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for row in self.targets:
            found[row.status] = found.get(row.status, 0) + 1
        return found

    def as_dict(self) -> dict[str, Any]:
        return {
            "period": period_dict(self.period),
            "as_of": self.as_of.isoformat(),
            "unit": self.unit,
            "final": self.final,
            "counts": self.counts(),
            "summary": self.summary,
            "narrative": self.narrative,
            "targets": [row.as_dict() for row in self.targets],
            "tasks": [task.as_dict() for task in self.tasks],
            "warnings": [warning.as_dict() for warning in self.warnings],
        }

    def as_text(self) -> str:
        """Summary, then narrative: Vietnamese, ready for a report."""
        return "\n\n".join(part for part in (self.summary, self.narrative) if part)


class _Evaluator:
    """Evaluates targets one by one against a shared index (built once)."""

    def __init__(self, index: ObservationIndex, period: Period, unit: str | None, as_of: dt.date):
        self.index = index
        self.period = period
        self.unit = unit
        self.as_of = as_of

    def find_observation(self, target: TargetSpec) -> Observation | None:
        """The period's own observation, else the latest cumulative one inside it."""
        index, period = self.index, self.period
        found = index.observation(target.key, self.unit, period, target.aggregation)
        if found is not None or period.year is None:
            return found
        start = target.period.from_month or 1
        for month in range(period.to_month or 12, start - 1, -1):
            candidate = Period(period.year, start, month)
            if candidate != period and period.contains(candidate):
                found = index.observation(target.key, self.unit, candidate, target.aggregation)
                if found is not None:
                    return found
        return None

    def year_evidence(self, target: TargetSpec) -> list[Observation]:
        """Cumulative observations of the target's period: their percentages tell its plan."""
        year = target.period.year
        if year is None:
            return []
        start, end = target.period.from_month or 1, target.period.to_month or 12
        found = (
            self.index.best(target.key, self.unit, Period(year, start, month))
            for month in range(start, end + 1)
        )
        return [obs for obs in found if obs is not None]

    def given_baselines(self, target: TargetSpec, obs: Observation) -> dict[str, Baseline]:
        given: dict[str, Baseline] = {}
        threshold = target.baselines.get("plan", target.plan_threshold())
        if threshold is not None:
            given["plan"] = Baseline.of(
                "plan", label_for(target, "plan"), Quantity.written(threshold)
            )
        for kind, value in target.baselines.items():
            if kind != "plan":
                label = self._label(target, obs, kind)
                given[kind] = Baseline.of(kind, label, Quantity.written(value))
        history = {
            "same_period": obs.period.same_period_last_year(),
            "previous": Period.year_of(obs.period.year - 1) if obs.period.year else None,
        }
        for kind, past in history.items():
            if past is None:
                continue
            value = self.index.value(target.key, self.unit, past, target.aggregation)
            if value is not None:
                given[kind] = Baseline.of(kind, label_for(target, kind), Quantity.written(value))
        return given

    @staticmethod
    def _label(target: TargetSpec, obs: Observation, kind: str) -> str:
        for comparison, found in zip(obs.comparisons, comparison_kinds(obs), strict=True):
            if found == kind:
                return label_for(target, kind, comparison)
        return label_for(target, kind)

    def history_pairs(self, target: TargetSpec, point: Period) -> list[tuple[float, float]]:
        """(value at the same point, value at the end) for earlier years."""
        pairs = []
        year = point.year or 0
        for back in range(1, MAX_HISTORY_YEARS + 1):
            earlier = Period(year - back, point.from_month, point.to_month)
            whole = dataclasses.replace(target.period, year=year - back)
            at_point = self.index.value(target.key, self.unit, earlier, target.aggregation)
            if at_point is None:
                continue
            at_end = self.index.value(target.key, self.unit, whole, target.aggregation)
            if at_end is not None:
                pairs.append((at_point, at_end))
        return pairs

    def evaluate(self, target: TargetSpec, tasks: Sequence[TaskSpec]) -> TargetProgress:
        own_tasks = tuple(TaskProgress(t, task_status(t, self.as_of)) for t in tasks)
        obs = self.find_observation(target)
        if target.is_qualitative:
            deadline = period_end(target.period)
            status = qualitative_status(deadline, self.as_of, tasks, obs)
            return TargetProgress(target, self.period, status, obs, tasks=own_tasks)
        if obs is None:
            return TargetProgress(target, self.period, "no_data", tasks=own_tasks)

        warnings: list[ProgressWarning] = []
        same = [
            o for o in self.index.group(target.key, self.unit, obs.period) if o.kind == obs.kind
        ]
        conflict = conflicts_in(same, target.unit) if len(same) > 1 else None
        if conflict is not None:
            warnings.append(conflict)

        baselines, found = settle_baselines(
            target, self.given_baselines(target, obs), obs, self.year_evidence(target)
        )
        warnings.extend(found)
        value, derived = obs.value, False
        if value is None:
            value = derive_value(obs, baselines)
            derived = value is not None
        if value is None:
            return TargetProgress(target, self.period, "no_data", obs, warnings=tuple(warnings),
                                  tasks=own_tasks)  # fmt: skip

        ratios: dict[str, float] = {}
        changes: dict[str, float] = {}
        for kind, baseline in baselines.items():
            ratio = percent_of(value, baseline.value)
            if ratio is not None:
                ratios[kind] = ratio
                change = change_percent(value, baseline.value)
                if change is not None:
                    changes[kind] = change

        judged = target
        if target.plan is None and "plan" in baselines:
            judged = dataclasses.replace(target, plan=baselines["plan"].value, value_max=None)
        status: Status | None
        forecast = None
        if covers(obs.period, target.period):
            status = judge_final(value, judged)
        else:
            status, forecast = self.pace(judged, obs, value)
        if status is None:
            warnings.append(
                ProgressWarning(
                    "no_plan",
                    f"Chỉ tiêu «{target.indicator}» chưa có kế hoạch để đánh giá.",
                    target.key,
                )
            )
            status = "no_data"
        return TargetProgress(
            target,
            self.period,
            status,
            obs,
            value,
            derived,
            baselines,
            ratios,
            changes,
            achievement(value, judged.plan_threshold(), target.direction),
            forecast,
            tuple(warnings),
            own_tasks,
        )

    def pace(self, target: TargetSpec, obs: Observation, value: float) -> tuple[Status | None, Any]:
        start = target.period.from_month or 1
        point = Period(obs.period.year, start, obs.period.to_month)
        cumulative: float | None = value
        if obs.period != point and target.accumulates:
            cumulative = self.index.value(target.key, self.unit, point, target.aggregation)
        if cumulative is None:
            return None, None
        forecast = forecast_year_end(
            cumulative,
            point,
            target.period,
            accumulates=target.accumulates,
            history=self.history_pairs(target, point),
        )
        return judge_pace(forecast.value, forecast.low, forecast.high, target), forecast


def derive_value(obs: Observation, baselines: Mapping[str, Baseline]) -> float | None:
    """A value the source gave only as a percentage of a known baseline."""
    for comparison, kind in zip(obs.comparisons, comparison_kinds(obs), strict=True):
        baseline = baselines.get(kind or "")
        if baseline is None or baseline.inferred:
            continue
        factor = comparison.percent / 100.0
        return baseline.value * (factor if comparison.measure == "ratio" else 1.0 + factor)
    return None


def evaluate_resolution(
    targets: Sequence[TargetSpec],
    observations: Iterable[Observation],
    period: Period,
    *,
    as_of: dt.date | None = None,
    unit: str | None = None,
    tasks: Sequence[TaskSpec] = (),
    parts: Mapping[str, Sequence[str]] | None = None,
    predecessors: Mapping[str, Sequence[str]] | None = None,
) -> ResolutionProgress:
    """Progress of every target of a resolution in `period`.

    `unit` None means the observations given are all of the one unit being evaluated
    (no filtering by unit); with a unit code, only that unit's observations count,
    rolled up from `parts` (unit -> its communes) when it has none of its own, and
    compared with its merged `predecessors` (unit -> the units it replaced) for the
    same period of earlier years. `as_of` (default: the end of `period`) dates the
    status of tasks and qualitative targets.
    """
    as_of = as_of or period_end(period)
    index = ObservationIndex(
        observations, parts=parts, predecessors=predecessors, ignore_units=unit is None
    )
    evaluator = _Evaluator(index, period, unit, as_of)
    tasks_by_target: dict[str, list[TaskSpec]] = {}
    for task in tasks:
        if task.target_key:
            tasks_by_target.setdefault(task.target_key, []).append(task)
    rows = tuple(evaluator.evaluate(t, tasks_by_target.get(t.key, [])) for t in targets)
    task_rows = tuple(TaskProgress(task, task_status(task, as_of)) for task in tasks)
    final = all(covers(period, target.period) for target in targets)
    items = [SummaryItem(row.target.indicator, row.status, row.detail()) for row in rows]
    task_items = [SummaryItem(row.task.text, row.status) for row in task_rows]
    summary = " ".join(
        part
        for part in (summarize(items, period, final=final), summarize_tasks(task_items))
        if part
    )
    statements = [s for s in (row.statement() for row in rows) if s is not None]
    return ResolutionProgress(
        period, as_of, unit, final, rows, task_rows, summary, write_paragraph(statements)
    )
