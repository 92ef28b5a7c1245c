"""Probe sentences for the eleventh round's indicator helper (I): what a figure's name is
when its clause names only what sets it apart from the figure before it."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Công suất sử dụng giường bệnh tuyến tỉnh là 127,8%, tuyến huyện là 117%.", 117.0,
         "công suất sử dụng giường bệnh tuyến huyện"),
        ("Tỷ lệ tiêm vắc-xin mũi 1 đạt 98%, mũi 2 đạt 95%.", 95.0, "tỷ lệ tiêm vắc-xin mũi 2"),
        ("Tỷ lệ hộ nghèo giảm 1,5%, riêng các huyện nghèo giảm 4%.", 4.0,
         "tỷ lệ hộ nghèo các huyện nghèo"),
        ("Năm 2021, tỷ lệ hộ nghèo giảm 2%, riêng các xã đặc biệt khó khăn giảm 5%.", 5.0,
         "tỷ lệ hộ nghèo các xã đặc biệt khó khăn"),
        ("Năm 2020, tỷ lệ hộ nghèo toàn tỉnh giảm 3%; hai huyện phấn đấu giảm trên 6,5%.", 6.5,
         "tỷ lệ hộ nghèo hai huyện"),
        ("Tỷ lệ trẻ em được tiêm chủng đầy đủ ở khu vực thành thị đạt 98%, khu vực nông thôn "
         "đạt 95%.", 95.0, "tỷ lệ trẻ em được tiêm chủng đầy đủ ở khu vực nông thôn"),
        ("Tỷ lệ hộ nghèo giảm 2%, riêng các huyện, xã nghèo giảm trên 6%.", 6.0,
         "tỷ lệ hộ nghèo các huyện, xã nghèo"),
    ],
)  # fmt: skip
def test_an_item_naming_only_its_tier_dose_or_places_takes_the_measure_before_it(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value).lower() == expected


_GDP = (
    "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
    "Tổng sản phẩm trong nước (GDP) quý I tăng 6,03%. "
)
_GRDP = "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng tăng 7,2% so với cùng kỳ, trong đó "


@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        (_GDP + "Theo khu vực, nông - lâm nghiệp tăng 2,14%; công nghiệp - xây dựng tăng 8,35%; "
         "dịch vụ tăng 5,82%.", 5.82, "khu vực dịch vụ"),
        (_GDP + "Theo khu vực, nông - lâm nghiệp tăng 2,14%; công nghiệp - xây dựng tăng 8,35%; "
         "dịch vụ tăng 5,82%.", 2.14, "khu vực nông - lâm nghiệp"),
        (_GRDP + "khu vực nông, lâm nghiệp, thủy sản tăng 3,1%; công nghiệp - xây dựng tăng 9,4%; "
         "dịch vụ tăng 6,14%.", 9.4, "khu vực công nghiệp - xây dựng"),
        (_GRDP + "khu vực nông, lâm nghiệp, thủy sản tăng 3,1%; công nghiệp - xây dựng tăng 9,4%; "
         "dịch vụ tăng 6,14%.", 6.14, "khu vực dịch vụ"),
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "Tổng sản phẩm trong tỉnh năm 2023 tăng 8,1%; trong đó nông, lâm nghiệp và thủy sản "
         "tăng 2,5%, công nghiệp và xây dựng tăng 12,3%, dịch vụ tăng 7,9%.", 12.3,
         "khu vực công nghiệp và xây dựng"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Tổng sản phẩm 6 tháng năm 2013 tăng 5,4%, trong đó khu vực nông, lâm, ngư nghiệp tăng "
         "2,1%, công nghiệp - xây dựng tăng 4,8%, thương mại - dịch vụ tăng 7,6%.", 7.6,
         "khu vực thương mại - dịch vụ"),
    ],
)  # fmt: skip
def test_a_sector_of_the_economy_under_the_gross_product_is_named_as_its_sector(
    text: str, percent: float, expected: str
) -> None:
    assert name_read(text, None, percent).lower() == expected


@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        ("Thu ngân sách nhà nước tăng 3,5%. Ở nông nghiệp, so cùng kỳ, sản lượng lúa tăng 2,1%.",
         2.1, "sản lượng lúa"),
        ("Trong khu vực nông, lâm nghiệp và thủy sản, so với cùng kỳ năm trước, nông nghiệp tăng "
         "1,38%.", 1.38, "nông nghiệp"),
        ("Về thương mại, so với cùng kỳ, tổng mức bán lẻ hàng hóa tăng 12,5%.", 12.5,
         "tổng mức bán lẻ hàng hóa"),
        ("Ở lĩnh vực công nghiệp, so với cùng kỳ năm 2022, chỉ số sản xuất công nghiệp tăng 7,2%.",
         7.2, "chỉ số sản xuất công nghiệp"),
        ("Tại thành phố, so với tháng trước, chỉ số giá tiêu dùng giảm 0,3%.", -0.3,
         "chỉ số giá tiêu dùng"),
        ("Ở khu vực dịch vụ, so với cùng kỳ, doanh thu du lịch tăng 20%.", 20.0,
         "doanh thu du lịch"),
    ],
)  # fmt: skip
def test_a_subject_after_a_fronted_comparison_is_the_figures_not_the_topic_before_it(
    text: str, percent: float, expected: str
) -> None:
    assert name_read(text, None, percent).lower() == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Năm 2023, tốc độ tăng trưởng GRDP đạt 9,4% (KH tăng 10 - 11%).", 10.0,
         "kế hoạch tốc độ tăng trưởng grdp"),
        ("Năm 2023, tỷ lệ hộ nghèo đa chiều giảm 1,72% (KH giảm 1,5 - 2%).", 1.5,
         "kế hoạch tỷ lệ hộ nghèo đa chiều"),
        ("Năm 2023, tỷ lệ đô thị hóa tăng 1,1% (KH tăng trên 1%).", 1.0,
         "kế hoạch tỷ lệ đô thị hóa"),
        ("Năm 2023, tỷ lệ lao động qua đào tạo tăng 2,5% (KH tăng 2%).", 2.0,
         "kế hoạch tỷ lệ lao động qua đào tạo"),
        ("Năm 2023, tỷ lệ hộ cận nghèo giảm 1,2% (KH giảm 1%).", 1.0,
         "kế hoạch tỷ lệ hộ cận nghèo"),
    ],
)  # fmt: skip
def test_a_plan_in_parentheses_said_as_its_change_is_the_plan_of_the_rate_before_it(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value).lower() == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Số giường bệnh đạt 28 giường trên một vạn dân và tỷ lệ dân số tham gia bảo hiểm y tế "
         "đạt 90,7%.", 90.7, "tỷ lệ dân số tham gia bảo hiểm y tế"),
        ("Toàn huyện có 12 trường đạt chuẩn quốc gia và tỷ lệ học sinh đi học đúng độ tuổi đạt "
         "99%.", 12.0, "trường đạt chuẩn quốc gia"),
        ("Năm 2023, tỉnh kết nạp 1.200 đảng viên mới và số tổ chức cơ sở đảng hoàn thành tốt "
         "nhiệm vụ là 320 tổ chức.", 320.0, "số tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"),
        ("Huyện có 15 xã đạt chuẩn nông thôn mới và thu nhập bình quân đầu người đạt 45 triệu "
         "đồng.", 45.0, "thu nhập bình quân đầu người"),
        ("Toàn tỉnh giải quyết việc làm cho 25.000 lao động trong nước và số lao động đi làm việc "
         "ở nước ngoài là 3.500 người.", 3500.0, "số lao động đi làm việc ở nước ngoài"),
        ("Tỉnh có 1.500 cơ sở lưu trú đang hoạt động và công suất sử dụng phòng bình quân đạt "
         "65%.", 65.0, "công suất sử dụng phòng bình quân"),
    ],
)  # fmt: skip
def test_and_before_a_subject_with_its_own_verb_ends_the_words_counted_before_it(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value).lower() == expected
