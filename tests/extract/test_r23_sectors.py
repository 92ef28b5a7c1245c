"""Sentences for the twenty-third round's sector helper: constructions of department and
sector reports (traffic and crime, labour, health, culture, farming) that real pages read
wrong, each checked on wordings of its own and on near misses that must not change."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read

# A bound word between the harm and its count ("làm chết khoảng 45 người", "bị thương gần
# 80 người", "làm tử vong hơn 5.200 người") leaves the count the people harmed, by the
# incidents counted before it, as it is with no bound word.
_HARM_BOUNDED = [
    ("Năm 2021, toàn tỉnh xảy ra 120 vụ tai nạn giao thông, làm chết khoảng 45 người, bị "
     "thương gần 80 người.", 45, "số người chết do tai nạn giao thông"),
    ("Năm 2021, toàn tỉnh xảy ra 120 vụ tai nạn giao thông, làm chết khoảng 45 người, bị "
     "thương gần 80 người.", 80, "số người bị thương do tai nạn giao thông"),
    ("Năm 2023, toàn tỉnh xảy ra 260 vụ tai nạn giao thông, làm chết trên 110 người, bị "
     "thương xấp xỉ 200 người.", 200, "số người bị thương do tai nạn giao thông"),
    ("Quý I/2023, trên địa bàn xảy ra 8 vụ cháy, làm bị thương hơn 5 người, thiệt hại khoảng "
     "2 tỷ đồng.", 5, "số người bị thương do cháy"),
    ("Trong đó, đường bộ xảy ra 1.220 vụ, làm tử vong gần 520 người.", 520,
     "số người tử vong do đường bộ"),
]  # fmt: skip
# Near misses: with no bound word the name is as it was; a count of people no harm
# precedes keeps the act before it.
_HARM_NOT_BOUNDED = [
    ("Năm 2021, toàn tỉnh xảy ra 120 vụ tai nạn giao thông, làm chết 45 người, bị thương 80 "
     "người.", 45, "số người chết do tai nạn giao thông"),
    ("Năm 2023, toàn huyện giải quyết việc làm cho khoảng 1.200 lao động.", 1200,
     "giải quyết việc làm lao động"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _HARM_BOUNDED + _HARM_NOT_BOUNDED)
def test_a_bound_word_between_a_harm_and_its_count_still_names_the_people_harmed(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
