"""Sentences for the twenty-sixth round's budget helper (budget): constructions of budget
estimates, allocations and settlements, and of reports on collection and spending, that
real pages, read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read, name_read

# Nouns listed with commas after a plural word ("giao cho các ban, ngành, địa phương là")
# are who the estimate is given to: the subject goes on through them, so the estimate
# keeps its name and stays the plan's level.
_PLURAL_LISTS = [
    ("Năm 2020, dự toán thu ngân sách quận giao cho các ban, ngành, địa phương là 845 tỷ "
     "đồng, tăng 11% so với thực hiện năm 2019.", 845,
     "dự toán thu ngân sách quận giao cho các ban, ngành, địa phương", "target"),
    ("Năm 2024, dự toán chi thường xuyên giao cho các cơ quan, đơn vị là 1.320 tỷ đồng.", 1320,
     "dự toán chi thường xuyên giao cho các cơ quan, đơn vị", "target"),
    ("Năm 2025, kế hoạch vốn phân bổ cho các sở, ngành, huyện là 2.150 tỷ đồng.", 2150,
     "kế hoạch vốn phân bổ cho các sở, ngành, huyện", "target"),
    ("Năm 2023, kinh phí hỗ trợ các xã, phường, thị trấn là 96 tỷ đồng.", 96,
     "kinh phí hỗ trợ các xã, phường, thị trấn", "actual"),
]  # fmt: skip
# Near misses: a collection said of the listed bodies is still a result; a verb after the
# comma ("…, xây 30 nhà") opens its own clause; a measure after the list is its own subject.
_PLURAL_NEAR = [
    ("Năm 2020, tổng thu ngân sách quận giao cho các ban, ngành, địa phương đạt 845 tỷ đồng.",
     845, "tổng thu ngân sách quận giao cho các ban, ngành, địa phương", "actual"),
    ("Năm 2023, huyện hỗ trợ các hộ nghèo, xây 30 nhà.", 30, "hỗ trợ các hộ nghèo, xây nhà",
     "actual"),
    ("Năm 2023, tỉnh làm việc với các sở, ngành, tổng thu ngân sách đạt 500 tỷ đồng.", 500,
     "tổng thu ngân sách", "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name", "kind"), _PLURAL_LISTS + _PLURAL_NEAR)
def test_nouns_listed_after_a_plural_word_stay_in_the_subject(
    text: str, value: float, name: str, kind: str
) -> None:
    assert name_read(text, value) == name
    assert (value, kind) in kinds_read(text)
