"""Probe sentences for the eleventh round's figure helper (F): which numbers are figures
of their own inside a list that states a rise once."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, name_read


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
