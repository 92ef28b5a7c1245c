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
