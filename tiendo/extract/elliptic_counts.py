"""Counts listed by name with the unit said once: "Tam Kỳ được giao 150 đảng viên mới;
Hội An 110; Điện Bàn 150", "Đài Loan 2.150 lao động, Nhật Bản 1.913 và Hàn Quốc 635 lao
động". An item that is a proper name and a bare number, right after a counted item, counts
the same things as the item before it. Education reports list by level of schooling, in
small letters, each count often with its rate in parentheses: "mầm non có 141 trường đạt
chuẩn (51,8%), tiểu học 206 (75,2%), THCS 123 (56%)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tiendo.extract.amounts import named_before
from tiendo.extract.quantities import Quantity
from tiendo.extract.school_levels import is_school_level
from tiendo.extract.units import UnitMatch

# The item's own words after the separator: a name (checked for its capital) and nothing
# that dates or numbers it.
_ITEM: Final = re.compile(
    r"(?:[;,][ \t]*(?:và[ \t]+)?|[ \t]và[ \t]+)"
    r"([^\W\d_][^\W\d_ \t.]*(?:[ \t]+[^\W\d_][^\W\d_ \t.]*){0,6})[ \t]+$"
)
_NOT_A_NAME: Final = frozenset(
    {"năm", "tháng", "quý", "ngày", "khóa", "lần", "thứ", "số", "tổng", "gồm", "trong", "còn"}
)
# After the bare number: the item's end, or the item's rate in parentheses ("206 (75,2%)").
_ITEM_END: Final = re.compile(r"[ \t]*(?:[;,.)]|và\b|$|\([ \t]*\d[\d.,]*[ \t]*%)")


def item_unit(
    low: str, norm: str, floor: int, first: int, unit_start: int, found: Sequence[Quantity]
) -> UnitMatch | None:
    """The unit of a bare number at low[first:unit_start] named by the list's items, or
    of a total named before it (amounts.named_before); None when neither."""
    named = named_before(low, norm, max(floor, first - 60), first, unit_start)
    if named is not None or not found:
        return named
    before = last = found[-1]
    if before.unit.kind == "percent" and len(found) > 1:
        # "141 trường đạt chuẩn (51,8%), tiểu học 206": the count before the item's rate.
        counted = found[-2]
        if low[counted.extent_end : before.start].strip() == "(":
            before = counted
    if before.unit.kind != "count" or not (floor <= last.extent_end <= first):
        return None
    gap = low[last.extent_end : first]
    if len(gap) > 48 or (";" not in gap and "," not in gap and " và " not in gap):
        return None
    item = _ITEM.search(gap)
    if item is None or not _ITEM_END.match(low, unit_start):
        return None
    words = item.group(1).split()
    if words[0] in _NOT_A_NAME:
        return None
    if not norm[last.extent_end + item.start(1)].isupper() and not is_school_level(item.group(1)):
        return None
    return UnitMatch(before.unit.text, "count", unit_start)
