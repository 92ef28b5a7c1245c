"""Sentences for the twenty-sixth round's labour helper (labour): constructions of
reports on jobs, vocational training, social and health insurance, poverty reduction and
support for policy families that real pages, read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, name_read, period_read
from tiendo.extract import extract_figures

# The level a forecast move runs from ("dự kiến giảm từ 7,19% năm 2015 xuống 1,36%") is
# where the measure stood, a result; the forecast is of the level it moves to.
_FORECAST_MOVES = [
    ("Tỷ lệ hộ nghèo dự kiến giảm từ 7,19% năm 2015 xuống 1,36% vào cuối năm 2020.",
     [(7.19, "actual"), (1.36, "estimate")]),
    ("Năm 2023, tỷ lệ lao động qua đào tạo ước tăng từ 65,2% năm 2022 lên 67,5%.",
     [(65.2, "actual"), (67.5, "estimate")]),
    ("Số người tham gia BHXH tự nguyện dự kiến tăng từ 8.400 người lên 10.500 người.",
     [(8400, "actual"), (10500, "estimate")]),
]  # fmt: skip
# Near misses: a range after "ước đạt từ" is one estimate; a forecast with no move keeps
# its kind; an aim's first level stays where the measure stands, as before.
_FORECAST_NEAR = [
    ("Năm 2024, thu ngân sách ước đạt từ 1.200 đến 1.300 tỷ đồng.", [(1200, "estimate")]),
    ("Tỷ lệ hộ nghèo dự kiến giảm 1,2% so với năm trước.", [(None, "estimate")]),
    ("Tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 5,2% năm 2020 xuống 2% năm 2025.",
     [(5.2, "actual"), (2, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reading"), _FORECAST_MOVES + _FORECAST_NEAR)
def test_the_level_a_forecast_move_runs_from_is_a_result(
    text: str, reading: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == reading


# A decision named by its number as the whole basis ("vượt 1,2% so với Quyết định
# 1167/QĐ-TTg") is the act that assigned the plan: the comparison is on the plan.
_DECISION_BASES = [
    ("Tính đến ngày 30/6/2019, tỷ lệ bao phủ BHYT là 89,3% dân số, vượt 1,2% so với Quyết "
     "định 1167/QĐ-TTg của Thủ tướng Chính phủ.", 2019, (89.3, "%", [("plan", "change", 1.2)])),
    ("Đến hết tháng 9, tỷ lệ bao phủ BHYT đạt 90,1% dân số, thấp hơn 1,4% so với Quyết định "
     "số 546/QĐ-TTg.", 2022, (90.1, "%", [("plan", "change", -1.4)])),
    ("Năm 2023, số người tham gia BHXH bắt buộc đạt 102% so với Quyết định 2542/QĐ-BHXH "
     "giao.", 2023, (None, "%", [("plan", "ratio", 102)])),
]  # fmt: skip
# Near misses: a decision named inside another basis, or with no number, leaves the basis
# as it was.
_DECISION_NEAR = [
    ("Năm 2023, số hộ nghèo giảm 12% so với thời điểm ban hành Quyết định.", 2023,
     (None, "%", [("other", "change", -12)])),
    ("Năm 2023, số hộ nghèo giảm 12% so với thời điểm có quyết định 1234.", 2023,
     (None, "%", [("other", "change", -12)])),
    ("Năm 2023, thu nhập bình quân đạt 60 triệu đồng, tăng 10% so với năm trước theo quyết "
     "định của tỉnh.", 2023, (60, "triệu đồng", [("previous", "change", 10)])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "row"), _DECISION_BASES + _DECISION_NEAR)
def test_a_decision_named_by_its_number_as_the_basis_is_the_plan(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# A rate set beside its plan's own rate ("đạt 64,5% so với kế hoạch là 65%") is the level
# reached, no share of the plan; the rate after "là" is the plan's level, named for it.
_BESIDE_PLAN = [
    ("Năm 2020, tăng trưởng GDP ước đạt khoảng 2% so với kế hoạch là 6,8%.", 2020,
     [(2, "estimate", "tăng trưởng GDP"), (6.8, "target", "kế hoạch tăng trưởng GDP")]),
    ("Năm 2020, tỷ lệ thất nghiệp khu vực thành thị là 4,39% so với kế hoạch là dưới 4%.",
     2020, [(4.39, "actual", "tỷ lệ thất nghiệp khu vực thành thị"),
            (4, "target", "kế hoạch tỷ lệ thất nghiệp khu vực thành thị")]),
    ("Năm 2023, tỷ lệ bao phủ BHYT đạt 92,5% so với chỉ tiêu Thủ tướng giao là 93%.", 2023,
     [(92.5, "actual", "tỷ lệ bao phủ BHYT"), (93, "target", None)]),
]  # fmt: skip
# Near misses: a share said with "bằng", or of a plan whose level is an amount, stays a
# share of the plan.
_BESIDE_NEAR = [
    ("Năm 2020, tăng trưởng kinh tế bằng 95% so với kế hoạch là 6,8%.", 2020,
     (None, "%", [("plan", "ratio", 95)])),
    ("Năm 2020, thu ngân sách đạt 104% so với kế hoạch là 5.000 tỷ đồng.", 2020,
     (None, "%", [("plan", "ratio", 104)])),
    ("Năm 2020, thu ngân sách đạt 104% so với kế hoạch.", 2020,
     (None, "%", [("plan", "ratio", 104)])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "reading"), _BESIDE_PLAN)
def test_a_rate_set_beside_the_plans_own_rate_is_a_level(
    text: str, year: int, reading: list[tuple[float, str, str | None]]
) -> None:
    figures = extract_figures(text, year=year)
    assert [(f.value, f.kind) for f in figures] == [(v, k) for v, k, _ in reading]
    assert all(not f.comparisons for f in figures)
    for figure, (_, _, name) in zip(figures, reading, strict=True):
        assert name is None or figure.indicator == name


@pytest.mark.parametrize(("text", "year", "row"), _BESIDE_NEAR)
def test_a_share_said_so_beside_a_plan_stays_a_share(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# A plan's rate after a rate reached, with no "là" ("ước 64,5%, thấp hơn kế hoạch 65%",
# "đạt 91,5%, cao hơn chỉ tiêu 90,7%"): told by its size, a plan above a rate that falls
# short of it, or below one that passes it but above half of it, is the plan's level, a
# target; a gap is small beside its level.
_SIZED_PLANS = [
    ("Năm 2020, tỷ lệ lao động qua đào tạo ước 64,5%, thấp hơn kế hoạch 65%.", 2020,
     [(64.5, "estimate"), (65, "target")]),
    ("Năm 2022, tỷ lệ bao phủ BHYT đạt 88,5%, thấp hơn chỉ tiêu 90,7%.", 2022,
     [(88.5, "actual"), (90.7, "target")]),
    ("Năm 2023, tỷ lệ tham gia BHXH đạt 41,5%, cao hơn mục tiêu 40% của Nghị quyết.", 2023,
     [(41.5, "actual"), (40, "target")]),
]  # fmt: skip
# Near misses: a small gap stays the plan's change; so does the rise over the plan of an
# amount, whatever its size.
_SIZED_GAPS = [
    ("Năm 2022, tỷ lệ bao phủ BHYT đạt 88,5%, thấp hơn chỉ tiêu 1,2%.", 2022,
     (88.5, "%", [("plan", "change", -1.2)])),
    ("Năm 2020, tăng trưởng kinh tế đạt 10,7%, cao hơn kế hoạch 0,5%.", 2020,
     (10.7, "%", [("plan", "change", 0.5)])),
    ("Năm 2020, thu ngân sách đạt 5.000 tỷ đồng, tăng 15% so với năm trước, vượt kế hoạch "
     "10%.", 2020, (5000, "tỷ đồng", [("previous", "change", 15), ("plan", "change", 10)])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "reading"), _SIZED_PLANS)
def test_a_plans_rate_told_by_its_size_beside_the_rate_is_a_target(
    text: str, year: int, reading: list[tuple[float, str]]
) -> None:
    figures = extract_figures(text, year=year)
    assert [(f.value, f.kind) for f in figures] == reading
    assert all(not f.comparisons for f in figures)


@pytest.mark.parametrize(("text", "year", "row"), _SIZED_GAPS)
def test_a_small_gap_beside_a_plan_stays_a_change(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# A rate in parentheses after a plan named with the body that set it ("vượt chỉ tiêu Thủ
# tướng Chính phủ giao (82,2%)", "vượt chỉ tiêu Tỉnh ủy đề ra (38%)"), after a rate, is the
# rate the plan set, as after "vượt kế hoạch đề ra (10%)": a target, no share of the plan.
_BODY_PLANS = [
    ("Năm 2017, tỷ lệ bao phủ BHYT đạt 85,6%, vượt chỉ tiêu Thủ tướng Chính phủ giao "
     "(82,2%).", 2017, [(85.6, "actual"), (82.2, "target")]),
    ("Năm 2022, tỷ lệ bao phủ BHYT đạt 92,1%, vượt chỉ tiêu UBND tỉnh giao (91,5%).", 2022,
     [(92.1, "actual"), (91.5, "target")]),
    ("Năm 2022, tỷ lệ lao động tham gia BHXH đạt 38,05%, vượt chỉ tiêu Tỉnh ủy đề ra (38%).",
     2022, [(38.05, "actual"), (38, "target")]),
]  # fmt: skip
# Near misses: after an amount, the percentage so placed is its share of the plan.
_BODY_SHARES = [
    ("Năm 2022, số người tham gia BHYT đạt 1,2 triệu người, vượt chỉ tiêu UBND tỉnh giao "
     "(101,5%).", 2022, (1.2, "triệu người", [("plan", "ratio", 101.5)])),
    ("Năm 2022, thu ngân sách đạt 5.300 tỷ đồng, vượt dự toán HĐND tỉnh giao (106%).", 2022,
     (5300, "tỷ đồng", [("budget", "ratio", 106)])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "reading"), _BODY_PLANS)
def test_a_rate_after_a_plan_named_with_its_body_is_the_plans_rate(
    text: str, year: int, reading: list[tuple[float, str]]
) -> None:
    figures = extract_figures(text, year=year)
    assert [(f.value, f.kind) for f in figures] == reading
    assert all(not f.comparisons for f in figures)


@pytest.mark.parametrize(("text", "year", "row"), _BODY_SHARES)
def test_a_percentage_after_a_plan_named_with_its_body_after_an_amount_is_a_share(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# A rate of a whole named after it ("đạt 93,5% dân số", "chiếm 35,2% lực lượng lao động
# trong độ tuổi") takes the change in points said after the whole's comma, as a rate
# with no whole does.
_WHOLE_GAPS = [
    ("Năm 2023, tỷ lệ bao phủ BHYT đạt 93,5% dân số, vượt 0,5 điểm phần trăm so với chỉ "
     "tiêu được giao.", 2023, (93.5, "%", [("plan", "change", 0.5)])),
    ("Đến cuối năm 2023, số người tham gia BHXH là 250.000 người, chiếm 35,2% lực lượng lao "
     "động trong độ tuổi, tăng 1,8 điểm % so với cùng kỳ.", 2023,
     (35.2, "%", [("same_period", "change", 1.8)])),
    ("Năm 2024, số người tham gia BHYT đạt 1,02 triệu người, chiếm 93,1% dân số, giảm 0,4 "
     "điểm phần trăm so với năm 2023.", 2024, (93.1, "%", [("previous", "change", -0.4)])),
]  # fmt: skip
# Near misses: a share of a plan named after the percentage stays that share; a plan that
# quotes its own decimal level after the gap is a target of its own, and the gap no change.
_WHOLE_NEAR = [
    ("Năm 2023, giải ngân vốn đầu tư công đạt 45% kế hoạch, tăng 2 điểm phần trăm so với "
     "cùng kỳ.", 2023, (None, "%", [("plan", "ratio", 45)])),
    ("Năm 2022, độ bao phủ bảo hiểm y tế đạt 86,25% dân số, thấp hơn 5,25 điểm phần trăm so "
     "với chỉ tiêu 91,5% giao tại Quyết định số 546/QĐ-TTg.", 2022, (86.25, "%", [])),
    ("Năm 2023, tỷ lệ bao phủ BHYT đạt 93,5%, thấp hơn 1,5 điểm phần trăm so với chỉ tiêu "
     "95,0% của tỉnh.", 2023, (93.5, "%", [])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "row"), _WHOLE_GAPS + _WHOLE_NEAR)
def test_a_rate_of_a_named_whole_takes_the_gap_in_points_after_it(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# Two levels after a move stated in points and a comma ("tỷ lệ hộ nghèo giảm 1,5 điểm
# phần trăm, từ 5,2% xuống còn 3,7%") are of the measure named before the move, not of the
# words after the number, nor with the difference in their name.
_MOVED_LEVELS = [
    ("Năm 2023, tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm, từ 5,2% xuống còn 3,7%.",
     [(5.2, "tỷ lệ hộ nghèo"), (3.7, "tỷ lệ hộ nghèo")]),
    ("Năm 2023, tỷ lệ lao động qua đào tạo tăng 2 điểm phần trăm, từ 66% lên 68%.",
     [(66, "tỷ lệ lao động qua đào tạo"), (68, "tỷ lệ lao động qua đào tạo")]),
    ("Năm 2023, tỷ lệ hộ cận nghèo giảm 0,8 điểm phần trăm, từ 4,1% năm 2022 xuống 3,3%.",
     [(4.1, "tỷ lệ hộ cận nghèo"), (3.3, "tỷ lệ hộ cận nghèo")]),
]  # fmt: skip
# Near misses: a level after the difference's comma with "còn", and two levels with no
# difference, keep their names.
_MOVED_NEAR = [
    ("Năm 2023, tỷ lệ hộ nghèo giảm 2,1 điểm phần trăm, còn 3,8%.", [(3.8, "tỷ lệ hộ nghèo")]),
    ("Năm 2023, tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 3,7%.",
     [(5.2, "tỷ lệ hộ nghèo"), (3.7, "tỷ lệ hộ nghèo")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reading"), _MOVED_LEVELS + _MOVED_NEAR)
def test_levels_after_a_move_in_points_are_of_the_measure_before_it(
    text: str, reading: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.indicator) for f in extract_figures(text, year=2023)] == reading


# A count in parentheses right after "kế hoạch năm" ("đạt 26% kế hoạch năm (25.000 lao
# động)") is the year's plan, a target, as after "kế hoạch" alone: no year is written so.
_YEAR_PLAN_COUNTS = [
    ("Trong quý I/2024, toàn tỉnh giải quyết việc làm cho 6.500 lao động, đạt 26% kế hoạch "
     "năm (25.000 lao động).", (25000, "lao động", "target")),
    ("6 tháng đầu năm 2024, tỉnh đưa 1.200 lao động đi làm việc ở nước ngoài, đạt 60% kế "
     "hoạch năm (2.000 người).", (2000, "người", "target")),
    ("9 tháng năm 2024, huyện tuyển sinh đào tạo nghề 3.100 người, đạt 78% kế hoạch cả năm "
     "(4.000 người).", (4000, "người", "target")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reading"), _YEAR_PLAN_COUNTS)
def test_a_count_in_parentheses_after_the_years_plan_is_its_target(
    text: str, reading: tuple[float, str, str]
) -> None:
    assert reading in [(f.value, f.unit, f.kind) for f in extract_figures(text, year=2024)]


# Near misses: a year in those parentheses, and a count right after "năm" with no
# parenthesis, are no figures.
@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tỉnh trao 35 nhà, đạt 100% kế hoạch năm (2023).",
        "Trong năm 3 xã đạt chuẩn nông thôn mới.",
    ],
)
def test_a_year_or_a_bare_count_after_nam_stays_no_figure(text: str) -> None:
    values = [f.value for f in extract_figures(text, year=2023)]
    assert 2023 not in values and 3 not in values


# A plan named with its setter and its year before "là" ("chỉ tiêu Đảng và Quốc hội giao
# cho năm 2020 là trên 80%") states the plan's level, a target, also after a sentence
# opened by an estimate: its name may run to nine words.
_LONG_PLAN_NAMES = [
    ("Ước đến ngày 31/5/2018 có 81,3 triệu người tham gia, tỷ lệ bao phủ 86,6% dân số, hoàn "
     "thành sớm chỉ tiêu Đảng và Quốc hội giao cho năm 2020 là trên 80%.", 2018, 80),
    ("Ước đến cuối năm 2023, tỷ lệ bao phủ BHYT đạt 93,2%, hoàn thành chỉ tiêu Thủ tướng "
     "Chính phủ giao cho tỉnh năm 2023 là 92,5%.", 2023, 92.5),
    ("Năm 2023, số người tham gia BHXH ước 250.000 người; chỉ tiêu Ủy ban nhân dân tỉnh giao "
     "năm 2023 là 260.000 người.", 2023, 260000),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "value"), _LONG_PLAN_NAMES)
def test_a_plan_named_at_length_before_la_states_a_target(
    text: str, year: int, value: float
) -> None:
    assert (value, "target") in kinds_read(text, year=year)


# Near misses: a plan passed with no level after "là", and targets said to be met, leave
# the figures their own kinds.
_LONG_PLAN_NEAR = [
    ("Ước cả năm 2023, tỷ lệ bao phủ BHYT đạt 93,2%, vượt chỉ tiêu Thủ tướng Chính phủ giao "
     "cho tỉnh năm 2023.", 2023, [(93.2, "estimate")]),
    ("Năm 2023, các chỉ tiêu chủ yếu của ngành lao động năm 2023 đều đạt, trong đó giải quyết "
     "việc làm cho 25.000 lao động.", 2023, [(25000, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "reading"), _LONG_PLAN_NEAR)
def test_a_plan_named_at_length_with_no_level_leaves_kinds_alone(
    text: str, year: int, reading: list[tuple[float, str]]
) -> None:
    assert kinds_read(text, year=year) == reading


# An amount due named by its noun ("số phải thu", "khoản phải trả") is what is owed, no
# obligation: a share of it stays a result.
_AMOUNTS_DUE = [
    ("Năm 2023, thu BHXH, BHYT, BHTN đạt 2.350 tỷ đồng, đạt 101,5% kế hoạch, tăng 9,8% so với "
     "năm 2022; nợ đóng chiếm 2,3% số phải thu.", 2023, (2.3, "actual")),
    ("Đến hết tháng 9/2024, số tiền chậm đóng BHXH là 85 tỷ đồng, chiếm 3,1% số phải thu.",
     2024, (3.1, "actual")),
    ("Năm 2023, nợ phí dịch vụ môi trường rừng là 12 tỷ đồng, chiếm 8% các khoản phải trả.",
     2023, (8, "actual")),
]  # fmt: skip
# Near misses: what must be collected or reached, and what the things counted must do,
# stay targets.
_DUTIES = [
    ("Năm 2024, ngành BHXH phải thu 2.600 tỷ đồng.", 2024, (2600, "target")),
    ("Năm 2024, có 14 xã phải đạt chuẩn nông thôn mới.", 2024, (14, "target")),
    ("Năm 2024, huyện còn 350 hộ cần hỗ trợ nhà ở.", 2024, (350, "target")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "reading"), _AMOUNTS_DUE + _DUTIES)
def test_an_amount_due_named_by_its_noun_is_no_obligation(
    text: str, year: int, reading: tuple[float, str]
) -> None:
    assert reading in kinds_read(text, year=year)


# A plan's move in parentheses after a rate and the plan passed ("tỷ lệ hộ nghèo còn 3,7%,
# vượt chỉ tiêu Nghị quyết đề ra (giảm 1%)") is the level the plan set, a target, as
# "(10%)" is: not a fall of the rate against the year before.
_PLAN_MOVES_IN_PARENS = [
    ("Năm 2023, tỷ lệ hộ nghèo còn 3,7%, vượt chỉ tiêu Nghị quyết đề ra (giảm 1%).", 2023,
     [(3.7, "actual"), (1, "target")]),
    ("Năm 2023, tỷ lệ hộ nghèo đa chiều giảm còn 1,85%, giảm 0,75% so với cuối năm 2022, "
     "vượt chỉ tiêu kế hoạch giao (giảm 0,5%).", 2023, [(1.85, "actual"), (0.5, "target")]),
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2023, GRDP tăng 8,2%, vượt kế hoạch đề ra (tăng 7,5%).", 2023,
     [(None, "actual"), (7.5, "target")]),
]  # fmt: skip
# Near misses: after an amount, a rise in those parentheses stays its rise; so does a rise
# with a basis of its own after a share of the plan.
_AMOUNT_RISES_IN_PARENS = [
    ("Năm 2022, thu ngân sách đạt 95% kế hoạch (tăng 5% so với cùng kỳ).", 2022,
     (None, "%", [("plan", "ratio", 95), ("same_period", "change", 5)])),
    ("Năm 2023, thu ngân sách đạt 5.200 tỷ đồng, vượt kế hoạch (tăng 12% so với cùng kỳ).",
     2023, (5200, "tỷ đồng", [("same_period", "change", 12)])),
    ("Năm 2023, số lao động được giải quyết việc làm là 28.500 người, vượt kế hoạch (tăng "
     "14%).", 2023, (28500, "người", [("previous", "change", 14)])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "reading"), _PLAN_MOVES_IN_PARENS)
def test_a_plans_move_in_parentheses_after_a_rate_is_a_target(
    text: str, year: int, reading: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text, year=year) == reading


@pytest.mark.parametrize(("text", "year", "row"), _AMOUNT_RISES_IN_PARENS)
def test_a_rise_in_parentheses_after_an_amount_stays_its_rise(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# A gap in points inside parentheses takes its basis with it up to the closing
# parenthesis: the next item's name holds none of the basis's words.
_GAPS_IN_PARENS = [
    ("Cuối năm 2023, toàn huyện còn 1.120 hộ nghèo (chiếm 3,45%, giảm 1,2 điểm phần trăm so "
     "với đầu năm) và 1.560 hộ cận nghèo (chiếm 4,8%).", 1560, "hộ cận nghèo"),
    ("Cuối năm 2023, toàn huyện còn 1.120 hộ nghèo (chiếm 3,45%, giảm 1,2 điểm phần trăm so "
     "với đầu năm) và 1.560 hộ cận nghèo (chiếm 4,8%).", 4.8, "tỷ lệ hộ cận nghèo"),
    ("Năm 2023, tỷ lệ hộ nghèo là 3,45% (giảm 1,2 điểm phần trăm so với năm 2022), tỷ lệ hộ "
     "cận nghèo là 4,1%.", 4.1, "tỷ lệ hộ cận nghèo"),
]  # fmt: skip
# Near miss: a gap whose basis ends at a comma is set aside as before.
_GAPS_AT_COMMA = [
    ("Năm 2023, tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm so với năm 2022, còn 3,4%.", 3.4,
     "tỷ lệ hộ nghèo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _GAPS_IN_PARENS + _GAPS_AT_COMMA)
def test_a_gap_in_parentheses_takes_its_basis_to_the_closing_parenthesis(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A gap in points in the parenthesis a rate opens ("3,45% (giảm 1,2 điểm phần trăm so với
# năm 2022)") is the rate's change, as after a comma.
_PAREN_GAPS = [
    ("Năm 2023, tỷ lệ hộ nghèo là 3,45% (giảm 1,2 điểm phần trăm so với năm 2022), tỷ lệ hộ "
     "cận nghèo là 4,1%.", 2023, (3.45, "%", [("previous", "change", -1.2)])),
    ("Năm 2023, tỷ lệ lao động qua đào tạo đạt 68% (tăng 2 điểm phần trăm so với năm 2022).",
     2023, (68, "%", [("previous", "change", 2)])),
    ("Năm 2023, tỷ lệ bao phủ BHYT đạt 93,5% (vượt 0,5 điểm % so với chỉ tiêu được giao).",
     2023, (93.5, "%", [("plan", "change", 0.5)])),
    # near miss: the next rate after that parenthesis is a level with no change
    ("Năm 2023, tỷ lệ hộ nghèo là 3,45% (giảm 1,2 điểm phần trăm so với năm 2022), tỷ lệ hộ "
     "cận nghèo là 4,1%.", 2023, (4.1, "%", [])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "row"), _PAREN_GAPS)
def test_a_gap_in_points_in_the_rates_parenthesis_is_its_change(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# A class of training by its length ("sơ cấp và dưới 3 tháng 26.500 người", "từ 3 tháng
# trở lên") dates nothing, and the count after it is a figure of the report's time.
_LENGTH_CLASSES = [
    ("Năm 2023, toàn tỉnh tuyển sinh, đào tạo nghề cho 32.000 người, trong đó trung cấp "
     "3.400 người, sơ cấp và dưới 3 tháng 26.500 người.", 26500, (2023, 1, 12)),
    ("Năm 2023, tuyển sinh đào tạo sơ cấp và dưới 3 tháng 12.300 người.", 12300,
     (2023, 1, 12)),
    ("Năm 2018, tỷ lệ lao động qua đào tạo từ 3 tháng trở lên có chứng chỉ công nhận đạt "
     "22,5%.", 22.5, (2018, 1, 12)),
]  # fmt: skip
# Near misses: months counted as the report's span, and a month named, still date it.
_MONTH_SPANS = [
    ("6 tháng đầu năm 2024, tỉnh giải quyết việc làm cho 5.000 lao động.", 5000, (2024, 1, 6)),
    ("Năm 2023, trong 3 tháng cuối năm, tỉnh giải quyết việc làm cho 5.000 lao động.", 5000,
     (2023, 10, 12)),
    ("Tháng 12/2023, tỉnh giải quyết việc làm cho 5.000 lao động.", 5000, (2023, 12, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _LENGTH_CLASSES + _MONTH_SPANS)
def test_a_class_of_training_by_its_length_dates_nothing(
    text: str, value: float, period: tuple[int, int, int]
) -> None:
    assert period_read(text, value, 2024) == period
