"""By how much a basis was passed, the gap named before its basis: "vượt 204,4 tấn so với
kế hoạch".

"vượt kế hoạch 300 tấn" (points.exceeded_by) names the basis first; the same gap is as
often said with the number first and the basis after it, "(vượt 24,5 ha so với chỉ tiêu
Nghị quyết)", "vượt 200 tỷ đồng so với dự toán". Either way the number is the distance
between the result and its basis, no level of its own (the spec's absolute differences).
A "vượt" with no basis after the unit keeps its reading as a level passed ("vượt 12.000 tỷ
đồng", passed_levels.py); so does a count of targets met or passed ("đạt, vượt 15 chỉ
tiêu"), and a share is a comparison, read elsewhere.

>>> low = "sản lượng đạt 40.869,6 tấn, vượt 204,4 tấn so với kế hoạch"
>>> passed_gap(low, 0, low.index("204"), low.index(" so"))
28
>>> low = "tổng chi ngân sách vượt 12.000 tỷ đồng"
>>> passed_gap(low, 0, low.index("12"), len(low)) is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.comparisons import basis_of

# "vượt" right before the number: after a blank, an opening parenthesis or a comma, with
# at most "hơn" or "gần" between ("vượt hơn 200 tỷ đồng so với dự toán").
_PASSED_BEFORE: Final = re.compile(r"(?:^|[\s(,])(vượt)\s+(?:(?:hơn|gần|trên|khoảng)\s+)?$")
_NOT_PASSED: Final = re.compile(r"(?:không|chưa|chẳng)\s+$")
# The basis right after the unit: "so với kế hoạch", "so với chỉ tiêu Nghị quyết", "so
# năm 2022"; read up to the clause's end, then named by comparisons.basis_of.
_BASIS_AFTER: Final = re.compile(r"[ \t]*(?:so với|so)[ \t]+([^,;.()%\n]{1,40})")
_TARGET_COUNTS: Final = ("chỉ tiêu", "tiêu chí", "nhiệm vụ", "mục tiêu")


def passed_gap(low: str, floor: int, first: int, unit_end: int) -> int | None:
    """Where "vượt" starts when the number at `first` (its unit ending at `unit_end`) is
    by how much a basis named after the unit was passed, else None."""
    before = low[max(floor, first - 20) : first]
    if "vượt" not in before:
        return None
    passed = _PASSED_BEFORE.search(before)
    if passed is None:
        return None
    start = first - len(before) + passed.start(1)
    if _NOT_PASSED.search(low, max(floor, start - 8), start):
        return None  # "không vượt 5 tỷ đồng so với dự toán": a ceiling
    unit_words = low[first:unit_end]
    if any(word in unit_words for word in _TARGET_COUNTS):
        return None  # "vượt 3 chỉ tiêu so với năm trước": targets passed, counted
    basis = _BASIS_AFTER.match(low, unit_end)
    if basis is None or basis_of(basis.group(1)) == "other":
        return None
    return start
