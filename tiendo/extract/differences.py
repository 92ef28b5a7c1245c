"""Absolute differences: numbers that say by how much, not how much.

"nhiều hơn năm 2018 là 816 ha", "cao hơn vụ Hè Thu năm trước 1,4 tạ/ha", "vượt kế hoạch
300 tấn", "giảm 0,32% so với năm 2018 (tương đương 1.298 tấn)", "tăng 60% (thêm 6 vụ)": the
number is a gap between two levels, no figure (moved out of mentions.py, which reads the
quantities).
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.added_capital import capital_added
from tiendo.extract.plan_levels import plan_level
from tiendo.extract.points import exceeded_by
from tiendo.extract.units import UnitMatch

DIFFERENCE: Final = re.compile(
    r"(?:^|[\s,(])(?:tăng thêm|giảm thêm|(?<!giá trị gia )tăng|giảm|nhiều hơn|ít hơn|cao hơn"
    r"|thấp hơn|gấp)\s*$"
)  # "giá trị gia tăng trên 2.200 tỷ đồng": value added, a noun
# "cao hơn vụ Hè Thu năm trước 1,4 tạ/ha": a basis, then the number, a difference too.
_DIFFERENCE_WITH_BASIS: Final = re.compile(
    r"(?:^|[\s,(])(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn(?:\s+(?:[^\W\d_]+|\d{4}|\d{1,2}/\d{4})){1,8}"
    r"\s*$"
)
# "giảm 0,32% so với năm 2018 (tương đương 1.298 tấn)", "tăng tới 54,76% (thêm 23 vụ)": the
# change in its own unit.
_CHANGE_RESTATED: Final = re.compile(
    r"(?:tăng|giảm)\s+(?:[^\W\d_]+\s+)?[\d.,]+\s*%[^;()]{0,60}\(\s*"
    r"(?:tương đương|tương ứng|bằng|thêm)\s*$"
)


def difference_start(
    low: str, floor: int, first: int, lead_start: int, unit_end: int
) -> int | None:
    """Where the words that make a quantity an absolute difference start, or None."""
    if plan_level(low, floor, lead_start, unit_end):
        return None  # "vượt xa mức kế hoạch 7.966 tỷ đồng": the plan's level (plan_levels)
    # Each pattern is tried only where a word every match of it holds stands (a search
    # tries every place); the words go with the patterns above.
    near_start = max(floor, first - 20)
    near = low[near_start : max(first, lead_start)]
    compared = "tăng" in near or "giảm" in near or "hơn" in near or "gấp" in near
    for window_end in (lead_start, first) if compared else ():
        found = DIFFERENCE.search(low, near_start, window_end)
        if found and not capital_added(low, found.start()):
            return found.start()
    window_start = max(floor, lead_start - 60)
    window = low[window_start:lead_start]
    if "hơn" in window:
        found = _DIFFERENCE_WITH_BASIS.search(window)
        if found:
            return window_start + found.start()
    exceeded = exceeded_by(low, window_start, lead_start, first)
    if exceeded is not None:
        return exceeded
    if "(" in window:
        found = _CHANGE_RESTATED.search(window)
        if found:
            return window_start + window.rfind("(")
    return None


# "… 2,63 tiêu chí so với cuối năm 2014 và": a difference's own basis, then the next item.
_BASIS_THEN_AND: Final = re.compile(
    r"[ \t]+so(?:[ \t]+với)?[ \t]+[^,;.()%\d]{1,30}(?:\d{1,2}/)?(?:\d{4})?[ \t]*,?[ \t]*và[ \t]*$"
)
_OWN_BASIS: Final = re.compile(r"[ \t]+so(?:[ \t]+với)?[ \t]")


def parallel_difference(low: str, last_end: int, lead_start: int, unit: UnitMatch) -> bool:
    """True when a number goes on a list of differences each with its own basis: "nhiều
    hơn 2,63 tiêu chí so với cuối năm 2014 và 5,76 tiêu chí so với năm 2011", "giảm 500
    tấn so với năm 2022 và 1.200 tấn so với năm 2020". The second gap is measured as the
    first was (the same unit, against another basis), so it is a gap too, not a level."""
    if lead_start - last_end > 60 or "so" not in low[last_end:lead_start]:
        return False  # the cheap test first: no basis between them
    if _BASIS_THEN_AND.match(low, last_end, lead_start) is None:
        return False
    previous_unit = low[max(0, last_end - len(unit.text)) : last_end]
    return previous_unit == unit.text and _OWN_BASIS.match(low, unit.end) is not None
