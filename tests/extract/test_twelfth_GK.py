"""Probe sentences for the twelfth round's kind and period helper (GK)."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read


@pytest.mark.parametrize(
    "text",
    [
        "Quý III năm 2023, tổng sản phẩm trên địa bàn ước tăng 8,2%. So với cùng kỳ, khu vực "
        "dịch vụ tăng 7,1%; khu vực công nghiệp - xây dựng tăng 11,4%.",
        "GRDP 9 tháng ước đạt 41.200 tỷ đồng, tăng 6,4%. So với cùng kỳ năm trước, khu vực "
        "nông, lâm nghiệp và thủy sản tăng 2,9%; khu vực dịch vụ tăng 6,8%.",
        "Tăng trưởng kinh tế 6 tháng đầu năm ước đạt 7,3%, xếp thứ năm vùng. So với cùng kỳ, "
        "khu vực công nghiệp và xây dựng tăng 10,2%, khu vực dịch vụ tăng 5,5%.",
        "Năm 2024, GRDP của tỉnh ước tăng 9,1%, cao nhất từ trước tới nay. So với năm 2023, khu "
        "vực nông, lâm nghiệp và thủy sản tăng 3,4%; khu vực dịch vụ tăng 8,7%.",
        "Tốc độ tăng GRDP quý I ước đạt 6,9%. So với cùng kỳ, khu vực dịch vụ giảm 1,5%; khu "
        "vực công nghiệp - xây dựng tăng 12,6%.",
    ],
)  # fmt: skip
def test_the_sectors_after_a_basis_share_the_estimate_of_the_gross_product_before(
    text: str,
) -> None:
    kinds = [kind for _, kind in kinds_read(text)]
    assert len(kinds) >= 3
    assert all(kind == "estimate" for kind in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Kim ngạch xuất khẩu ước đạt 2,1 tỷ USD. So với cùng kỳ, khu vực dịch vụ tăng 4,2%.",
        "GRDP năm 2022 tăng 8,1%. So với cùng kỳ, khu vực dịch vụ tăng 6,3%; khu vực công "
        "nghiệp - xây dựng tăng 9,8%.",
    ],
)  # fmt: skip
def test_the_sectors_after_a_basis_keep_their_kind_after_no_estimated_gross_product(
    text: str,
) -> None:
    kinds = kinds_read(text)
    assert all(kind == "actual" for value, kind in kinds if value is None)
