"""Probe sentences for the eleventh round's helper V: a count of cases set beside a count
of the people in them ("khởi tố 12 vụ, 20 bị can về tội phạm kinh tế") shares the field
that the "về" phrase after the last count names; the cases are of that field too."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _name_of(text: str, unit: str) -> str:
    for figure in extract_figures(text, year=2024):
        if figure.unit == unit:
            return figure.indicator
    raise AssertionError(f"no figure in {unit}")


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Trong tháng, Công an tỉnh khởi tố 12 vụ, 20 bị can về tội phạm kinh tế.", "kinh tế"),
        (
            "Lực lượng công an đã phát hiện, bắt giữ 45 vụ, 60 đối tượng phạm tội về ma túy.",
            "ma túy",
        ),
        ("Năm 2023, toàn tỉnh triệt phá 8 vụ, 15 đối tượng vi phạm về môi trường.", "môi trường"),
        ("Quý I, cơ quan điều tra khởi tố 6 vụ với 9 bị can về tham nhũng.", "tham nhũng"),
        ("6 tháng đầu năm, Công an huyện bắt giữ 30 vụ và 41 đối tượng về buôn lậu.", "buôn lậu"),
        (
            "Năm 2024, lực lượng chức năng xử lý 17 vụ, 25 đối tượng vi phạm về an toàn thực phẩm.",
            "an toàn thực phẩm",
        ),
    ],
)  # fmt: skip
def test_cases_counted_beside_their_accused_share_the_field_named_after_them(
    text: str, field: str
) -> None:
    assert field in _name_of(text, "vụ").lower()


@pytest.mark.parametrize(
    "text",
    [
        "Lực lượng chức năng bắt giữ, xử lý 140 vụ với 378 đối tượng mua bán, vận chuyển trái "
        "phép chất ma túy.",
        "Công an tỉnh phát hiện 332 vụ, bắt giữ 711 đối tượng về ma túy.",
    ],
)  # fmt: skip
def test_cases_keep_their_name_where_the_people_are_described_or_have_their_own_verb(
    text: str,
) -> None:
    name = _name_of(text, "vụ").lower()
    assert "mua bán" not in name and "ma túy" not in name
