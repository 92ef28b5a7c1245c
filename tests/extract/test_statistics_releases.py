"""Constructions of provincial statistics releases ("tình hình kinh tế - xã hội" of the
Cục Thống kê): units of transport work and the items of a list that share one basis."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luân chuyển hành khách 6 tháng đầu năm 2024 ước đạt 1.250 triệu lượt khách.km, "
         "tăng 10,5% so với cùng kỳ.",
         [(1250, "triệu lượt khách.km", [("same_period", "change", 10.5)])]),
        ("Khối lượng hàng hóa luân chuyển tháng 6/2024 đạt 420,5 triệu tấn.km, tăng 8,2% "
         "so với cùng kỳ năm trước.",
         [(420.5, "triệu tấn.km", [("same_period", "change", 8.2)])]),
        ("Luân chuyển hàng hóa quý II năm 2024 ước đạt 85,6 nghìn tấn. km, giảm 2,1% so "
         "với quý trước.",
         [(85.6, "nghìn tấn.km", [("previous", "change", -2.1)])]),
        ("Số lượt hành khách luân chuyển năm 2023 đạt 3.520 triệu người.km, tăng 12,1% so "
         "với năm 2022.",
         [(3520, "triệu người.km", [("previous", "change", 12.1)])]),
        ("Vận tải hành khách tháng 5/2024 đạt 2,1 triệu HK, luân chuyển 145 triệu HK.km.",
         [(2.1, "triệu hk", []), (145, "triệu hk.km", [])]),
        ("Vận tải hành khách năm 2023 đạt 3,2 triệu hành khách, tăng 11,2% so với năm 2022.",
         [(3.2, "triệu hành khách", [("previous", "change", 11.2)])]),
        # near misses: a sentence that ends after the unit, and a length in km
        ("Vận tải hàng hóa năm 2023 đạt 3,5 triệu tấn. Km 12 quốc lộ 14 được nâng cấp.",
         [(3.5, "triệu tấn", [])]),
        ("Năm 2023, toàn tỉnh làm mới 12 km. Đường giao thông nông thôn đạt 85%.",
         [(12, "km", []), (85, "%", [])]),
    ],
)  # fmt: skip
def test_a_unit_of_transport_work_keeps_its_km_and_the_rise_after_it(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diện tích lúa đạt 101,2% kế hoạch, ngô đạt 97,5%, rau các loại 104,3%.",
         [(None, "%", [("plan", "ratio", 101.2)]), (None, "%", [("plan", "ratio", 97.5)]),
          (None, "%", [("plan", "ratio", 104.3)])]),
        ("Diện tích gieo trồng lúa đạt 100,5% kế hoạch, diện tích ngô 96,2%, diện tích lạc "
         "92,1%.",
         [(None, "%", [("plan", "ratio", 100.5)]), (None, "%", [("plan", "ratio", 96.2)]),
          (None, "%", [("plan", "ratio", 92.1)])]),
        ("Sản lượng lúa bằng 102,4% kế hoạch năm, sản lượng ngô 98,1%.",
         [(None, "%", [("plan", "ratio", 102.4)]), (None, "%", [("plan", "ratio", 98.1)])]),
        ("Lũy kế 6 tháng đầu năm 2024, thu ngân sách đạt 56,2% dự toán, chi ngân sách 47,3%.",
         [(None, "%", [("budget", "ratio", 56.2)]), (None, "%", [("budget", "ratio", 47.3)])]),
        ("Đàn lợn đạt 102,1% kế hoạch năm, đàn gia cầm 98,8%, đàn bò 95,4%.",
         [(None, "%", [("plan", "ratio", 102.1)]), (None, "%", [("plan", "ratio", 98.8)]),
          (None, "%", [("plan", "ratio", 95.4)])]),
        ("Số lao động được giải quyết việc làm đạt 52,1% kế hoạch năm, số người được đào tạo "
         "nghề 48,5%.",
         [(None, "%", [("plan", "ratio", 52.1)]), (None, "%", [("plan", "ratio", 48.5)])]),
        # near misses: rates listed after the share, a share said of a level, a clause of
        # another kind
        ("Diện tích lúa đạt 101% kế hoạch, độ che phủ rừng đạt 42%.",
         [(None, "%", [("plan", "ratio", 101)]), (42, "%", [])]),
        ("Thu ngân sách đạt 56,2% dự toán, tốc độ tăng trưởng kinh tế 7,5%.",
         [(None, "%", [("budget", "ratio", 56.2)]), (7.5, "%", [])]),
        ("Diện tích lúa đạt 12.300 ha, bằng 101% kế hoạch, ngô 97%.",
         [(12300, "ha", [("plan", "ratio", 101)]), (97, "%", [])]),
        ("Sản lượng lúa đạt 102% kế hoạch; trong khi đó tỷ lệ cơ giới hóa 75%.",
         [(None, "%", [("plan", "ratio", 102)]), (75, "%", [])]),
    ],
)  # fmt: skip
def test_items_after_a_share_of_a_plan_share_its_basis_when_they_name_amounts(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỷ lệ lao động qua đào tạo đạt 70,2%, tăng 0,8 điểm % so với cùng kỳ năm trước.",
         [(70.2, "%", [("same_period", "change", 0.8)])]),
        ("Tỷ lệ thất nghiệp khu vực thành thị quý II ước 3,1%, giảm 0,2 điểm % so với quý "
         "trước.",
         [(3.1, "%", [("previous", "change", -0.2)])]),
        ("Tỷ trọng công nghiệp - xây dựng trong GRDP chiếm 38,5%, tăng 1,1 điểm% so với năm "
         "2023.",
         [(38.5, "%", [("previous", "change", 1.1)])]),
        # near misses: a gap against the growth of the whole ranks, and states no change
        ("Khu vực dịch vụ tăng 7,5%, cao hơn 1,2 điểm % so với mức tăng chung.",
         [(None, "%", [("same_period", "change", 7.5)])]),
        ("Tỷ lệ hộ nghèo còn 2,3%, giảm 1,2 điểm %.",
         [(2.3, "%", [])]),
    ],
)  # fmt: skip
def test_a_gap_written_in_diem_percent_is_the_rate_s_change_like_diem_phan_tram(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chỉ số giá vàng tháng 6/2024 tăng 2,1% so với tháng trước; chỉ số giá đô la Mỹ "
         "giảm 0,4%.",
         [(None, "%", [("previous", "change", 2.1)]), (None, "%", [("previous", "change", -0.4)])]),
        ("CPI tháng 6/2024 tăng 0,3% so với tháng trước; chỉ số giá nhóm giao thông giảm 1,2%.",
         [(None, "%", [("previous", "change", 0.3)]), (None, "%", [("previous", "change", -1.2)])]),
        ("Chỉ số giá nhóm giáo dục tăng 2,1% so với tháng trước; chỉ số giá nhóm may mặc tăng "
         "0,4%.",
         [(None, "%", [("previous", "change", 2.1)]), (None, "%", [("previous", "change", 0.4)])]),
        ("Giá vàng tăng 2,1% so với tháng trước, chỉ số giá đô la Mỹ giảm 0,4%.",
         [(None, "%", [("previous", "change", 2.1)]), (None, "%", [("previous", "change", -0.4)])]),
        # an index with no move stated before it, in a text that names no basis of a rise,
        # rises at a rate of growth, a level (since the twenty-ninth round,
        # test_r29_rise.py; before, a change on the year before); near miss: a rate aimed at
        ("Năm 2023, chỉ số giá bình quân năm tăng 6,16%.", [(6.16, "%", [])]),
        ("Năm 2024, GRDP tăng 7% so với năm 2023; tỷ lệ hộ nghèo giảm 1,2%.",
         [(None, "%", [("previous", "change", 7)]), (1.2, "%", [])]),
    ],
)  # fmt: skip
def test_a_price_index_listed_after_a_move_against_a_basis_moves_against_it_too(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected
