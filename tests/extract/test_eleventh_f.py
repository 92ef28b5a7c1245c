"""Probe sentences for the eleventh round's figure helper (F): which numbers are figures
of their own inside a list that states a rise once."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, name_read
from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "share", "sector"),
    [
        ("Quý I/2024, GDP tăng 5,66%, trong đó nông, lâm nghiệp và thủy sản tăng 2,98% (đóng "
         "góp 6,09%), dịch vụ tăng 6,12% (đóng góp 52,23%).", 52.23, "dịch vụ"),
        ("Năm 2023, khu vực công nghiệp tăng 9,1%, đóng góp 48,5% vào mức tăng chung; khu vực "
         "dịch vụ tăng 6,2%, đóng góp 39,7%.", 39.7, "dịch vụ"),
        ("So với cùng kỳ, khu vực nông nghiệp tăng 3,2% (đóng góp 12,4%), khu vực công nghiệp "
         "và xây dựng tăng 8,5% (đóng góp 55,1%).", 55.1, "công nghiệp và xây dựng"),
        ("GRDP 6 tháng tăng 7,4%; trong đó khu vực dịch vụ tăng 6,8%, đóng góp 41,3% vào tăng "
         "trưởng chung, khu vực thuế sản phẩm tăng 5,1%, đóng góp 6,6%.", 6.6, "thuế sản phẩm"),
        ("Năm 2022, công nghiệp chế biến, chế tạo tăng 10,3%, đóng góp 38,2% vào tăng trưởng "
         "GRDP, xây dựng tăng 7,5%, đóng góp 9,4%.", 9.4, "xây dựng"),
    ],
)  # fmt: skip
def test_a_share_of_growth_after_a_rise_is_a_figure_of_its_own_named_for_its_sector(
    text: str, share: float, sector: str
) -> None:
    # a share followed by what it went into ("vào mức tăng chung") is named by that instead
    rows = comparisons_read(text, 2024)
    assert (share, "%", []) in rows
    named = name_read(text, share)
    assert named.startswith("đóng góp") and sector in named


@pytest.mark.parametrize(
    "text",
    [
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 10 ước 23.341 tỷ đồng, lần lượt "
        "tăng 0,6% so với tháng trước và 17,7% so với cùng kỳ.",
        "Đến ngày 23/4, giải ngân thực tế mới hơn 600 tỷ đồng, lần lượt bằng 9,10% kế hoạch vốn "
        "giao và 10,60% kế hoạch vốn đã phân bổ.",
        "Kim ngạch xuất khẩu tháng 5 đạt 1,2 tỷ USD, tăng lần lượt 3,1% so với tháng trước và "
        "12,4% so với cùng kỳ.",
        "Doanh thu du lịch đạt 540 tỷ đồng, lần lượt tăng 5,2% so với tháng trước và 20,1% so với "
        "cùng kỳ năm trước.",
        "Thu ngân sách đạt 3.200 tỷ đồng, lần lượt bằng 65% dự toán Trung ương giao và 58% dự "
        "toán tỉnh giao.",
    ],
)  # fmt: skip
def test_a_respective_list_of_percentages_each_with_its_own_basis_compares_the_one_figure_before(
    text: str,
) -> None:
    rows = comparisons_read(text, 2024)
    assert len(rows) == 1
    value, _, comparisons = rows[0]
    assert value is not None and len(comparisons) == 2


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Giai đoạn 2016 - 2020 tỉnh phấn đấu có thêm 30 xã đạt chuẩn nông thôn mới.", [30.0]),
        ("Đại hội nhiệm kỳ 2021 - 2026 tổ chức thành công, kết nạp 120 đảng viên.", [120.0]),
        ("Trong nhiệm kỳ 2015-2020 huyện có 12 xã đạt chuẩn.", [12.0]),
        ("Giai đoạn 2021 – 2025 toàn tỉnh hỗ trợ 1.500 hộ thoát nghèo.", [1500.0]),
        ("Nhiệm kỳ 2020 - 2025 đảng bộ kết nạp 95 đảng viên mới.", [95.0]),
    ],
)  # fmt: skip
def test_the_second_year_of_a_named_span_of_years_is_no_count_of_the_word_after_it(
    text: str, counts: list[float]
) -> None:
    assert [f.value for f in extract_figures(text, year=2024)] == counts
