"""Probe sentences for the twenty-third round's helper on constructions the round's other
helpers noticed and left: each with wordings of the helper's own and near misses that must
keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read

# "trong 12 chỉ tiêu có 10 chỉ tiêu đạt" (no comma): "có" and a count of the same noun open
# the part's clause, so the whole's words end before "có"; a count of other things after
# "có" stays in what is counted ("3 xã có 19 tiêu chí đạt chuẩn").
_WHOLE_BEFORE_HAS = [
    ("Năm 2024, trong 12 chỉ tiêu có 10 chỉ tiêu đạt và vượt kế hoạch.", 12, "chỉ tiêu"),
    ("Trong 9 tiêu chí về môi trường có 7 tiêu chí đạt, 2 tiêu chí chưa đạt.", 9,
     "tiêu chí về môi trường"),
    ("Năm 2023, trong 30 nhiệm vụ trọng tâm có 28 nhiệm vụ hoàn thành.", 30,
     "nhiệm vụ trọng tâm"),
    ("Trong tổng số 45 xã có 40 xã đạt chuẩn nông thôn mới.", 45, "tổng số xã"),
    ("Trong tổng số 45 xã có 40 xã đạt chuẩn nông thôn mới.", 40, "xã đạt chuẩn nông thôn mới"),
    # near misses: things of another noun after "có" are what the count is of
    ("Toàn huyện có 3 xã có 19 tiêu chí đạt chuẩn.", 3, "xã có 19 tiêu chí đạt chuẩn"),
    ("Đến nay, 12 xã có 15 tiêu chí trở lên.", 12, "xã có 15 tiêu chí trở lên"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _WHOLE_BEFORE_HAS)
def test_a_whole_ends_before_has_and_a_count_of_its_own_noun(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
