"""A quota met in full, as an item of a list of targets: "Đại hội thông qua các chỉ tiêu
nhiệm kỳ 2025-2030: ...; giao quân hằng năm đạt 100% chỉ tiêu" sets the aim of filling the
quota, a target, where "thu ngân sách đạt 5.200 tỷ đồng, bằng 105% dự toán" after a
target word reports how a plan went. Only the whole quota (100% of it, with no level of
its own) under a label that heads targets is read so.

>>> from tiendo.extract.figure import Comparison
>>> low = "các chỉ tiêu năm 2025: thu ngân sách 500 tỷ đồng; tuyển quân đạt 100% chỉ tiêu"
>>> full_quota(None, [Comparison("plan", "ratio", 100.0, "chỉ tiêu")], low, 0, 52)
True
>>> full_quota(None, [Comparison("plan", "ratio", 105.0, "chỉ tiêu")], low, 0, 52)
False
>>> full_quota(None, [Comparison("plan", "ratio", 100.0, "")], "năm 2024, tuyển quân", 0, 10)
False
"""

from __future__ import annotations

from collections.abc import Sequence

from tiendo.extract.figure import Comparison
from tiendo.extract.planned_labels import planned_label
from tiendo.extract.quantities import Quantity


def full_quota(
    quantity: Quantity | None,
    comparisons: Sequence[Comparison],
    low: str,
    sentence_start: int,
    item_start: int,
) -> bool:
    """True for an item with no level of its own, given as 100% of its plan, in a list whose
    label heads targets."""
    if quantity is not None or not comparisons:
        return False
    if any(c.basis != "plan" or c.measure != "ratio" or c.percent != 100 for c in comparisons):
        return False
    return planned_label(low, sentence_start, item_start)
