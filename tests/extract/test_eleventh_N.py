"""Probe sentences for the eleventh round's indicator helper (N): what a figure's name
keeps and what its list's items carry."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Năm 2023, GRDP (giá so sánh 2010) của Thái Bình ước 67.948 tỷ đồng.", 67948,
         "GRDP (giá so sánh 2010)"),
        ("Năm 2024, GRDP (trừ dầu khí) đạt 412.000 tỷ đồng.", 412000, "GRDP (trừ dầu khí)"),
        ("Năm 2025 GRDP (giá so sánh 2010) ước đạt 92.000 tỷ đồng.", 92000,
         "GRDP (giá so sánh 2010)"),
        ("Năm 2022, GRDP (giá hiện hành) đạt 120.500 tỷ đồng.", 120500,
         "GRDP (giá hiện hành)"),
        ("Năm 2020, GDP (không kể dầu khí) đạt 6.200 nghìn tỷ đồng.", 6200,
         "GDP (không kể dầu khí)"),
    ],
)  # fmt: skip
def test_a_short_name_keeps_the_remark_in_brackets_right_after_it(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Tổng sản phẩm trên địa bàn (giá so sánh 2010) ước đạt 92.000 tỷ đồng.", 92000,
         "Tổng sản phẩm trên địa bàn"),
        ("Năm 2018 (giá so sánh 2010), GRDP ước 6.596,7 tỷ đồng.", 6596.7, "GRDP"),
    ],
)  # fmt: skip
def test_a_remark_after_a_long_name_or_a_date_stays_out_of_the_name(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
