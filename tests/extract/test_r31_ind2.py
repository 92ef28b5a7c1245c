"""Round 31 (indicator, second helper): names that kept a lead-in or lost a shared act.

- "Ủy ban Kiểm tra các cấp đã kiểm tra, giám sát 33 tổ chức đảng và 26 đảng viên": the
  second count shares the act of the first once the body that acts is set aside
  (shared_acts.py);
- "Tỉnh tổ chức xuống giống đồng loạt, phát huy vai trò của 31 cánh đồng lớn làm mẫu": the
  act clause before the one that states the number is no part of its name
  (lead_clauses.py);
- "Gạo của tỉnh có mặt tại 60 thị trường": a count of the markets goods reach is the export
  markets, not the clause's subject (market_counts.py).
"""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "Trong năm, Thường trực, Ủy ban Kiểm tra Đảng ủy đã kiểm tra, giám sát 27 tổ chức "
            "đảng và 63 đảng viên.",
            63,
            "kiểm tra, giám sát đảng viên",
        ),
        (
            "Riêng Ủy ban Kiểm tra các cấp giám sát chuyên đề 318 tổ chức và 975 đảng viên.",
            975,
            "giám sát chuyên đề đảng viên",
        ),
        (
            "Năm 2024, cấp cơ sở kiểm tra, giám sát 64 tổ chức đảng và 171 đảng viên.",
            171,
            "kiểm tra, giám sát đảng viên",
        ),
        # near misses: a body with no comma, or a bare act, was shared before
        (
            "Ban Thường vụ Huyện ủy, Ủy ban Kiểm tra Huyện ủy đã giám sát, kiểm tra 12 chi bộ "
            "và 58 đảng viên.",
            58,
            "giám sát, kiểm tra đảng viên",
        ),
        (
            "Ủy ban Kiểm tra các cấp đã kiểm tra 312 tổ chức đảng và 1.044 đảng viên.",
            1044,
            "kiểm tra đảng viên",
        ),
        (
            "Huyện đã kiểm tra, giám sát 18 tổ chức đảng và 96 đảng viên.",
            96,
            "kiểm tra, giám sát đảng viên",
        ),
    ],
)
def test_a_second_count_shares_the_act_once_the_acting_body_is_set_aside(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "Huyện tổ chức gieo sạ tập trung đúng lịch, phát huy vai trò của 18 tổ hợp tác "
            "làm dịch vụ.",
            18,
            "phát huy vai trò của tổ hợp tác làm dịch vụ",
        ),
        (
            "Vụ cháy xảy ra tại kho hàng của công ty, gây thiệt hại tài sản ước 3,2 tỷ đồng.",
            3.2,
            "gây thiệt hại tài sản",
        ),
        (
            "Ban Chỉ đạo đã rà soát hồ sơ các địa phương, trình công nhận 9 xã đạt chuẩn "
            "nông thôn mới.",
            9,
            "trình công nhận xã đạt chuẩn nông thôn mới",
        ),
        # near misses: the commas of a listed name, and a short list of acts, stay
        (
            "Giá trị sản xuất nông, lâm nghiệp, thủy sản đạt 4.120 tỷ đồng.",
            4120,
            "Giá trị sản xuất nông, lâm nghiệp, thủy sản",
        ),
        (
            "Công an tỉnh đã điều tra, khám phá 212 vụ phạm pháp hình sự.",
            212,
            "điều tra, khám phá vụ phạm pháp hình sự",
        ),
    ],
)
def test_the_act_clause_before_the_one_that_states_the_number_is_left_out(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "Cà phê của tỉnh có mặt tại 45 thị trường, sản lượng xuất khẩu hơn 90 nghìn tấn.",
            45,
            "thị trường xuất khẩu cà phê",
        ),
        (
            "Hàng hóa của các doanh nghiệp trong tỉnh đã có mặt tại hơn 70 quốc gia và vùng "
            "lãnh thổ.",
            70,
            "thị trường xuất khẩu quốc gia và vùng lãnh thổ",
        ),
        (
            "Năm 2023, hạt điều chế biến trong tỉnh đạt 210 nghìn tấn, đi vào 14 thị trường.",
            14,
            "thị trường xuất khẩu",
        ),
        (
            "Hiện 12 sản phẩm chủ lực của tỉnh đang được xuất khẩu sang 26 nước.",
            26,
            "thị trường xuất khẩu",
        ),
        # near miss: a count of markets with no act that takes goods there keeps its name
        (
            "Tỉnh đã tổ chức xúc tiến thương mại tại 6 thị trường trọng điểm.",
            6,
            "tổ chức xúc tiến thương mại tại thị trường trọng điểm",
        ),
    ],
)
def test_a_count_of_the_markets_goods_reach_is_the_export_markets(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value) == expected
