"""Probe sentences for the eleventh round's review (R): this round's rules read in the
wording of other offices, and the look-alikes where they must not fire."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read, period_read
from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("Thời kỳ 2011 - 2015, tỷ lệ hộ nghèo của huyện giảm từ 15% xuống còn 7%.", 7, 2015),
        ("Nhiệm kỳ 2015 - 2020, huyện nâng tỷ lệ xã đạt chuẩn nông thôn mới từ 20% lên 65%.",
         65, 2020),
        ("Trong 5 năm 2016-2020, tỉnh đưa tỷ lệ đô thị hóa từ 30% lên 36%.", 36, 2020),
        ("Giai đoạn 2017 đến 2022, tỷ lệ lao động qua đào tạo tăng từ 50% lên 68%.", 68, 2022),
        ("Từ 2018 đến 2023, số hợp tác xã của tỉnh tăng từ 310 lên 545 hợp tác xã.", 545,
         2023),
        ("Thời kỳ 2016 - 2020, Sóc Trăng kéo giảm tỷ lệ hộ nghèo từ 12,4% xuống 3,1%.", 3.1,
         2020),
    ],
)  # fmt: skip
def test_a_level_reached_over_a_span_of_years_named_in_other_words_is_of_the_last_year(
    text: str, value: float, year: int
) -> None:
    assert period_read(text, value, 2024)[0] == year


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Thời kỳ 2011 - 2015, tỷ lệ hộ nghèo giảm từ 15% xuống 7%, đến năm 2018 còn 4%.", 4,
         (2018, 1, 12)),
        ("Nhiệm kỳ 2015 - 2020, huyện có 65 xã đạt chuẩn nông thôn mới.", 65, (2024, None, None)),
        ("Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 đặt mục tiêu mỗi năm kết nạp từ "
         "90 đến 100 đảng viên.", 90, (2024, None, None)),
    ],
)  # fmt: skip
def test_a_level_that_names_its_own_time_or_follows_no_change_keeps_its_period(
    text: str, value: float, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == expected


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("Từ xuất phát điểm thấp năm 2010, qua 10 năm, huyện đã có 15 xã đạt chuẩn nông thôn "
         "mới.", 15, 2020),
        ("Từ một xã nghèo năm 2014, trải qua 7 năm, xã đã có thu nhập bình quân 48 triệu "
         "đồng/người.", 48, 2021),
        ("Từ chỗ chỉ có 2 xã đạt chuẩn năm 2012, qua hơn 8 năm xây dựng, huyện đã có 18 xã đạt "
         "chuẩn.", 18, 2020),
        ("Từ năm 2016, sau gần 5 năm thực hiện, tỷ lệ hộ nghèo của xã còn 2,1%.", 2.1, 2021),
        ("Từ một huyện thuần nông năm 2011, qua 10 năm, giá trị sản xuất công nghiệp đạt 5.200 "
         "tỷ đồng.", 5200, 2021),
    ],
)  # fmt: skip
def test_years_counted_on_from_a_starting_year_in_other_words_reach_the_year_they_end_in(
    text: str, value: float, year: int
) -> None:
    assert period_read(text, value, 2024) == (year, None, None)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Từ năm 2015, qua các năm, xã đã có 19 tiêu chí đạt chuẩn.", 19, (2015, 1, 12)),
        ("Từ năm 2020, sau khi sáp nhập, huyện có 25 xã.", 25, (2020, 1, 12)),
        ("Từ chỗ chỉ có 2 xã đạt chuẩn năm 2012, sau 8 năm xây dựng, huyện đã có 18 xã đạt "
         "chuẩn.", 2, (2012, 1, 12)),
        ("Từ chỗ chỉ có 3 xã đạt chuẩn năm 2011, qua 10 năm, huyện đã có 21 xã đạt chuẩn.", 3,
         (2011, 1, 12)),
    ],
)  # fmt: skip
def test_a_starting_year_with_no_count_after_it_or_with_its_own_level_stays_that_year(
    text: str, value: float, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Tỷ lệ học sinh tốt nghiệp THPT đạt 98,5%, khu vực miền núi đạt 96%.", 96,
         "tỷ lệ học sinh tốt nghiệp thpt khu vực miền núi"),
        ("Tỷ lệ thất nghiệp là 2,1%, khu vực thành thị là 3,2%.", 3.2,
         "tỷ lệ thất nghiệp khu vực thành thị"),
        ("Tỷ lệ hộ dùng nước sạch đạt 95%, khu vực nông thôn đạt 88%.", 88,
         "tỷ lệ hộ dùng nước sạch khu vực nông thôn"),
        ("Tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt 93,5%, riêng khu vực biên giới đạt 98%.",
         98, "tỷ lệ bao phủ bảo hiểm y tế khu vực biên giới"),
        ("Tỷ lệ trẻ em suy dinh dưỡng giảm còn 12%, khu vực vùng cao còn 19%.", 19,
         "tỷ lệ trẻ em suy dinh dưỡng khu vực vùng cao"),
    ],
)  # fmt: skip
def test_a_clause_naming_only_an_area_takes_the_rate_before_it(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value).lower() == expected


@pytest.mark.parametrize(
    ("text", "value", "before"),
    [
        ("Tỷ lệ giải ngân đạt 85%, khu vực tư nhân đạt tỷ lệ 70%.", 70, "tỷ lệ giải ngân"),
        ("Tỷ lệ hộ nghèo còn 3,2%, khu vực nông thôn có 12% hộ cận nghèo.", 12,
         "tỷ lệ hộ nghèo"),
        ("Tỷ lệ hộ nghèo giảm 1,2%, khu vực miền núi số hộ thoát nghèo tăng 15%.", None,
         "tỷ lệ hộ nghèo"),
        ("Khu vực công nghiệp - xây dựng đạt 3.900 tỷ đồng, khu vực dịch vụ đạt 7.700 tỷ "
         "đồng.", 7700, "khu vực công nghiệp"),
    ],
)  # fmt: skip
def test_an_area_with_a_clause_or_a_full_name_of_its_own_does_not_take_the_one_before(
    text: str, value: float | None, before: str
) -> None:
    for figure in extract_figures(text, year=2024):
        if figure.value == value and figure.value != 1.2:
            assert not figure.indicator.lower().startswith(before)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Kim ngạch xuất khẩu tăng 12%\nTrong quý I, toàn tỉnh có 12 doanh nghiệp mới tham gia "
         "xuất khẩu; kim ngạch đạt 300 triệu USD.", None, "%"),
        ("Hà Tĩnh thu hút 5 dự án FDI\nNăm 2023, tổng vốn đăng ký đạt 5 tỷ USD, tăng 20% so với "
         "năm trước.", 5, "dự án"),
        ("Giải ngân đạt 45% kế hoạch vốn\nĐến ngày 30/6, 45 dự án đã giải ngân 1.200 tỷ đồng.",
         None, "%"),
        ("Sản lượng lúa đạt 320.000 tấn\nToàn tỉnh gieo cấy 60.000 ha, năng suất 53 tạ/ha, thu "
         "về 320.000 triệu đồng từ lúa giống.", 320000, "tấn"),
        ("Tỷ lệ che phủ rừng đạt 58%\nNăm 2023, tỉnh trồng mới 58 ha rừng phòng hộ và 1.200 ha "
         "rừng sản xuất.", 58, "%"),
    ],
)  # fmt: skip
def test_a_headline_number_the_body_writes_only_as_another_quantity_is_kept(
    text: str, value: float | None, unit: str
) -> None:
    read = [(f.value, f.unit) for f in extract_figures(text, year=2023)]
    assert (value, unit) in read


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Kim ngạch xuất khẩu tăng 12%\nQuý I, kim ngạch xuất khẩu của tỉnh đạt 300 triệu USD, "
         "tăng 12% so với cùng kỳ.", 300, "triệu usd"),
        ("Hà Tĩnh thu hút 5 dự án FDI\nNăm 2023, tỉnh thu hút 5 dự án FDI với tổng vốn 2 tỷ "
         "USD.", 2, "tỷ usd"),
        ("Tỷ lệ che phủ rừng đạt 58%\nNăm 2023, tỷ lệ che phủ rừng của tỉnh đạt 58%.", 58, "%"),
    ],
)  # fmt: skip
def test_a_headline_number_the_body_writes_again_is_read_once(
    text: str, value: float, unit: str
) -> None:
    read = [(f.value, f.unit) for f in extract_figures(text, year=2023)]
    assert (value, unit) in read
    assert len(read) == len(set(read))
