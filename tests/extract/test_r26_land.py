"""Sentences for the twenty-sixth round's land helper (land): constructions of land,
natural resources, urban development and housing reports (land-use certificates, site
clearance, urbanisation, housing, clean water) that real pages, read once, showed the
extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, name_read, period_read
from tiendo.extract import extract_figures

# Floor area: housing reports measure in square metres of floor ("m2 sàn"), per person or
# in all; "sàn" is part of the unit, and so is the "/người" after it.
_FLOOR_AREAS = [
    ("Năm 2022, diện tích nhà ở bình quân toàn tỉnh đạt 25,8 m2 sàn/người.", 25.8, "m2 sàn/người"),
    ("Năm 2023, tỉnh xây dựng mới 2,5 triệu m2 sàn nhà ở.", 2.5, "triệu m2 sàn"),
    ("Diện tích nhà ở bình quân khu vực đô thị là 28 m² sàn/người.", 28, "m² sàn/người"),
    ("Năm 2022 phát triển 70.000 m2 sàn nhà ở xã hội.", 70000, "m2 sàn"),
]  # fmt: skip
# Near misses: another word after "m2" ("sân" is a yard), land, and a rate per person
# written without "sàn" keep their units.
_OTHER_AREAS = [
    ("Năm 2022, xã xây dựng 300 m2 sân phơi.", 300, "m2"),
    ("Huyện đã hỗ trợ 728.712 m2 đất ở cho 50 hộ.", 728712, "m2"),
    ("Diện tích ở bình quân đầu người là 20,6 m2/người.", 20.6, "m2/người"),
    ("Tổng diện tích sàn xây dựng đạt 120 ha.", 120, "ha"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _FLOOR_AREAS + _OTHER_AREAS)
def test_floor_after_square_metres_is_part_of_the_unit(text: str, value: float, unit: str) -> None:
    figures = extract_figures(text, year=2024)
    assert (value, unit) in [(f.value, f.unit) for f in figures]
    named = [f.indicator for f in figures if f.value == value]
    assert named and "diện tích" in named[0].lower()


# A basis of one year that opens the sentence ("So với năm 2022, …") is where every change
# of the sentence ran from: a level after "từ" that then moves ("lên", "xuống", "còn") is
# of that year, the level it moved to of the passage's.
_OPENING_BASES = [
    ("So với năm 2022, tỷ lệ doanh nghiệp gặp khó khăn về mặt bằng giảm từ 16% còn 11%.", 16, 2022),
    ("So với năm 2022, tỷ lệ hộ dùng nước sạch tăng từ 70% lên 75%; tỷ lệ thu gom rác tăng "
     "từ 80% lên 86%.", 80, 2022),
    ("So với năm 2020, tỷ lệ hộ nghèo của huyện giảm từ 8,5% xuống còn 6,2%.", 8.5, 2020),
    ("- So với năm 2019, diện tích đất chưa sử dụng giảm từ 1.250 ha xuống còn 900 ha.",
     1250, 2019),
]  # fmt: skip
# Near misses: the level moved to keeps the passage's year; the same months of a year
# ("so với cùng kỳ năm 2022") name no level's year; a range after "từ" is no move; a
# basis after the change is not read as the first level's time.
_NOT_OPENING_BASES = [
    ("So với năm 2022, tỷ lệ doanh nghiệp gặp khó khăn về mặt bằng giảm từ 16% còn 11%.", 11, 2024),
    ("So với cùng kỳ năm 2022, tỷ lệ giải ngân tăng từ 30% lên 45%.", 45, 2024),
    ("So với năm 2021, thu ngân sách tăng 12%, đạt từ 500 đến 600 tỷ đồng.", 500, 2024),
    ("Năm 2023, tỷ lệ hộ nghèo giảm từ 8,5% xuống còn 6,2%, so với năm 2022.", 8.5, 2023),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "year"), _OPENING_BASES + _NOT_OPENING_BASES)
def test_a_level_moved_from_is_of_the_year_the_sentence_opens_comparing_with(
    text: str, value: float, year: int
) -> None:
    assert period_read(text, value, 2024)[0] == year


# An amount, the plan it passed with the plan's level in parentheses, then a bare share
# ("hoàn thành 102.633 căn, vượt kế hoạch đề ra (100.275 căn), đạt hơn 102%"): the share
# is of the plan just passed, as it is when no level stands between.
_SHARES_OF_PASSED_PLANS = [
    ("Năm 2025, cả nước hoàn thành 102.633 căn nhà ở xã hội, vượt kế hoạch đề ra (100.275 căn), "
     "đạt hơn 102%.", 102633, ("plan", "ratio", 102)),
    ("Năm 2023, huyện thu tiền sử dụng đất 250 tỷ đồng, vượt dự toán (200 tỷ đồng), đạt 125%.",
     250, ("budget", "ratio", 125)),
    ("Năm 2022, toàn tỉnh cấp 5.200 giấy chứng nhận, vượt chỉ tiêu giao (5.000 giấy), đạt 104%.",
     5200, ("plan", "ratio", 104)),
]  # fmt: skip
# Near misses: a level of another year in parentheses names no plan; a share with its own
# basis keeps it; with no level between, the plan read as before.
_OTHER_SHARES = [
    ("Năm 2022, toàn tỉnh trồng 5.200 ha rừng (năm 2021 là 4.000 ha), đạt 104%.", 5200,
     ("other", "ratio", 104)),
    ("Năm 2022, huyện trồng 5.200 ha rừng, vượt kế hoạch (5.000 ha), bằng 130% cùng kỳ.", 5200,
     ("same_period", "ratio", 130)),
    ("Năm 2025, cả nước hoàn thành 102.633 căn, vượt kế hoạch đề ra, đạt hơn 102%.", 102633,
     ("plan", "ratio", 102)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "reading"), _SHARES_OF_PASSED_PLANS + _OTHER_SHARES)
def test_a_bare_share_after_a_plan_passed_with_its_level_is_of_that_plan(
    text: str, value: float, reading: tuple[str, str, float]
) -> None:
    rows = comparisons_read(text, 2024)
    assert [r[2] for r in rows if r[0] == value] == [[reading]]


# A grade written in numerals inside the noun a share or count counts ("đô thị loại III",
# "chuẩn mức độ 2", "đường cấp IV") is what "trở lên" bounds; the share stays exact.
_GRADES_BOUNDED = [
    ("Đến năm 2025, 100% đô thị loại III trở lên hoàn thiện tiêu chí về hạ tầng.", 100),
    ("Đến năm 2025, 80% trường học đạt chuẩn mức độ 2 trở lên.", 80),
    ("Năm 2023, 95% đường huyện đạt cấp IV trở lên.", 95),
    ("Năm 2023, tỉnh có 12 đô thị loại IV trở lên.", 12),
]  # fmt: skip
# Near misses: a share or a rate with no grade before "trở lên" is bounded; so is a share
# whose noun ends in a word that is no grade.
_SHARES_BOUNDED = [
    ("Năm 2023, tỷ lệ đô thị hóa đạt 45% trở lên.", 45),
    ("Đến năm 2025, tỷ lệ dân đô thị được cấp nước sạch đạt 95% trở lên.", 95),
    ("Phấn đấu 70% số xã trở lên đạt chuẩn nông thôn mới.", 70),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "bound"),
    [(t, v, None) for t, v in _GRADES_BOUNDED] + [(t, v, "at_least") for t, v in _SHARES_BOUNDED],
)
def test_a_grade_in_numerals_before_tro_len_is_bounded_not_the_share(
    text: str, value: float, bound: str | None
) -> None:
    assert [f.bound for f in extract_figures(text, year=2024) if f.value == value] == [bound]


# A scale counted in dwellings or households after a count of projects ("692 dự án nhà ở xã
# hội … với quy mô 633.559 căn", "12 dự án, quy mô 8.500 căn hộ") is the projects' scale,
# as a scale in hectares after them is; "quy mô" alone had been the whole name.
_COUNTED_SCALES = [
    ("Năm 2024, tỉnh có 12 dự án nhà ở xã hội, quy mô 8.500 căn hộ.", 8500,
     "quy mô dự án nhà ở xã hội"),
    ("Cả nước có 692 dự án nhà ở xã hội đang triển khai với quy mô 633.559 căn.", 633559,
     "quy mô dự án nhà ở xã hội"),
    ("Năm 2023, thành phố khởi công 5 dự án nhà ở công nhân, với quy mô 4.200 căn hộ.", 4200,
     "quy mô dự án nhà ở công nhân"),
]  # fmt: skip
# Near misses: a count of its own after the projects keeps its name; money and area after
# them are named as they were.
_OTHER_COUNTS = [
    ("Năm 2024, tỉnh có 12 dự án, với 300 hộ tham gia.", 300, "hộ tham gia"),
    ("Năm 2024, tỉnh có 12 dự án nhà ở xã hội, tổng vốn 3.000 tỷ đồng.", 3000,
     "tổng vốn dự án nhà ở xã hội"),
    ("Năm 2024, tỉnh có 26 cánh đồng lớn, diện tích 3.687 ha.", 3687,
     "diện tích cánh đồng lớn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _COUNTED_SCALES + _OTHER_COUNTS)
def test_a_scale_counted_after_a_count_of_projects_is_the_projects_scale(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A plan's level after "là" that follows a share of it with a decimal comma ("đạt 95,5% dự
# toán là 1.200 tỷ đồng"): the comma split the share, and its tail ("5% ") had opened the
# level's name; the name opens after the share.
_PLAN_LEVELS_AFTER_SHARES = [
    # (the plan of the measure just named, as "kế hoạch giải ngân …" below: round 28)
    ("Năm 2025, thu ngân sách đạt 95,5% dự toán là 1.200 tỷ đồng.", 1200,
     "dự toán thu ngân sách"),
    ("Năm 2023, diện tích trồng rừng đạt 102,4% kế hoạch là 3.000 ha.", 3000, "diện tích kế hoạch"),
    ("Lao động đi làm việc ở nước ngoài có 147 người, bằng 122,5% kế hoạch 120 lao động.", 120,
     "kế hoạch lao động"),
]  # fmt: skip
# Near misses: the decimal comma of a rate's own fall leaves the rate's name; a share with
# no decimal comma reads as before.
_NAMES_WITH_DECIMALS = [
    ("Năm 2022, tỷ lệ hộ nghèo giảm 27,56 điểm phần trăm, chỉ còn 3,82%.", 3.82, "tỷ lệ hộ nghèo"),
    ("Năm 2024, giải ngân vốn đầu tư công đạt 87,3% kế hoạch là 2.500 tỷ đồng.", 2500,
     "kế hoạch giải ngân vốn đầu tư công"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "name"), _PLAN_LEVELS_AFTER_SHARES + _NAMES_WITH_DECIMALS
)
def test_the_tail_of_a_decimal_share_opens_no_name(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


# An amount, ", vượt <plan> (<level>)": the level in parentheses is the plan of the amount's
# measure ("kế hoạch hoàn thành căn nhà ở xã hội"), as "(kế hoạch 50.000 tấn)" is; the
# plan's words and the verb had been the name ("vượt kế hoạch đề ra căn").
_PASSED_PLAN_LEVELS = [
    ("Năm 2022, sản lượng lúa đạt 52.000 tấn, vượt kế hoạch (50.000 tấn).", 50000,
     "kế hoạch sản lượng lúa"),
    ("Năm 2023, thu ngân sách đạt 250 tỷ đồng, vượt dự toán (200 tỷ đồng).", 200,
     "dự toán thu ngân sách"),
    ("Năm 2022, toàn tỉnh cấp 5.200 giấy chứng nhận, vượt chỉ tiêu giao (5.000 giấy).", 5000,
     "chỉ tiêu cấp giấy chứng nhận"),
]  # fmt: skip
# Near misses: a plan passed with no amount before it in its clause keeps its own name; a
# plan's rate after a rate reads as before.
_OTHER_PLAN_LEVELS = [
    ("Năm 2022, tổng vốn đầu tư đạt 9.000 tỷ đồng. Tổng thu ngân sách vượt dự toán Trung ương "
     "giao (6.193 tỷ đồng).", 6193, "Tổng thu ngân sách vượt dự toán Trung ương giao"),
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2022, GRDP tăng 10,5%, vượt kế hoạch đề ra (10%).", 10, "kế hoạch GRDP"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _PASSED_PLAN_LEVELS + _OTHER_PLAN_LEVELS)
def test_a_level_in_parentheses_after_a_plan_passed_is_the_plan_of_the_amount(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A score with a decimal comma in "điểm" ("PCI Hà Tĩnh đạt 63,76 điểm", "(trung bình cả
# nước 6,75 điểm)") is a measure, not points counted: its unit is no word of its name.
_SCORES = [
    ("Năm 2023, PCI Hà Tĩnh đạt 63,76 điểm.", 63.76, "PCI"),
    ("Năm 2022, PAR INDEX của tỉnh đạt 85,5 điểm.", 85.5, "PAR INDEX của tỉnh"),
    ("Chỉ số Tiếp cận đất đai của tỉnh đạt 6,60 điểm (trung bình cả nước 6,75 điểm).", 6.75,
     "trung bình cả nước"),
]  # fmt: skip
# Near misses: places and spots counted in "điểm" stay counted nouns.
_COUNTED_POINTS = [
    ("Năm 2023, tỉnh có 12 điểm du lịch.", 12, "điểm du lịch"),
    ("Năm 2023, huyện có 25 điểm giao dịch.", 25, "điểm giao dịch"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SCORES + _COUNTED_POINTS)
def test_a_score_with_a_decimal_comma_is_no_count_of_points(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
