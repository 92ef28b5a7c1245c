"""A share that says which things a count counts: "3 đơn vị giải ngân trên 50%", "4/124
xã có tỷ lệ hộ nghèo trên 20%", "7 đơn vị dưới 5%". The percentage is a threshold the
counted places or bodies pass or stay under; the count is the figure, and its name holds
the threshold. A share of the count with a comma before it ("12 xã, chiếm trên 50%") or a
comparison ("1.500 hộ, đạt trên 90% kế hoạch", "tăng hơn 20%") is no threshold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tiendo.extract.quantities import Quantity
from tiendo.extract.units import UnitMatch

_THRESHOLD_WORDS: Final = ("trên", "dưới", "hơn", "từ")
# Only words between the count and the threshold, and none that compares or joins.
_GAP: Final = re.compile(
    # "đạt tỷ lệ giải ngân dưới 30%": a rate the counted reach names them, as "có" does.
    r"(?:[ \t]+(?!(?:tăng|giảm|bằng|đạt(?![ \t]+t[ỷỉ] lệ)|chiếm|so|vượt|tương|gấp|và|với|là"
    r"|tỷ trọng)\b)"
    r"[^\W\d_]+){0,10}[ \t]+$"
)


def count_threshold(
    norm: str, low: str, first: int, lead_start: int, unit: UnitMatch, found: Sequence[Quantity]
) -> bool:
    """True when the percentage whose bound starts at `lead_start` (its number at `first`,
    its `unit` "%") is a threshold of the count right before it; the count's words then
    run to the end of the threshold, which names what it counts."""
    if unit.kind != "percent" or not found or lead_start >= first:
        return False
    if not low.startswith(_THRESHOLD_WORDS, lead_start):
        return False
    before = found[-1]
    if before.unit.kind != "count" or before.unit.end > lead_start:
        return False
    if _GAP.fullmatch(low, before.unit.end, lead_start) is None:
        return False
    before.tail = " ".join(norm[before.unit.end : unit.end].split())
    before.extent_end = unit.end
    return True
