"""Sentences for the twenty-eighth round's kind helper (kind): how far an estimate said
once reaches, and which opening words lay down a plan.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read

# An estimate of one year's level, then after ";" a rate averaged over the term ("bình
# quân ... /năm", "hằng năm", "giai đoạn 2016 - 2020"): the average states what the term
# did, not the year's forecast.
_TERM_AVERAGE_AFTER_ESTIMATE = [
    ("Tổng giá trị sản xuất của xã đến năm 2020 ước 212,4 tỷ đồng; kinh tế tăng trưởng bình "
     "quân hằng năm 9,6%; thu nhập bình quân đầu người năm 2020 ước 41 triệu đồng.", 9.6),
    ("Quy mô kinh tế của huyện năm 2020 ước khoảng 18.300 tỷ đồng; năng suất lao động giai "
     "đoạn 2016 - 2020 tăng bình quân 6,4%/năm.", 6.4),
    ("Doanh thu du lịch năm 2023 dự kiến đạt hơn 2.150 tỷ đồng; tốc độ tăng doanh thu bình "
     "quân 11,2%/năm, lượt khách tăng 8,7%/năm.", 8.7),
]  # fmt: skip
# Near misses: an average after a comma is the estimated measure's own rate; a level per
# person after ";" is no average over years; a list a colon opened under "Ước thực hiện"
# keeps its heading's estimate.
_ESTIMATE_KEPT = [
    ("Tổng thu ngân sách giai đoạn 2019 - 2023 ước đạt 61.240 tỷ đồng, tăng bình quân "
     "7,3%/năm.", 7.3),
    ("Tỷ lệ hộ nghèo cuối năm 2020 ước còn 4,8%, bình quân mỗi năm giảm 1,9%.", 1.9),
    ("Ước thực hiện giai đoạn 2016 - 2020: tổng vốn đầu tư 42.000 tỷ đồng; tăng trưởng kinh "
     "tế bình quân 7,1%/năm.", 7.1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _TERM_AVERAGE_AFTER_ESTIMATE)
def test_a_term_average_after_a_semicolon_does_not_take_the_years_estimate(
    text: str, value: float
) -> None:
    assert (value, "actual") in kinds_read(text)


@pytest.mark.parametrize(("text", "value"), _ESTIMATE_KEPT)
def test_an_average_within_the_estimated_clause_or_heading_stays_an_estimate(
    text: str, value: float
) -> None:
    assert (value, "estimate") in kinds_read(text)


def test_a_level_per_person_after_a_semicolon_still_shares_the_estimate() -> None:
    text = (
        "Quy mô nền kinh tế năm 2020 ước hơn 31.500 tỷ đồng; GRDP bình quân đầu người "
        "khoảng 47 triệu đồng."
    )
    assert (47, "estimate") in kinds_read(text)


# "Theo dự thảo báo cáo, ...": a draft report tells what was done (or is estimated done),
# as the report itself will; only a draft that lays down what is to be opens a plan.
_DRAFT_REPORT = [
    ("Theo dự thảo báo cáo, năm 2019 tổng giá trị sản xuất của huyện ước đạt 3.412 tỷ đồng.",
     3412, "estimate"),
    ("Theo dự thảo báo cáo, năm 2022 tổng thu ngân sách của thị xã là 286 tỷ đồng.", 286, "actual"),
    ("Theo dự thảo báo cáo tổng kết, năm 2023 toàn tỉnh trồng mới 4.100 ha rừng.",
     4100, "actual"),
]  # fmt: skip
# Near misses: a draft plan or a bare draft still lays down levels.
_DRAFT_PLAN = [
    ("Theo dự thảo, năm 2026 huyện trồng mới 350 ha rừng.", 350, "target"),
    ("Theo dự thảo kế hoạch, năm 2026 thành phố thu ngân sách 9.800 tỷ đồng.", 9800, "target"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), _DRAFT_REPORT + _DRAFT_PLAN)
def test_a_draft_report_reports_while_a_draft_plan_lays_down_levels(
    text: str, value: float, kind: str
) -> None:
    assert (value, kind) in kinds_read(text)


# An estimate said of an item's second measure ("nhãn 5.120 ha, sản lượng ước 61.400
# tấn") is that measure's own: the item's first figure is not estimated, and the next item
# after ";" goes on from the list, not from the output forecast inside the item before.
_LATER_MEASURE_ESTIMATED = [
    ("Năm 2024, toàn huyện có 2.310 ha cây ăn quả; trong đó bưởi 860 ha, sản lượng ước "
     "9.400 tấn; cam 540 ha.", 540),
    ("Diện tích lúa đông xuân toàn xã đạt 1.240 ha, sản lượng ước 7.800 tấn; diện tích ngô "
     "310 ha.", 310),
    ("Năm 2023, tỉnh có 5.600 ha chè; trong đó chè đặc sản 1.150 ha, giá trị ước 420 tỷ "
     "đồng; chè giống mới 2.070 ha.", 2070),
]  # fmt: skip
# Near misses: a list whose whole is estimated, and an item that opens with its estimate,
# keep the estimate for the next item.
_LIST_ESTIMATED = [
    ("Diện tích cây ăn quả năm 2024 ước 2.310 ha; trong đó bưởi 860 ha, sản lượng ước "
     "9.400 tấn; cam 540 ha.", 540),
    ("Tháng 8, tổng sản lượng thủy sản ước 26.070 tấn, tăng 3,8%; trong đó cá 21.460 tấn; "
     "tôm 1.930 tấn.", 1930),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _LATER_MEASURE_ESTIMATED)
def test_an_estimate_of_an_items_later_measure_does_not_reach_the_next_item(
    text: str, value: float
) -> None:
    assert (value, "actual") in kinds_read(text)


@pytest.mark.parametrize(("text", "value"), _LIST_ESTIMATED)
def test_an_estimated_list_or_item_head_still_reaches_the_next_item(
    text: str, value: float
) -> None:
    assert (value, "estimate") in kinds_read(text)


# The level a measure has come down to, said with "còn" right before its number, after a
# semicolon that closes an estimated clause ("...ước 13,2%; tỷ lệ hộ nghèo còn 15,6%"):
# the clause says where the measure stands, a statement of its own.
_REMAINING_AFTER_ESTIMATE = [
    ("Giá trị sản xuất nông nghiệp năm 2023 ước 5.420 tỷ đồng; tỷ lệ hộ nghèo còn 3,8%.", 3.8),
    ("Thu ngân sách trên địa bàn ước 412 tỷ đồng, đạt 103% dự toán; số hộ nghèo giảm xuống "
     "còn 1.236 hộ.", 1236),
    ("Kim ngạch xuất khẩu 6 tháng ước 2,1 tỷ USD; tỷ lệ thất nghiệp khu vực thành thị chỉ "
     "còn 2,9%.", 2.9),
]  # fmt: skip
# Near misses: "ước còn" estimates its own level; a list a colon opened under "Ước thực
# hiện" keeps its heading's estimate; a level after a comma stays in the estimated clause.
_REMAINING_ESTIMATED = [
    ("Tỷ lệ hộ nghèo cuối năm 2023 ước còn 3,8%.", 3.8),
    ("Ước thực hiện năm 2023: giá trị sản xuất 5.420 tỷ đồng; tỷ lệ hộ nghèo còn 3,8%.", 3.8),
    ("Giá trị sản xuất nông nghiệp năm 2023 ước 5.420 tỷ đồng, tỷ lệ hộ nghèo còn 3,8%.", 3.8),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _REMAINING_AFTER_ESTIMATE)
def test_a_level_come_down_to_after_a_semicolon_is_a_result(text: str, value: float) -> None:
    assert (value, "actual") in kinds_read(text)


@pytest.mark.parametrize(("text", "value"), _REMAINING_ESTIMATED)
def test_a_level_come_down_to_under_an_estimate_of_its_own_stays_an_estimate(
    text: str, value: float
) -> None:
    assert (value, "estimate") in kinds_read(text)
