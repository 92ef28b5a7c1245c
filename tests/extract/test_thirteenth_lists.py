"""Probe sentences for the thirteenth round's helper GN2: a part of a list, named by a
superlative after the whole's rise, rises on the whole's basis."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, name_read


@pytest.mark.parametrize(
    ("text", "basis", "percent"),
    [
        ("Giá trị sản xuất công nghiệp ước tăng 9,2% so với cùng kỳ, cao nhất là ngành chế "
         "biến với 12,4%.", "same_period", 12.4),
        ("Kim ngạch xuất khẩu năm 2023 tăng 15% so với năm trước, trong đó cao nhất là hàng "
         "dệt may với 21,3%.", "previous", 21.3),
        ("Doanh thu dịch vụ lưu trú tăng 11% so với cùng kỳ, thấp nhất là huyện Mường Tè với "
         "2,5%.", "same_period", 2.5),
        ("Sản lượng thủy sản giảm 4,1% so với năm trước, giảm nhiều nhất là tôm nước lợ với "
         "9,8%.", "previous", -9.8),
        ("Vốn đầu tư thực hiện tăng 12,6% so với cùng kỳ; trong đó cao nhất thuộc về khu vực "
         "ngoài nhà nước với 18,2%.", "same_period", 18.2),
    ],
)  # fmt: skip
def test_the_part_a_superlative_names_after_a_rise_rises_on_the_same_basis(
    text: str, basis: str, percent: float
) -> None:
    assert (None, "%", [(basis, "change", percent)]) in comparisons_read(text, 2023)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Tỷ lệ hộ nghèo toàn tỉnh còn 4,2%, cao nhất là huyện Mù Cang Chải với 31,5%.", 31.5),
        ("Thu ngân sách tăng 8% so với cùng kỳ. Tỷ lệ hộ nghèo toàn tỉnh còn 4,2%, cao nhất "
         "là huyện Mù Cang Chải với 31,5%.", 31.5),
        ("Tỷ lệ che phủ rừng toàn tỉnh đạt 58%, cao nhất là huyện Bảo Lạc với 71,2%.", 71.2),
    ],
)  # fmt: skip
def test_the_part_a_superlative_names_after_a_level_is_a_level(text: str, level: float) -> None:
    assert (level, "%", []) in comparisons_read(text, 2023)


@pytest.mark.parametrize(
    ("text", "part", "name"),
    [
        ("Toàn huyện có 1.215 hộ trên 1.530 hộ sử dụng nước sạch, đạt 79,4%.", 1215,
         "hộ sử dụng nước sạch"),
        ("Đến nay đã có 96 xã trên 121 xã hoàn thành tiêu chí giao thông.", 96,
         "xã hoàn thành tiêu chí giao thông"),
        ("Đã cấp giấy chứng nhận cho 45.300 thửa đất trên 52.000 thửa đất cần cấp.", 45300,
         "thửa đất cần cấp"),
        ("Toàn tỉnh có 1.200 hộ trên 15.000 hộ dân tộc thiểu số còn nghèo.", 1200,
         "hộ dân tộc thiểu số còn nghèo"),
    ],
)  # fmt: skip
def test_the_part_of_a_whole_after_trên_is_named_by_the_words_after_the_whole(
    text: str, part: float, name: str
) -> None:
    assert name_read(text, part).endswith(name)


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Toàn huyện có 1.215 hộ trên 1.530 hộ sử dụng nước sạch, đạt 79,4%.", 1215, 1530),
        ("Số học sinh đạt học lực khá, giỏi là 8.412 em trên 11.096 em, chiếm 75,8%.",
         8412, 11096),
        ("Đến nay đã có 96 xã trên 121 xã hoàn thành tiêu chí giao thông.", 96, 121),
        ("Số đảng viên hoàn thành tốt nhiệm vụ là 3.208 người trên 3.650 người được đánh giá.",
         3208, 3650),
        ("Đã cấp giấy chứng nhận cho 45.300 thửa đất trên 52.000 thửa đất cần cấp.",
         45300, 52000),
    ],
)  # fmt: skip
def test_a_count_of_one_unit_after_another_and_trên_is_the_whole_not_a_figure(
    text: str, part: float, whole: float
) -> None:
    values = [value for value, _, _ in comparisons_read(text, 2023)]
    assert part in values
    assert whole not in values


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Năm 2023 tỉnh giải quyết việc làm cho 2.100 lao động, trên 1.800 lao động theo kế "
         "hoạch.", 1800),
        ("Tỉnh có 1.500 lao động, trong đó trên 600 người có việc làm ổn định.", 600),
    ],
)  # fmt: skip
def test_trên_after_a_comma_or_before_another_unit_is_still_a_bound(
    text: str, level: float
) -> None:
    assert level in [value for value, _, _ in comparisons_read(text, 2023)]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Cơ cấu kinh tế chuyển dịch tích cực, dịch vụ tăng nhanh: nông nghiệp chiếm 22%; "
         "công nghiệp 38%; dịch vụ 40%.", 38),
        ("Vốn đầu tư giảm so với năm trước: vốn nhà nước chiếm 31%; vốn ngoài nhà nước 59%; "
         "vốn FDI 10%.", 59),
        ("Lực lượng lao động tăng khá: lao động nông nghiệp còn 45%; lao động công nghiệp "
         "25%; lao động dịch vụ 30%.", 25),
        ("Cơ cấu lao động thay đổi, khu vực dịch vụ tăng mạnh: nông, lâm nghiệp chiếm 41,2%; "
         "công nghiệp, xây dựng 27,5%; dịch vụ 31,3%.", 27.5),
        ("Tổng nguồn vốn tăng so với cùng kỳ: vốn huy động chiếm 82%; vốn vay 15%; vốn khác "
         "3%.", 3),
    ],
)  # fmt: skip
def test_bare_items_after_a_first_item_with_its_own_verb_share_that_verb_not_the_heading(
    text: str, level: float
) -> None:
    assert (level, "%", []) in comparisons_read(text, 2023)


def test_bare_items_after_a_rise_heading_still_rise_when_the_first_item_has_no_verb() -> None:
    text = "Các sản phẩm tăng so với cùng kỳ: xi măng 12%, thép 8,5%, phân bón 3,2%."
    assert (None, "%", [("same_period", "change", 8.5)]) in comparisons_read(text, 2023)
