"""When each report is due, by the rule Vietnamese administrations commonly follow:
the monthly report on the 20th of the month, the quarterly one on the 20th of the
quarter's last month, the 6- and 9-month reports on 20/6 and 20/9, and the year's
estimate (ước thực hiện) on 20/11. Each rule is data, so a province that counts
differently sets TIENDO_REPORT_DEADLINES in its settings, e.g.
`{"month": {"day": 15}, "year": {"day": 15, "month": 11}}`.

>>> due_date(Period(2022, 1, 3)).isoformat()
'2022-03-20'
>>> due_date(Period(2022, 1, 12)).isoformat()
'2022-11-20'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tiendo.periods import Period
from tiendo.workspace.reporting_periods import period_kind


@dataclass(frozen=True)
class DeadlineRule:
    day: int
    # A fixed month (20/6 for "6 tháng"); None means the period's last month.
    month: int | None = None

    def explain(self, label: str) -> str:
        if self.month is None:
            where = "hằng tháng" if label == "Tháng" else "tháng cuối quý"
            return f"{label}: ngày {self.day} {where}"
        return f"{label}: ngày {self.day:02d}/{self.month:02d}"


DEFAULT_RULES: dict[str, DeadlineRule] = {
    "month": DeadlineRule(day=20),
    "quarter": DeadlineRule(day=20),
    "half": DeadlineRule(day=20, month=6),
    "nine_months": DeadlineRule(day=20, month=9),
    "year": DeadlineRule(day=20, month=11),
}

RULE_LABELS = {
    "month": "Tháng",
    "quarter": "Quý",
    "half": "6 tháng",
    "nine_months": "9 tháng",
    "year": "Năm (báo cáo ước thực hiện)",
}


def rules_from(overrides: Mapping[str, Mapping[str, Any]] | None) -> dict[str, DeadlineRule]:
    rules = dict(DEFAULT_RULES)
    for kind, values in (overrides or {}).items():
        if kind in rules:
            base = rules[kind]
            rules[kind] = DeadlineRule(
                day=int(values.get("day", base.day)), month=values.get("month", base.month)
            )
    return rules


def due_date(period: Period, rules: Mapping[str, DeadlineRule] | None = None) -> dt.date | None:
    rules = rules or DEFAULT_RULES
    kind = period_kind(period)
    if period.year is None or kind not in rules:
        return None
    rule = rules[kind]
    month = rule.month or period.to_month or 12
    return dt.date(period.year, month, rule.day)


def explanations(rules: Mapping[str, DeadlineRule] | None = None) -> list[str]:
    """One Vietnamese sentence per rule, for the screen that lists what is due."""
    rules = rules or DEFAULT_RULES
    return [rules[kind].explain(label) for kind, label in RULE_LABELS.items() if kind in rules]


STATUS_LABELS = {
    "done": "Đã gửi",
    "due": "Chưa đến hạn",
    "late": "Quá hạn (chưa gửi)",
    "missing": "Quá hạn, chưa có số liệu",
}


def submission_status(due: dt.date | None, today: dt.date, states: set[str]) -> str:
    """done: a value was sent (or approved); due: not yet sent, the deadline is ahead;
    late: past the deadline with only a draft or a returned value; missing: past the
    deadline with nothing at all.

    >>> submission_status(dt.date(2022, 3, 20), dt.date(2022, 3, 25), {"draft"})
    'late'
    """
    if states & {"submitted", "approved"}:
        return "done"
    if due is None or today <= due:
        return "due"
    return "late" if states else "missing"
