"""A share or a rise said once for amounts listed together, with "cùng" (both, all of them).

"giá trị sản xuất công nghiệp 6.198 tỷ đồng và giá trị sản xuất nông nghiệp 3.420 tỷ đồng,
cùng đạt 100,08%": each of the two reached 100,08%, not the second alone; so "Thới Bình ước
61,1 tỷ đồng và U Minh ước 49 tỷ đồng (cùng đạt 100%)" and "doanh thu bán lẻ 2.100 tỷ đồng,
doanh thu dịch vụ 940 tỷ đồng, cùng tăng 12%". The comparison is read for the amount it
follows; this hands it to the amounts of the same unit listed before it, back to the first
one that has a comparison of its own or stands past a ";", a ":" or a parenthesis. A share
that names no basis is one of the plan a heading before the list names, as for items with
their shares in parentheses (paren_shares): "chỉ 2/9 đơn vị thu đạt dự toán là Thới Bình
ước 61,1 tỷ đồng và U Minh ước 49 tỷ đồng (cùng đạt 100%)" reached the budget.

>>> from tiendo.extract import extract_figures
>>> low = "Năm 2024, bán lẻ đạt 2.100 tỷ đồng và dịch vụ đạt 940 tỷ đồng, cùng tăng 12%."
>>> [[c.percent for c in f.comparisons] for f in extract_figures(low)]
[[12.0], [12.0]]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.comparisons import basis_of
from tiendo.extract.figure import Comparison
from tiendo.extract.paren_shares import heading_plan

# "…, cùng đạt 100,08%", "… (cùng đạt 100%)", "…, cùng tăng 12%": right after the unit.
_JOINTLY: Final = re.compile(r"\s*[,(]?\s*cùng\s+(?:đạt|bằng|tăng|giảm|vượt)\s")
# What may stand between two amounts listed together: names and "và", no clause break.
_BREAK: Final = re.compile(r"[;:()%]|\d")
# How far before the list a heading naming its plan may stand.
_HEADING_REACH: Final = 120


def share_jointly(low: str, drafts: list[Draft]) -> None:
    """Give the comparisons said with "cùng" after an amount to the amounts of the same
    unit listed right before it that state none of their own."""
    for index, draft in enumerate(drafts):
        quantity = draft.quantity
        if quantity is None or not draft.comparisons or draft.in_paren:
            continue
        if not _JOINTLY.match(low, quantity.extent_end):
            continue
        unit = quantity.unit.text.lower()
        lead = quantity.lead_start
        joined = [draft]
        for earlier in reversed(drafts[:index]):
            other = earlier.quantity
            if other is None or earlier.comparisons or earlier.in_paren:
                break
            if other.unit.text.lower() != unit or _BREAK.search(low, other.extent_end, lead):
                break
            joined.append(earlier)
            lead = other.lead_start
        if len(joined) == 1:
            continue
        shared = [_of_heading(low, c, lead) for c in draft.comparisons]
        for member in joined:
            member.comparisons = list(shared)


def _of_heading(low: str, comparison: Comparison, lead: int) -> Comparison:
    """A share with no basis named, of the plan a heading before the list (at `lead`) names."""
    if comparison.basis != "other" or comparison.basis_text or comparison.measure != "ratio":
        return comparison
    plan = heading_plan(low, max(0, lead - _HEADING_REACH), lead)
    return replace(comparison, basis=basis_of(plan), basis_text=plan) if plan else comparison
