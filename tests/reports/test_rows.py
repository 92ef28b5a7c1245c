from __future__ import annotations

import pytest

from tiendo.reports.rows import annex_row, narrative_paragraphs, warning_messages

REVENUE = {
    "ordinal": "3",
    "indicator": "Tổng thu ngân sách",
    "unit": "tỷ đồng",
    "plan": None,
    "value_max": None,
    "bound": None,
    "value": 123.4,
    "judged_against": "budget_assigned",
    "baselines": {
        "budget_assigned": {"value": 685.56, "inferred": True, "label": "dự toán tỉnh giao"},
        "budget_self": {"value": 771.25, "inferred": True, "label": "dự toán huyện phấn đấu"},
    },
    "ratios": {"budget_assigned": 18.0, "budget_self": 16.0, "same_period": 168.4},
    "observation": {"kind": "actual"},
    "status_label": "Có nguy cơ không đạt",
}


def test_row_uses_the_baseline_the_status_was_judged_against():
    row = annex_row(REVENUE)
    assert (row.plan, row.plan_inferred, row.percent_of_plan) == (685.56, True, 18.0)
    assert row.same_period_percent == 168.4
    assert row.assessment == "Có nguy cơ không đạt"
    assert not row.is_estimate


@pytest.mark.parametrize(
    ("plan", "value_max", "bound", "expected"),
    [
        (7.5, 8.0, None, "7,5 - 8"),
        (9.0, None, "at_least", "≥ 9"),
        (1.5, None, "at_most", "≤ 1,5"),
        (1000.0, None, "about", "~ 1.000"),
        (953.2, None, None, ""),
        (None, None, None, ""),
    ],
)
def test_plans_that_are_not_one_number_are_written_out(plan, value_max, bound, expected):
    target = {"plan": plan, "value_max": value_max, "bound": bound, "ratios": {}}
    assert annex_row(target).plan_text == expected


def test_given_plan_wins_over_baselines_and_is_not_marked_inferred():
    target = {
        **REVENUE,
        "plan": 700.0,
        "judged_against": "plan",
        "ratios": {"plan": 17.63},
        "baselines": {},
    }
    row = annex_row(target)
    assert (row.plan, row.plan_inferred, row.percent_of_plan) == (700.0, False, 17.63)


def test_warnings_are_listed_once_each():
    progress = {"warnings": [{"message": "A"}, {"message": "B"}, {"message": "A"}, {}]}
    assert warning_messages(progress) == ["A", "B"]


def test_narrative_is_split_into_paragraphs():
    assert narrative_paragraphs({"narrative": "Một.\n\nHai.\n"}) == ["Một.", "Hai."]
