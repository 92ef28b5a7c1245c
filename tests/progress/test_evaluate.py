from __future__ import annotations

import datetime as dt

import pytest

from tiendo.extract.figure import Comparison
from tiendo.periods import Period
from tiendo.progress import (
    Observation,
    ResolutionProgress,
    TargetSpec,
    TaskSpec,
    evaluate_resolution,
)
from tiendo.progress.model import Direction
from tiendo.progress.rounding import decimals_in_text

YEAR = Period.year_of(2022)
Q1 = Period(2022, 1, 3)
ARTICLE = "Bảo Thắng phát huy tinh thần đoàn kết, vượt khó vững bước đi lên"
REVENUE_CLAUSE = (
    "Tổng thu NSNN trên địa bàn trong quý I năm 2022 là 123,4 tỷ đồng, bằng 18% dự toán "
    "tỉnh giao, bằng 16,0% dự toán huyện phấn đấu, bằng 168,4% so với cùng kỳ năm 2021"
)
REVENUE_COMPARISONS = (
    Comparison("budget", "ratio", 18.0, "dự toán tỉnh giao"),
    Comparison("budget", "ratio", 16.0, "dự toán huyện phấn đấu"),
    Comparison("same_period", "ratio", 168.4, "cùng kỳ năm 2021"),
)

SEED_TARGETS = [
    TargetSpec("cn", "Giá trị sản xuất công nghiệp - TTCN", "tỷ đồng", None, YEAR, "1"),
    TargetSpec("tm", "Giá trị sản xuất ngành thương mại - dịch vụ", "tỷ đồng", None, YEAR, "2"),
    TargetSpec("thu", "Tổng thu NSNN trên địa bàn", "tỷ đồng", None, YEAR, "3"),
]
SEED_OBSERVATIONS = [
    Observation("cn", "bt", Q1, 220.0, "estimate", (Comparison("plan", "ratio", 23.08, "KH"),),
                ARTICLE, "seed-002"),
    Observation("tm", "bt", Q1, 950.0, "estimate", (Comparison("plan", "ratio", 27.4, "KH"),),
                ARTICLE, "seed-002"),
    Observation("thu", "bt", Q1, 123.4, "actual", REVENUE_COMPARISONS, ARTICLE, "seed-002",
                percent_decimals=tuple(
                    decimals_in_text(REVENUE_CLAUSE, c.percent, percent=True)
                    for c in REVENUE_COMPARISONS
                )),
]  # fmt: skip


def seed_progress() -> ResolutionProgress:
    return evaluate_resolution(SEED_TARGETS, SEED_OBSERVATIONS, Q1, unit="bt")


@pytest.mark.parametrize(
    ("target", "kind", "value", "label"),
    [
        ("cn", "plan", 953.2, "KH"),
        ("tm", "plan", 3467.2, "KH"),
        ("thu", "budget_assigned", 685.6, "dự toán tỉnh giao"),
        ("thu", "budget_self", 771.25, "dự toán huyện phấn đấu"),
        ("thu", "same_period", 73.3, "cùng kỳ"),
    ],
)
def test_seed_baselines_are_inferred_from_the_reported_percentages(
    target: str, kind: str, value: float, label: str
) -> None:
    row = next(row for row in seed_progress().targets if row.target.key == target)
    baseline = row.baselines[kind]
    assert baseline.inferred
    assert baseline.value == pytest.approx(value, abs=0.05)
    assert baseline.low <= baseline.value <= baseline.high
    assert baseline.label == label
    assert baseline.source == ARTICLE


def test_seed_written_with_one_decimal_narrows_the_self_set_budget() -> None:
    row = next(row for row in seed_progress().targets if row.target.key == "thu")
    # "16,0%" is 15,95-16,05%: the budget is 768,5-774,0, not 760-784 as "16%" would allow.
    assert row.baselines["budget_self"].low == pytest.approx(768.5, abs=0.05)
    assert row.baselines["budget_self"].high == pytest.approx(774.0, abs=0.05)


def test_seed_narrative_restates_the_article() -> None:
    progress = seed_progress()
    assert progress.targets[0].sentence() == (
        "Giá trị sản xuất công nghiệp - TTCN quý I năm 2022 ước đạt 220 tỷ đồng, đạt 23,08% KH."
    )
    assert progress.targets[2].sentence() == (
        "Tổng thu NSNN trên địa bàn quý I năm 2022 đạt 123,4 tỷ đồng, bằng 18% dự toán tỉnh "
        "giao, bằng 16,0% dự toán huyện phấn đấu, tăng 68,4% so với cùng kỳ."
    )
    assert all(row.warnings == () for row in progress.targets)


def test_seed_revenue_is_judged_against_the_budget_assigned_from_above() -> None:
    row = next(row for row in seed_progress().targets if row.target.key == "thu")
    assert row.judged_against == "budget_assigned"
    assert row.ratios["budget_assigned"] == pytest.approx(18.0, abs=0.01)
    # 18% after a quarter, with no history: a linear pace falls far short.
    assert row.status == "at_risk"
    assert "Tổng thu NSNN trên địa bàn (đạt 18% dự toán tỉnh giao" in seed_progress().summary


def history(key: str, unit: str, q1_shares: list[float], year_total: float) -> list[Observation]:
    """Q1 and whole-year results of earlier years with the given Q1 shares."""
    found = []
    for back, share in enumerate(q1_shares, start=1):
        year = 2022 - back
        found.append(Observation(key, unit, Period(year, 1, 3), share * year_total))
        found.append(Observation(key, unit, Period.year_of(year), year_total))
    return found


@pytest.mark.parametrize(
    ("q1_shares", "status", "method"),
    [
        # Q1 usually brings 22% of the year: 23% now is on track.
        ([0.22, 0.21, 0.23, 0.22, 0.22], "on_track", "seasonal"),
        # Without history, 23% after a quarter is under the linear 25%.
        ([], "behind", "linear"),
        # Q1 usually brings 30%: 23% now is far behind.
        ([0.30, 0.31, 0.29], "at_risk", "seasonal"),
    ],
)
def test_mid_period_status_uses_seasonal_pace_from_history(
    q1_shares: list[float], status: str, method: str
) -> None:
    target = TargetSpec("cn", "Giá trị sản xuất công nghiệp", "tỷ đồng", 1000.0, YEAR)
    observations = [*history("cn", "bt", q1_shares, 900.0), Observation("cn", "bt", Q1, 230.0)]
    row = evaluate_resolution([target], observations, Q1, unit="bt").targets[0]
    assert row.forecast is not None and row.forecast.method == method
    assert row.status == status


@pytest.mark.parametrize(
    ("direction", "plan", "value", "status"),
    [
        ("higher", 1000.0, 1100.0, "exceeded"),
        ("higher", 1000.0, 1000.0, "met"),
        ("higher", 1000.0, 900.0, "not_met"),
        ("lower", 40.0, 30.0, "exceeded"),
        ("lower", 40.0, 45.0, "not_met"),
    ],
)
def test_year_results_give_final_statuses(
    direction: Direction, plan: float, value: float, status: str
) -> None:
    target = TargetSpec("t", "Chỉ tiêu", "vụ", plan, YEAR, direction=direction)
    progress = evaluate_resolution([target], [Observation("t", "", YEAR, value)], YEAR)
    assert progress.final
    assert progress.targets[0].status == status


def test_traffic_accidents_mid_year_are_judged_against_the_ceiling_pace() -> None:
    target = TargetSpec("tngt", "Số vụ tai nạn giao thông", "vụ", 40.0, YEAR, direction="lower")
    half = Period(2022, 1, 6)
    calm = evaluate_resolution([target], [Observation("tngt", "", half, 15.0)], half)
    bad = evaluate_resolution([target], [Observation("tngt", "", half, 30.0)], half)
    assert calm.targets[0].status == "on_track"
    assert bad.targets[0].status == "at_risk"


def test_final_summary_names_the_targets_not_met() -> None:
    targets = [
        TargetSpec("a", "Thu ngân sách", "tỷ đồng", 700.0, YEAR),
        TargetSpec("b", "Tỷ lệ hộ nghèo", "%", 3.5, YEAR, direction="lower", bound="at_most"),
        TargetSpec("c", "Trồng rừng mới", "ha", 50.0, YEAR),
    ]
    observations = [
        Observation("a", "", YEAR, 735.0),
        Observation("b", "", YEAR, 3.8),
        Observation("c", "", YEAR, 50.0),
    ]
    progress = evaluate_resolution(targets, observations, YEAR)
    assert progress.summary == (
        "Năm 2022, có 2/3 chỉ tiêu đạt và vượt (trong đó 1 chỉ tiêu vượt); "
        "1 chỉ tiêu chưa đạt: Tỷ lệ hộ nghèo (3,8%, KH không quá 3,5%)."
    )
    assert progress.as_text().startswith(progress.summary + "\n\n")
    assert "Thu ngân sách năm 2022 đạt 735 tỷ đồng, đạt 105% KH." in progress.narrative


def test_year_evaluated_from_nine_months_gives_a_pace_status() -> None:
    target = TargetSpec("a", "Thu ngân sách", "tỷ đồng", 700.0, YEAR)
    nine = Period(2022, 1, 9)
    row = evaluate_resolution([target], [Observation("a", "", nine, 600.0)], YEAR).targets[0]
    assert row.observation is not None and row.observation.period == nine
    assert row.status == "on_track"
    assert row.forecast is not None and row.forecast.value == pytest.approx(800.0)


def test_conflicting_sources_are_warned_about_by_name() -> None:
    target = TargetSpec("a", "Thu ngân sách", "tỷ đồng", 700.0, YEAR)
    observations = [
        Observation("a", "", Q1, 123.4, source_label="Báo cáo số 12/BC-UBND"),
        Observation("a", "", Q1, 130.0, source_label="Tin bài cổng thông tin"),
    ]
    row = evaluate_resolution([target], observations, Q1).targets[0]
    assert [w.code for w in row.warnings] == ["conflicting_values"]
    assert "Báo cáo số 12/BC-UBND" in row.warnings[0].message
    assert "Tin bài cổng thông tin" in row.warnings[0].message


def test_percentage_that_does_not_follow_from_the_plan_is_warned_about() -> None:
    target = TargetSpec("a", "Thu ngân sách", "tỷ đồng", 700.0, YEAR)
    obs = Observation("a", "", Q1, 123.4, comparisons=(Comparison("plan", "ratio", 20.0),))
    row = evaluate_resolution([target], [obs], Q1).targets[0]
    assert [w.code for w in row.warnings] == ["percent_mismatch"]
    assert not row.baselines["plan"].inferred


def test_merged_commune_compares_with_its_predecessors_same_period() -> None:
    target = TargetSpec("a", "Thu ngân sách", "tỷ đồng", 100.0, YEAR)
    observations = [
        Observation("a", "xa-a", Period(2021, 1, 3), 10.0),
        Observation("a", "xa-b", Period(2021, 1, 3), 15.0),
        Observation("a", "xa-moi", Q1, 30.0),
    ]
    row = evaluate_resolution(
        [target], observations, Q1, unit="xa-moi", predecessors={"xa-moi": ["xa-a", "xa-b"]}
    ).targets[0]
    assert row.baselines["same_period"].value == 25.0
    assert row.changes["same_period"] == pytest.approx(20.0)
    assert row.sentence().endswith("tăng 20% so với cùng kỳ.")


def test_a_district_without_its_own_result_sums_its_communes() -> None:
    target = TargetSpec("a", "Diện tích trồng rừng", "ha", 100.0, YEAR)
    observations = [
        Observation("a", "xa-a", YEAR, 60.0, source_label="Xã A"),
        Observation("a", "xa-b", YEAR, 45.0, source_label="Xã B"),
    ]
    row = evaluate_resolution(
        [target], observations, YEAR, unit="huyen", parts={"huyen": ["xa-a", "xa-b"]}
    ).targets[0]
    assert row.value == 105.0
    assert row.status == "exceeded"


def test_value_given_only_as_a_percentage_of_a_known_plan_is_derived() -> None:
    target = TargetSpec("a", "Thu ngân sách", "tỷ đồng", 700.0, YEAR)
    obs = Observation("a", "", YEAR, None, comparisons=(Comparison("plan", "ratio", 116.0),))
    row = evaluate_resolution([target], [obs], YEAR).targets[0]
    assert row.value_derived
    assert row.value == pytest.approx(812.0)
    assert row.status == "exceeded"


def test_result_without_plan_or_percentages_has_the_status_no_plan() -> None:
    target = TargetSpec("a", "Thu ngân sách", "tỷ đồng", None, YEAR)
    row = evaluate_resolution([target], [Observation("a", "", YEAR, 10.0)], YEAR).targets[0]
    assert row.status == "no_plan"
    assert row.status_label == "Chưa có kế hoạch"
    assert row.warnings == ()


def test_qualitative_targets_and_tasks_are_dated_as_of() -> None:
    target = TargetSpec("ntm", "Giữ vững huyện nông thôn mới", "", None, YEAR, is_qualitative=True)
    tasks = [
        TaskSpec("Rà soát tiêu chí", dt.date(2022, 3, 31), dt.date(2022, 3, 20), target_key="ntm"),
        TaskSpec("Sáp nhập thôn", dt.date(2022, 6, 30)),
    ]
    progress = evaluate_resolution([target], [], Period(2022, 1, 9), tasks=tasks)
    assert progress.targets[0].status == "done_on_time"
    assert [t.status for t in progress.tasks] == ["done_on_time", "overdue"]
    assert "1 nhiệm vụ quá hạn: Sáp nhập thôn" in progress.summary


def test_results_reported_after_the_as_of_date_are_left_out() -> None:
    target = TargetSpec("a", "Thu ngân sách", "tỷ đồng", 700.0, YEAR)
    observations = [
        Observation("a", "", Q1, 150.0, reported_on=dt.date(2022, 4, 5)),
        Observation("a", "", Q1, 180.0, reported_on=dt.date(2022, 5, 20)),
    ]
    early = evaluate_resolution([target], observations, Q1, as_of=dt.date(2022, 4, 30))
    late = evaluate_resolution([target], observations, Q1, as_of=dt.date(2022, 6, 30))
    assert early.targets[0].value == 150.0
    assert late.targets[0].value == 180.0


def test_a_previous_year_comparison_is_checked_against_last_years_result() -> None:
    target = TargetSpec("a", "Sản lượng lương thực", "tấn", 34000.0, YEAR)
    observations = [
        Observation("a", "", Period.year_of(2021), 33000.0),
        Observation(
            "a", "", YEAR, 34400.0, comparisons=(Comparison("previous", "change", 9.0, "năm 2021"),)
        ),
    ]
    row = evaluate_resolution([target], observations, YEAR).targets[0]
    assert row.baselines["previous"].value == 33000.0
    assert [w.code for w in row.warnings] == ["percent_mismatch"]
    assert "tăng 9%" in row.warnings[0].message


@pytest.mark.parametrize(
    ("value", "status"), [(58.5, "on_track"), (57.5, "behind"), (50.0, "at_risk")]
)
def test_a_target_for_a_later_year_compares_todays_level_with_the_plan(
    value: float, status: str
) -> None:
    target = TargetSpec("rung", "Tỷ lệ che phủ rừng", "%", 58.0, Period.year_of(2025),
                        aggregation="mean")  # fmt: skip
    row = evaluate_resolution([target], [Observation("rung", "", YEAR, value)], YEAR).targets[0]
    assert row.status == status
    assert row.forecast is not None and row.forecast.method == "level"


def test_a_flow_reported_month_by_month_is_judged_on_the_months_added() -> None:
    target = TargetSpec("thu", "Thu ngân sách", "tỷ đồng", 1200.0, YEAR)
    months = [
        Observation("thu", "xa", Period(2022, 1, 1), 90.0),
        Observation("thu", "xa", Period(2022, 2, 2), 100.0, "estimate"),
        Observation("thu", "xa", Period(2022, 3, 3), 110.0),
    ]
    row = evaluate_resolution([target], months, Q1, unit="xa").targets[0]
    assert row.value == pytest.approx(300.0)
    assert row.observation is not None
    assert row.observation.kind == "estimate"


def test_a_level_reported_month_by_month_keeps_its_latest_month() -> None:
    forest = TargetSpec("rung", "Tỷ lệ che phủ rừng", "%", 60.0, YEAR, aggregation="mean")
    months = [Observation("rung", "xa", Period(2022, m, m), 58.0 + m / 10) for m in (1, 2, 3)]
    row = evaluate_resolution([forest], months, Q1, unit="xa").targets[0]
    assert row.value == pytest.approx(58.3)


def test_a_change_keeps_the_decimal_its_source_printed() -> None:
    target = TargetSpec("thu", "Thu ngân sách", "tỷ đồng", 1000.0, YEAR)
    clause = "Thu ngân sách quý I năm 2022 đạt 210 tỷ đồng, tăng 5,0% so với cùng kỳ"
    observations = [
        Observation("thu", "", Period(2021, 1, 3), 200.0),
        Observation(
            "thu", "", Q1, 210.0, "actual", (Comparison("same_period", "change", 5.0),),
            percent_decimals=(decimals_in_text(clause, 5.0, percent=True),),
        ),
    ]  # fmt: skip
    row = evaluate_resolution([target], observations, Q1).targets[0]
    assert "tăng 5,0% so với cùng kỳ" in row.sentence()


def test_a_quarter_reported_only_in_running_totals_is_their_difference() -> None:
    target = TargetSpec("tm", "Giá trị sản xuất thương mại - dịch vụ", "tỷ đồng", 8000.0, YEAR)
    totals = [Observation("tm", "", Q1, 950.0), Observation("tm", "", Period(2022, 1, 6), 6010.0)]
    row = evaluate_resolution([target], totals, Period(2022, 4, 6)).targets[0]
    assert row.observation is not None and row.observation.value == 5060.0
    assert row.observation.period == Period(2022, 4, 6)
    # The pace still rests on the running total to the end of June.
    assert row.status == "on_track"


def test_a_quarter_of_a_rate_reported_for_six_months_is_the_rate_at_june() -> None:
    target = TargetSpec("bh", "Tỷ lệ tham gia bảo hiểm y tế", "%", 95.0, YEAR, aggregation="mean")
    six = Observation("bh", "", Period(2022, 1, 6), 93.1)
    row = evaluate_resolution([target], [six], Period(2022, 4, 6)).targets[0]
    assert row.observation is six


def test_a_quarter_is_not_guessed_from_one_running_total_alone() -> None:
    target = TargetSpec("tm", "Giá trị sản xuất thương mại - dịch vụ", "tỷ đồng", 8000.0, YEAR)
    six = [Observation("tm", "", Period(2022, 1, 6), 6010.0)]
    row = evaluate_resolution([target], six, Period(2022, 4, 6)).targets[0]
    assert row.observation is None
