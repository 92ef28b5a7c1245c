"""Sentences for the twenty-fifth round's reviews helper (reviews): constructions of pages
that switch between results and plans (year-end reviews that then set next year's
targets, Party congress reports on a term, mid-year reviews with the year's estimate)
that real pages, read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read, name_read
from tiendo.extract import extract_figures

# A tally of targets whose verb of meeting stands before the count is foreseen when a
# forecast word leads the verb: "ước thực hiện đạt và vượt 20/21 chỉ tiêu", "dự kiến hoàn
# thành 18/23 chỉ tiêu" say what "dự kiến có 18/23 chỉ tiêu đạt" says.
_FORESEEN_MEETING = [
    ("Năm 2022, huyện ước thực hiện đạt và vượt 20/21 chỉ tiêu kinh tế - xã hội.", 2022,
     [(20, "estimate")]),
    ("Năm 2023, thành phố dự kiến hoàn thành 18/23 chỉ tiêu.", 2023, [(18, "estimate")]),
    ("Cả năm 2023, tỉnh ước đạt và vượt 25/28 chỉ tiêu chủ yếu.", 2023, [(25, "estimate")]),
    ("Năm 2024, xã dự kiến hoàn thành và hoàn thành vượt 14/16 chỉ tiêu Nghị quyết.", 2024,
     [(14, "estimate")]),
]  # fmt: skip
# Near misses: the meeting said without a forecast word is met, and one aimed at is a target.
_NOT_FORESEEN_MEETING = [
    ("Năm 2022, huyện đạt và vượt 20/21 chỉ tiêu.", 2022, [(20, "actual")]),
    ("Năm 2023, thành phố đã hoàn thành 18/23 chỉ tiêu.", 2023, [(18, "actual")]),
    ("Năm 2024, huyện phấn đấu hoàn thành 18/20 chỉ tiêu.", 2024, [(18, "target")]),
    ("Năm 2025, huyện phấn đấu đạt và vượt 20/21 chỉ tiêu.", 2024, [(20, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "kinds"), _FORESEEN_MEETING + _NOT_FORESEEN_MEETING)
def test_a_tally_met_after_a_forecast_word_is_an_estimate(
    text: str, year: int, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text, year) == kinds


# A sentence of no figure saying that the indicators were met reports results, however it
# words the meeting ("đạt, vượt kế hoạch", "đạt cao so với kế hoạch", "cơ bản đạt kế hoạch
# đề ra", "đạt khá"): the figures after it are results, not a list of targets.
_INDICATORS_MET = [
    ("Năm 2023, phần lớn chỉ tiêu kinh tế - xã hội của huyện đạt, vượt kế hoạch. Tỷ lệ hộ "
     "nghèo còn 3,2%.", 2023, [(3.2, "actual")]),
    ("Năm 2023, nhiều chỉ tiêu chủ yếu đạt cao so với kế hoạch. Thu nhập bình quân đầu người "
     "đạt 50 triệu đồng.", 2023, [(50, "actual")]),
    ("Năm 2022, các chỉ tiêu kinh tế - xã hội cơ bản đạt kế hoạch đề ra. Thu ngân sách đạt "
     "300 tỷ đồng.", 2022, [(300, "actual")]),
    ("Năm 2023, các chỉ tiêu xã hội đạt khá. Tỷ lệ hộ nghèo còn 3,2%.", 2023,
     [(3.2, "actual")]),
]  # fmt: skip
# Near misses: a heading of the indicators, their list announced, and their meeting aimed at
# still open targets.
_INDICATORS_ANNOUNCED = [
    ("Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2024: Tốc độ tăng trưởng đạt 10%.", 2023,
     [(10, "target")]),
    ("Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2024 như sau. Tốc độ tăng trưởng đạt 10%.",
     2023, [(10, "target")]),
    ("Năm 2024, phấn đấu các chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch. Tốc độ tăng "
     "trưởng đạt 10%.", 2024, [(10, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "kinds"), _INDICATORS_MET + _INDICATORS_ANNOUNCED)
def test_indicators_said_met_in_a_sentence_of_no_figure_open_no_targets(
    text: str, year: int, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text, year) == kinds


# A running total up to a year ("lũy kế đến năm 2021 có 32/32 xã đạt chuẩn") counts what
# has been done by then: a result, as "tính đến năm 2023" is, not the horizon of an aim.
_TOTAL_UP_TO_A_YEAR = [
    ("Năm 2021, thu ngân sách đạt 540 tỷ đồng; lũy kế đến năm 2021 có 32/32 xã đạt chuẩn "
     "nông thôn mới.", 2021, [(540, "actual"), (32, "actual")]),
    ("Lũy kế đến năm 2023, toàn huyện có 12 xã đạt chuẩn nông thôn mới nâng cao.", 2023,
     [(12, "actual")]),
    ("Tính lũy kế đến năm 2023, toàn tỉnh có 150 hợp tác xã kiểu mới.", 2023,
     [(150, "actual")]),
    ("Lũy kế đến năm 2022, huyện giải ngân 1.200 tỷ đồng vốn đầu tư công.", 2022,
     [(1200, "actual")]),
]  # fmt: skip
# Near misses: the horizon of an aim, with or without a word of aiming.
_HORIZON_OF_AN_AIM = [
    ("Phấn đấu đến năm 2025 có 20 xã đạt chuẩn nông thôn mới.", 2021, [(20, "target")]),
    ("Đến năm 2025 có 80% số xã đạt chuẩn nông thôn mới.", 2021, [(80, "target")]),
    ("Mục tiêu lũy kế đến năm 2025 có 20 xã đạt chuẩn nông thôn mới.", 2021,
     [(20, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "kinds"), _TOTAL_UP_TO_A_YEAR + _HORIZON_OF_AN_AIM)
def test_a_running_total_up_to_a_year_is_a_result(
    text: str, year: int, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text, year) == kinds


# A plan's level written after a slash, as district reports list result against plan
# ("38.198 tấn/KH 41.000-42.000 tấn"): the unit stops before "/KH", the level after it is
# the plan's (a target, named for the plan of the measure before), and the plan word
# announces nothing of the items after it.
_SLASH_PLANS = [
    ("Năm 2022, tổng sản lượng lương thực có hạt ước đạt 38.198 tấn/KH 41.000-42.000 tấn.",
     [(38198, "tấn", "estimate"), (41000, "tấn", "target")]),
    ("Năm 2022, thu nhập bình quân đầu người ước đạt 55,3 triệu đồng/KH 55-56 triệu đồng.",
     [(55.3, "triệu đồng", "estimate"), (55, "triệu đồng", "target")]),
    ("Năm 2022, tổng đàn trâu, bò đạt 16.133 con/KH 16.200-16.500 con, đàn lợn 61.280 "
     "con/KH 43.000-45.000 con.",
     [(16133, "con", "actual"), (16200, "con", "target"), (61280, "con", "actual"),
      (43000, "con", "target")]),
    ("Năm 2022, năng suất lúa bình quân đạt 50,4 tạ/ha/KH 55 - 56 tạ/ha.",
     [(50.4, "tạ/ha", "actual"), (55, "tạ/ha", "target")]),
    ("Năm 2022, tỷ trọng nông nghiệp ước chiếm 23,4%/KH 24,5-25,5%.",
     [(23.4, "%", "estimate"), (24.5, "%", "target")]),
]  # fmt: skip
# Near misses: a rate's unit keeps its slash ("kg/khẩu/năm", "tạ/ha"), the plan in
# parentheses reads as before, and a document's number ("45/KH-UBND") announces no plan.
_NOT_SLASH_PLANS = [
    ("Năm 2022, lương thực bình quân đầu người đạt 450 kg/khẩu/năm.",
     [(450, "kg/khẩu/năm", "actual")]),
    ("Năm 2022, năng suất lúa đạt 62,5 tạ/ha, sản lượng 40.000 tấn.",
     [(62.5, "tạ/ha", "actual"), (40000, "tấn", "actual")]),
    ("Năm 2022, thu nhập bình quân đầu người ước đạt 55,3 triệu đồng (KH 55-56 triệu đồng).",
     [(55.3, "triệu đồng", "estimate"), (55, "triệu đồng", "target")]),
    ("Thực hiện Kế hoạch số 45/KH-UBND, năm 2022 huyện giải ngân 500 tỷ đồng.",
     [(500, "tỷ đồng", "actual")]),
    ("Theo Nghị quyết số 05/NQ-HĐND, năm 2022 huyện thu ngân sách 500 tỷ đồng, đàn lợn "
     "61.280 con.", [(500, "tỷ đồng", "actual"), (61280, "con", "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "read"), _SLASH_PLANS + _NOT_SLASH_PLANS)
def test_a_plans_level_after_a_slash_is_a_target_outside_the_unit(
    text: str, read: list[tuple[float, str, str]]
) -> None:
    figures = extract_figures(text, year=2022)
    assert [(f.value, f.unit, f.kind) for f in figures] == read


def test_a_plans_level_after_a_slash_is_named_for_the_plan_of_the_measure() -> None:
    text = "Năm 2022, năng suất lúa bình quân đạt 50,4 tạ/ha/KH 55 - 56 tạ/ha."
    names = [f.indicator for f in extract_figures(text, year=2022)]
    assert names == ["năng suất lúa bình quân", "kế hoạch năng suất lúa bình quân"]


# A count in parentheses right after a rate of the things it counts restates the rate
# ("Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã)"), as "tương đương 8 xã"
# does: it is the number of those things, not bare "xã". "tỷ lệ số xã" makes "số xã".
_COUNT_RESTATING_IN_PARENS = [
    ("Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã).", 8,
     "số xã đạt chuẩn nông thôn mới"),
    ("Năm 2025, tỷ lệ xã đạt chuẩn nông thôn mới đạt 50% (8 xã).", 8,
     "số xã đạt chuẩn nông thôn mới"),
    ("Tỷ lệ thôn đạt chuẩn nông thôn mới 58,9% (66 thôn).", 66,
     "số thôn đạt chuẩn nông thôn mới"),
    ("Đến năm 2025, tỷ lệ số xã đạt chuẩn nông thôn mới nâng cao 25% (4 xã).", 4,
     "số xã đạt chuẩn nông thôn mới nâng cao"),
    ("Tỷ lệ số xã đạt chuẩn nông thôn mới 55%, tương đương 65 xã.", 65,
     "số xã đạt chuẩn nông thôn mới"),
]  # fmt: skip
# Near misses: a count of other things than the rate's, and one with words of its own.
_NOT_COUNT_RESTATING_IN_PARENS = [
    ("Tỷ lệ lao động qua đào tạo đạt 70% (5 xã).", 5, "xã"),
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 92% (3 xã chưa đạt).", 3, "xã chưa đạt"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "name"), _COUNT_RESTATING_IN_PARENS + _NOT_COUNT_RESTATING_IN_PARENS
)
def test_a_count_in_parentheses_after_a_rate_of_its_things_restates_it(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
