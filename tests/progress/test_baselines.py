from __future__ import annotations

import pytest

from tiendo.extract.figure import Basis, Comparison
from tiendo.periods import Period
from tiendo.progress.baselines import (
    Baseline,
    baseline_kind,
    comparison_kinds,
    previous_period,
    settle_baselines,
)
from tiendo.progress.model import Observation, TargetSpec
from tiendo.progress.quantity import Quantity

YEAR = Period.year_of(2022)
REVENUE = TargetSpec("thu", "Tổng thu NSNN trên địa bàn", "tỷ đồng", None, YEAR)


@pytest.mark.parametrize(
    ("basis", "text", "kind"),
    [
        ("plan", "KH", "plan"),
        ("budget", "dự toán tỉnh giao", "budget_assigned"),
        ("budget", "dự toán Trung ương giao", "budget_assigned"),
        ("budget", "dự toán HĐND huyện giao", "budget_assigned"),
        ("budget", "dự toán huyện phấn đấu", "budget_self"),
        ("budget", "dự toán thành phố xây dựng", "budget_self"),
        ("budget", "dự toán", "budget"),
        ("budget", "dự toán của tỉnh", "budget_assigned"),
        ("budget", "dự toán huyện", "budget"),
        ("same_period", "cùng kỳ năm 2021", "same_period"),
        ("previous", "năm 2021", "previous"),
        ("other", "diện tích gieo trồng", None),
    ],
)
def test_reported_basis_words_name_the_baseline(basis: Basis, text: str, kind: str | None) -> None:
    assert baseline_kind(Comparison(basis, "ratio", 10.0, text)) == kind


def test_unnamed_budgets_take_the_budget_kinds_still_free() -> None:
    obs = Observation(
        "thu",
        "",
        YEAR,
        1.0,
        comparisons=(
            Comparison("budget", "ratio", 16.0, "dự toán huyện phấn đấu"),
            Comparison("budget", "ratio", 18.0, "dự toán"),
        ),
    )
    assert comparison_kinds(obs) == ["budget_self", "budget_assigned"]


def test_a_reported_percentage_against_a_known_baseline_is_checked() -> None:
    given = {"plan": Baseline.of("plan", "KH", Quantity.exact(900.0))}
    obs = Observation(
        "cn", "", Period(2022, 1, 3), 220.0, comparisons=(Comparison("plan", "ratio", 23.08),)
    )
    settled, warnings = settle_baselines(REVENUE, given, obs)
    assert settled["plan"].value == 900.0 and not settled["plan"].inferred
    assert [w.code for w in warnings] == ["percent_mismatch"]
    assert "23,08%" in warnings[0].message and "24,44%" in warnings[0].message


def test_percentages_of_several_reports_narrow_the_inferred_plan() -> None:
    q1 = Observation(
        "cn", "", Period(2022, 1, 3), 220.0, comparisons=(Comparison("plan", "ratio", 23.08),),
        source_label="Quý I",
    )  # fmt: skip
    h1 = Observation(
        "cn", "", Period(2022, 1, 6), 480.0, comparisons=(Comparison("plan", "ratio", 50.4),),
        source_label="6 tháng",
    )  # fmt: skip
    settled, warnings = settle_baselines(REVENUE, {}, h1, [q1, h1])
    plan = settled["plan"]
    assert warnings == []
    assert plan.inferred and plan.source == "6 tháng, Quý I"
    # Q1 alone allows 219,5/23,085% to 220,5/23,075% (950,83 to 955,58);
    # H1 alone 479,5/50,45% to 480,5/50,35% (950,45 to 954,32): together, the overlap.
    assert plan.low == pytest.approx(950.83, abs=0.005)
    assert plan.high == pytest.approx(954.32, abs=0.005)


def test_reports_that_imply_different_plans_are_flagged() -> None:
    q1 = Observation(
        "cn", "", Period(2022, 1, 3), 220.0, comparisons=(Comparison("plan", "ratio", 23.08),),
        source_label="Quý I",
    )  # fmt: skip
    h1 = Observation(
        "cn", "", Period(2022, 1, 6), 480.0, comparisons=(Comparison("plan", "ratio", 40.0),),
        source_label="6 tháng",
    )  # fmt: skip
    settled, warnings = settle_baselines(REVENUE, {}, h1, [q1, h1])
    assert [w.code for w in warnings] == ["baseline_inconsistent"]
    assert "Quý I" in warnings[0].message and "6 tháng" in warnings[0].message
    assert settled["plan"].value == pytest.approx(1200.0)


@pytest.mark.parametrize(
    ("period", "words", "expected"),
    [
        (Period(2022, 1, 3), "năm 2021", Period(2021, 1, 3)),
        (Period.year_of(2022), "năm trước", Period.year_of(2021)),
        (Period(2022, 5, 5), "tháng trước", Period(2022, 4, 4)),
        (Period(2022, 1, 1), "tháng trước", Period(2021, 12, 12)),
        (Period(2022, 4, 6), "quý trước", Period(2022, 1, 3)),
        (Period(None), "năm trước", None),
    ],
)
def test_previous_period_follows_the_words_of_the_source(
    period: Period, words: str, expected: Period | None
) -> None:
    assert previous_period(period, words) == expected
