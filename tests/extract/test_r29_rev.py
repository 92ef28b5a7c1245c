"""Sentences for the twenty-ninth round's review: words that hold "hiện" but say no time,
and a price basis written with two spaces.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read

# "biểu hiện" (a sign), "hiện diện" (present at a place), "hiện tượng" (an event) hold
# "hiện" but date nothing: the level after them keeps the forecast of the clause before.
_HIEN_IN_ANOTHER_WORD = [
    ("Doanh thu cả năm dự kiến đạt 2.400 tỷ đồng, các doanh nghiệp hiện diện 35 nước.", 35),
    ("Sản lượng điều cả năm dự kiến đạt 41.000 tấn, trong khi vườn điều có biểu hiện sâu bệnh 620 "
     "ha.", 620),
    ("Kim ngạch cả năm dự kiến đạt 1,5 tỷ USD, trong khi giá phòng hiện tượng trưng 900 nghìn "
     "đồng.", 900),
]  # fmt: skip
# Near misses: "hiện" said as now, after the subject of its own clause, still makes the
# level a result.
_HIEN_AS_NOW = [
    ("Doanh thu cả năm dự kiến đạt 2.400 tỷ đồng, trong khi giá phòng hiện ở mức 900 nghìn "
     "đồng.", 900),
    ("Sản lượng điều cả năm dự kiến đạt 41.000 tấn, trong khi vườn điều hiện có 620 ha.", 620),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _HIEN_IN_ANOTHER_WORD)
def test_a_word_that_holds_hien_dates_no_level_now(text: str, value: float) -> None:
    assert (value, "estimate") in kinds_read(text)


@pytest.mark.parametrize(("text", "value"), _HIEN_AS_NOW)
def test_hien_said_as_now_still_makes_a_result(text: str, value: float) -> None:
    assert (value, "actual") in kinds_read(text)


# A price basis ("giá so sánh") names no basis of a rise, however many spaces stand in it:
# the bare rise of a text that names none is a rate of growth.
_PRICE_BASIS_SPACED = [
    "Năm 2022, giá trị sản xuất công nghiệp (giá so  sánh 2010) tăng 9,6%.",
    "Năm 2022, tổng sản phẩm trên địa bàn theo giá so \tsánh tăng 9,6%.",
    "Năm 2022, GRDP (giá so   sánh năm 2010) tăng 9,6%.",
]
# Near miss: "so  với" with two spaces still names a basis.
_BASIS_SPACED = "Năm 2022, thu ngân sách tăng 9,6% so  với năm trước."


@pytest.mark.parametrize("text", _PRICE_BASIS_SPACED)
def test_a_spaced_price_basis_names_no_basis_of_a_rise(text: str) -> None:
    assert comparisons_read(text, 2024)[-1] == (9.6, "%", [])


def test_a_spaced_so_voi_still_names_a_basis() -> None:
    assert comparisons_read(_BASIS_SPACED, 2024) == [(None, "%", [("previous", "change", 9.6)])]
