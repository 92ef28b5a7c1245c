from __future__ import annotations

import pytest

from tiendo.extract import extract_figures
from tiendo.extract.figure import Comparison
from tiendo.extract.issuers import issuer_of


@pytest.mark.parametrize(
    ("basis_text", "issuer"),
    [
        ("dự toán tỉnh giao", "tỉnh"),
        ("dự toán huyện phấn đấu", "huyện"),
        ("dự toán thị xã phấn đấu", "thị xã"),
        ("kế hoạch UBND tỉnh giao", "UBND tỉnh"),
        ("dự toán Hội đồng nhân dân huyện thông qua", "HĐND huyện"),
        ("dự toán TP giao", "thành phố"),
        ("dự toán Trung ương giao", "Trung ương"),
        ("kế hoạch vốn", ""),
        ("dự toán năm", ""),
    ],
)
def test_the_body_that_set_a_budget_is_named_by_its_words(basis_text: str, issuer: str) -> None:
    assert issuer_of(basis_text) == issuer


def test_comparisons_against_the_same_period_have_no_issuer() -> None:
    assert Comparison("same_period", "change", 5.0, "cùng kỳ năm 2021 của tỉnh").issuer == ""


def test_two_budgets_of_one_figure_keep_who_set_them() -> None:
    text = (
        "Tổng thu ngân sách trên địa bàn ước đạt 58,3 tỷ đồng, bằng 18% dự toán tỉnh giao, "
        "bằng 16% dự toán huyện phấn đấu."
    )
    (figure,) = extract_figures(text)
    assert [c.as_dict() for c in figure.comparisons] == [
        {"basis": "budget", "measure": "ratio", "percent": 18.0, "issuer": "tỉnh"},
        {"basis": "budget", "measure": "ratio", "percent": 16.0, "issuer": "huyện"},
    ]


def test_a_budget_nobody_is_named_for_has_no_issuer_key() -> None:
    (figure,) = extract_figures("Thu ngân sách đạt 40 tỷ đồng, bằng 50% dự toán.")
    assert "issuer" not in figure.comparisons[0].as_dict()
