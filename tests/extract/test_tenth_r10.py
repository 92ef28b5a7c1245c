"""Tenth round (r10): missed and spurious figures, periods, comparisons and bounds."""

from __future__ import annotations

import pytest

from tests.extract.readings import Row, comparisons_read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "GRDP của tỉnh năm 2024 ước tăng 7,38%, cao hơn 2,2 điểm phần trăm so với mức "
            "tăng của năm 2023.",
            [(7.38, "%", [("previous", "change", 2.2)])],
        ),
        (
            "Năm 2022, GRDP của huyện tăng 8,1%, thấp hơn 1,3 điểm phần trăm so với năm 2021.",
            [(8.1, "%", [("previous", "change", -1.3)])],
        ),
        (
            "Riêng với Nghệ An, GRDP 6 tháng đầu năm 2021 tăng 7,58%, cao hơn cùng kỳ 2,97 "
            "điểm phần trăm.",
            [(7.58, "%", [])],
        ),
    ],
)
def test_a_rise_set_in_points_against_another_time_is_a_rate(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2024) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chỉ số sản xuất của ngành cơ khí tăng 11,6%, cao hơn 4,7 điểm phần trăm so với "
            "mức tăng chung.",
            [(None, "%", [("same_period", "change", 11.6)])],
        ),
    ],
)
def test_a_rise_set_in_points_against_the_general_rise_stays_a_change(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2024) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Đến năm 2021, tỷ lệ hộ nghèo của cả nước còn 4,4%, giảm 0,4 điểm phần trăm so với "
            "năm 2020.",
            [(4.4, "%", [("previous", "change", -0.4)])],
        ),
        (
            "Năm 2024, tỷ lệ kéo giảm đạt 63,2%, vượt 13,2 điểm phần trăm so với chỉ tiêu Bộ giao.",
            [(63.2, "%", [("plan", "change", 13.2)])],
        ),
        (
            "Năm 2023, tỷ lệ che phủ rừng đạt 62,5%, tăng 0,5 điểm phần trăm so với năm trước.",
            [(62.5, "%", [("previous", "change", 0.5)])],
        ),
    ],
)
def test_a_gap_in_points_before_its_basis_is_the_rate_s_change(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2024) == expected
