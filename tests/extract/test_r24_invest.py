"""Probe sentences for the twenty-fourth round's investment helper (invest): enterprise
registration, investment attracted, exports by market and tourism, read from real pages.

Each table holds wordings written for these tests (in the style of provincial investment
and trade reports) and near misses that look alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _changes(text: str) -> dict[float | None, list[float]]:
    """Each figure's value with the percentages of its changes."""
    return {
        f.value: [c.percent for c in f.comparisons if c.measure == "change"]
        for f in extract_figures(text)
    }


# Rises that name their aspects ("về số doanh nghiệp", "về số vốn") go to the levels those
# aspects name, also past a share of the plan said of the first level, and from a clause
# of the rises only after a semicolon.
_ASPECT_RISES = [
    ("Năm 2019, toàn tỉnh thành lập mới 640 doanh nghiệp, đạt 80% kế hoạch năm, tổng vốn "
     "đăng ký 5.210 tỷ đồng, tăng 12,4% về số doanh nghiệp, tăng 30,2% về số vốn đăng ký so "
     "với cùng kỳ.", {640: [12.4], 5210: [30.2]}),
    ("Lũy kế 9 tháng năm 2020, huyện có 95 doanh nghiệp đăng ký mới, tổng vốn đăng ký 410 tỷ "
     "đồng; giảm 5,5% về số doanh nghiệp và tăng 18% về số vốn so với cùng kỳ.",
     {95: [-5.5], 410: [18.0]}),
    ("Quý I/2023, thành phố cấp phép 27 dự án, đạt 30% kế hoạch, tổng vốn đầu tư 1.150 tỷ "
     "đồng, tăng 8% về số dự án, giảm 14% về vốn đầu tư so với cùng kỳ năm 2022.",
     {27: [8.0], 1150: [-14.0]}),
]  # fmt: skip
# Near misses: rises that name no aspect of the levels keep their own readings.
_NOT_ASPECT_RISES = [
    ("Năm 2019, tỉnh xuất khẩu 12.000 tấn gạo, đạt 80% kế hoạch, kim ngạch 6,3 triệu USD, "
     "tăng 12,4% so với cùng kỳ.", {12000: [], 6.3: [12.4]}),
    ("Lũy kế 9 tháng năm 2020, huyện có 95 doanh nghiệp đăng ký mới, tổng vốn đăng ký 410 tỷ "
     "đồng; xuất khẩu tăng 5,5% về lượng và 18% về giá trị.", {95: [], 410: []}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _ASPECT_RISES + _NOT_ASPECT_RISES)
def test_rises_that_name_their_aspects_go_to_the_levels_of_those_aspects(
    text: str, expected: dict[float, list[float]]
) -> None:
    found = _changes(text)
    for value, changes in expected.items():
        assert found[value] == changes, found
