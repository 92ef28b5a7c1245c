"""The parts "trong đó" opens after a running total are parts of the total, of its months.

"Kim ngạch xuất khẩu tháng 3 đạt 85 triệu USD, lũy kế 180,8 triệu USD, đạt 16,4% kế
hoạch. Trong đó, xuất khẩu thủy sản đạt 163 triệu USD": the total runs January to March
(running_totals.py), and what "trong đó" (of which) breaks down is that total, the figure
right before it; its parts, naming no time of their own, are of January to March too, not
of the month the sentence opened on. A part that names its own time ("trong đó tháng 3
đạt ...") or is followed by a total of its own ("trong đó, thu nội địa được 359 tỷ đồng,
lũy kế được ...") keeps it, and a part after a figure of one month stays that month's.

>>> whole, part = Period(2021, 1, 3), Period(2021, 3, 3)
>>> part_of_total(whole, part, ", đạt 16,4% kế hoạch. trong đó, xuất khẩu thủy sản đạt ")
True
>>> part_of_total(whole, part, "; trong đó tháng 3 đạt ")
False
>>> part_of_total(Period(2021, 3, 3), part, "; trong đó xuất khẩu thủy sản đạt ")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.periods import Period

_PART: Final = re.compile(r"(?:^|[\s,;:.(])trong đó\b")
_TOTAL: Final = re.compile(r"\b(?:lũy kế|luỹ kế|cộng dồn)\b")
# A time the part names for itself, after the marker.
_OWN_TIME: Final = re.compile(r"\b(?:tháng|quý|ngày|năm \d{4})\b|\d+ tháng\b")


def part_of_total(whole: Period, part: Period, gap: str) -> bool:
    """True when `part`, after lower-case `gap` that opens it with "trong đó" and names no
    time of its own, took the last month alone of `whole`, a total from January."""
    month = whole.to_month
    if whole.year != part.year or whole.from_month != 1 or month is None or month < 2:
        return False
    if part.from_month != month or part.to_month != month:
        return False
    ends = [marker.end() for marker in _PART.finditer(gap)]
    return bool(ends) and _OWN_TIME.search(gap, ends[-1]) is None


def date_total_parts(low: str, drafts: list[Draft], previous: list[Draft]) -> None:
    """Date the parts "trong đó" opens after a total as the total (see the module); the
    last figure of the sentence before is the total when this one opens on "trong đó"."""
    whole = previous[-1] if previous else None  # `low` is the passage's: offsets run on
    last, opened = (whole.anchor if whole is not None else 0), False
    for index, draft in enumerate(drafts):
        start = draft.quantity.lead_start if draft.quantity is not None else draft.number_start
        gap = low[last:start]
        if opened and _PART.search(gap) is None:
            gap = f"trong đó {gap}"  # the next item of the same parts: "…, gạo 12 triệu USD"
        # "Trong đó, thu nội địa tháng 7 được 359 tỷ đồng, lũy kế được 2.000 tỷ đồng": a part
        # with a running total of its own is the month's, as its whole was.
        after = low[draft.anchor : drafts[index + 1].anchor] if index + 1 < len(drafts) else ""
        opened = False
        if whole is not None and _TOTAL.search(after) is None:
            opened = part_of_total(whole.period, draft.period, gap)
        if opened and whole is not None:
            draft.period = whole.period
        whole, last = draft, draft.anchor
