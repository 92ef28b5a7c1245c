"""Comparisons read from a sentence's structure: a share that restates the difference
before it, a basis stated once for a list of items, a heading's basis over verbless items,
and thresholds inside a noun phrase that are no figures."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diện tích lúa năm 2024 đạt 12.300 ha, giảm 450 ha, tương đương 3,5% so với cùng "
         "kỳ.",
         [(12300, "ha", [("same_period", "change", -3.5)])]),
        ("Sản lượng thủy sản năm 2023 đạt 45.000 tấn, tăng 2.300 tấn, tương ứng 5,4% so "
         "với năm trước.",
         [(45000, "tấn", [("previous", "change", 5.4)])]),
        ("Năm 2024, chi ngân sách địa phương là 3.420 tỷ đồng, giảm 210 tỷ đồng so với năm "
         "2023, tương ứng 5,8%.",
         [(3420, "tỷ đồng", [("previous", "change", -5.8)])]),
        ("Doanh thu du lịch 6 tháng đầu năm 2024 đạt 2.450 tỷ đồng, tăng 380 tỷ đồng, tức "
         "18,4% so với cùng kỳ năm trước.",
         [(2450, "tỷ đồng", [("same_period", "change", 18.4)])]),
        ("Năm 2023, tổng thu ngân sách đạt 1.200 tỷ đồng, bằng 104% dự toán, tăng 50 tỷ "
         "đồng, tương ứng 4,3% so với năm 2022.",
         [(1200, "tỷ đồng", [("budget", "ratio", 104), ("previous", "change", 4.3)])]),
        ("Năm 2023, số hộ nghèo giảm 640 hộ, tương ứng 22,9% so với năm 2022.",
         [(None, "%", [("previous", "change", -22.9)])]),
        # near misses: a share of the plan after a level, and a count that is no difference
        ("Năm 2023, tổng thu ngân sách đạt 1.200 tỷ đồng, tương đương 104% dự toán.",
         [(1200, "tỷ đồng", [("budget", "ratio", 104)])]),
        ("Sau sắp xếp, toàn tỉnh giảm 59 đơn vị hành chính cấp xã, tương đương 28,1%.",
         [(59, "đơn vị", []), (28.1, "%", [])]),
    ],
)  # fmt: skip
def test_a_share_joined_by_tuong_ung_to_a_difference_is_that_difference_as_a_rise(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, thu ngân sách đạt 108% dự toán, chi ngân sách đạt 96%, giải ngân vốn "
         "đầu tư công đạt 91%.",
         [(None, "%", [("budget", "ratio", 108)]), (None, "%", [("budget", "ratio", 96)]),
          (None, "%", [("budget", "ratio", 91)])]),
        ("Năm 2023, tổng thu ngân sách đạt 4.500 tỷ đồng, bằng 108% dự toán, trong đó thu "
         "nội địa bằng 112%.",
         [(4500, "tỷ đồng", [("budget", "ratio", 108)]),
          (None, "%", [("budget", "ratio", 112)])]),
        ("Năm 2024, doanh thu dịch vụ lưu trú đạt 102% kế hoạch, doanh thu lữ hành đạt 97%, "
         "kim ngạch xuất khẩu đạt 110%.",
         [(None, "%", [("plan", "ratio", 102)]), (None, "%", [("plan", "ratio", 97)]),
          (None, "%", [("plan", "ratio", 110)])]),
        ("Năm 2022, giải ngân vốn đầu tư công đạt 88% kế hoạch, trong đó vốn tỉnh bằng 92%, "
         "vốn trung ương bằng 81%.",
         [(None, "%", [("plan", "ratio", 88)]), (None, "%", [("plan", "ratio", 92)]),
          (None, "%", [("plan", "ratio", 81)])]),
        # near misses: a rate keeps its level, and so does an item with no basis before it
        ("Năm 2023, thu ngân sách đạt 108% dự toán, tỷ lệ hộ nghèo giảm còn 2,1%, tỷ lệ che "
         "phủ rừng đạt 42%.",
         [(None, "%", [("budget", "ratio", 108)]), (2.1, "%", []), (42, "%", [])]),
        ("Năm 2023, thu ngân sách đạt 108% dự toán, bảo hiểm y tế đạt 92%.",
         [(None, "%", [("budget", "ratio", 108)]), (92, "%", [])]),
        ("Năm 2023, thu ngân sách đạt 108% dự toán; tỷ lệ giải ngân vốn đầu tư công đạt "
         "96%.",
         [(None, "%", [("budget", "ratio", 108)]), (96, "%", [])]),
        ("Năm 2023, kim ngạch xuất khẩu đạt 1,2 tỷ USD, tăng 12% so với năm trước; giá trị "
         "sản xuất công nghiệp đạt 98%.",
         [(1.2, "tỷ usd", [("previous", "change", 12)]), (98, "%", [])]),
    ],
)  # fmt: skip
def test_an_amount_after_a_share_of_a_stated_basis_is_a_share_of_that_basis_too(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2024, kết quả thực hiện so với kế hoạch: thu ngân sách 105,2%, chi ngân sách "
         "96,8%, giải ngân vốn đầu tư công 92,4%.",
         [(None, "%", [("plan", "ratio", 105.2)]), (None, "%", [("plan", "ratio", 96.8)]),
          (None, "%", [("plan", "ratio", 92.4)])]),
        ("6 tháng đầu năm 2024, so với dự toán HĐND tỉnh giao: tổng thu ngân sách 56,3%, "
         "tổng chi ngân sách 48,1%.",
         [(None, "%", [("budget", "ratio", 56.3)]), (None, "%", [("budget", "ratio", 48.1)])]),
        ("So với kế hoạch năm 2023: thu ngân sách 108%; chi ngân sách 95%.",
         [(None, "%", [("plan", "ratio", 108)]), (None, "%", [("plan", "ratio", 95)])]),
        ("So với dự toán, 9 tháng năm 2023 thu nội địa 78%, thu xuất nhập khẩu 65%.",
         [(None, "%", [("budget", "ratio", 78)]), (None, "%", [("budget", "ratio", 65)])]),
        # near misses: a rate under the heading, levels with units, a heading with no plan
        ("Năm 2024, kết quả thực hiện so với kế hoạch: thu ngân sách 105,2%, tỷ lệ che phủ "
         "rừng 42%.",
         [(None, "%", [("plan", "ratio", 105.2)]), (42, "%", [])]),
        ("Năm 2024, các chỉ tiêu so với kế hoạch: thu ngân sách 1.250 tỷ đồng, chi ngân sách "
         "2.100 tỷ đồng.",
         [(1250, "tỷ đồng", []), (2100, "tỷ đồng", [])]),
        ("Năm 2024, một số chỉ tiêu chủ yếu: tỷ lệ che phủ rừng 42%, tỷ lệ hộ nghèo 2,1%.",
         [(42, "%", []), (2.1, "%", [])]),
    ],
)  # fmt: skip
def test_a_verbless_item_under_a_heading_set_against_a_plan_is_a_share_of_that_plan(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, toàn tỉnh có 1.250 trang trại có doanh thu trên 2 tỷ đồng/năm.",
         [(1250, "trang trại", [])]),
        ("Năm 2023, tỷ lệ hộ có thu nhập trên 100 triệu đồng/năm đạt 25%.",
         [(25, "%", [])]),
        ("Năm 2023, có 45 doanh nghiệp có vốn điều lệ trên 10 tỷ đồng.",
         [(45, "doanh nghiệp", [])]),
        # near misses: a level with its own bound, and a size that is a clause's level
        ("Năm 2023, thu nhập bình quân đầu người đạt trên 60 triệu đồng/năm.",
         [(60, "triệu đồng/năm", [])]),
        ("Năm 2023, toàn tỉnh có 1.250 trang trại, doanh thu đạt trên 2 tỷ đồng/năm.",
         [(1250, "trang trại", []), (2, "tỷ đồng/năm", [])]),
    ],
)  # fmt: skip
def test_a_size_inside_the_noun_phrase_of_the_things_counted_is_no_figure(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected
