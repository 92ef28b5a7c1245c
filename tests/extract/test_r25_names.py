"""Names read without the time they are said of (twenty-fifth round).

A time with no number that points to now, to the past or to a year's end ("trong năm
nay", "6 tháng qua", "vào cuối năm", "cùng thời điểm") says when the figure holds, not
what it measures: it is no part of the indicator, before the number or after a count.
The minutes of a clock time ("23 giờ 15 đêm 23/6") are no figure either.
"""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _named(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Số xã đạt chuẩn nông thôn mới trong năm nay là 5 xã.",
            [(5.0, "Số xã đạt chuẩn nông thôn mới")],
        ),
        ("Số hộ thoát nghèo năm nay là 320 hộ.", [(320.0, "Số hộ thoát nghèo")]),
        ("Số ca mắc sốt xuất huyết quý này là 42 ca.", [(42.0, "Số ca mắc sốt xuất huyết")]),
        (
            "Tổng chi ngân sách cùng thời điểm ước đạt 960,3 nghìn tỷ đồng.",
            [(960.3, "Tổng chi ngân sách")],
        ),
        (
            "Dư nợ vay của ngân sách tỉnh đến cuối năm là 300 tỷ đồng.",
            [(300.0, "Dư nợ vay của ngân sách tỉnh")],
        ),
        ("Sản lượng tôm nuôi vào cuối năm đạt 1.500 tấn.", [(1500.0, "Sản lượng tôm nuôi")]),
    ],
)
def test_a_time_without_a_number_before_the_verb_is_not_in_the_name(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới vào cuối năm.",
            [(3.0, "xã đạt chuẩn nông thôn mới")],
        ),
        (
            "Toàn huyện có thêm 5 xã đạt chuẩn nông thôn mới trong năm nay.",
            [(5.0, "xã đạt chuẩn nông thôn mới")],
        ),
        (
            "Đã giải quyết việc làm cho 3.500 lao động đến cuối tháng.",
            [(3500.0, "giải quyết việc làm lao động")],
        ),
        ("Tỉnh sẽ trồng mới 2.000 ha rừng tập trung năm tới.", None),
    ],
)
def test_a_time_without_a_number_after_a_count_ends_what_was_counted(text, expected):
    named = _named(text)
    if expected is None:  # "năm tới" leaves the name, whatever the name's head is
        assert len(named) == 1 and "năm tới" not in named[0][1] and "rừng" in named[0][1]
    else:
        assert named == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: a time with a number is the figure's period, read as it was.
        (
            "Giá trị sản xuất công nghiệp 6 tháng cuối năm ước đạt 1.200 tỷ đồng.",
            "Giá trị sản xuất công nghiệp",
        ),
        ("Tỷ lệ hộ nghèo đầu năm 2024 là 4,5%.", "Tỷ lệ hộ nghèo"),
        ("Số xã đạt chuẩn nông thôn mới cuối năm 2014 là 12 xã.", "Số xã đạt chuẩn nông thôn mới"),
    ],
)
def test_a_time_that_is_the_measures_span_or_has_its_year_is_read_as_before(text, expected):
    assert _named(text)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trước đó, khoảng 23 giờ 15 đêm 23/6, Công an huyện bắt giữ 2 đối tượng.",
            [(2.0, "đối tượng")],
        ),
        ("Lúc 7 giờ 45 sáng 12/4, lực lượng chức năng thu giữ 3 kg ma túy.", [(3.0, "kg")]),
        ("Vào 20 giờ 10 tối 3/9, xe tải lật làm 2 người bị thương.", [(2.0, "người")]),
        ("Khoảng 13 giờ 30 chiều 8/5, cháy 1,5 ha rừng thông.", [(1.5, "ha")]),
        # Near miss: a count of its own after the clock time is read as before.
        ("Khoảng 23 giờ 15, tổ công tác bắt quả tang 3 đối tượng.", [(3.0, "đối tượng")]),
    ],
)
def test_the_minutes_of_a_clock_time_and_the_part_of_the_day_are_no_figure(text, expected):
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Số dự án do Bộ Xây dựng quản lý là 12 dự án.", "Số dự án do Bộ Xây dựng quản lý"),
        (
            "Dư nợ của Ngân hàng Chính sách xã hội đạt 3.200 tỷ đồng.",
            "Dư nợ của Ngân hàng Chính sách xã hội",
        ),
        (
            "Vốn đầu tư do Sở Kế hoạch và Đầu tư thẩm định đạt 500 tỷ đồng.",
            "Vốn đầu tư do Sở Kế hoạch và Đầu tư thẩm định",
        ),
        (
            "Dự toán thu do Bộ Tài chính giao là 5.000 tỷ đồng.",
            "Dự toán thu do Bộ Tài chính giao",
        ),
        # Near misses: a name written with every syllable capitalised is dropped as before,
        # and so is a place.
        ("Số dự án của Tập Đoàn Vingroup là 12 dự án.", "Số dự án"),
        ("Thu ngân sách của huyện Tân Phú đạt 300 tỷ đồng.", "Thu ngân sách"),
    ],
)
def test_an_office_named_with_only_first_syllables_capitalised_is_kept_whole(text, expected):
    assert _named(text)[0][1] == expected
