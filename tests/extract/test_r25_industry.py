"""Sentences for the twenty-fifth round's industry helper (industry): constructions of
industrial production, energy, construction, transport and port reports that real pages,
read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures

# Containers through a port are counted in TEU (twenty-foot units), written "TEU", "TEUs"
# or "Teu" after a scale or alone; the unit is the measure, as "tấn" is.
_TEU = [
    ("Hàng container thông qua cảng biển tháng 3/2022 ước đạt 2,3 triệu TEU, tăng 6% so "
     "với cùng kỳ.", 2.3, "triệu teu"),
    ("Trong đó, hàng nhập khẩu ước đạt 826 nghìn TEUs, tăng 12% so với cùng kỳ.", 826,
     "nghìn teus"),
    ("Năm 2023, sản lượng container qua cảng Cái Mép đạt 1.250.000 Teu.", 1250000, "teu"),
]  # fmt: skip
# Near misses: the letters named, not counted, and a count of ships that carry them.
_NOT_TEU = [
    ("Năm 2023, cảng đón 3 tàu TEU lớn.", 3, "tàu"),
    ("Năm 2023, cảng tiếp nhận 12 triệu tấn hàng hóa.", 12, "triệu tấn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _TEU + _NOT_TEU)
def test_containers_through_a_port_are_counted_in_teu(text: str, value: float, unit: str) -> None:
    units = [f.unit for f in extract_figures(text, year=2024) if f.value == value]
    assert units == [unit]


def test_a_rise_after_teu_is_the_level_s_not_a_figure_named_teu() -> None:
    figures = extract_figures(
        "Hàng container qua cảng ước đạt hơn 7,9 triệu TEU, tăng 18% so với cùng kỳ.",
        year=2021,
    )
    assert [(f.value, f.unit, [c.percent for c in f.comparisons]) for f in figures] == [
        (7.9, "triệu teu", [18.0])
    ]
