"""Sentences for the twenty-seventh round's helper ana: counts of places named by the
criteria they met, years counted in words after a span, and measures named again by
"… này".

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read, period_read
from tiendo.extract import extract_figures

# A count of places whose object holds the criteria they met, "đủ" (all of them) and the
# programme they are of ("5 xã đạt đủ 19 tiêu chí nông thôn mới"): the criteria say which
# places are counted, so the count is named through them, not cut at their number.
_MET_IN_FULL = [
    ("Năm 2021, huyện có thêm 4 xã đạt đủ 19 tiêu chí nông thôn mới.", 4,
     "xã đạt đủ 19 tiêu chí nông thôn mới"),
    ("Đến cuối năm 2022, toàn tỉnh có 37 xã đạt đủ 19 tiêu chí, 12 xã đạt 15 - 18 tiêu chí.",
     37, "xã đạt đủ 19 tiêu chí"),
    ("Năm 2020, thị xã có 6 xã đáp ứng đủ 19 tiêu chí nông thôn mới và được công nhận.", 6,
     "xã đáp ứng đủ 19 tiêu chí nông thôn mới"),
]  # fmt: skip
# Near misses: criteria closed by a floor name the places with the floor; plain criteria
# with no "đủ" read as before; a count of places followed by other words keeps its clause.
_MET_PLAIN = [
    ("Năm 2022, tỉnh có 28 xã đạt từ 15 tiêu chí nông thôn mới trở lên.", 28,
     "xã đạt từ 15 tiêu chí nông thôn mới trở lên"),
    ("Năm 2022, huyện còn 3 xã đạt từ 9 tiêu chí trở xuống.", 3,
     "xã đạt từ 9 tiêu chí trở xuống"),
    ("Năm 2023, huyện có 2 xã đạt 16 tiêu chí.", 2, "xã đạt 16 tiêu chí"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _MET_IN_FULL + _MET_PLAIN)
def test_a_count_of_places_is_named_by_the_criteria_they_met(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


def test_a_floor_after_the_criteria_does_not_bound_the_count_of_places() -> None:
    text = "Năm 2022, tỉnh có 28 xã đạt từ 15 tiêu chí nông thôn mới trở lên."
    bounds = [f.bound for f in extract_figures(text, year=2024) if f.value == 28]
    assert bounds == [None]


# "Qua sáu năm thực hiện chương trình (2011 - 2020), …": the years counted in words date
# what follows as digits do ("qua 6 năm"), counted on from the span's first year.
_YEARS_IN_WORDS = [
    ("Qua sáu năm thực hiện chương trình (2011 - 2020), toàn huyện có 14 xã đạt chuẩn "
     "nông thôn mới.", 14, 2017),
    ("Sau bảy năm xây dựng nông thôn mới giai đoạn 2010 - 2020, tỉnh có 52 xã đạt chuẩn.",
     52, 2017),
    ("Qua chín năm triển khai đề án (2012 - 2021), thành phố có 9 phường đạt chuẩn văn minh "
     "đô thị.", 9, 2021),
]  # fmt: skip
# Near misses: digits read as before; a count in words with no span named says no year of
# its own (the sentence's own year stands).
_YEARS_NEAR = [
    ("Qua 6 năm thực hiện chương trình (2011 - 2020), toàn huyện có 14 xã đạt chuẩn "
     "nông thôn mới.", 14, 2017),
    ("Sau năm năm thực hiện chương trình (2016 - 2020), huyện có 21 xã đạt chuẩn.", 21, 2020),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "year"), _YEARS_IN_WORDS + _YEARS_NEAR)
def test_years_counted_in_words_after_a_span_date_what_follows(
    text: str, value: float, year: int
) -> None:
    assert period_read(text, value, 2024)[0] == year


def test_years_counted_in_words_with_no_span_say_no_year() -> None:
    text = "Qua sáu năm thực hiện nghị quyết, huyện có 14 xã đạt chuẩn nông thôn mới."
    assert period_read(text, 14, 2024)[0] != 2017


# A group named again by "<group> này" inside a longer name: the group the copula named
# before ("X là nhóm hàng …"), the whole measure said before "of" the group, or, with no
# group named, what the group did ("Khối này nộp ngân sách").
_GROUP_AGAIN = [
    ("Năm 2023, máy vi tính và linh kiện là nhóm hàng xuất khẩu lớn nhất với 7 tỷ USD; nhập "
     "khẩu nhóm hàng này đạt 2,4 tỷ USD.", 2.4, "nhập khẩu máy vi tính và linh kiện"),
    ("Mục tiêu thu nhập bình quân đầu người của lao động nông thôn năm 2030 đạt 70 triệu "
     "đồng. Năm 2023, thu nhập bình quân của nhóm này mới đạt 41,2 triệu đồng.", 41.2,
     "thu nhập bình quân đầu người của lao động nông thôn"),
    ("Năm 2023, các doanh nghiệp FDI xuất khẩu 12 tỷ USD, tăng 6%. Khối này nộp ngân sách "
     "2.300 tỷ đồng, tăng 9%.", 2300, "nộp ngân sách"),
]  # fmt: skip
# Near misses: a bare "<group> này" keeps naming's own reading; places named again ("khu
# vực này", "6 xã này") are no group of goods or people.
_GROUP_NEAR = [
    ("Năm 2023, kim ngạch xuất khẩu hàng dệt may đạt 2,1 tỷ USD, tăng 5%; nhóm hàng này "
     "chiếm 18% tổng kim ngạch xuất khẩu.", 18,
     "tỷ trọng kim ngạch xuất khẩu hàng dệt may trong tổng kim ngạch xuất khẩu"),
    ("Năm 2023, tỷ lệ hộ nghèo tại 6 xã này là 3,1%.", 3.1, "tỷ lệ hộ nghèo tại 6 xã này"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _GROUP_AGAIN + _GROUP_NEAR)
def test_a_group_named_again_inside_a_name_is_the_group_named_before(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# "<head> này" after a whole and its parts listed after "trong đó": the whole, not its last
# part; a whole whose parts' names open with its own name stays the whole when named again.
_WHOLE_AGAIN = [
    ("Tháng 9/2023, chỉ số sản xuất công nghiệp tăng 5,2% so với cùng kỳ, trong đó chỉ số "
     "ngành chế biến, chế tạo tăng 6,1%, chỉ số ngành sản xuất điện tăng 3,4%. Tính chung 9 "
     "tháng, chỉ số này tăng 7,3% so với cùng kỳ.", None, 7.3, "chỉ số sản xuất công nghiệp"),
    ("Năm 2023, tỷ lệ hộ nghèo toàn tỉnh còn 4,2%, trong đó tỷ lệ hộ nghèo vùng đồng bào dân "
     "tộc thiểu số còn 11,3%. Năm 2024, tỷ lệ này giảm xuống còn 3,5%.", 3.5, None,
     "tỷ lệ hộ nghèo toàn tỉnh"),
    ("Chỉ số sản xuất công nghiệp tháng 8/2022 tăng 4,1% so với tháng trước; trong đó chế "
     "biến, chế tạo tăng 4,6%, khai khoáng giảm 1,2%. Tính chung 8 tháng, chỉ số này tăng "
     "6,4% so với cùng kỳ.", None, 6.4, "Chỉ số sản xuất công nghiệp"),
    ("Tháng 5/2022, chỉ số giá tiêu dùng tăng 0,4% so với tháng trước; trong đó chỉ số giá "
     "nhóm giao thông tăng 2,1%, chỉ số giá nhóm giáo dục giảm 0,3%. Tính chung 5 tháng, "
     "chỉ số này tăng 2,2% so với cùng kỳ.", None, 2.2, "chỉ số giá tiêu dùng"),
]  # fmt: skip
# Near misses: measures of one head with no "trong đó" before them are each their own, so
# "<head> này" is the last one said.
_LAST_AGAIN = [
    ("Năm 2023, tỷ lệ hộ nghèo là 5%. Tỷ lệ hộ cận nghèo là 7%. Năm 2024, tỷ lệ này còn "
     "6,1%.", 6.1, None, "Tỷ lệ hộ cận nghèo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "percent", "name"), _WHOLE_AGAIN + _LAST_AGAIN)
def test_a_measure_named_again_after_its_parts_is_the_whole(
    text: str, value: float | None, percent: float | None, name: str
) -> None:
    assert name_read(text, value, percent) == name
