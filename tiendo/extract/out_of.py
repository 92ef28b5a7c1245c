"""The whole a count is part of: "26.834 người trên 71.775 người".

Between two counts of one unit, with nothing but "trên" between them, "trên" means "out
of", not "over": the second number is the whole the first is taken from (what a share after
them, "bằng 37,39%", is of), not a figure of its own with the bound "at least". A comma, a
verb or another unit between the two ("2.100 lao động, trên 1.800 lao động theo kế hoạch")
leaves "trên" a bound.

>>> _OUT_OF.fullmatch(" đất trên ").group(1)
' đất'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tiendo.extract.quantities import Quantity
from tiendo.extract.units import UnitMatch

# The words the first count's unit ran on with ("thửa đất"), then "trên".
_OUT_OF: Final = re.compile(r"((?:[ \t]+[^\W\d_]+){0,2})[ \t]+trên[ \t]+")


def whole_of_count(
    low: str, first: int, lead_start: int, unit: UnitMatch, found: Sequence[Quantity]
) -> bool:
    """True when the count whose number is at `first` is the whole of the count before it."""
    if unit.kind != "count" or not found or lead_start >= first:
        return False
    before = found[-1].unit
    if before.kind != "count" or before.end > lead_start:
        return False
    # "1.200 hộ trên 15.000 hộ dân tộc thiểu số": the whole's unit read on a word longer.
    if before.text != unit.text and not unit.text.startswith(f"{before.text} "):
        return False
    gap = _OUT_OF.fullmatch(low, before.end, first)
    # "45.300 thửa đất trên 52.000 thửa đất": the same words run on after both units.
    return gap is not None and low.startswith(gap.group(1), unit.end)
