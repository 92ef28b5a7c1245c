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

from tiendo.periods import Period
from tiendo.progress.baselines import (
    PERIOD_KINDS,
    Baseline,
    comparison_kinds,
    derive_value,
    label_for,
    previous_period,
    settle_baselines,
)
from tiendo.progress.checks import ProgressWarning, conflicts_in
from tiendo.progress.index import ObservationIndex
from tiendo.progress.model import Observation, TargetSpec, TaskSpec
from tiendo.progress.pace import Forecast, forecast_year_end
from tiendo.progress.plan_change import with_levels
from tiendo.progress.quantity import Quantity
from tiendo.progress.ratios import achievement, change_percent, percent_of
from tiendo.progress.resolution_progress import ResolutionProgress
from tiendo.progress.status import Status
from tiendo.progress.target_progress import TargetProgress
from tiendo.progress.tasks import TaskProgress, period_end, qualitative_status, task_status
from tiendo.progress.verdict import judge_final, judge_pace

# Baselines a target without a plan is judged against, in order of preference.
JUDGING_BASELINES = ("plan", "budget_assigned", "budget_self")
# Earlier years searched for seasonal pace; reports older than this say little.
MAX_HISTORY_YEARS = 6


def covers(period: Period, target_period: Period) -> bool:
    """True when `period` spans the whole of `target_period`: its result is final."""
    return period.year == target_period.year and period.contains(target_period)


class _Evaluator:
    """Evaluates targets one by one against a shared index (built once)."""

    def __init__(self, index: ObservationIndex, period: Period, unit: str | None, as_of: dt.date):
        self.index = index
        self.period = period
        self.unit = unit
        self.as_of = as_of

    def find_observation(self, target: TargetSpec) -> Observation | None:
        """The period's own observation; else, for a flow, its months or quarters added
        up, or the running total to its end less the one before; else the latest one
        inside it: cumulative for a flow, and for a level (a rate, a cover) also the
        level of a single month, or the running report to the period's end."""
        index, period = self.index, self.period
        found = index.observation(target.key, self.unit, period, target.aggregation)
        if found is None and target.accumulates:
            found = index.parts_added(target.key, self.unit, period) or index.remainder(
                target.key, self.unit, period, target.aggregation
            )
        if found is not None or period.year is None:
            return found
        start = target.period.from_month or 1
        if not target.accumulates and (period.from_month or 1) > start:
            # "6 tháng" of a rate is its level at the end of June, which quý II asks for.
            found = index.observation(
                target.key,
                self.unit,
                Period(period.year, start, period.to_month),
                target.aggregation,
            )
            if found is not None:
                return found
        for month in range(period.to_month or 12, start - 1, -1):
            candidates = [Period(period.year, start, month)]
            if not target.accumulates and month != start:
                candidates.append(Period(period.year, month, month))
            for candidate in candidates:
                if candidate != period and period.contains(candidate):
                    found = index.observation(target.key, self.unit, candidate, target.aggregation)
                    if found is not None:
                        return found
        return None

    def year_evidence(self, target: TargetSpec) -> list[Observation]:
        """Cumulative observations of the target's period: their percentages tell its plan."""
        found = self.index.with_comparisons(target.key, self.unit, target.period.year)
        start = target.period.from_month
        return [
            obs
            for obs in found
            if obs.period.from_month == start and target.period.contains(obs.period)
        ]

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
        history: dict[str, Period | None] = {"same_period": obs.period.same_period_last_year()}
        # "previous" differs from "cùng kỳ" only in words the source used: look it up
        # only when the source compared with it.
        if "previous" in comparison_kinds(obs):
            history["previous"] = previous_period(obs.period, self._words(obs, "previous"))
        for kind, past in history.items():
            if past is None:
                continue
            earlier = self.index.value(target.key, self.unit, past, target.aggregation)
            if earlier is not None:
                given[kind] = Baseline.of(kind, label_for(target, kind), Quantity.written(earlier))
        return given

    @staticmethod
    def _words(obs: Observation, kind: str) -> str:
        for comparison, found in zip(obs.comparisons, comparison_kinds(obs), strict=True):
            if found == kind:
                return comparison.basis_text
        return ""

    @staticmethod
    def _label(target: TargetSpec, obs: Observation, kind: str) -> str:
        for comparison, found in zip(obs.comparisons, comparison_kinds(obs), strict=True):
            if found == kind:
                return label_for(target, kind, comparison)
        return label_for(target, kind)

    def history_pairs(self, target: TargetSpec, point: Period) -> list[tuple[float, float]]:
        """(value at the same point, value at the end) for earlier years."""
        pairs = []
        known = self.index.years(target.key, self.unit)
        earlier_years = sorted((y for y in known if y < (point.year or 0)), reverse=True)
        for year in earlier_years[:MAX_HISTORY_YEARS]:
            earlier = Period(year, point.from_month, point.to_month)
            whole = Period(year, target.period.from_month, target.period.to_month)
            at_point = self.index.value(target.key, self.unit, earlier, target.aggregation)
            if at_point is None:
                continue
            at_end = self.index.value(target.key, self.unit, whole, target.aggregation)
            if at_end is not None:
                pairs.append((at_point, at_end))
        return pairs

    def previous_level(self, target: TargetSpec) -> float | None:
        """Last year's value over the target's months: where a change plan starts."""
        period = target.period
        if period.year is None:
            return None
        last_year = Period(period.year - 1, period.from_month, period.to_month)
        return self.index.value(target.key, self.unit, last_year, target.aggregation)

    def evaluate(self, target: TargetSpec, tasks: Sequence[TaskSpec]) -> TargetProgress:
        if target.change is not None:
            target = with_levels(target, self.previous_level(target))
        own_tasks = tuple(TaskProgress(t, task_status(t, self.as_of)) for t in tasks)
        obs = self.find_observation(target)
        if target.is_qualitative:
            deadline = period_end(target.period)
            done = qualitative_status(deadline, self.as_of, tasks, obs)
            return TargetProgress(target, self.period, done, obs, tasks=own_tasks)
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
            # A rise or fall is said of earlier results, not of a plan or a budget.
            change = change_percent(value, baseline.value) if kind in PERIOD_KINDS else None
            if change is not None:
                changes[kind] = change

        # Without a plan, revenue-like targets are judged against their budgets: the one
        # assigned from above first, as reports do ("vượt dự toán tỉnh giao").
        judged_against = next((k for k in JUDGING_BASELINES if k in baselines), None)
        judged = target
        if target.plan is None and judged_against is not None:
            plan = baselines[judged_against].value
            judged = dataclasses.replace(target, plan=plan, value_max=None)
        verdict: Status | None
        forecast = None
        if covers(obs.period, target.period):
            verdict = judge_final(value, judged)
        else:
            verdict, forecast = self.pace(judged, obs, value)
        if verdict is None:
            # A result with nothing to judge it by is not missing data: say what is missing.
            verdict = "no_plan" if judged.plan_threshold() is None else "no_data"
        return TargetProgress(
            target,
            self.period,
            verdict,
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
            judged_against,
        )

    def pace(
        self, target: TargetSpec, obs: Observation, value: float
    ) -> tuple[Status | None, Forecast | None]:
        if obs.period.year != target.period.year:
            # A target for a later year ("đến năm 2025"): months-of-year pace means
            # nothing, so today's level is compared with the plan as it stands.
            forecast = forecast_year_end(value, obs.period, obs.period, accumulates=False)
            return judge_pace(forecast.value, forecast.low, forecast.high, target), forecast
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
    status of tasks and qualitative targets; when given, results reported after it are
    left out. Values must be in the target's unit (the caller converts).
    """
    if as_of is None:
        as_of = period_end(period)
    else:
        # Looking back from a date: results reported after it were not known yet.
        limit = as_of
        observations = (o for o in observations if o.reported_on is None or o.reported_on <= limit)
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
    return ResolutionProgress(period, as_of, unit, final, rows, task_rows)
