"""A level said to be passed: "tổng chi ngân sách vượt 12.000 tỷ đồng".

A sum or a measure that a result "vượt" (passes) is a threshold the result lies above:
the result is more than it, as "trên 12.000 tỷ đồng" or "hơn 12.000 tỷ đồng" says, a
level bounded from below. Counts are left alone: "đạt, vượt 15 chỉ tiêu" counts the
targets met or passed. So is a difference named against its basis, "vượt 200 tỷ đồng so
với dự toán", by how much a plan was passed, which is no level; and so is the sum passed
right after a level of the clause, "thu ngân sách đạt 1.500 tỷ đồng, vượt 300 tỷ đồng": by
how much that level passed its plan, an absolute difference (passed_margin).
"""

from __future__ import annotations

import re
from typing import Final

_PASSED: Final = re.compile(r"(?:^|\s)(vượt)\s+$")
_NOT_PASSED: Final = re.compile(r"(?:không|chưa|chẳng)\s+$")
_BASIS_AFTER: Final = re.compile(
    r"[^,;.()\d%]{0,30}?\b(?:so với|so|kế hoạch|dự toán|chỉ tiêu|mục tiêu|nghị quyết)\b"
)


# A level: a number (not a date's) with the word of its unit after it ("1.500 tỷ đồng").
_LEVEL_BEFORE: Final = re.compile(
    r"(?<!năm )(?<!tháng )(?<!ngày )(?<!quý )(?<![\d/.,-])\d(?:[\d.,]*\d)?"
    r"(?!\s*(?:%|tháng|năm|ngày|quý|tuần)(?![^\W_]))\s*[^\W\d_]"
)
# A clause ends at a stop, or where a comma opens the words of another subject ("…, đạt
# 3,11 tỷ USD, còn thu ngân sách vượt 20.000 tỷ đồng": the level passed is that one's own).
_CLAUSE_BREAK: Final = re.compile(r"[;:.](?!\d)|,\s*(?:còn|trong khi|riêng|đồng thời)\s")


def _passed_at(low: str, floor: int, first: int) -> int | None:
    """Where a "vượt" right before the number at `first` starts, if one does."""
    before = low[max(floor, first - 12) : first]
    if "vượt" not in before:
        return None
    match = _PASSED.search(before)
    return None if match is None else first - len(before) + match.start(1)


def passed_margin(low: str, floor: int, first: int) -> int | None:
    """Where "vượt" starts when the number at `first` is by how much a level stated
    before it in its clause passed its plan ("đạt 1.500 tỷ đồng, vượt 300 tỷ đồng")."""
    start = _passed_at(low, floor, first)
    if start is None:
        return None
    clause = floor
    for match in _CLAUSE_BREAK.finditer(low, floor, start):
        clause = match.end()
    return start if _LEVEL_BEFORE.search(low, clause, start) else None


def passed_level(low: str, floor: int, first: int, unit_end: int) -> int | None:
    """Where "vượt" starts when it stands right before the number at `first` as the
    threshold the figure lies above, else None (the caller checks the unit's kind)."""
    start = _passed_at(low, floor, first)
    if start is None:
        return None
    if _NOT_PASSED.search(low, max(floor, start - 8), start):
        return None  # "không vượt 5 tỷ đồng": a ceiling, read with the bounds
    if _BASIS_AFTER.match(low, unit_end):
        return None  # "vượt 200 tỷ đồng so với dự toán": by how much, a difference
    return start
