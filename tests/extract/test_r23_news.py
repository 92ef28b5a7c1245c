"""Probe sentences for the twenty-third round's helper "news": constructions the last
round left, and classes read from real district and commune news pages, each read from
its grammar with wordings of the helper's own and near misses that must not change."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _compared(text: str) -> list[tuple[float | None, str, list[tuple[str, str, float]]]]:
    return [
        (f.value, f.unit, [(c.basis, c.measure, c.percent) for c in f.comparisons])
        for f in extract_figures(text)
    ]


def _kinds(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.kind) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Giải ngân vốn đầu tư công đạt 61,8% nguồn vốn tỉnh giao.",
         [(None, "%", [("plan", "ratio", 61.8)])]),
        ("Tỉnh phấn đấu đến hết niên hạn giải ngân trên 95% vốn Trung ương giao.",
         [(None, "%", [("plan", "ratio", 95.0)])]),
        ("Huyện giải ngân được 45% số vốn được giao trong năm 2024.",
         [(None, "%", [("plan", "ratio", 45.0)])]),
        ("Đến nay, huyện đã giải ngân 120 tỷ đồng, mới đạt 56,1% vốn giao.",
         [(120.0, "tỷ đồng", [("plan", "ratio", 56.1)])]),
        # Near misses: capital not said to be assigned is no plan, a rate stays a level.
        ("Tỷ lệ giải ngân đạt 70% tổng vốn đầu tư, vốn giao cho các xã 30 tỷ đồng.",
         [(70.0, "%", []), (30.0, "tỷ đồng", [])]),
        ("Tỷ lệ giải ngân vốn đầu tư công đạt 61,8%.", [(61.8, "%", [])]),
    ],
)  # fmt: skip
def test_a_share_of_capital_a_body_assigned_is_a_share_of_the_plan(
    text: str, figures: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert _compared(text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Đến năm 2023, tỷ lệ che phủ rừng đã tăng từ 38% lên 41%.",
         [(38.0, "actual"), (41.0, "actual")]),
        ("Đến năm 2024, tỷ lệ hộ nghèo của huyện đã giảm từ 8,2% xuống còn 3,5%.",
         [(8.2, "actual"), (3.5, "actual")]),
        ("Đến năm 2022, thu nhập bình quân đầu người đã được nâng từ 42 triệu đồng lên 58 "
         "triệu đồng.",
         [(42.0, "actual"), (58.0, "actual")]),
        # Near misses: with no "đã", or with an aim, the level moved to is the target.
        ("Đến năm 2030, tỷ lệ che phủ rừng tăng từ 41% lên 45%.",
         [(41.0, "actual"), (45.0, "target")]),
        ("Đến năm 2030, phấn đấu nâng tỷ lệ đô thị hóa từ 30% lên 40%.",
         [(30.0, "actual"), (40.0, "target")]),
        ("Đến năm 2025, tỉnh đã đề ra mục tiêu tỷ lệ che phủ rừng đạt 45%.", [(45.0, "target")]),
    ],
)  # fmt: skip
def test_a_move_by_a_year_said_with_đã_reports_both_levels_as_results(
    text: str, figures: list[tuple[float | None, str]]
) -> None:
    assert _kinds(text) == figures
