"""The funds set aside for a programme, allotted or foreseen, are its plan.

"Tổng kinh phí bố trí cho Tiểu dự án 3 giai đoạn 2021 - 2025 là 87 tỷ đồng" and "Tổng
kinh phí dự kiến 49,9 tỷ đồng, gồm ngân sách Trung ương 11,2 tỷ đồng, ..." name the
budget of the programme, the level planned for it, not money spent nor a forecast of a
result: "dự kiến" there qualifies the noun, as "bố trí" does. What was paid out of it
("đã giải ngân 46 tỷ đồng") is a result of its own.

>>> planned_budget("tổng kinh phí bố trí cho tiểu dự án 3 giai đoạn 2021 - 2025 là ")
True
>>> planned_budget("tổng kinh phí dự kiến ")
True
>>> planned_budget("tổng kinh phí đã giải ngân ")
False
>>> planned_budget("dự kiến kinh phí giải ngân đạt ")
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

# The funds noun, the participle that makes them allotted or foreseen, what they are for
# (no clause break, no verb of spending), then a copula or nothing.
_BUDGET = re.compile(
    r"\b(?:kinh phí|mức đầu tư|nguồn vốn)(?: được)? (?:bố trí|phân bổ|dự kiến)\b"
    r"([^,;:.()%]{0,100}?)\s*(?:là\s*)?$"
)
_SPENT = re.compile(r"\b(?:đã|giải ngân|chi|sử dụng|thực hiện|đạt)\b")


def planned_budget(before: str) -> bool:
    """True when `before` (lower-case, the figure's clause up to its number) ends on the
    funds allotted or foreseen for something, with no verb of spending after them."""
    # A plain look-up first: most figures follow no funds noun.
    if "kinh phí" not in before and "mức đầu tư" not in before and "nguồn vốn" not in before:
        return False
    match = _BUDGET.search(before)
    return match is not None and not _SPENT.search(match.group(1))


# How far back the parts of a budget are followed: a list of sources is short.
_PARTS_BACK = 8


def budget_before(low: str, before: list[Draft]) -> Draft | None:
    """The planned budget whose parts the figure after `before` (the figures of its
    sentence before it) goes on listing: the nearest budget among the last few figures,
    all read as planned ("Tổng kinh phí dự kiến 49,9 tỷ đồng, gồm ngân sách Trung ương
    11,2 tỷ đồng, ngân sách tỉnh 38,4 tỷ đồng")."""
    for draft in reversed(before[-_PARTS_BACK:]):
        if draft.kind != "target" or draft.quantity is None:
            return None
        if planned_budget(low[draft.clause_start : draft.quantity.lead_start]):
            return draft
    return None
