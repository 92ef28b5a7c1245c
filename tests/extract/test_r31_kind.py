"""Sentences for the thirty-first round's kind helper (kind): passages a single target word
flipped to targets. A meeting that reviews a year's tasks, a level kept, a plan quoted
beside a result or named among the results of its year, a count of members elected, and
a label that names whose targets its list gives.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read

Kinds = list[tuple[float | None, str]]

# A meeting that reviews (tổng kết, sơ kết, kiểm điểm, đánh giá) the tasks of a year
# reports that year's results: the sentences after it are no list of targets.
_TASKS_REVIEWED = [
    ("Ngày 20/12/2023, UBND huyện Yên Thành họp tổng kết nhiệm vụ năm 2023. Giá trị sản xuất "
     "toàn huyện 6.120 tỷ đồng; thu nhập bình quân đầu người 52 triệu đồng.",
     [(6120, "actual"), (52, "actual")]),
    ("Sáng 8/12/2022, Đảng ủy xã Phú Lâm họp kiểm điểm nhiệm vụ năm 2022. Sản lượng lúa cả "
     "năm 9.850 tấn, thu ngân sách 4,2 tỷ đồng.",
     [(9850, "actual"), (4.2, "actual")]),
    ("Huyện ủy Tam Nông tổ chức hội nghị đánh giá nhiệm vụ năm 2021. Sản lượng thủy sản "
     "ước trên 12.400 tấn; tổng mức bán lẻ hàng hóa ước khoảng 3.150 tỷ đồng.",
     [(12400, "estimate"), (3150, "estimate")]),
]  # fmt: skip
# Near misses: a meeting that discusses the tasks of the year to come, and a plan named
# as a heading, still open lists of targets.
_TASKS_AHEAD = [
    ("Ngày 20/12/2023, UBND huyện Yên Thành họp bàn nhiệm vụ năm 2024. Giá trị sản xuất "
     "toàn huyện 6.500 tỷ đồng; thu nhập bình quân đầu người 56 triệu đồng.",
     [(6500, "target"), (56, "target")]),
    ("Phương hướng, nhiệm vụ năm 2025. Tổng thu ngân sách 820 tỷ đồng; trồng mới 1.200 ha "
     "rừng.",
     [(820, "target"), (1200, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _TASKS_REVIEWED)
def test_a_meeting_that_reviews_the_tasks_of_a_year_goes_on_with_results(
    text: str, kinds: Kinds
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), _TASKS_AHEAD)
def test_the_tasks_of_a_year_to_come_still_open_targets(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


# A level kept ("giữ ở mức 61,5%") is where a measure stood; the items after it in its
# sentence are results too.
_LEVEL_KEPT = [
    ("Năm 2023, tỷ lệ che phủ rừng của tỉnh giữ ở mức 61,5%; chi ngân sách địa phương "
     "12.300 tỷ đồng.",
     [(61.5, "actual"), (12300, "actual")]),
    ("Năm 2022, lãi suất cho vay bình quân giữ ở mức 9,2%, dư nợ tín dụng 48.000 tỷ đồng.",
     [(9.2, "actual"), (48000, "actual")]),
    ("Trong năm 2024, tỷ lệ thất nghiệp giữ mức 2,3%; số lao động có việc làm 610 nghìn "
     "người.",
     [(2.3, "actual"), (610, "actual")]),
]  # fmt: skip
# Near misses: a bound kept to is an aim, and a level striven for keeps its aim.
_BOUND_KEPT = [
    ("Năm 2025, tỷ lệ tăng dân số tự nhiên giữ ở mức dưới 1,1%.", [(1.1, "target")]),
    ("Năm 2025, tỉnh phấn đấu giữ mức tăng trưởng 8%.", [(8, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _LEVEL_KEPT)
def test_a_level_kept_is_where_the_measure_stood(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), _BOUND_KEPT)
def test_a_bound_kept_to_is_still_an_aim(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


# A plan quoted to measure a result by ("cao hơn mức kế hoạch đề ra (6%)") is the plan's
# level; its words tell nothing of the items after it, which the estimate goes on with.
_PLAN_QUOTED_BESIDE = [
    ("Năm 2023, tăng trưởng kinh tế ước 7,4%, cao hơn mức kế hoạch đề ra (6,5%); quy mô "
     "kinh tế hơn 58.300 tỷ đồng.",
     [(7.4, "estimate"), (6.5, "target"), (58300, "estimate")]),
    ("Năm 2022, giá trị sản xuất ước tăng 9,1%, thấp hơn mức kế hoạch đặt ra (10%); thu "
     "nhập bình quân 47 triệu đồng/người.",
     [(9.1, "estimate"), (10, "target"), (47, "estimate")]),
    ("Năm 2024, tổng thu ngân sách ước 3.420 tỷ đồng, vượt mức kế hoạch giao (3.000 tỷ "
     "đồng); GRDP bình quân đầu người 68 triệu đồng.",
     [(3420, "estimate"), (3000, "target"), (68, "estimate")]),
]  # fmt: skip
# Near misses: an aim that opens its sentence governs the list after it.
_AIM_OPENS_THE_LIST = [
    ("Năm 2025, tỉnh phấn đấu tăng trưởng kinh tế 8%; quy mô kinh tế 62.000 tỷ đồng.",
     [(8, "target"), (62000, "target")]),
    ("Kế hoạch năm 2025: tăng trưởng kinh tế 7,5%; thu nhập bình quân 55 triệu đồng/người.",
     [(7.5, "target"), (55, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _PLAN_QUOTED_BESIDE)
def test_a_plan_quoted_beside_an_estimate_leaves_the_items_after_it_estimated(
    text: str, kinds: Kinds
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), _AIM_OPENS_THE_LIST)
def test_an_aim_that_opens_its_sentence_still_governs_its_list(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


# The plan of the year a report is on, named as the subject of its clause after results
# of that year ("kế hoạch vốn được giao 2.900 tỷ đồng"), is the level those results are
# measured by: the sentences after it go on with the report.
_PLAN_OF_THE_REPORTED_YEAR = [
    ("Năm 2021, vốn đầu tư toàn xã hội ước 18.400 tỷ đồng; kế hoạch vốn đầu tư công được "
     "giao 2.900 tỷ đồng. Thu ngân sách ước trên 9.700 tỷ đồng.",
     [(18400, "estimate"), (2900, "target"), (9700, "estimate")]),
    ("Năm 2022, kim ngạch xuất khẩu ước 1,2 tỷ USD; kế hoạch vốn đầu tư công được "
     "giao 3.100 tỷ đồng. Tổng mức bán lẻ hàng hóa ước khoảng 41.000 tỷ đồng.",
     [(1.2, "estimate"), (3100, "target"), (41000, "estimate")]),
    ("Năm 2023, giá trị sản xuất công nghiệp ước 25.600 tỷ đồng; dự toán chi ngân sách "
     "được giao 6.800 tỷ đồng. Thu nội địa ước trên 4.100 tỷ đồng.",
     [(25600, "estimate"), (6800, "target"), (4100, "estimate")]),
]  # fmt: skip
# Near misses: the plan of the next year after this year's results opens its targets.
_PLAN_OF_THE_NEXT_YEAR = [
    ("Năm 2024, thu ngân sách ước 9.200 tỷ đồng; kế hoạch năm 2025 là 10.000 tỷ đồng, tổng "
     "vốn đầu tư toàn xã hội 21.000 tỷ đồng.",
     [(9200, "estimate"), (10000, "target"), (21000, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _PLAN_OF_THE_REPORTED_YEAR)
def test_the_plan_of_the_reported_year_opens_no_list_of_targets(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), _PLAN_OF_THE_NEXT_YEAR)
def test_the_plan_of_the_next_year_still_opens_its_targets(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


# The members a congress elects ("bầu 15 vị") are counted at the congress, after the aims
# of the term it set.
_MEMBERS_ELECTED = [
    ("Nhiệm kỳ tới, xã phấn đấu thu nhập bình quân đạt 70 triệu đồng/người. Đại hội bầu 15 "
     "vị vào Ban Chấp hành khóa mới.",
     [(70, "target"), (15, "actual")]),
    ("Nhiệm kỳ 2025 - 2030, huyện phấn đấu trồng mới 3.000 ha rừng. Đại hội bầu 41 vị "
     "vào Ban Chấp hành Đảng bộ huyện.",
     [(3000, "target"), (41, "actual")]),
    ("Đảng bộ phường phấn đấu kết nạp 40 đảng viên mới. Đại hội bầu 11 vị vào Ban Chấp "
     "hành.",
     [(40, "target"), (11, "actual")]),
]  # fmt: skip
# Near misses: a count of places aimed at after the aim stays an aim.
_PLACES_AIMED = [
    ("Nhiệm kỳ tới, xã phấn đấu thu nhập bình quân đạt 70 triệu đồng/người. Có thêm 3 thôn "
     "đạt chuẩn nông thôn mới kiểu mẫu.",
     [(70, "target"), (3, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _MEMBERS_ELECTED)
def test_the_members_a_congress_elects_are_counted_there(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), _PLACES_AIMED)
def test_a_count_of_places_after_an_aim_stays_aimed(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


# A label naming whose targets follow ("Chỉ tiêu của đợt cao điểm:") gives levels aimed at,
# for a campaign of a few months too.
_WHOSE_TARGETS = [
    ("Tháng 11/2024, Công an tỉnh mở đợt cao điểm bảo đảm an ninh trật tự. Chỉ tiêu của đợt "
     "cao điểm: điều tra, khám phá án đạt trên 80%; án rất nghiêm trọng đạt trên 95%.",
     [(80, "target"), (95, "target")]),
    ("Tháng 3/2023, ngành y tế triển khai chiến dịch tiêm chủng. Chỉ tiêu của chiến dịch: "
     "tiêm đủ liều cho 95% trẻ em; tỷ lệ phụ nữ có thai tiêm đủ liều 90%.",
     [(95, "target"), (90, "target")]),
    ("Tháng 6/2024, Đoàn Thanh niên phát động tháng thanh niên. Chỉ tiêu của đợt ra quân: "
     "trồng 12.000 cây xanh; hiến 500 đơn vị máu.",
     [(12000, "target"), (500, "target")]),
]  # fmt: skip
# Near misses: the targets said met, and a topic of results, stay results.
_TARGETS_MET = [
    ("Sáu tháng đầu năm 2024, các chỉ tiêu đều đạt: điều tra, khám phá án đạt 86%; án rất "
     "nghiêm trọng đạt 100%.",
     [(86, "actual"), (100, "actual")]),
    ("Sáu tháng đầu năm 2024, về các chỉ tiêu xã hội, tỷ lệ hộ nghèo giảm còn 2,1%.",
     [(2.1, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _WHOSE_TARGETS)
def test_a_label_naming_whose_targets_follow_gives_levels_aimed_at(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), _TARGETS_MET)
def test_targets_said_met_stay_results(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


# A forecast that governs a clause of its own, its time and subject before "có", foresees
# the count of targets met that the clause gives.
_TALLY_FORESEEN = [
    ("Theo Chủ tịch UBND tỉnh, dự kiến năm 2024 tỉnh có 18/22 chỉ tiêu đạt và vượt kế "
     "hoạch.", [(18, "estimate")]),
    ("Theo Bí thư Huyện ủy, dự kiến năm 2025 huyện có 15/17 chỉ tiêu đạt kế hoạch.",
     [(15, "estimate")]),
    ("Báo cáo cho biết ước năm 2023 thành phố có 20/24 chỉ tiêu hoàn thành.",
     [(20, "estimate")]),
]  # fmt: skip
# Near misses: a forecast that ends its clause before the count, and a count said done.
_TALLY_NOT_FORESEEN = [
    ("Năm 2024 dự kiến khó khăn, nhưng tỉnh có 18/22 chỉ tiêu đạt và vượt kế hoạch.",
     [(18, "actual")]),
    ("Năm 2023, thành phố có 20/24 chỉ tiêu hoàn thành.", [(20, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _TALLY_FORESEEN)
def test_a_forecast_governing_its_clause_foresees_the_tally(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), _TALLY_NOT_FORESEEN)
def test_a_tally_outside_a_forecast_stays_a_result(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


# What is still striven for in the year a sentence reports on, after its results ("...;
# trong tháng cuối năm, tỉnh phấn đấu thu thêm 300 tỷ đồng"), opens no list of targets:
# the report goes on with that year's results.
_AIM_OF_THE_REPORTED_YEAR = [
    ("Năm 2024, thu ngân sách đạt 5.200 tỷ đồng; trong tháng cuối năm, tỉnh phấn đấu thu "
     "thêm 300 tỷ đồng. Theo Chủ tịch UBND tỉnh, GRDP năm 2024 tăng 7,2%.",
     [(5200, "actual"), (300, "target"), (7.2, "actual")]),
    ("Đến ngày 20/12/2023, huyện giải ngân 410 tỷ đồng vốn đầu tư công; từ nay đến hết năm "
     "phấn đấu giải ngân thêm 60 tỷ đồng. Theo lãnh đạo huyện, giá trị sản xuất năm 2023 "
     "tăng 9,4%.",
     [(410, "actual"), (60, "target"), (9.4, "actual")]),
    ("Năm 2022, kim ngạch xuất khẩu đạt 1,9 tỷ USD; tháng 12 tỉnh phấn đấu xuất khẩu thêm "
     "150 triệu USD. Cũng theo Sở Công Thương, tổng mức bán lẻ năm 2022 đạt 46.000 tỷ đồng.",
     [(1.9, "actual"), (150, "target"), (46000, "actual")]),
]  # fmt: skip
# Near misses: an aim for the next year after this year's results opens its targets.
_AIM_OF_THE_NEXT_YEAR = [
    ("Năm 2024, GRDP ước tăng 7,1%; năm 2025 tỉnh phấn đấu tăng 8%. Thu ngân sách 6.000 tỷ "
     "đồng.",
     [(7.1, "estimate"), (8, "target"), (6000, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _AIM_OF_THE_REPORTED_YEAR)
def test_an_aim_of_the_reported_year_opens_no_list_of_targets(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), _AIM_OF_THE_NEXT_YEAR)
def test_an_aim_of_the_next_year_still_opens_its_targets(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds
