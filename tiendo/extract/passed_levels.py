"""A level said to be passed: "tổng chi ngân sách vượt 12.000 tỷ đồng".

A sum or a measure that a result "vượt" (passes) is a threshold the result lies above:
the result is more than it, as "trên 12.000 tỷ đồng" or "hơn 12.000 tỷ đồng" says, a
level bounded from below. Counts are left alone: "đạt, vượt 15 chỉ tiêu" counts the
targets met or passed. So is a difference named against its basis, "vượt 200 tỷ đồng so
với dự toán", by how much a plan was passed, which is no level.
"""

from __future__ import annotations

import re

_PASSED = re.compile(r"(?:^|\s)(vượt)\s+$")
_NOT_PASSED = re.compile(r"(?:không|chưa|chẳng)\s+$")
_BASIS_AFTER = re.compile(
    r"[^,;.()\d%]{0,30}?\b(?:so với|so|kế hoạch|dự toán|chỉ tiêu|mục tiêu|nghị quyết)\b"
)


def passed_level(low: str, floor: int, first: int, unit_end: int) -> int | None:
    """Where "vượt" starts when it stands right before the number at `first` as the
    threshold the figure lies above, else None (the caller checks the unit's kind)."""
    before = low[max(floor, first - 12) : first]
    if "vượt" not in before:
        return None
    match = _PASSED.search(before)
    if match is None:
        return None
    start = first - len(before) + match.start(1)
    if _NOT_PASSED.search(low, max(floor, start - 8), start):
        return None  # "không vượt 5 tỷ đồng": a ceiling, read with the bounds
    if _BASIS_AFTER.match(low, unit_end):
        return None  # "vượt 200 tỷ đồng so với dự toán": by how much, a difference
    return start
