"""The progress of a whole resolution in one period: rows, tasks, summary, narrative.

>>> from tiendo.periods import Period
>>> empty = ResolutionProgress(Period.year_of(2022), dt.date(2022, 12, 31), None, True, (), ())
>>> empty.as_dict()["period"]
{'year': 2022, 'from_month': 1, 'to_month': 12, 'code': '2022'}

The summary and the narrative are written when first read: a dashboard that shows
only statuses does not pay for 150 sentences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from tiendo.periods import Period
from tiendo.progress.checks import ProgressWarning
from tiendo.progress.narrative import write_paragraph
from tiendo.progress.summary import SummaryItem, summarize, summarize_tasks
from tiendo.progress.target_progress import TargetProgress, period_dict
from tiendo.progress.tasks import TaskProgress


@dataclass(frozen=True)
class ResolutionProgress:
    period: Period
    as_of: dt.date
    unit: str | None
    final: bool
    targets: tuple[TargetProgress, ...]
    tasks: tuple[TaskProgress, ...]

    @cached_property
    def summary(self) -> str:
        """'Có 25/26 chỉ tiêu đạt và vượt; 1 chỉ tiêu chưa đạt: …', then the tasks."""
        items = [SummaryItem(r.target.indicator, r.status, r.detail()) for r in self.targets]
        task_items = [SummaryItem(row.task.text, row.status) for row in self.tasks]
        parts = (summarize(items, self.period, final=self.final), summarize_tasks(task_items))
        return " ".join(part for part in parts if part)

    @cached_property
    def narrative(self) -> str:
        """One sentence per target with a result, in the style of official reports."""
        statements = (row.statement() for row in self.targets)
        return write_paragraph(s for s in statements if s is not None)

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
