"""Sentences for the twenty-sixth round's education helper (education): constructions of
school year reviews, exam results, schools meeting national standards, universal education
and science and technology reports that real pages, read once, showed the extractor
misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read

# Science offices count their research tasks as one group, "đề tài, dự án", as other offices
# count "tổ chức, cá nhân": the comma joins the second noun to the count.
_TASK_PAIRS = [
    ("Năm 2023, Sở Khoa học và Công nghệ quản lý 48 đề tài, dự án cấp tỉnh.", 48,
     "đề tài, dự án"),
    ("Trong năm, tỉnh nghiệm thu 15 đề tài, dự án khoa học và công nghệ.", 15, "đề tài, dự án"),
    ("Năm 2022, huyện đã chuyển giao 6 đề tài, dự án sản xuất thử nghiệm cho nông dân.", 6,
     "đề tài, dự án"),
]  # fmt: skip
# Near misses: a second count after the comma, and "đề tài" alone, keep their own nouns.
_TASKS_APART = [
    ("Năm 2022, tỉnh thực hiện 20 đề tài, 3 dự án mới.", 20, "đề tài"),
    ("Năm 2022, tỉnh thực hiện 20 đề tài, 3 dự án mới.", 3, "dự án"),
    ("Năm 2023, Sở nghiệm thu 12 đề tài, đạt 100% kế hoạch.", 12, "đề tài"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _TASK_PAIRS + _TASKS_APART)
def test_research_tasks_joined_by_a_comma_count_one_group(
    text: str, value: float, unit: str
) -> None:
    assert (value, unit) in [(row[0], row[1]) for row in comparisons_read(text, 2024)]
