"""Sentences for the twenty-fifth round's programmes helper: constructions of the national
target programmes' reports (new rural areas and OCOP products, sustainable poverty
reduction, ethnic minority and mountain areas) that real pages, read once, showed the
extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _read(text: str) -> list[tuple[float | None, str, str | None, str]]:
    """Each figure's value, unit, bound and kind, read in 2024."""
    return [(f.value, f.unit, f.bound, f.kind) for f in extract_figures(text, year=2024)]


# "trở lên" after a grade or a size the counted things reach bounds that grade, not the
# count, with no "từ" before it too: the count is exact, and the grade names it.
_GRADE_CLOSED = [
    ("Đến nay, tỉnh đã có 4.847 sản phẩm được công nhận đạt 3 sao trở lên.",
     [(4847, "sản phẩm", None, "actual")]),
    ("Năm 2023, tỉnh có thêm 40 sản phẩm được xếp hạng 4 sao trở lên.",
     [(40, "sản phẩm", None, "actual")]),
    ("Toàn huyện có 35 xã đạt 15 tiêu chí trở lên và 12 xã đạt 10 tiêu chí trở xuống.",
     [(35, "xã", None, "actual"), (12, "xã", None, "actual")]),
    ("Toàn tỉnh có 1.250 hộ có thu nhập 100 triệu đồng trở lên.",
     [(1250, "hộ", None, "actual")]),
    ("Huyện có 18 doanh nghiệp sử dụng 1.000 lao động trở lên.",
     [(18, "doanh nghiệp", None, "actual")]),
]  # fmt: skip
# Near misses: "trở lên" right after the count, or after an amount with no count before
# it, still bounds that figure.
_COUNT_CLOSED = [
    ("Năm 2025 phấn đấu có 20 sản phẩm OCOP trở lên.", [(20, "sản phẩm", "at_least", "target")]),
    ("Năm 2024, huyện huy động 1.500 tỷ đồng trở lên.",
     [(1500, "tỷ đồng", "at_least", "actual")]),
    ("Thu nhập bình quân năm 2024 đạt 60 triệu đồng trở lên.",
     [(60, "triệu đồng", "at_least", "actual")]),
    ("Đến nay, tỉnh có 56 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên.",
     [(56, "sản phẩm", None, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "read"), _GRADE_CLOSED + _COUNT_CLOSED)
def test_a_grade_or_size_closed_by_tro_len_inside_a_count_leaves_the_count_exact(
    text: str, read: list[tuple[float, str, str | None, str]]
) -> None:
    assert _read(text) == read
