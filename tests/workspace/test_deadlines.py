from __future__ import annotations

import datetime as dt

import pytest

from tiendo.periods import Period
from tiendo.workspace.deadlines import due_date, explanations, rules_from, submission_status


@pytest.mark.parametrize(
    ("period", "due"),
    [
        (Period(2022, 5, 5), dt.date(2022, 5, 20)),
        (Period(2022, 1, 3), dt.date(2022, 3, 20)),
        (Period(2022, 10, 12), dt.date(2022, 12, 20)),
        (Period(2022, 1, 6), dt.date(2022, 6, 20)),
        (Period(2022, 1, 9), dt.date(2022, 9, 20)),
        (Period(2022, 1, 12), dt.date(2022, 11, 20)),
        (Period(2022, 2, 7), None),
    ],
)
def test_reports_are_due_by_the_usual_vietnamese_calendar(period, due):
    assert due_date(period) == due


def test_a_province_can_move_its_deadlines_in_settings():
    rules = rules_from({"month": {"day": 15}, "year": {"day": 10, "month": 12}})
    assert due_date(Period(2022, 5, 5), rules) == dt.date(2022, 5, 15)
    assert due_date(Period(2022, 1, 12), rules) == dt.date(2022, 12, 10)
    assert due_date(Period(2022, 1, 3), rules) == dt.date(2022, 3, 20)


def test_the_rules_are_explained_in_vietnamese():
    text = " ".join(explanations())
    assert "ngày 20 hằng tháng" in text
    assert "ngày 20 tháng cuối quý" in text
    assert "ngày 20/06" in text and "ngày 20/09" in text and "ngày 20/11" in text


@pytest.mark.parametrize(
    ("today", "states", "status"),
    [
        (dt.date(2022, 3, 10), set(), "due"),
        (dt.date(2022, 3, 20), {"draft"}, "due"),
        (dt.date(2022, 3, 21), {"draft"}, "late"),
        (dt.date(2022, 3, 21), {"returned"}, "late"),
        (dt.date(2022, 3, 21), set(), "missing"),
        (dt.date(2022, 3, 21), {"submitted"}, "done"),
        (dt.date(2022, 3, 1), {"approved", "draft"}, "done"),
    ],
)
def test_a_submission_is_done_due_late_or_missing(today, states, status):
    assert submission_status(dt.date(2022, 3, 20), today, states) == status
