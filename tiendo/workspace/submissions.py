"""Which units have sent their figures for a period, which are late, which are
missing: the deadline screen. Three queries, whatever the number of units."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch, QuerySet

from tiendo.core.models import OrgUnit, Result, Target
from tiendo.periods import Period
from tiendo.workspace.deadlines import DeadlineRule, due_date, rules_from, submission_status


def deadline_rules() -> dict[str, DeadlineRule]:
    return rules_from(getattr(settings, "TIENDO_REPORT_DEADLINES", None))


@dataclass
class TargetStatus:
    target: Target
    status: str


@dataclass
class UnitStatus:
    unit: OrgUnit
    targets: list[TargetStatus] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for t in self.targets if t.status == status)

    @property
    def counts(self) -> dict[str, int]:
        return {s: self.count(s) for s in ("done", "due", "late", "missing")}

    @property
    def worst(self) -> str:
        for status in ("missing", "late", "due"):
            if self.count(status):
                return status
        return "done"


@dataclass
class Overview:
    period: Period
    due: dt.date | None
    today: dt.date
    units: list[UnitStatus]


def period_overview(
    period: Period,
    today: dt.date,
    rules: Mapping[str, DeadlineRule] | None = None,
    units: QuerySet[OrgUnit] | None = None,
) -> Overview:
    """Each unit's targets for the period and whether they came in on time; only
    `units` (default: every unit) are listed."""
    assert period.year is not None
    shown = None if units is None else set(units.values_list("pk", flat=True))
    due = due_date(period, rules or deadline_rules())
    targets = (
        Target.objects.filter(period_year=period.year, is_qualitative=False)
        .select_related("org_unit")
        .prefetch_related(Prefetch("responsible_units", queryset=OrgUnit.objects.order_by()))
        .order_by("resolution_id", "sort_order", "id")
    )
    states: dict[tuple[int, int], set[str]] = defaultdict(set)
    for target_id, unit_id, state in Result.objects.filter(
        period_year=period.year,
        period_from_month=period.from_month,
        period_to_month=period.to_month,
    ).values_list("target_id", "org_unit_id", "review_state"):
        states[(target_id, unit_id)].add(state)
    by_unit: dict[int, UnitStatus] = {}
    for target in targets:
        responsible = list(target.responsible_units.all())
        if target.org_unit is not None and target.org_unit not in responsible:
            responsible.append(target.org_unit)
        for unit in responsible:
            if shown is not None and unit.pk not in shown:
                continue
            row = by_unit.setdefault(unit.pk, UnitStatus(unit))
            status = submission_status(due, today, states.get((target.pk, unit.pk), set()))
            row.targets.append(TargetStatus(target, status))
    ordered = sorted(by_unit.values(), key=lambda u: (u.unit.kind, u.unit.name))
    return Overview(period=period, due=due, today=today, units=ordered)
