from __future__ import annotations

import pytest

from tiendo.extract.figure import Comparison
from tiendo.periods import Period
from tiendo.progress.baselines import Baseline
from tiendo.progress.model import Bound, Direction, Observation, TargetSpec
from tiendo.progress.quantity import Quantity
from tiendo.progress.status import Status
from tiendo.progress.target_progress import TargetProgress, plan_text

YEAR = Period.year_of(2022)


@pytest.mark.parametrize(
    ("plan", "value_max", "bound", "unit", "text"),
    [
        (953.2, None, None, "tỷ đồng", "KH 953,2 tỷ đồng"),
        (7.5, 8.0, None, "%", "KH từ 7,5% đến 8%"),
        (9.0, None, "at_least", "%", "KH từ 9%"),
        (1.5, None, "at_most", "%", "KH không quá 1,5%"),
        (1000.0, None, "about", "tỷ đồng", "KH khoảng 1.000 tỷ đồng"),
        (None, None, None, "ha", ""),
    ],
)
def test_plan_is_written_as_reports_state_it(
    plan: float | None, value_max: float | None, bound: Bound | None, unit: str, text: str
) -> None:
    target = TargetSpec("t", "Chỉ tiêu", unit, plan, YEAR, value_max=value_max, bound=bound)
    assert plan_text(target) == text


def progress_of(
    direction: Direction, status: Status, ratios: dict[str, float], unit: str = "tỷ đồng"
) -> TargetProgress:
    target = TargetSpec("t", "Thu ngân sách", unit, 700.0, YEAR, direction=direction)
    obs = Observation("t", "", YEAR, 650.0)
    baselines = {"plan": Baseline.of("plan", "KH", Quantity.exact(700.0))}
    return TargetProgress(target, YEAR, status, obs, 650.0, baselines=baselines, ratios=ratios,
                          changes={"same_period": 12.345}, judged_against="plan")  # fmt: skip


@pytest.mark.parametrize(
    ("direction", "unit", "detail"),
    [
        ("higher", "tỷ đồng", "đạt 92,86% KH"),
        ("lower", "vụ", "650 vụ, KH 700 vụ"),
    ],
)
def test_detail_says_why_a_target_is_named(direction: Direction, unit: str, detail: str) -> None:
    row = progress_of(direction, "not_met", {"plan": 650 / 7}, unit)
    assert row.detail() == detail


@pytest.mark.parametrize(
    ("unit", "comparisons"),
    [
        (
            "tỷ đồng",
            (
                Comparison("plan", "ratio", 92.86, "KH"),
                Comparison("same_period", "change", 12.35, "cùng kỳ"),
            ),
        ),
        # a rate's change would be read in points: left out
        ("%", (Comparison("plan", "ratio", 92.86, "KH"),)),
    ],
)
def test_statement_rounds_percentages_as_reports_print_them(
    unit: str, comparisons: tuple[Comparison, ...]
) -> None:
    statement = progress_of("higher", "not_met", {"plan": 650 / 7}, unit).statement()
    assert statement is not None
    assert statement.comparisons == comparisons
