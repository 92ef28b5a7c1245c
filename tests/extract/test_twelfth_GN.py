"""Probe sentences for the twelfth round's helper on which numbers are figures (GN): a
plan written in parentheses as a bare number after its result is a target figure of its
own, counting what the result counts."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "result", "plan", "unit"),
    [
        ("Năm 2022, huyện thành lập 8 hợp tác xã (kế hoạch 6) và 3 tổ hợp tác.", 8, 6,
         "hợp tác xã"),
        ("Toàn tỉnh đưa 350 lao động đi làm việc ở nước ngoài (kế hoạch 300), tăng 12% so "
         "với năm trước.", 350, 300, "lao động"),
        ("Năm 2023, xã xây mới 14 nhà văn hóa thôn (kế hoạch 10).", 14, 10, "nhà"),
        ("Huyện kết nạp được 180 đảng viên (chỉ tiêu 150), đạt 120% kế hoạch.", 180, 150,
         "đảng viên"),
        ("Thu ngân sách đạt 520 tỷ đồng (dự toán 480), tăng 8%.", 520, 480, "tỷ đồng"),
        ("Xã trồng mới 35 ha rừng (KH: 30) trong năm 2022.", 35, 30, "ha"),
    ],
)  # fmt: skip
def test_a_bare_plan_in_parentheses_counts_what_its_result_counts(
    text: str, result: float, plan: float, unit: str
) -> None:
    figures = {(f.value, f.unit): f for f in extract_figures(text)}
    assert figures[(result, unit)].kind != "target"
    assert figures[(plan, unit)].kind == "target"


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022, huyện đã thành lập 8 hợp tác xã (kế hoạch 6 tháng đầu năm).",
        "Toàn tỉnh có 42 xã đạt chuẩn (theo kế hoạch 2021).",
    ],
)
def test_a_number_in_parentheses_that_is_no_bare_plan_lends_no_unit(text: str) -> None:
    values = [f.value for f in extract_figures(text)]
    assert 6 not in values and 2021 not in values
