"""Grammar generalised from the error classes of the tuning corpus (issue 10). Every sentence
here was written for these tests, none is copied from the corpus: input sentence -> the field
expected of its figures."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Giai đoạn 2021 - 2025, dịch vụ tăng bình quân 8,2%/năm.", ["%/năm"]),
        ("Tỉnh phấn đấu tỷ lệ hộ nghèo giảm 1 - 1,5%/năm.", ["%/năm"]),
        ("Nghị quyết đặt chỉ tiêu kết nạp đảng viên mới tối thiểu 3%/năm.", ["%/năm"]),
        ("Chỉ số giá tiêu dùng bình quân tăng 0,4%/tháng.", ["%/tháng"]),
        ("Thu nhập bình quân đạt 62 triệu đồng/năm, tăng 8,1%.", ["triệu đồng/năm"]),
        ("Tỷ lệ che phủ rừng đạt 57%, năm sau đạt 58%.", ["%", "%"]),
    ],
)
def test_a_rate_per_year_keeps_its_time_in_the_unit_as_written(text: str, units: list[str]) -> None:
    assert [f.unit for f in extract_figures(text) if f.value is not None] == units
