"""Sentences for the twenty-fifth round's programmes helper: constructions of the national
target programmes' reports (new rural areas and OCOP products, sustainable poverty
reduction, ethnic minority and mountain areas) that real pages, read once, showed the
extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _read(text: str) -> list[tuple[float | None, str, str | None, str]]:
    """Each figure's value, unit, bound and kind, read in 2024."""
    return [(f.value, f.unit, f.bound, f.kind) for f in extract_figures(text, year=2024)]


# "trở lên" after a grade or a size the counted things reach bounds that grade, not the
# count, with no "từ" before it too: the count is exact, and the grade names it.
_GRADE_CLOSED = [
    ("Đến nay, tỉnh đã có 4.847 sản phẩm được công nhận đạt 3 sao trở lên.",
     [(4847, "sản phẩm", None, "actual")]),
    ("Năm 2023, tỉnh có thêm 40 sản phẩm được xếp hạng 4 sao trở lên.",
     [(40, "sản phẩm", None, "actual")]),
    ("Toàn huyện có 35 xã đạt 15 tiêu chí trở lên và 12 xã đạt 10 tiêu chí trở xuống.",
     [(35, "xã", None, "actual"), (12, "xã", None, "actual")]),
    ("Toàn tỉnh có 1.250 hộ có thu nhập 100 triệu đồng trở lên.",
     [(1250, "hộ", None, "actual")]),
    ("Huyện có 18 doanh nghiệp sử dụng 1.000 lao động trở lên.",
     [(18, "doanh nghiệp", None, "actual")]),
]  # fmt: skip
# Near misses: "trở lên" right after the count, or after an amount with no count before
# it, still bounds that figure.
_COUNT_CLOSED = [
    ("Năm 2025 phấn đấu có 20 sản phẩm OCOP trở lên.", [(20, "sản phẩm", "at_least", "target")]),
    ("Năm 2024, huyện huy động 1.500 tỷ đồng trở lên.",
     [(1500, "tỷ đồng", "at_least", "actual")]),
    ("Thu nhập bình quân năm 2024 đạt 60 triệu đồng trở lên.",
     [(60, "triệu đồng", "at_least", "actual")]),
    ("Đến nay, tỉnh có 56 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên.",
     [(56, "sản phẩm", None, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "read"), _GRADE_CLOSED + _COUNT_CLOSED)
def test_a_grade_or_size_closed_by_tro_len_inside_a_count_leaves_the_count_exact(
    text: str, read: list[tuple[float, str, str | None, str]]
) -> None:
    assert _read(text) == read


def _kinds(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, year=2024)]


# A result that met its plan, the plan's level then said as a change after "là" or right
# after the plan ("đạt chỉ tiêu ... là giảm 1 - 1,5% mỗi năm", "hoàn thành mục tiêu giảm
# 2%"): the number is the plan's, a target, set beside the result; it opens no list of
# targets, so the next sentence's levels stay results.
_REACHED_PLAN_LEVEL = [
    ("Tỷ lệ hộ nghèo năm 2022 là 4,03%, giảm 1,17% so với năm 2021, đạt chỉ tiêu Quốc hội "
     "và Chính phủ giao là giảm 1-1,5% mỗi năm. Tỷ lệ hộ nghèo dân tộc thiểu số năm 2022 là "
     "21,02%.", [(4.03, "actual"), (1, "target"), (21.02, "actual")]),
    ("Tỷ lệ hộ nghèo năm 2022 là 21,02%, đạt chỉ tiêu giảm 2% mỗi năm. Số hộ nghèo là "
     "2.100 hộ.", [(21.02, "actual"), (2, "target"), (2100, "actual")]),
    ("Tỷ lệ hộ nghèo năm 2023 còn 3,1%, hoàn thành mục tiêu giảm bình quân 1,5% mỗi năm. "
     "Số hộ cận nghèo là 1.800 hộ.", [(3.1, "actual"), (1.5, "target"), (1800, "actual")]),
    ("Năm 2023, tỷ lệ lao động qua đào tạo đạt 68%, hoàn thành kế hoạch là tăng 2%. Số lao "
     "động được giải quyết việc làm là 12.000 người.",
     [(68, "actual"), (2, "target"), (12000, "actual")]),
]  # fmt: skip
# Near misses: a predicate joined by "và" after the plan is the result's own change, and a
# bare "đạt kế hoạch" with an amount is no plan's level said as a change.
_NOT_REACHED_PLAN_LEVEL = [
    ("Tỷ lệ hộ nghèo năm 2022 là 21,02%, đạt kế hoạch và giảm 2% so với năm 2021. Số hộ "
     "nghèo là 2.100 hộ.", [(21.02, "actual"), (2100, "actual")]),
    ("Sản lượng lương thực năm 2023 đạt 300 nghìn tấn, đạt kế hoạch 300 nghìn tấn.",
     [(300, "actual"), (300, "actual")]),
    ("Mục tiêu năm 2025: tỷ lệ hộ nghèo giảm 1,5%; thu nhập đạt 60 triệu đồng.",
     [(1.5, "target"), (60, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _REACHED_PLAN_LEVEL + _NOT_REACHED_PLAN_LEVEL)
def test_a_plans_level_said_as_a_change_after_the_plan_a_result_met_is_a_target_beside_it(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert _kinds(text) == kinds


def _name(text: str, value: float) -> str:
    for figure in extract_figures(text, year=2024):
        if figure.value == value:
            return figure.indicator
    raise AssertionError(f"no figure {value} in {text!r}")


# A sum of money after a count of those an act was for ("hỗ trợ … cho 350 hộ nghèo"),
# joined by "với" or a comma, is the money of the act given to them, not of the
# households: the act (its amounts left out), "cho", then the things counted.
_MONEY_OF_ACT_FOR = [
    ("Năm 2022, tỉnh đã hỗ trợ làm nhà ở cho 350 hộ nghèo với tổng kinh phí 14 tỷ đồng.", 14,
     "tổng kinh phí hỗ trợ làm nhà ở cho hộ nghèo"),
    ("Năm 2022, tỉnh đã hỗ trợ 728.712 m2 đất ở cho 2.010 hộ dân tộc thiểu số, với tổng kinh "
     "phí hơn 65,2 tỷ đồng.", 65.2, "tổng kinh phí hỗ trợ đất ở cho hộ dân tộc thiểu số"),
    ("Năm 2022, huyện đào tạo nghề cho gần 1.200 lao động nông thôn, kinh phí 3,2 tỷ đồng.",
     3.2, "kinh phí đào tạo nghề cho lao động nông thôn"),
    ("Năm 2016, huyện hỗ trợ tiền điện cho 1.171 hộ nghèo dân tộc thiểu số, tổng số tiền "
     "697,3 triệu đồng.", 697.3, "tổng số tiền hỗ trợ tiền điện cho hộ nghèo dân tộc thiểu số"),
    ("Năm 2023, huyện cấp thẻ bảo hiểm y tế cho 25.000 người dân tộc thiểu số với tổng kinh "
     "phí 18 tỷ đồng.", 18, "tổng kinh phí cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số"),
]  # fmt: skip
# Near misses: the things the act made or gave, counted as its object, keep their reading.
_MONEY_OF_ACT_OBJECT = [
    ("Năm 2023, tỉnh hỗ trợ xây 7 căn nhà cho hộ nghèo với tổng số tiền 350 triệu đồng.", 350,
     "tổng số tiền hỗ trợ xây căn nhà cho hộ nghèo"),
    ("Năm 2022, huyện đã xây dựng 12 công trình nước sinh hoạt tập trung, với tổng số tiền 8,5 "
     "tỷ đồng.", 8.5, "tổng số tiền xây dựng công trình nước sinh hoạt tập trung"),
    ("Năm 2023, có 4 dự án điều chỉnh tăng vốn với tổng vốn 11.202 tỷ đồng.", 11202,
     "tổng vốn dự án điều chỉnh tăng vốn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _MONEY_OF_ACT_FOR + _MONEY_OF_ACT_OBJECT)
def test_money_after_a_count_of_those_an_act_was_for_is_the_money_of_the_act(
    text: str, value: float, name: str
) -> None:
    assert _name(text, value) == name


# A plan a result is set against, named only by who set it, the State's bodies among them
# ("chỉ tiêu Quốc hội và Chính phủ giao", "chỉ tiêu Trung ương giao", "kế hoạch Chính phủ
# giao"), is the plan of the measure just named.
_PLAN_OF_STATE_BODIES = [
    ("Năm 2022, tỷ lệ hộ nghèo là 4,03%, giảm 1,17%, đạt chỉ tiêu Quốc hội và Chính phủ giao "
     "là giảm 1-1,5% mỗi năm.", 1, "chỉ tiêu tỷ lệ hộ nghèo"),
    ("Năm 2023, tỷ lệ lao động qua đào tạo đạt 68%, vượt chỉ tiêu Trung ương giao là 65%.", 65,
     "chỉ tiêu tỷ lệ lao động qua đào tạo"),
    ("Năm 2023, tỷ lệ che phủ rừng đạt 42,5%, chưa đạt kế hoạch Chính phủ giao là 43%.", 43,
     "kế hoạch tỷ lệ che phủ rừng"),
]  # fmt: skip
# Near misses: a count of targets keeps its noun, and a plan named by the resolution that
# set it keeps the reading it had.
_NOT_PLAN_OF_STATE_BODIES = [
    ("Năm 2023, tỉnh đạt 17 chỉ tiêu Chính phủ giao.", 17, "chỉ tiêu Chính phủ giao"),
    ("Năm 2023, tỷ lệ lao động qua đào tạo đạt 68%, vượt chỉ tiêu Nghị quyết đề ra là 65%.",
     65, "chỉ tiêu tỷ lệ lao động qua đào tạo"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "name"), _PLAN_OF_STATE_BODIES + _NOT_PLAN_OF_STATE_BODIES
)
def test_a_plan_named_by_the_state_bodies_that_set_it_is_the_plan_of_the_measure_before(
    text: str, value: float, name: str
) -> None:
    assert _name(text, value) == name
