"""Sentences for the twenty-sixth round's land helper (land): constructions of land,
natural resources, urban development and housing reports (land-use certificates, site
clearance, urbanisation, housing, clean water) that real pages, read once, showed the
extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures

# Floor area: housing reports measure in square metres of floor ("m2 sàn"), per person or
# in all; "sàn" is part of the unit, and so is the "/người" after it.
_FLOOR_AREAS = [
    ("Năm 2022, diện tích nhà ở bình quân toàn tỉnh đạt 25,8 m2 sàn/người.", 25.8, "m2 sàn/người"),
    ("Năm 2023, tỉnh xây dựng mới 2,5 triệu m2 sàn nhà ở.", 2.5, "triệu m2 sàn"),
    ("Diện tích nhà ở bình quân khu vực đô thị là 28 m² sàn/người.", 28, "m² sàn/người"),
    ("Năm 2022 phát triển 70.000 m2 sàn nhà ở xã hội.", 70000, "m2 sàn"),
]  # fmt: skip
# Near misses: another word after "m2" ("sân" is a yard), land, and a rate per person
# written without "sàn" keep their units.
_OTHER_AREAS = [
    ("Năm 2022, xã xây dựng 300 m2 sân phơi.", 300, "m2"),
    ("Huyện đã hỗ trợ 728.712 m2 đất ở cho 50 hộ.", 728712, "m2"),
    ("Diện tích ở bình quân đầu người là 20,6 m2/người.", 20.6, "m2/người"),
    ("Tổng diện tích sàn xây dựng đạt 120 ha.", 120, "ha"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _FLOOR_AREAS + _OTHER_AREAS)
def test_floor_after_square_metres_is_part_of_the_unit(text: str, value: float, unit: str) -> None:
    figures = extract_figures(text, year=2024)
    assert (value, unit) in [(f.value, f.unit) for f in figures]
    named = [f.indicator for f in figures if f.value == value]
    assert named and "diện tích" in named[0].lower()
