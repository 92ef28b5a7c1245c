"""Plans set as a change from the year before: "tỷ lệ hộ nghèo giảm 1 - 1,5%", "thu
ngân sách tăng 10% so với năm 2021".

For a rate (unit "%") the change is in percentage points, as reports mean it: a
poverty rate of 5,2% that must fall by 1,5% must reach 3,7%. For anything else it is
a percentage of last year's value: 1.000 tỷ đồng that must rise by 10% must reach
1.100. The change becomes a level once last year's value is known, and the target
is then judged like any other.

>>> from tiendo.periods import Period
>>> from tiendo.progress.model import PlanChange, TargetSpec
>>> poverty = TargetSpec("ngheo", "Tỷ lệ hộ nghèo", "%", None, Period.year_of(2022),
...                      direction="lower", change=PlanChange("fall", 1.0, 1.5))
>>> resolved = with_levels(poverty, 5.2)
>>> round(resolved.plan, 2), round(resolved.value_max, 2)
(3.7, 4.2)
>>> change_text(resolved.change, "%")
'giảm từ 1% đến 1,5% so với năm trước (từ 5,2%)'
"""

from __future__ import annotations

import dataclasses

from tiendo.progress.model import PlanChange, TargetSpec
from tiendo.progress.narrative import with_unit


def level(change: PlanChange, amount: float, base: float, unit: str) -> float:
    """The level that `amount` of change from `base` reaches."""
    signed = amount if change.way == "rise" else -amount
    if unit.strip() == "%":
        return base + signed
    return base * (1.0 + signed / 100.0)


def with_levels(target: TargetSpec, previous: float | None) -> TargetSpec:
    """`target` with its change turned into plan levels, from last year's value
    (`previous`, else the base the target states); unchanged without a change, and
    without a plan when neither is known."""
    change = target.change
    if change is None:
        return target
    base = previous if previous is not None else change.base
    if base is None:
        return dataclasses.replace(target, plan=None, value_max=None)
    ends = [level(change, change.amount, base, target.unit)]
    if change.amount_max is not None:
        ends.append(level(change, change.amount_max, base, target.unit))
    return dataclasses.replace(
        target,
        plan=min(ends),
        value_max=max(ends) if len(ends) > 1 else None,
        bound=None,
        change=dataclasses.replace(change, base=base),
    )


def change_text(change: PlanChange, unit: str) -> str:
    """'tăng 10% so với năm trước (từ 1.000 tỷ đồng)', 'giảm 1,5% so với năm trước'."""
    verb = "tăng" if change.way == "rise" else "giảm"
    amount = with_unit(change.amount, "%")
    if change.amount_max is not None:
        amount = f"từ {amount} đến {with_unit(change.amount_max, '%')}"
    text = f"{verb} {amount} so với năm trước"
    if change.base is not None:
        text += f" (từ {with_unit(round(change.base, 3), unit)})"
    return text
