"""Sentences for the twenty-seventh round's kind helper (kind): where a plan's, an
estimate's or a whole's words reach over the clauses after them, and where they stop.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read

# An aim for a year, then after ";" a clause that opens with an earlier year or with
# "hiện": that clause says where the measure stood, not what is aimed at.
_DATED_BEFORE_AIM = [
    ("Năm 2026, thị xã phấn đấu tổng thu ngân sách đạt 1.250 tỷ đồng; năm 2025, tổng thu "
     "ngân sách của thị xã đạt 1.080 tỷ đồng.", 1080),
    ("Đến năm 2030, tỉnh đặt mục tiêu tỷ lệ đô thị hóa đạt 45%; năm 2024, tỷ lệ này mới "
     "đạt 31,6%.", 31.6),
    ("Huyện phấn đấu năm 2025 có thêm 4 xã đạt chuẩn nông thôn mới nâng cao; hiện toàn "
     "huyện có 9 xã đạt chuẩn nâng cao.", 9),
]  # fmt: skip
# Near misses: a later year after ";" stays under the aim, and a clause with no time of
# its own does too.
_STILL_AIMED = [
    ("Năm 2025, thị xã phấn đấu tổng thu ngân sách đạt 1.250 tỷ đồng; năm 2026, tổng thu "
     "ngân sách đạt 1.400 tỷ đồng.", 1400),
    ("Năm 2025, huyện phấn đấu thu ngân sách đạt 620 tỷ đồng; giá trị sản xuất công nghiệp "
     "đạt 3.900 tỷ đồng.", 3900),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _DATED_BEFORE_AIM)
def test_a_clause_dated_before_the_aim_reports_a_result(text: str, value: float) -> None:
    assert (value, "actual") in kinds_read(text)


@pytest.mark.parametrize(("text", "value"), _STILL_AIMED)
def test_a_clause_of_the_aims_year_or_later_stays_a_target(text: str, value: float) -> None:
    assert (value, "target") in kinds_read(text)


# A forecast opens the sentence and each clause says "sẽ": every "sẽ" in the chain is the
# forecast's future, not an aim.
_FORECAST_CHAIN = [
    ("Dự kiến cả năm 2024, kim ngạch xuất khẩu sẽ tăng 9% so với năm trước, tổng mức bán lẻ "
     "sẽ đạt 58.300 tỷ đồng.", 58300),
    ("Dự ước năm 2023, sản lượng lương thực sẽ đạt 412.000 tấn, giá trị sản xuất nông nghiệp "
     "sẽ đạt 9.850 tỷ đồng và thu ngân sách sẽ đạt 1.720 tỷ đồng.", 1720),
    ("Ước cả năm, tổng lượt khách sẽ đạt 2,3 triệu lượt, doanh thu du lịch sẽ đạt khoảng "
     "4.100 tỷ đồng.", 4100),
]  # fmt: skip
# Near misses: "sẽ" with no forecast before it, and "sẽ" after ";" in a clause of its
# own, state aims.
_WILL_AIMED = [
    ("Năm 2025, tỉnh sẽ tập trung phát triển du lịch, tổng lượt khách sẽ đạt 3 triệu lượt.", 3),
    ("Dự kiến năm 2025, GRDP sẽ tăng 8%; năm 2026, tỉnh sẽ thu ngân sách 5.000 tỷ đồng.", 5000),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _FORECAST_CHAIN)
def test_each_will_after_a_forecast_is_an_estimate(text: str, value: float) -> None:
    assert (value, "estimate") in kinds_read(text)


@pytest.mark.parametrize(("text", "value"), _WILL_AIMED)
def test_will_without_a_forecast_in_its_clause_is_an_aim(text: str, value: float) -> None:
    assert (value, "target") in kinds_read(text)


# An aim governs a second act joined by "và" with no comma: "quyết tâm thu hút được 5 dự
# án và kết nạp được 15 đảng viên" aims at both.
_JOINED_AIMS = [
    ("Năm 2025, xã phấn đấu thu hút được 2 doanh nghiệp và giải quyết được 180 việc làm.", 180),
    ("Huyện phấn đấu năm 2026 xây dựng được 6 thôn kiểu mẫu và trồng mới được 350 ha rừng.",
     350),
    ("Năm 2026, Đảng ủy phường quyết tâm thu hút được 4 dự án và vận động được 75 hộ hiến "
     "đất làm đường.", 75),
]  # fmt: skip
# Near misses: the same acts done, and a second act after a comma with a subject of its own.
_JOINED_DONE = [
    ("Năm 2024, Đảng bộ phường đã thành lập được 3 hợp tác xã và kết nạp được 12 đảng viên "
     "mới.", 12),
    ("Năm 2025, huyện phấn đấu xây dựng được 6 thôn kiểu mẫu, các xã đã trồng được 350 ha "
     "rừng.", 350),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _JOINED_AIMS)
def test_a_second_act_joined_by_and_is_aimed_at_too(text: str, value: float) -> None:
    assert (value, "target") in kinds_read(text)


@pytest.mark.parametrize(("text", "value"), _JOINED_DONE)
def test_acts_done_or_with_their_own_subject_are_results(text: str, value: float) -> None:
    assert (value, "actual") in kinds_read(text)


# A goal that heads a long subject ("Mục tiêu thu nhập bình quân đầu người của đồng bào
# ... năm 2030 đạt 55 triệu đồng") states the level aimed at, however long what it names.
_LONG_GOALS = [
    ("Mục tiêu thu nhập bình quân đầu người của người dân vùng đồng bào dân tộc thiểu số và "
     "miền núi tỉnh Kon Tum năm 2024 đạt 52 triệu đồng.", 52),
    ("Mục tiêu tỷ lệ hộ gia đình ở các xã vùng cao biên giới của huyện Mường Tè dùng nước "
     "sạch trong năm 2024 là 85%.", 85),
    ("Mục tiêu số lượt khách du lịch đến các điểm du lịch cộng đồng của tỉnh Hà Giang trong "
     "năm 2024 đạt 3,2 triệu lượt.", 3.2),
]  # fmt: skip
# Near misses: a goal said to have been met reports a result, and so does a measure
# with no goal at its head, however long.
_GOALS_MET = [
    ("Mục tiêu thu nhập bình quân đầu người của người dân vùng đồng bào dân tộc thiểu số năm "
     "2024 đã đạt 41 triệu đồng.", 41),
    ("Thu nhập bình quân đầu người của người dân vùng đồng bào dân tộc thiểu số và miền núi "
     "tỉnh Kon Tum năm 2024 đạt 41 triệu đồng.", 41),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _LONG_GOALS)
def test_a_goal_heading_a_long_subject_states_a_target(text: str, value: float) -> None:
    assert (value, "target") in kinds_read(text)


@pytest.mark.parametrize(("text", "value"), _GOALS_MET)
def test_a_goal_met_or_carried_out_reports_a_result(text: str, value: float) -> None:
    assert (value, "actual") in kinds_read(text)


# The parts of a whole measured against a plan, given "lần lượt" as shares with no basis
# of their own, are shares of the whole's plan.
_PARTS_OF_PLAN = [
    ("Đến hết tháng 9/2024, huyện giải ngân vốn đầu tư công được 418 tỷ đồng, bằng 61,2% kế "
     "hoạch vốn; trong đó vốn ngân sách tỉnh 260 tỷ đồng, vốn ngân sách huyện 158 tỷ đồng, "
     "lần lượt đạt 66,4% và 54,3%.", 2024, (158, "tỷ đồng", [("plan", "ratio", 54.3)])),
    ("Quý I/2023, tổng thu ngân sách trên địa bàn đạt 936 tỷ đồng, bằng 27,5% dự toán năm; "
     "trong đó thu nội địa 812 tỷ đồng, thu xuất nhập khẩu 124 tỷ đồng, lần lượt bằng 28,1% "
     "và 24,6%.", 2023, (812, "tỷ đồng", [("budget", "ratio", 28.1)])),
    ("Năm 2022, tổng vốn đầu tư toàn xã hội đạt 5.400 tỷ đồng, đạt 103% kế hoạch, gồm vốn nhà "
     "nước 1.900 tỷ đồng và vốn ngoài nhà nước 3.500 tỷ đồng, lần lượt đạt 98% và 106%.", 2022,
     (3500, "tỷ đồng", [("plan", "ratio", 106)])),
]  # fmt: skip
# Near misses: with no whole measured against a plan the percentages are levels of their
# own, and shares said "lần lượt là" of nothing named stay levels.
_PARTS_AS_LEVELS = [
    ("Năm 2024, tỷ lệ tốt nghiệp trung học phổ thông và tỷ lệ học sinh hoàn thành chương "
     "trình tiểu học lần lượt là 99,2% và 99,7%.", 2024, (99.7, "%", [])),
    ("Đến hết tháng 9/2024, huyện giải ngân vốn đầu tư công được 418 tỷ đồng; trong đó vốn "
     "ngân sách tỉnh 260 tỷ đồng, vốn ngân sách huyện 158 tỷ đồng, lần lượt đạt 66,4% và "
     "54,3%.", 2024, (158, "tỷ đồng", [])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "row"), _PARTS_OF_PLAN + _PARTS_AS_LEVELS)
def test_parts_given_respective_shares_take_the_wholes_plan(
    text: str, year: int, row: tuple[float, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)
