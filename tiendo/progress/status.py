"""The statuses a target or task can have, with their Vietnamese labels.

>>> STATUS_LABELS["not_met"]
'Chưa đạt'
>>> is_achieved("exceeded"), is_achieved("behind")
(True, False)
"""

from __future__ import annotations

from typing import Literal

Status = Literal[
    # the period is over
    "exceeded",
    "met",
    "not_met",
    # mid-period
    "on_track",
    "behind",
    "at_risk",
    # qualitative targets and tasks
    "done_on_time",
    "done_late",
    "open",
    "overdue",
    # nothing reported yet; or a result but no plan (nor budget) to judge it by
    "no_data",
    "no_plan",
]

STATUS_LABELS: dict[Status, str] = {
    "exceeded": "Vượt",
    "met": "Đạt",
    "not_met": "Chưa đạt",
    "on_track": "Đúng tiến độ",
    "behind": "Chậm tiến độ",
    "at_risk": "Có nguy cơ không đạt",
    "done_on_time": "Hoàn thành đúng hạn",
    "done_late": "Hoàn thành muộn",
    "open": "Đang thực hiện",
    "overdue": "Quá hạn",
    "no_data": "Chưa có số liệu",
    "no_plan": "Chưa có kế hoạch",
}

FINAL_STATUSES: frozenset[Status] = frozenset({"exceeded", "met", "not_met"})
PACE_STATUSES: frozenset[Status] = frozenset({"on_track", "behind", "at_risk"})
TASK_STATUSES: frozenset[Status] = frozenset({"done_on_time", "done_late", "open", "overdue"})


def label(status: Status) -> str:
    return STATUS_LABELS[status]


def is_achieved(status: Status) -> bool:
    """Reached (or done): what Party reports count as 'đạt và vượt'."""
    return status in ("exceeded", "met", "done_on_time", "done_late")
