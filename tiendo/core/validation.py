"""Is a value plausible? One rule for every path that writes results: the entry
sheet, the import review and the API.

Errors (a negative count, a share above 100%) block the save. Warnings ask for a
confirmation ("Xác nhận số liệu bất thường"): a value more than the configured
factor (TIENDO_PLAUSIBILITY_FACTOR) above or below the same unit's previous
period, the same period last year or the plan's pace, and a cumulative (lũy kế)
value lower than the one before it.

Flows (revenue, admissions to the Party) are compared month for month, so that a
6-month cumulative value is not a "jump" from its first quarter:

>>> q1, q2 = Period(2022, 1, 3), Period(2022, 4, 6)
>>> [i.code for i in check_value(1650, unit="đảng viên", indicator="Kết nạp đảng viên",
...     period=q2, previous=80, previous_period=q1, factor=2)]
['jump_previous']
>>> [i.code for i in check_value(2010, unit="tỷ đồng", indicator="Thương mại",
...     period=Period(2022, 1, 6), previous=950, previous_period=q1, factor=2)]
[]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q

from tiendo.core.models import OrgUnit, Result, Target
from tiendo.core.models.choices import Aggregation, ResultKind, ReviewState
from tiendo.core.models.target import Baseline
from tiendo.periods import Period
from tiendo.vietnamese import format_number, search_key
from tiendo.workspace.reporting_periods import previous_period

CONFIRM_LABEL = "Xác nhận số liệu bất thường"

# Indicators that may fall below zero or rise above 100%: rates of change.
_CHANGE_WORDS = ("tang truong", "toc do tang", "muc tang", "ty le tang", "tang giam", "chenh lech")

# When several values exist for one period, the most trusted one is compared with.
_STATE_RANK = {
    ReviewState.APPROVED: 0,
    ReviewState.SUBMITTED: 1,
    ReviewState.DRAFT: 2,
    ReviewState.RETURNED: 3,
}
_KIND_RANK = {ResultKind.ACTUAL: 0, ResultKind.ESTIMATE: 1}


@dataclass(frozen=True)
class Issue:
    code: str
    message_vi: str
    blocking: bool


def jump_factor() -> float:
    return float(getattr(settings, "TIENDO_PLAUSIBILITY_FACTOR", 2.0))


def is_change_rate(indicator: str) -> bool:
    key = search_key(indicator)
    return any(word in key for word in _CHANGE_WORDS)


def is_percent(unit: str) -> bool:
    return unit.strip() == "%" or search_key(unit) in {"phan tram", "%"}


def _confirm_hint() -> str:
    return f"Hãy kiểm tra lại; nếu đúng thì đánh dấu “{CONFIRM_LABEL}”."


def _beyond(ratio: float, factor: float) -> bool:
    return ratio > factor or ratio < 1 / factor


def _per_month(value: float, period: Period | None, accumulates: bool) -> float:
    """A flow's value for one month on average; a level stays as it is."""
    if not accumulates or period is None:
        return value
    return value / max(1, period.months)


def _jump(
    code: str, what: str, before: float, value: float, ratio: float, factor: float
) -> Issue | None:
    if before <= 0 or value <= 0 or not _beyond(ratio, factor):
        return None
    times = ratio if ratio >= 1 else 1 / ratio
    way = "gấp " if ratio >= 1 else "chỉ bằng 1/"
    return Issue(
        code,
        f"Chênh lệch lớn so với {what} ({format_number(before)} → {format_number(value)}, "
        f"{way}{format_number(round(times, 1))} lần). {_confirm_hint()}",
        blocking=False,
    )


def _far_from_plan(plan: float, pace: float, accumulates: bool) -> Issue:
    ratio = pace / plan
    if ratio >= 1:
        way = f"gấp {format_number(round(ratio, 1))} lần"
    else:
        way = f"chỉ bằng {format_number(round(ratio * 100))}%"
    if accumulates:  # a flow: where the pace of the period would take the whole plan period
        said = f"theo nhịp này cả kỳ kế hoạch đạt khoảng {format_number(round(pace, 1))}"
    else:
        said = f"giá trị {format_number(pace)}"
    return Issue(
        "plan",
        f"Chênh lệch lớn so với kế hoạch {format_number(round(plan, 1))}: {said}, {way} kế hoạch. "
        f"{_confirm_hint()}",
        blocking=False,
    )


def check_value(
    value: float | None,
    *,
    unit: str,
    indicator: str,
    period: Period | None = None,
    accumulates: bool = True,
    previous: float | None = None,
    previous_period: Period | None = None,
    same_period_last_year: float | None = None,
    plan: float | None = None,
    plan_period: Period | None = None,
    factor: float | None = None,
) -> list[Issue]:
    """The issues of one value, given what it is compared with (None: not known)."""
    if value is None:
        return []
    factor = jump_factor() if factor is None else factor
    issues: list[Issue] = []
    change_rate = is_change_rate(indicator)
    if value < 0 and not change_rate:
        issues.append(Issue("negative", "Giá trị không được âm.", blocking=True))
    if is_percent(unit) and not change_rate and value > 100:
        issues.append(Issue("percent_range", "Tỷ lệ phần trăm phải từ 0 đến 100.", blocking=True))
    if change_rate:
        return issues  # a growth rate may swing from -3% to +8%: no ratio makes sense
    cumulative_chain = (
        accumulates
        and period is not None
        and previous_period is not None
        and period.is_cumulative
        and previous_period.is_cumulative
        and (previous_period.to_month or 12) < (period.to_month or 12)
    )
    if previous is not None and cumulative_chain and value < previous:
        issues.append(
            Issue(
                "cumulative_fall",
                f"Số lũy kế giảm so với kỳ trước ({format_number(previous)} → "
                f"{format_number(value)}): số lũy kế từ đầu năm không thể giảm. {_confirm_hint()}",
                blocking=False,
            )
        )
    elif previous is not None:
        now = _per_month(value, period, accumulates)
        before = _per_month(previous, previous_period, accumulates)
        ratio = now / before if before else 0.0
        found = _jump("jump_previous", "kỳ trước", previous, value, ratio, factor)
        issues += [found] if found else []
    if same_period_last_year is not None and same_period_last_year > 0:
        ratio = value / same_period_last_year
        found = _jump("jump", "cùng kỳ năm trước", same_period_last_year, value, ratio, factor)
        issues += [found] if found else []
    if plan is not None and plan > 0:
        pace = _per_month(value, period, accumulates) * (
            (plan_period.months if plan_period else 12) if accumulates else 1
        )
        if value > 0 and _beyond(pace / plan, factor):
            issues.append(_far_from_plan(plan, pace, accumulates))
    return issues


def best_value(results: Sequence[Result]) -> Result | None:
    """The most trusted of several values for one period: approved, then actual."""
    if not results:
        return None
    return min(
        results,
        key=lambda r: (_STATE_RANK.get(r.review_state, 9), _KIND_RANK.get(r.kind, 9), -r.pk),
    )


def target_plan(target: Target) -> float | None:
    """The level the plan sets, else the plan baseline (kế hoạch, perhaps inferred from
    a reported "đạt 27,4% KH"); None for a plan set as a change from last year.
    Prefetch `baselines` when checking many targets."""
    if target.plan_kind:
        return None
    if target.plan_value is not None:
        return target.plan_value
    plans = [b.value for b in target.baselines.all() if b.kind == Baseline.Kind.PLAN]
    return plans[0] if plans else None


def check_target_value(
    target: Target,
    value: float | None,
    period: Period,
    *,
    previous: float | None,
    previous_period: Period | None,
    same_period_last_year: float | None,
) -> list[Issue]:
    """check_value with what the target itself says: unit, kind of measure, plan."""
    return check_value(
        value,
        unit=target.unit,
        indicator=target.indicator,
        period=period,
        accumulates=target.aggregation == Aggregation.SUM,
        previous=previous,
        previous_period=previous_period,
        same_period_last_year=same_period_last_year,
        plan=target_plan(target),
        plan_period=target.period,
    )


def plausibility(
    target: Target, org_unit: OrgUnit, period: Period, value: float | None
) -> list[Issue]:
    """The issues of a value about to be written for `org_unit` (one query): the path
    the import and the API take; the entry sheet has the same values at hand."""
    if value is None or period.year is None:
        return []
    before = previous_period(period)
    last_year = period.same_period_last_year()
    condition = Q(pk__in=[])
    for p in (before, last_year):
        if p is not None:
            condition |= Q(
                period_year=p.year, period_from_month=p.from_month, period_to_month=p.to_month
            )
    found = list(Result.objects.filter(condition, target=target, org_unit=org_unit))
    previous = best_value([r for r in found if r.period == before]) if before else None
    last = best_value([r for r in found if r.period == last_year])
    return check_target_value(
        target,
        value,
        period,
        previous=previous.value if previous else None,
        previous_period=before,
        same_period_last_year=last.value if last else None,
    )


def warnings_of(issues: Sequence[Issue]) -> list[Issue]:
    return [issue for issue in issues if not issue.blocking]
