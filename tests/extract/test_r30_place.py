"""Round 30 (place): a list head that counts its members names the act their items share."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _named(text: str, value: float) -> str:
    for figure in extract_figures(text, year=2024):
        # "đạt 158,18%" of a target is read as a ratio to it: the figure has no value
        if figure.value == value or any(c.percent == value for c in figure.comparisons):
            return figure.indicator
    raise AssertionError(f"no figure {value} in {text!r}")


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "Có 3 đơn vị giải ngân trên 50%: huyện Mường La 53,98%, huyện Sốp Cộp 50,62% "
            "và Sở Tài chính 53,8%.",
            53.98,
            "tỷ lệ giải ngân huyện Mường La",
        ),
        (
            "Có 4 đơn vị giải ngân trên 60%: huyện Tân Phú 72,4%, huyện Định Quán 65,1%, "
            "Sở Y tế 63,8%.",
            65.1,
            "tỷ lệ giải ngân huyện Định Quán",
        ),
        (
            "Sáu tháng, 2 huyện giải ngân trên 70%: huyện Yên Lập 75,2%, huyện Tân Sơn 71%.",
            75.2,
            "tỷ lệ giải ngân huyện Yên Lập",
        ),
    ],
)
def test_items_under_a_count_of_units_clearing_a_rate_are_rates_of_the_act(
    text: str, value: float, indicator: str
) -> None:
    assert _named(text, value) == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "Nhiều đảng bộ kết nạp vượt chỉ tiêu: Công an tỉnh đạt 158,18%, huyện Phú Quý "
            "120,83%, huyện Tuy Phong 110,62%.",
            110.62,
            "kết nạp huyện Tuy Phong",
        ),
        (
            "Sáu tháng đầu năm, có 3 huyện thu ngân sách vượt dự toán: huyện Yên Lập "
            "58,2 tỷ đồng, huyện Tân Sơn 41,5 tỷ đồng.",
            58.2,
            "thu ngân sách huyện Yên Lập",
        ),
        (
            "Năm 2021, thu tiền cho thuê đất 27 tỷ đồng. Ở cấp huyện, chỉ 2/9 đơn vị thu đạt "
            "dự toán là Thới Bình ước 61,1 tỷ đồng và U Minh ước 49 tỷ đồng.",
            61.1,
            "thu Thới Bình",
        ),
        (
            "Năm 2021, thu tiền cho thuê đất 27 tỷ đồng. Ở cấp huyện, chỉ 2/9 đơn vị thu đạt "
            "dự toán là Thới Bình ước 61,1 tỷ đồng và U Minh ước 49 tỷ đồng.",
            49,
            "thu U Minh",
        ),
    ],
)
def test_items_under_a_count_of_units_doing_an_act_are_that_act_for_each(
    text: str, value: float, indicator: str
) -> None:
    assert _named(text, value) == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "Năm 2019, Đảng bộ thành phố đã kết nạp 1.988 đảng viên. Tám đảng bộ đã vượt chỉ "
            "tiêu, lần lượt: huyện Thới Lai 241 đảng viên; Khối Cơ quan Dân Chính Đảng thành "
            "phố 333 đảng viên; quận Thốt Nốt 126 đảng viên.",
            126,
            "kết nạp đảng viên quận Thốt Nốt",
        ),
        (
            "Năm 2019, Đảng bộ thành phố đã kết nạp 1.988 đảng viên. Tám đảng bộ đã vượt chỉ "
            "tiêu, lần lượt: huyện Thới Lai 241 đảng viên; Khối Cơ quan Dân Chính Đảng thành "
            "phố 333 đảng viên; quận Thốt Nốt 126 đảng viên.",
            333,
            "kết nạp đảng viên Khối Cơ quan Dân Chính Đảng thành phố",
        ),
        (
            "Năm 2020, toàn tỉnh kết nạp 1.500 đảng viên. Một số đảng bộ đạt cao: huyện Cư "
            "Jút 120 đảng viên; Khối Doanh nghiệp tỉnh 95 đảng viên; huyện Đắk Mil 90 đảng viên.",
            90,
            "kết nạp đảng viên huyện Đắk Mil",
        ),
    ],
)
def test_a_long_body_name_is_one_item_and_leaves_the_head_to_the_next(
    text: str, value: float, indicator: str
) -> None:
    assert _named(text, value) == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "Có 3 đơn vị giải ngân trên 50%: huyện Mường La 53,98%, huyện Sốp Cộp 50,62% "
            "và Sở Tài chính 53,8%.",
            53.8,
            "tỷ lệ giải ngân Sở Tài chính",
        ),
        (
            "Có 4 đơn vị giải ngân trên 60%: huyện Tân Phú 72,4%, huyện Định Quán 65,1%, "
            "Sở Y tế 63,8%.",
            63.8,
            "tỷ lệ giải ngân Sở Y tế",
        ),
        (
            "Nhiều đảng bộ kết nạp vượt chỉ tiêu: huyện Phú Quý 121%, Công an tỉnh 110%.",
            110,
            "kết nạp Công an tỉnh",
        ),
    ],
)
def test_a_body_named_with_one_capital_is_an_item_of_its_own(
    text: str, value: float, indicator: str
) -> None:
    assert _named(text, value) == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "Năm 2023, năng suất lúa bình quân toàn huyện đạt 62 tạ/ha. "
            "Một số xã đạt cao: xã Tân Hòa 68 tạ/ha, xã Phú Lâm 66,5 tạ/ha.",
            68,
            "năng suất lúa bình quân xã Tân Hòa",
        ),
        (
            "Năm 2023, năng suất lúa bình quân toàn tỉnh đạt 60 tạ/ha. "
            "Nhiều huyện đạt cao: huyện Tháp Mười 66 tạ/ha, huyện Tam Nông 65 tạ/ha.",
            65,
            "năng suất lúa bình quân huyện Tam Nông",
        ),
        (
            "Năm 2023, sản lượng lúa toàn huyện đạt 62.000 tấn. "
            "Một số xã tăng mạnh: xã Tân Hòa 8.000 tấn, xã Phú Lâm 7.500 tấn.",
            8000,
            "sản lượng lúa xã Tân Hòa",
        ),
    ],
)
def test_a_count_that_says_only_how_well_keeps_the_measure_named_before(
    text: str, value: float, indicator: str
) -> None:
    assert _named(text, value) == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        # near misses: a head that is no count of units keeps its own name
        (
            "Thu ngân sách: huyện Yên Lập 58,2 tỷ đồng, huyện Tân Sơn 41,5 tỷ đồng.",
            41.5,
            "Thu ngân sách huyện Tân Sơn",
        ),
        (
            "Doanh thu du lịch các huyện: Sa Pa 520 tỷ đồng, Bắc Hà 96 tỷ đồng.",
            96,
            "Doanh thu du lịch các huyện Bắc Hà",
        ),
        ("Sở Y tế có 120 bác sĩ trong năm 2023.", 120, "bác sĩ"),
    ],
)
def test_near_misses_keep_their_names(text: str, value: float, indicator: str) -> None:
    assert _named(text, value) == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "Quý I/2024, Hà Giang đón 200.000 lượt khách, Lào Cai 500.000 lượt khách.",
            500000,
            "lượt khách du lịch đến Lào Cai",
        ),
        (
            "Năm 2023, Hà Giang đón 2 triệu lượt khách, Lào Cai 5 triệu lượt khách, "
            "Yên Bái 1 triệu lượt khách.",
            1,
            "lượt khách du lịch đến Yên Bái",
        ),
        (
            "Năm 2023, Ninh Bình đón 2 triệu lượt khách, Lào Cai 5 triệu lượt khách.",
            5,
            "lượt khách du lịch đến Lào Cai",
        ),
    ],
)
def test_a_later_place_of_a_visitors_list_is_visited_itself(
    text: str, value: float, indicator: str
) -> None:
    assert _named(text, value) == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "Năm 2023, thu ngân sách huyện Hoành Bồ đạt 500 tỷ đồng, Vàng Danh 120 tỷ đồng.",
            120,
            "thu ngân sách huyện Vàng Danh",
        ),
        (
            "Năm 2023, xuất khẩu sang Hoa Kỳ đạt 500 triệu USD, Lào 120 triệu USD.",
            120,
            "xuất khẩu sang Lào",
        ),
        (
            "Năm 2023, năng suất lúa Hà Nam đạt 60 tạ/ha, Lào Cai 55 tạ/ha.",
            55,
            "năng suất lúa Lào Cai",
        ),
    ],
)
def test_a_name_opening_like_a_list_word_keeps_its_first_syllable(
    text: str, value: float, indicator: str
) -> None:
    assert _named(text, value) == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "Quý I/2016, khu vực công nghiệp và xây dựng tăng 6,72%. Bên trong công nghiệp, "
            "khai khoáng giảm 1,2% trong khi chế biến, chế tạo tăng 7,9%.",
            -1.2,
            "khai khoáng",
        ),
        (
            "Năm 2023, dịch vụ tăng 7%. Bên trong khu vực dịch vụ, bán buôn và bán lẻ tăng 8,1%.",
            8.1,
            "tốc độ tăng bán buôn và bán lẻ",
        ),
        (
            "Năm 2023, công nghiệp tăng 9%. Bên trong ngành công nghiệp, sản xuất và phân phối "
            "điện tăng 12%.",
            12,
            "tốc độ tăng sản xuất và phân phối điện",
        ),
    ],
)
def test_a_fronted_within_scope_is_no_word_of_the_part_named(
    text: str, value: float, indicator: str
) -> None:
    assert _named(text, value) == indicator
