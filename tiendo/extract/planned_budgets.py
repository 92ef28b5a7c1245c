"""The funds set aside for a programme, allotted or foreseen, are its plan.

So are the size and the funds of a programme or project named, to which nothing is said
done yet ("kiến nghị hỗ trợ dự án Nhà máy điện khí quy mô 3.200 MW, tổng vốn đầu tư 4,3
tỷ USD"): the level it is planned at.

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
>>> planned_budget("tỉnh triển khai chương trình giảm nghèo với tổng kinh phí ")
True
>>> planned_budget("hỗ trợ dự án nhà máy điện quy mô 3.200 mw, tổng vốn đầu tư ")
True
>>> planned_budget("tỉnh có 286 dự án còn hiệu lực, tổng vốn đầu tư ")
False
>>> planned_budget("tỉnh đã khởi công dự án nhà máy nhiệt điện, tổng vốn đầu tư ")
False
>>> planned_budget("dự án đường cao tốc, tổng vốn đầu tư ", " tỷ đồng, đã hoàn thành")
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

# The funds noun, the participle that makes them allotted or foreseen, what they are for
# (no clause break, no verb of spending), then a copula or nothing.
_BUDGET: Final = re.compile(
    r"\b(?:kinh phí|mức đầu tư|nguồn vốn)(?: được)? (?:bố trí|phân bổ|dự kiến)\b"
    r"([^,;:.()%]{0,100}?)\s*(?:là\s*)?$"
)
# Public investment capital planned for a term or a year, foreseen ("Tổng nguồn vốn đầu tư
# công giai đoạn 2021-2025 của tỉnh dự kiến hơn 67,7 ngàn tỷ đồng", "dự kiến kế hoạch đầu tư
# công trung hạn … với tổng vốn"): the plan's level, as "kinh phí dự kiến" is.
_INVESTMENT_PLAN: Final = re.compile(
    r"(?:\b(?:kế hoạch|nguồn vốn|vốn) đầu tư công\b[^,;:.()%]{0,80}?\bdự kiến"
    r"|\bdự kiến (?:tổng )?(?:kế hoạch|nguồn vốn|vốn) đầu tư công\b[^,;:.()%]{0,80}?"
    r"(?:với tổng (?:số )?vốn|là))\s*(?:(?:là|khoảng|hơn|trên|gần)\s*)?$"
)
_SPENT: Final = re.compile(r"\b(?:đã|giải ngân|chi|sử dụng|thực hiện|đạt)\b")


# A programme or project named (not counted: "286 dự án ..., tổng vốn đầu tư" sums the
# capital registered), then its size or funds: "triển khai Chương trình ... với tổng kinh
# phí", "dự án Nhà máy ... quy mô 3.200 MW, tổng vốn đầu tư".
_PROGRAMME: Final = re.compile(
    r"(?<![\d.,] )\b(?:chương trình|dự án|đề án)\b((?:[^;:.()]|(?<=\d)\.(?=\d)){0,140}?)"
    r"\b(?:quy mô|tổng kinh phí|tổng vốn đầu tư|tổng mức đầu tư)\s*(?:là\s*)?$"
)
_NOUNS: Final = ("kinh phí", "đầu tư", "nguồn vốn", "quy mô")  # ("đầu tư công" too)
# Anything done to the project, before its name, between it and the number, or after the
# number in the same clause ("khởi công dự án ...", "..., đã hoàn thành"): then the size
# or funds are of a project under way or done, a result.
_DONE: Final = re.compile(
    r"\b(?:đã|được|hoàn thành|khánh thành|khởi công|giải ngân|đi vào|đưa vào|vận hành"
    r"|thu hút|cấp (?:giấy|mới|phép))\b"
)


def planned_budget(before: str, after: str = "") -> bool:
    """True when `before` (lower-case, the figure's clause up to its number) ends on the
    funds allotted or foreseen for something, with no verb of spending after them, or on
    the size or funds of a programme or project named, with nothing done to it before the
    number nor in `after` (the rest of the figure's clause)."""
    # A plain look-up first: most figures follow no funds noun.
    if not any(word in before for word in _NOUNS):
        return False
    match = _BUDGET.search(before)
    if match is not None:
        return not _SPENT.search(match.group(1))
    foreseen = "dự kiến" in before and "đầu tư công" in before  # plain look-ups first
    plan = _INVESTMENT_PLAN.search(before) if foreseen else None
    if plan is not None:
        # ("giải ngân vốn đầu tư công … dự kiến 3.500 tỷ đồng": a forecast of what is paid)
        return not _SPENT.search(before, max(0, plan.start() - 30), plan.end())
    window = before[-200:]
    named = _PROGRAMME.search(window)
    return named is not None and not _DONE.search(window) and not _DONE.search(after)


# How far back the parts of a budget are followed: a list of sources is short.
_PARTS_BACK: Final = 8


def budget_before(low: str, before: list[Draft]) -> Draft | None:
    """The planned budget whose parts the figure after `before` (the figures of its
    sentence before it) goes on listing: the nearest budget among the last few figures,
    all read as planned ("Tổng kinh phí dự kiến 49,9 tỷ đồng, gồm ngân sách Trung ương
    11,2 tỷ đồng, ngân sách tỉnh 38,4 tỷ đồng")."""
    for draft in reversed(before[-_PARTS_BACK:]):
        if draft.kind != "target" or draft.quantity is None:
            return None
        lead = draft.quantity.lead_start
        if planned_budget(low[max(draft.clause_start, lead - 240) : lead]):
            return draft
    return None
