"""Probe sentences for the twenty-third round's second helper on real statistics releases
(stats2): how a report's own grammar settles what a number measures and when.

Sentences are in the style of provincial statistics releases, written for these tests;
each table has near misses that look alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, name_read, period_read

# A price index's move reported as a result, with no basis of its own, is a change against
# the same months of the year before, as any result's: the index and its average
# ("bình quân", "bình quân 9 tháng") are still an index, not a rate quoted as a level.
# Since the twenty-ninth round a rise in a text that names no basis of a rise at all is a
# rate of growth, a level (the golds' reading, test_r29_rise.py): the first three rises
# are now read so, and the fall still moves against the same months.
_INDEX_MOVES = [
    ("Trong 6 tháng đầu năm 2022, có 5 dự án được phê duyệt chủ trương đầu tư. Chỉ số giá "
     "tiêu dùng bình quân tăng 3,31%.", [(5, "dự án", []), (3.31, "%", [])]),
    ("CPI bình quân quý I tăng 2,79%.", [(2.79, "%", [])]),
    ("Bình quân 11 tháng, chỉ số giá tiêu dùng trên địa bàn giảm 0,6%.",
     [(None, "%", [("same_period", "change", -0.6)])]),
    ("Chỉ số giá tiêu dùng 9 tháng năm 2023 tăng 3,1%.", [(3.1, "%", [])]),
]  # fmt: skip
# Near misses: an index aimed at or held down, a deflator quoted in parentheses and a rate
# word of another kind keep the per cent a level.
_INDEX_LEVELS = [
    ("Phấn đấu chỉ số giá tiêu dùng tăng dưới 4%.", [(4, "%", [])]),
    ("Mục tiêu năm 2025: GRDP tăng 8%; chỉ số giá tiêu dùng tăng khoảng 4%.",
     [(8, "%", []), (4, "%", [])]),
    ("Chỉ số giá tiêu dùng được kiềm chế ở mức tăng 4,07%.", [(4.07, "%", [])]),
    ("Tỷ lệ hộ nghèo bình quân giảm 1,5%.", [(1.5, "%", [])]),
    ("Chỉ số giá tiêu dùng bình quân tăng 0,4%/tháng.", [(0.4, "%", [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _INDEX_MOVES + _INDEX_LEVELS)
def test_a_price_index_reported_as_a_result_moves_against_the_same_period(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected


def test_the_country_s_index_quoted_beside_the_province_s_move_is_a_move_of_its_own() -> None:
    # (the tenth round's test read both as levels; the name of the country's stays)
    text = "Năm 2012, chỉ số giá tiêu dùng tăng 4,07%, thấp hơn nhiều so với mức 6,81% của cả nước."
    assert name_read(text, None, 6.81) == "chỉ số giá tiêu dùng cả nước"


# The parts "trong đó" opens right after a bare running total ("lũy kế") break down the
# total, January to the month, in the same sentence or the next, one part or a list.
_TOTAL_PARTS = [
    ("Tháng 3/2021, kim ngạch xuất khẩu đạt 85 triệu USD, lũy kế 180,8 triệu USD, đạt 16,4% "
     "kế hoạch. Trong đó, xuất khẩu thủy sản đạt 163 triệu USD, bằng 15,6% kế hoạch.", 163,
     (2021, 1, 3)),
    ("Tháng 3/2021, kim ngạch xuất khẩu đạt 85 triệu USD, lũy kế 180,8 triệu USD; trong đó "
     "xuất khẩu thủy sản đạt 163 triệu USD, gạo 12 triệu USD.", 12, (2021, 1, 3)),
    ("Tháng 10/2024, thu ngân sách đạt 420 tỷ đồng, lũy kế 3.900 tỷ đồng; trong đó thu nội "
     "địa 3.100 tỷ đồng.", 3100, (2024, 1, 10)),
]  # fmt: skip
# Near misses: a part that names its own month, a part of the month's own figure and a
# figure after the total with no "trong đó" keep the month.
_MONTH_PARTS = [
    ("Tháng 10/2024, thu ngân sách đạt 420 tỷ đồng, lũy kế 3.900 tỷ đồng; trong đó tháng 10 "
     "thu nội địa 300 tỷ đồng.", 300, (2024, 10, 10)),
    ("Tháng 10/2024, thu ngân sách đạt 420 tỷ đồng, trong đó thu nội địa 300 tỷ đồng.", 300,
     (2024, 10, 10)),
    ("Tháng 10/2024, thu ngân sách đạt 420 tỷ đồng, lũy kế 3.900 tỷ đồng. Chi ngân sách đạt "
     "300 tỷ đồng, trong đó chi thường xuyên 200 tỷ đồng.", 200, (2024, 10, 10)),
    ("Ước tổng thu ngân sách tháng 7/2024 được 680 tỷ đồng, lũy kế được 6.273 tỷ đồng. Trong "
     "đó, thu nội địa được 359 tỷ đồng, lũy kế được 2.000 tỷ đồng.", 359, (2024, 7, 7)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _TOTAL_PARTS + _MONTH_PARTS)
def test_the_parts_of_a_running_total_are_of_its_months(
    text: str, value: float, period: tuple[int, int, int]
) -> None:
    assert period_read(text, value, 2024) == period


# A "khi" (when) clause right after an earlier time compared tells of that time: its
# figure is that year's (the same months after "cùng kỳ"), a result, and its rise one
# that time saw, not a rate aimed at, even after a target in the same sentence.
_EARLIER_WHENS = [
    ("Sáu tháng đầu năm 2024, doanh thu du lịch đạt 1.200 tỷ đồng, cao hơn nhiều so với cùng "
     "kỳ năm 2023, khi doanh thu chỉ đạt 900 tỷ đồng.", 900, (2023, 1, 6)),
    ("Năm 2024, thu ngân sách đạt 5.000 tỷ đồng, cao hơn năm 2023, khi thu ngân sách chỉ đạt "
     "4.200 tỷ đồng.", 4200, (2023, 1, 12)),
    ("Quý I/2024, tỷ lệ giải ngân đạt 20%, thấp hơn cùng kỳ năm trước, khi tỷ lệ này là 25%.",
     25, (2023, 1, 3)),
    ("Kết quả này cao hơn hẳn năm 2019, khi tỷ lệ giải ngân chỉ đạt 45%.", 45,
     (2019, 1, 12)),
]  # fmt: skip
# Near misses: a "khi" after no time, and a time the clause names itself, keep their reading.
_PLAIN_WHENS = [
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2024, xuất khẩu tăng mạnh, khi giá cao su tăng 20%.", None, (2024, 1, 12)),
    ("Năm 2024, số hộ nghèo còn 1.200 hộ, khi năm 2020 là 3.000 hộ.", 1200, (2024, 1, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _EARLIER_WHENS + _PLAIN_WHENS)
def test_a_when_clause_after_an_earlier_time_is_of_that_time(
    text: str, value: float | None, period: tuple[int, int, int]
) -> None:
    assert period_read(text, value, 2024) == period


def test_a_rise_in_a_when_clause_after_an_earlier_time_is_no_aim() -> None:
    text = (
        "GRDP 9 tháng năm 2024 tăng 7,71% so với cùng kỳ. Mức tăng này cao hơn mục tiêu đề ra"
        " cho cả năm 2024 là từ 6,5 - 7% và cao hơn hẳn cùng kỳ năm 2023, khi GRDP chỉ tăng"
        " 5,03%."
    )
    assert comparisons_read(text, 2024)[-1] == (None, "%", [("same_period", "change", 5.03)])


# A plan's level quoted to measure the result named again ("Mức tăng này cao hơn mục tiêu
# đề ra ... là 6,5 - 7%", "Kết quả này vượt kế hoạch là 7%"), and a "khi" clause after an
# earlier time, open no list of targets: the breakdown after them still rises against the
# same period. A target stated on its own still heads what follows.
_REMARKED_TARGETS = [
    ("Dự ước GRDP 9 tháng năm 2024 đạt 191.531 tỷ đồng, tăng 7,71% so với cùng kỳ năm trước. "
     "Mức tăng này cao hơn mục tiêu đề ra cho cả năm 2024 là từ 6,5 - 7%. Trong đó, khu vực "
     "nông, lâm nghiệp và thủy sản tăng 3,35%; khu vực dịch vụ tăng 6,2%.",
     (None, "%", [("same_period", "change", 6.2)])),
    ("Sáu tháng đầu năm 2024, GRDP ước tăng 6,9% so với cùng kỳ. Tốc độ tăng này vượt mục "
     "tiêu cả năm là 6 - 6,5%. Trong đó, khu vực dịch vụ tăng 7,4%.",
     (None, "%", [("same_period", "change", 7.4)])),
    ("Quý I/2024, GRDP tăng 6,1% so với cùng kỳ, cao hơn cùng kỳ năm 2023, khi GRDP chỉ tăng "
     "5,2% trong khi kế hoạch là 6%. Chỉ số sản xuất công nghiệp tăng 8%.",
     (None, "%", [("same_period", "change", 8)])),
]  # fmt: skip
_STATED_TARGETS = [
    ("Năm 2024, GRDP tăng 8,1%. Mục tiêu năm 2025 là tăng 8,5%. Thu ngân sách tăng 10%.",
     (10, "%", [])),
    ("Năm 2023, tốc độ tăng trưởng GRDP đạt 8,2%. Trong đó, khu vực dịch vụ tăng 7,4%.",
     (7.4, "%", [])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "last"), _REMARKED_TARGETS + _STATED_TARGETS)
def test_a_plan_quoted_to_measure_a_result_opens_no_list_of_targets(
    text: str, last: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert comparisons_read(text, 2024)[-1] == last


# An act or a crop measured "với diện tích / sản lượng / năng suất" (with an area, an
# output, a yield) is named by the measure, then the act and its object; who did it, before
# "đã", is no part of the name.
_MEASURED_ACTS = [
    ("Trong tháng 5/2024, một số địa phương đã thu hoạch những trà lúa sớm với diện tích "
     "1.962,55 ha.", 1962.55, "diện tích thu hoạch những trà lúa sớm"),
    ("Tháng 5/2024, nông dân đã gieo trồng cây vụ hè thu với diện tích 3.200 ha.", 3200,
     "diện tích gieo trồng cây vụ hè thu"),
    ("Tháng 5/2024, toàn huyện đã trồng rừng tập trung với diện tích 450 ha.", 450,
     "diện tích trồng rừng tập trung"),
    ("Tháng 5/2024, tỉnh đã thu hoạch lúa đông xuân với năng suất 62 tạ/ha.", 62,
     "năng suất thu hoạch lúa đông xuân"),
    ("Trong tháng 5/2024, các trà lúa sớm đã được thu hoạch với diện tích 1.200 ha.", 1200,
     "diện tích thu hoạch trà lúa sớm"),
]  # fmt: skip
# Near misses: capital "with" a count of firms keeps its reading, and so do a measure named
# as the subject and a count of the area harvested.
_NOT_MEASURED_ACTS = [
    ("Năm 2024, có 31 doanh nghiệp đăng ký mới với tổng vốn 197,6 tỷ đồng.", 197.6,
     "tổng vốn doanh nghiệp đăng ký mới"),
    ("Diện tích lúa đông xuân đạt 3.200 ha.", 3200, "Diện tích lúa đông xuân"),
    ("Tháng 5/2024, huyện đã thu hoạch 1.200 ha lúa với sản lượng 7.500 tấn.", 1200,
     "diện tích thu hoạch lúa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _MEASURED_ACTS + _NOT_MEASURED_ACTS)
def test_an_act_measured_with_an_area_is_named_by_the_area(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# An abbreviation the passage defined ("tổng sản phẩm trên địa bàn (GRDP)") stands later for
# the name it was defined with, not for the time that stood before that name.
_SPELLED_OUT = [
    ("Ông Nguyễn Thư cho biết năm 2020 tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí ước đạt "
     "hơn 186.876 tỷ đồng; GRDP bình quân đầu người đạt 160 triệu đồng/người/năm.", 160,
     "tổng sản phẩm trên địa bàn (GRDP) bình quân đầu người"),
    ("Cục Thống kê cho biết quý I/2024 tổng sản phẩm trên địa bàn (GRDP) tăng 5,1%. GRDP bình "
     "quân đầu người đạt 25 triệu đồng.", 25,
     "tổng sản phẩm trên địa bàn (GRDP) bình quân đầu người"),
]  # fmt: skip
# Near miss: a name with no time before it is spelled out as before.
_SPELLED_AS_BEFORE = [
    ("Tháng 02/2024, chỉ số sản xuất công nghiệp (IIP) ước giảm 5,2%. IIP của ngành khai "
     "khoáng giảm 3%.", None, "chỉ số sản xuất công nghiệp (IIP)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SPELLED_OUT + _SPELLED_AS_BEFORE)
def test_an_abbreviation_stands_for_its_name_without_the_time_before_it(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# A plan's level set against the growth named again ("Mức tăng này cao hơn mục tiêu đề
# ra ... là 6,5 - 7%") is the plan's growth: "mục tiêu tăng trưởng đề ra".
_PLANNED_GROWTH = [
    ("GRDP 9 tháng năm 2024 tăng 7,71% so với cùng kỳ. Mức tăng này cao hơn mục tiêu đề ra "
     "cho cả năm 2024 là từ 6,5 - 7%.", 6.5, "mục tiêu tăng trưởng đề ra"),
    ("Quý I/2024, GRDP tăng 6,1% so với cùng kỳ. Tốc độ tăng trưởng này vượt kịch bản đề ra "
     "là 5,8 - 6%.", 5.8, "kịch bản tăng trưởng đề ra"),
]  # fmt: skip
# Near miss: a plan set against a result that is no growth keeps its reading.
_PLANNED_OTHER = [
    ("Năm 2024, thu ngân sách đạt 5.000 tỷ đồng. Kết quả này vượt mục tiêu đề ra là 4.500 - "
     "4.800 tỷ đồng.", 4500, "Kết quả này vượt mục tiêu đề ra"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _PLANNED_GROWTH + _PLANNED_OTHER)
def test_a_plan_set_against_the_growth_named_again_is_the_planned_growth(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A sentence that opens on the figure before named again and sets it against a plan's or
# an earlier time's level ("Mức tăng này cao hơn mục tiêu ...", "Kết quả này cao hơn cùng
# kỳ năm 2023, khi ...") is a remark: the breakdown after it shares the estimate of the
# figure the remark was on. A sentence of its own after it ("Tăng trưởng này đạt được nhờ
# công nghiệp tăng 9%") states a result, and the breakdown after it stays as it was read.
_AFTER_REMARKS = [
    ("Dự ước GRDP 9 tháng năm 2024 đạt 191.531 tỷ đồng, tăng 7,71% so với cùng kỳ năm trước. "
     "Mức tăng này cao hơn mục tiêu đề ra cho cả năm 2024 là từ 6,5 - 7%. Trong đó, khu vực "
     "dịch vụ tăng 6,2%.", "estimate"),
    ("Quý I/2024, GRDP ước tăng 6,1% so với cùng kỳ. Kết quả này cao hơn cùng kỳ năm 2023, "
     "khi GRDP chỉ tăng 5,2%. Trong đó, khu vực dịch vụ tăng 7,4%.", "estimate"),
    ("Năm 2024, tổng thu ngân sách ước đạt 5.000 tỷ đồng. Con số này vượt mục tiêu đề ra là "
     "4.500 - 4.800 tỷ đồng. Trong đó, thu nội địa đạt 3.900 tỷ đồng.", "estimate"),
]  # fmt: skip
_AFTER_STATEMENTS = [
    ("Quý I/2024, GRDP ước tăng 6,1% so với cùng kỳ. Tăng trưởng này đạt được nhờ công nghiệp "
     "tăng 9%. Trong đó, khu vực dịch vụ tăng 7,4%.", "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), _AFTER_REMARKS + _AFTER_STATEMENTS)
def test_a_breakdown_after_a_remark_shares_the_estimate_remarked_on(text: str, kind: str) -> None:
    assert kinds_read(text)[-1][1] == kind
