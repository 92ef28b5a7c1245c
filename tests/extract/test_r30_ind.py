"""Round 30 (indicator): where a figure's name stops.

A stretch that "riêng", "trong đó", "chủ yếu do" or "nhờ" opens starts the clause of the
figure after it, so a remark on the figure before ("thấp nhất kể từ năm 2011", "mỗi năm")
is no word of its name (part_stretches.py); the members a count lists after "là", "như",
"gồm" say which things are counted, not what is counted (enumerated_members.py); the first
item of a list of places is of its own place, as the items after it are (first_items.py).
"""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _name(text: str, value: float | None, percent: float | None = None) -> str:
    for figure in extract_figures(text, year=2024):
        if value is not None and figure.value == value:
            return figure.indicator
        if percent is not None and any(
            abs(abs(c.percent) - percent) < 1e-9 for c in figure.comparisons
        ):
            return figure.indicator
    raise AssertionError(f"no figure for {value} / {percent} in {text!r}")


@pytest.mark.parametrize(
    ("text", "value", "percent", "name"),
    [
        (
            "Ngành công nghiệp chỉ tăng 3,85%, thấp nhất kể từ năm 2011, chủ yếu do khai "
            "khoáng chỉ bằng 90% cùng kỳ năm trước.",
            None,
            90,
            "ngành khai khoáng",
        ),
        (
            "Ngành nông nghiệp mang về giá trị trung bình hơn 30.000 tỉ đồng mỗi năm, riêng "
            "trồng trọt đạt trên 26.140 tỉ đồng.",
            26140,
            None,
            "trồng trọt",
        ),
        (
            "So với năm trước, ngành công nghiệp tăng 3,85%, cao nhất từ trước đến nay, riêng "
            "khai khoáng tăng 9%.",
            None,
            9,
            "khai khoáng",
        ),
        (
            "Doanh thu du lịch đạt 500 tỷ đồng mỗi năm, riêng lưu trú đạt 120 tỷ đồng.",
            120,
            None,
            "lưu trú",
        ),
    ],
)
def test_a_part_marker_after_a_remark_opens_the_parts_own_clause(
    text: str, value: float | None, percent: float | None, name: str
) -> None:
    named = _name(text, value, percent)
    assert named.endswith(name)
    assert "," not in named
    assert not named.lower().startswith(("thấp", "cao", "mỗi", "riêng"))


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # a comma inside the name of a sector list is no clause boundary
        (
            "Giá trị sản xuất nông, lâm nghiệp và thủy sản đạt 5.000 tỷ đồng.",
            5000,
            "Giá trị sản xuất nông, lâm nghiệp và thủy sản",
        ),
        # a marker at the head of the words is read where they are split, as before
        (
            "Doanh thu đạt 500 tỷ đồng, trong đó doanh thu lưu trú 100 tỷ đồng.",
            100,
            "doanh thu lưu trú",
        ),
        # no marker: the stretches are read as before
        (
            "Các xã vùng sâu, vùng xa có 120 hộ nghèo.",
            120,
            "hộ nghèo",
        ),
    ],
)
def test_near_misses_keep_their_names(text: str, value: float, name: str) -> None:
    assert name in _name(text, value)


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "Phó Chủ tịch UBND tỉnh đã ký quyết định công nhận 4 xã của huyện Châu Đức là Suối "
            "Rao, Sơn Bình, Bàu Chinh và Đá Bạc đạt chuẩn nông thôn mới năm 2021.",
            4,
            "Suối Rao",
        ),
        (
            "Huyện hoàn thành 14 chỉ tiêu, còn 2 chỉ tiêu chưa đạt là thu ngân sách và tỷ lệ "
            "lao động qua đào tạo.",
            2,
            "thu ngân sách",
        ),
        (
            "Ngoài các tiêu chí cũ, xã kiểu mẫu phải nâng cao 12 tiêu chí như giao thông, điện, "
            "trường học, thu nhập, hộ nghèo.",
            12,
            "giao thông",
        ),
        (
            "Kỳ họp đã thông qua 12 nghị quyết quan trọng như nghị quyết về giá đất, về đầu "
            "tư công.",
            12,
            "giá đất",
        ),
        (
            "Hội nghị đã biểu quyết thông qua 07 nghị quyết gồm nghị quyết về dự toán ngân sách "
            "và nghị quyết về đầu tư công.",
            7,
            "dự toán",
        ),
        (
            "Năm 2023, huyện có 5 xã đạt chuẩn nông thôn mới nâng cao là Tân Phú, Tân Hòa và "
            "Phú Lộc.",
            5,
            "Tân Phú",
        ),
        (
            "Tỉnh có 2 xã đạt chuẩn nông thôn mới nâng cao là Phước Hậu (Cần Giuộc) và Hòa Phú "
            "(Châu Thành).",
            2,
            "Phước Hậu",
        ),
        (
            "Năm 2024, huyện có 1 xã đạt chuẩn nông thôn mới nâng cao là xã Tân Phú.",
            1,
            "Tân Phú",
        ),
    ],
)
def test_the_members_a_count_lists_are_no_words_of_its_name(
    text: str, value: float, name: str
) -> None:
    named = _name(text, value)
    assert name not in named
    assert named


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # people "là" sorts into a class keep the class
        (
            "Trong số đảng viên mới có 45 người là trưởng, phó các ngành, đoàn thể thôn.",
            45,
            "trưởng, phó các ngành",
        ),
        (
            "Năm nay kết nạp 20 đảng viên, trong đó 14 đảng viên là học sinh, sinh viên.",
            14,
            "học sinh",
        ),
        # places after "là" that each have an amount of their own are items of a list,
        # named by their places, not members of the count
        (
            "Ở cấp huyện, chỉ 2/9 đơn vị thu ngân sách đạt dự toán là Thới Bình ước 61,1 tỷ "
            "đồng và U Minh ước 49 tỷ đồng.",
            49,
            "U Minh",
        ),
    ],
)
def test_a_class_of_people_or_a_place_with_its_own_amount_stays(
    text: str, value: float, name: str
) -> None:
    assert name in _name(text, value)


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        (
            "Tổng doanh thu du lịch quý I đạt gần 890 tỷ đồng. Sa Pa vẫn là điểm đến hút khách "
            "nhất với 133.864 lượt, tiếp đến là Bắc Hà với 27.015 lượt.",
            133864,
            "Sa Pa",
        ),
        (
            "Ban Thường vụ Tỉnh ủy giao chỉ tiêu phát triển 1.905 đảng viên mới. Cụ thể, Đảng bộ "
            "TP. Tam Kỳ được giao 150 đảng viên mới; Hội An 110; Điện Bàn 120.",
            150,
            "Tam Kỳ",
        ),
        (
            "Mô hình cánh đồng chất lượng cao được triển khai trên 1.261 ha, lần lượt ở Tánh Linh "
            "1.000 ha, Đức Linh 161 ha và Tuy Phong 100 ha.",
            1000,
            "Tánh Linh",
        ),
        (
            "Ở cấp huyện, chỉ 2/9 đơn vị thu ngân sách đạt dự toán là Thới Bình ước 61,1 tỷ "
            "đồng và U Minh ước 49 tỷ đồng.",
            61.1,
            "Thới Bình",
        ),
    ],
)
def test_the_first_item_of_a_list_of_places_is_of_its_place(
    text: str, value: float, place: str
) -> None:
    named = _name(text, value)
    assert named.endswith(place)
    assert " là " not in f" {named} "


@pytest.mark.parametrize(
    ("text", "value", "absent"),
    [
        # the whole of the list, said of the province, is no item of it
        (
            "Vụ Hè Thu năm 2016 toàn tỉnh Quảng Bình gieo trồng 31.094,2 ha; trong đó Minh Hóa "
            "2.000 ha, Tuyên Hóa 1.500 ha.",
            31094.2,
            "Quảng Bình",
        ),
        # a capital at the head of a sentence names no place
        (
            "Năm 2020 có 2.801 người đi làm việc ở nước ngoài. Riêng lao động xuất khẩu theo hợp "
            "đồng đạt 1.762 người, chủ yếu sang Nhật Bản (917 người), Đài Loan (647 người).",
            1762,
            "Riêng",
        ),
        # a first item named with its place already keeps it once
        (
            "Năm 2023, toàn Đảng bộ đã kết nạp 139 đảng viên. Các đảng bộ kết nạp nhiều nhất là "
            "Trường Cao đẳng Hải Dương với 28 đảng viên, Công ty CP Kinh doanh nước sạch 21 "
            "đảng viên.",
            28,
            "Hải Dương Trường",
        ),
    ],
)
def test_a_whole_or_a_named_first_item_is_left_as_it_was(
    text: str, value: float, absent: str
) -> None:
    assert absent not in _name(text, value)
