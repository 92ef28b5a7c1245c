"""A flow of money named bare ("thu", "tổng chi") after a flow of a budget is of that
budget: "Tổng thu ngân sách nhà nước ..., tổng chi ..." spends the State budget; "Dự toán
thu ngân sách nhà nước ... là 3.150 tỷ đồng và tỉnh thu được 2.870 tỷ đồng" collects for
the budget its own plan named.

>>> counterpart("tổng chi", "Tổng thu ngân sách nhà nước trên địa bàn")
'tổng chi ngân sách nhà nước'
>>> counterpart("chi", "thu ngân sách")
'chi ngân sách'
>>> counterpart("thu", "Dự toán thu ngân sách nhà nước"), counterpart("chi", "chi thường xuyên")
('thu ngân sách nhà nước', '')
>>> counterpart("tổng thu", "tổng thu ngân sách nhà nước trên địa bàn")
'tổng thu ngân sách nhà nước trên địa bàn'

With no figure of a budget before it, the words before it may still name the budget the
passage is about ("Thu ngân sách nhà nước được tập trung chỉ đạo, tổng thu trong 6 tháng
ước 791 tỷ đồng"; "Quốc hội giao dự toán thu ngân sách nhà nước …. … tổng thu cả năm
đạt …"): the bare flow is of the budget said last, unless tourism was said after it
("tổng thu" of tourism, "tổng thu từ du lịch", is named by its own rules).

>>> budget_said("tổng thu", "thu ngân sách nhà nước được tập trung chỉ đạo, ")
'tổng thu ngân sách nhà nước'
>>> budget_said("Tổng chi", "… ngân sách tỉnh …"), budget_said("tổng thu", "ngân sách …, du lịch ")
('Tổng chi ngân sách', '')
"""

from __future__ import annotations

import re
from typing import Final

BARE_FLOW: Final = re.compile(r"^(?:tổng\s+)?(thu|chi)$", re.IGNORECASE)
_FLOW_OF: Final = re.compile(
    r"^(?P<plan>dự toán\s+)?(?:tổng\s+)?(thu|chi)\s+(ngân sách(?:\s+nhà nước|\s+địa phương)?)\b",
    re.IGNORECASE,
)


# A budget (or tourism, whose "tổng thu" is its takings) said in the words before a flow.
_DOMAIN: Final = re.compile(
    r"\b(?:ngân sách(?P<whose> nhà nước| địa phương)?|(?P<nsnn>nsnn)|du lịch)\b"
)


def budget_said(bare: str, before: str) -> str:
    """`bare` (a bare flow, "tổng thu") of the budget `before` (lower-case words before
    it, the caller's window) names last, or "" when it names none, or tourism after it."""
    said = list(_DOMAIN.finditer(before))
    last = said[-1] if said else None
    if last is None or last.group().startswith("du"):
        return ""
    whose = " nhà nước" if last.group("nsnn") else last.group("whose") or ""
    return f"{bare} ngân sách{whose}"


def is_flow_of_budget(named: str) -> bool:
    """True when `named` is a flow of a budget ("thu ngân sách ...", "dự toán chi ...")."""
    return _FLOW_OF.match(named) is not None


def counterpart(bare: str, named: str) -> str:
    """The name of the bare flow `bare` after the flow of a budget `named`, or ""."""
    own, other = BARE_FLOW.match(bare), _FLOW_OF.match(named)
    if own is None or other is None:
        return ""
    if own.group(1).lower() == other.group(2).lower() and not other.group("plan"):
        # The same flow said again bare ("tổng thu ..., tổng thu ước ..."): the same name.
        return named
    return f"{bare} {other.group(3)}"
