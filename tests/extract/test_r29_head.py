"""Sentences for the twenty-ninth round's helper head: where the name of a level quoted
after a comparative starts.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read

# A level noun alone right before the number, after "cao hơn", "thấp hơn" or "vượt xa",
# names that number: the quoted plan or rise is that level of the measure the sentence
# stated first, not the rank or the comparative before it.
_BARE_LEVEL_NAMES_THE_NUMBER = [
    ("Sáu tháng đầu năm 2023, GRDP ước đạt 5.120 tỷ đồng, tăng 6,4% so với cùng kỳ, vượt xa "
     "mức tăng 2,9% của nửa đầu năm 2022.", 2.9, "mức tăng GRDP"),
    ("Năm 2023, GRDP tăng 6,9%, đứng thứ 5/14 tỉnh miền núi và cao hơn mục tiêu 6,5% của "
     "Nghị quyết.", 6.5, "mục tiêu tốc độ tăng GRDP"),
    ("Năm 2023, kim ngạch xuất khẩu đạt 812 triệu USD, tăng 4,1%, vượt xa mức tăng 1,8% "
     "của giai đoạn trước.", 1.8, "mức tăng kim ngạch xuất khẩu"),
    ("Sáu tháng đầu năm 2023, doanh thu du lịch ước đạt 960 tỷ đồng, tăng 12,5% so với cùng "
     "kỳ, cao hơn mức tăng 3,2% của nửa đầu năm 2022.", 3.2, "mức tăng doanh thu du lịch"),
]  # fmt: skip
# Near misses: a level with words of its own after it keeps them, and plain "vượt" before
# "kế hoạch" stays in the name of a count of targets met.
_LEVEL_WITH_WORDS = [
    ("Năm 2023, GRDP tăng 7,1%, cao hơn mục tiêu tăng trưởng 6,8% mà tỉnh đặt ra.", 6.8,
     "mục tiêu tăng trưởng"),
    ("Năm 2023, huyện có 15 chỉ tiêu đạt và vượt kế hoạch.", 15,
     "chỉ tiêu đạt và vượt kế hoạch"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "name"), _BARE_LEVEL_NAMES_THE_NUMBER + _LEVEL_WITH_WORDS
)
def test_a_bare_level_after_a_comparative_names_the_number_quoted(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
