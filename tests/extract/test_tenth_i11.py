"""Probe sentences for the tenth round's second indicator helper (i11): what a figure's
name is when the passage names its measure once, before the parts that share it."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read


@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        ("Quý I, chỉ số sản xuất toàn ngành công nghiệp của tỉnh giảm 1,1%. So với cùng kỳ, "
         "ngành khai khoáng giảm 14,9%; chế biến, chế tạo giảm 2%.", -14.9,
         "chỉ số sản xuất ngành khai khoáng"),
        ("Chỉ số sản xuất công nghiệp (IIP) tháng 5 tăng 3,2% so với tháng trước; lũy kế 5 "
         "tháng tăng 6,1% so với cùng kỳ, nhờ khai khoáng tăng 12,4% và chế biến, chế tạo "
         "tăng 5,8%.", 12.4, "chỉ số sản xuất ngành khai khoáng"),
        ("Giá trị sản xuất công nghiệp 6 tháng ước đạt 120 nghìn tỷ đồng. Theo ngành, chế "
         "biến, chế tạo tăng 8%; sản xuất, phân phối điện tăng 4%; riêng khai khoáng giảm "
         "2,5% so cùng kỳ.", -2.5, "giá trị sản xuất ngành khai khoáng"),
        ("Chỉ số sản xuất công nghiệp 9 tháng tăng 7,4% so với cùng kỳ. Ở chiều ngược lại, "
         "ngành khai khoáng giảm 3,3%.", -3.3, "chỉ số sản xuất ngành khai khoáng"),
        ("Giá trị sản xuất công nghiệp quý II tăng 9% so với cùng kỳ. Đóng góp nhiều nhất "
         "là công nghiệp chế biến, chế tạo tăng 10,2%.", 10.2,
         "giá trị sản xuất công nghiệp chế biến, chế tạo"),
    ],
)  # fmt: skip
def test_a_branch_of_industry_rises_in_the_index_or_value_of_production_said_before_it(
    text: str, percent: float, expected: str
) -> None:
    assert name_read(text, None, percent).lower() == expected


@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        ("Tổng sản phẩm trên địa bàn (GRDP) tăng 6,2%. So với cùng kỳ, công nghiệp chế biến, "
         "chế tạo tăng 9,1%.", 9.1, "công nghiệp chế biến, chế tạo"),
        ("Chỉ số sản xuất công nghiệp tăng 5%. Doanh thu bán lẻ hàng hóa tăng 10%, riêng khai "
         "khoáng giảm 3%.", -3.0, "khai khoáng"),
    ],
)  # fmt: skip
def test_a_branch_after_another_measure_is_not_named_in_the_index_of_production(
    text: str, percent: float, expected: str
) -> None:
    assert not name_read(text, None, percent).lower().startswith(("chỉ số", "giá trị"))


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Tốc độ tăng tổng sản phẩm (GDP) ước 7,1%, chưa tới mức kế hoạch 7,2 - 7,5%.", 7.2,
         "kế hoạch tốc độ tăng tổng sản phẩm (gdp)"),
        ("Tốc độ tăng trưởng giá trị sản phẩm đạt 9,26%, vượt mức kế hoạch là 9%.", 9.0,
         "kế hoạch tốc độ tăng trưởng giá trị sản phẩm"),
        ("Năm 2023, thu ngân sách ước 213,7 tỷ đồng, còn xa mức kế hoạch 384 tỷ đồng.", 384.0,
         "kế hoạch thu ngân sách"),
        ("Năm 2022, thu ngân sách trên địa bàn đạt 9.450 tỷ đồng, vượt xa mức kế hoạch "
         "7.966 tỷ đồng.", 7966.0, "kế hoạch thu ngân sách trên địa bàn"),
        ("Năm 2024, sản lượng lương thực đạt 412.000 tấn, thấp hơn mức chỉ tiêu đề ra là "
         "420.000 tấn.", 420000.0, "chỉ tiêu sản lượng lương thực"),
    ],
)  # fmt: skip
def test_the_plan_a_figure_is_measured_against_is_a_level_of_the_same_measure(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value).lower() == expected


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Năm 2019, tỉnh đưa 400 lao động đi làm việc ở nước ngoài, trong đó thị trường Nhật "
         "Bản 240 người, Hàn Quốc 70 người.", 240.0, "nhật bản"),
        ("Năm 2019, tỉnh đưa 400 lao động đi làm việc ở nước ngoài, trong đó thị trường Nhật "
         "Bản 240 người, Hàn Quốc 70 người.", 70.0, "hàn quốc"),
        ("Số lao động đi làm việc ở nước ngoài đạt 5.075 người, bằng 84,6% kế hoạch, trong đó "
         "thị trường Đài Loan 2.150 lao động, Nhật Bản 1.913 lao động.", 2150.0, "đài loan"),
        ("Số lao động đi làm việc ở nước ngoài đạt 5.075 người, bằng 84,6% kế hoạch, trong đó "
         "thị trường Đài Loan 2.150 lao động, Nhật Bản 1.913 lao động.", 1913.0, "nhật bản"),
        ("Năm 2023, toàn tỉnh có 1.250 người đi làm việc ở nước ngoài, trong đó sang Nhật Bản "
         "700 người và Hàn Quốc 300 người.", 300.0, "hàn quốc"),
    ],
)  # fmt: skip
def test_a_count_broken_down_by_market_names_each_part_in_the_whole_count(
    text: str, value: float, place: str
) -> None:
    named = name_read(text, value).lower()
    assert "lao động" in named or "người" in named
    assert "đi làm việc ở nước ngoài" in named and named.endswith(place)


_ADMITTED = "Năm 2022, Đảng bộ Khối đã kết nạp 139 đảng viên. "


@pytest.mark.parametrize(
    ("text", "value", "measure", "one"),
    [
        (_ADMITTED + "Các đảng bộ kết nạp nhiều nhất là Trường Cao đẳng Hải Dương với 28 đảng "
         "viên, Công ty CP Kinh doanh nước sạch Hải Dương 21 đảng viên.", 21.0,
         "kết nạp đảng viên", "công ty cp kinh doanh nước sạch hải dương"),
        ("Đợt này toàn huyện có 195 đảng viên được nhận huy hiệu. Xã Yên Sơn có nhiều đảng "
         "viên được nhận nhất với 15 người, tiếp đến là xã Lạc Sơn với 13 người.", 13.0,
         "đảng viên được nhận", "xã lạc sơn"),
        ("Về tăng trưởng kinh tế, huyện Cư Kuin cao nhất với 12,89%, tiếp đến Krông Bông "
         "10,87%, Ea Kar 10,29%.", 10.87, "tăng trưởng kinh tế", "krông bông"),
        ("Năm 2023, thu ngân sách nhà nước trên địa bàn cao nhất là Ea Kar với 153 tỷ đồng, "
         "Cư Kuin đạt 131 tỷ đồng.", 131.0, "thu ngân sách nhà nước trên địa bàn", "cư kuin"),
        ("Quý I, tỉnh đón 397.410 lượt khách. Sa Pa vẫn là điểm đến hút khách nhất với "
         "133.864 lượt khách, tiếp đến là Bắc Hà với 27.015 lượt khách.", 27015.0,
         "lượt khách", "bắc hà"),
    ],
)  # fmt: skip
def test_the_items_after_the_first_of_a_ranking_are_named_in_its_measure(
    text: str, value: float, measure: str, one: str
) -> None:
    named = name_read(text, value).lower()
    assert named.startswith(measure) and named.endswith(one)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Tỷ lệ hộ nghèo năm 2010 là 22,8%, sau đó giảm lần lượt còn 18,22% (năm 2011), "
         "14,51% (năm 2012).", 14.51, "tỷ lệ hộ nghèo"),
        ("Tỷ lệ che phủ rừng năm 2015 đạt 40%, sau đó tăng dần lên 42% vào năm 2018.", 42.0,
         "tỷ lệ che phủ rừng"),
        ("Dư nợ tín dụng năm 2020 đạt 5.000 tỷ đồng, rồi tiếp tục tăng lên 6.200 tỷ đồng vào "
         "năm 2022.", 6200.0, "dư nợ tín dụng"),
        ("Tỷ lệ thất nghiệp năm 2021 là 3,2%, sau đó giảm xuống còn 2,5% vào năm 2022.", 2.5,
         "tỷ lệ thất nghiệp"),
        ("Năm 2019, tỷ lệ trẻ em suy dinh dưỡng là 15%, sau đó lần lượt giảm còn 13,5% (năm "
         "2020) và 12% (năm 2021).", 12.0, "tỷ lệ trẻ em suy dinh dưỡng"),
    ],
)  # fmt: skip
def test_a_clause_that_goes_on_with_no_subject_is_a_later_level_of_the_measure_before(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value).lower() == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Năm 2024, tăng trưởng của tỉnh chỉ đạt 4,07%, thấp hơn mức 8,02% của cả nước.", 8.02,
         "tăng trưởng cả nước"),
        ("GRDP 9 tháng tăng 6,92% so với cùng kỳ, cao hơn mức tăng chung của cả nước (4,24%).",
         4.24, "mức tăng grdp của cả nước"),
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "GRDP của tỉnh năm 2024 ước tăng khoảng 7,38%, vượt mức chung của cả nước (khoảng "
         "7%).", 7.0, "grdp của cả nước"),
        ("Năm 2023, tỷ lệ hộ nghèo của tỉnh còn 3,5%, thấp hơn mức bình quân cả nước là 4,2%.",
         4.2, "tỷ lệ hộ nghèo cả nước"),
    ],
)  # fmt: skip
def test_the_level_of_the_whole_country_a_figure_is_compared_with_is_of_its_measure(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value).lower() == expected
