"""A plan written in parentheses as a bare number after its result: "thành lập 8 hợp tác
xã (kế hoạch 6)", "kết nạp 180 đảng viên (chỉ tiêu 150)". The plan counts the same things
as the result right before it, so it takes that result's unit; it is a target figure of
its own, as a plan written with its unit ("(kế hoạch 400 căn)") already is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tiendo.extract.lexicon import plan_opening
from tiendo.extract.quantities import Quantity
from tiendo.extract.units import UnitMatch

# The opening of the parenthesis up to the number: a plan's name, perhaps its year and
# a colon or "là". Searched only on the words right before the number.
_PLAN_OPENING: Final = re.compile(plan_opening(r"[ \t]", ("dự toán",), r"[ \t]*(?::|là)?"))
_CLOSED: Final = re.compile(r"[ \t]*\)")
_LENT_KINDS: Final = frozenset({"count", "money", "measure"})


def planned_unit(
    low: str, floor: int, first: int, unit_start: int, found: Sequence[Quantity]
) -> UnitMatch | None:
    """The unit of the result a bare plan in parentheses at low[first:unit_start] follows,
    or None when the number is no such plan."""
    if not found or low.rfind("(", max(floor, first - 30), first) < 0:
        return None
    if not _CLOSED.match(low, unit_start):
        return None  # "(kế hoạch 6 tháng ...)": the number is part of other words
    opening = _PLAN_OPENING.search(low, max(floor, first - 30), first)
    if opening is None:
        return None
    before = found[-1]
    if before.unit.kind not in _LENT_KINDS:
        return None
    if low[before.extent_end : opening.start()].strip():
        return None  # the parenthesis must follow the result itself
    return UnitMatch(before.unit.text, before.unit.kind, unit_start)
