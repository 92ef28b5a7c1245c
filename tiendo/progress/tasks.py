"""Status of qualitative tasks and targets as of a date.

>>> import datetime as dt
>>> task = TaskSpec("Hoàn thành quy hoạch chung", dt.date(2022, 6, 30), dt.date(2022, 7, 5))
>>> task_status(task, dt.date(2022, 12, 31))
'done_late'
>>> task_status(TaskSpec("Sáp nhập thôn", dt.date(2022, 6, 30)), dt.date(2022, 7, 1))
'overdue'
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tiendo.periods import Period
from tiendo.progress.model import Observation, TaskSpec
from tiendo.progress.status import STATUS_LABELS, Status
from tiendo.vietnamese import format_date


def period_end(period: Period) -> dt.date:
    """The last day of a period (31/12 for a year)."""
    year = period.year or dt.date.today().year
    month = period.to_month or 12
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def task_status(task: TaskSpec, as_of: dt.date) -> Status:
    """done_on_time / done_late / open / overdue; work done after `as_of` is not yet done."""
    if task.done_on is not None and task.done_on <= as_of:
        return "done_on_time" if task.done_on <= task.deadline else "done_late"
    return "open" if as_of <= task.deadline else "overdue"


def combined_status(statuses: Sequence[Status]) -> Status | None:
    """One status for a target carried out through several tasks."""
    if not statuses:
        return None
    if all(s in ("done_on_time", "done_late") for s in statuses):
        return "done_late" if "done_late" in statuses else "done_on_time"
    return "overdue" if "overdue" in statuses else "open"


def qualitative_status(
    deadline: dt.date,
    as_of: dt.date,
    tasks: Sequence[TaskSpec],
    observation: Observation | None,
) -> Status:
    """A qualitative target follows its tasks; without tasks, a reported value >= 1
    ("đạt": 1, "chưa đạt": 0) marks it done on the date it was reported."""
    from_tasks = combined_status([task_status(task, as_of) for task in tasks])
    if from_tasks is not None:
        return from_tasks
    if observation is not None and observation.value is not None and observation.value >= 1:
        done_on = observation.reported_on or deadline
        return task_status(TaskSpec("", deadline, done_on), as_of)
    return "open" if as_of <= deadline else "overdue"


@dataclass(frozen=True)
class TaskProgress:
    task: TaskSpec
    status: Status

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.task.key,
            "text": self.task.text,
            "owner": self.task.owner,
            "target_key": self.task.target_key,
            "deadline": self.task.deadline.isoformat(),
            "deadline_vi": format_date(self.task.deadline),
            "done_on": None if self.task.done_on is None else self.task.done_on.isoformat(),
            "status": self.status,
            "status_label": self.status_label,
        }
