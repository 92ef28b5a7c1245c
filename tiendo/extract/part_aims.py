"""Targets set for part of a year: a resolution "về nhiệm vụ ... 6 tháng cuối năm 2025 với
20 chỉ tiêu chủ yếu. Theo đó, thu nhập bình quân đầu người đạt 72 triệu đồng; ...".

Targets are mostly set for years and terms, so a figure for part of a year among them is
read as a result ("Năm 2025 phấn đấu ... . 6 tháng đầu năm, GRDP tăng 7%": its own
sentence dates it). But where the sentence before counted the targets set for that very
part of the year, or went on with their list, and the figure's own sentence names no time
before it, the figure is one of those targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft
    from tiendo.extract.period_cues import PeriodMention


def aimed_for_part(draft: Draft, periods: list[PeriodMention], previous: list[Draft]) -> bool:
    """True when the sentence before (`previous`) set a count of targets for the figure's
    part of the year, or went on with the list it announced, and no time is named in the
    figure's sentence before its number."""
    if any(mention.start < draft.anchor for mention in periods):
        return False
    return any(d.kind == "target" and d.period == draft.period and _announces(d) for d in previous)


def _announces(target: Draft) -> bool:
    """True for the count of the targets set ("với 20 chỉ tiêu chủ yếu"), which announces
    the list, or a target of the list it announced (read so by no word of its own)."""
    quantity = target.quantity
    counted = quantity is not None and quantity.unit.text.startswith(("chỉ tiêu", "mục tiêu"))
    return counted or not target.kind_cued
