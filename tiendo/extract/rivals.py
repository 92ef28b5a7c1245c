"""The level of a rival, given in parentheses after it: "Rau quả 6 tháng ước 1,7 tỉ USD,
vượt gạo (1,2 tỉ USD), chỉ đứng sau cà phê (1,86 tỉ USD)"; "diện tích nuôi tôm 143.000 ha
đứng thứ hai, sau Cà Mau (278.365 ha)".

What a figure is ranked against ("vượt", "sau", "đứng sau", "kém") is a rival measured the
same way, and the number in parentheses right after it is that rival's level: the export
value of rice, the shrimp area of Cà Mau. The words before the rival's name are the
ranking, not the measure; the measure is the one the figure before it (in the same kind
of unit) was named with, up to the words that say of what, and the rival takes their
place.

>>> rival_before("rau quả ước 1,7 tỉ usd, tăng 44,6%, vượt gạo ")
'gạo'
>>> rival_before("diện tích 143.000 ha chỉ đứng thứ hai, sau Cà Mau ")
'Cà Mau'
>>> rival_before("tăng 44,6%, vượt gạo (1,2 tỉ usd) và hạt điều ")
'hạt điều'
>>> rival_before("thu ngân sách đạt 500 tỷ đồng ")
''
>>> measure_of("dù diện tích nuôi tôm"), measure_of("xuất khẩu nông lâm thủy sản")
('diện tích nuôi tôm', 'xuất khẩu')
>>> measure_of("diện tích trồng cà phê của huyện")
'diện tích trồng cà phê'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

# The words that rank a figure against a rival, and the rival's name (one to six words, no
# number).
_RANKED_BY: Final = r"(?:vượt(?:\s+qua)?|sau|trước|kém|thua|bỏ xa)"
_RIVAL_NAME: Final = r"(?P<rival>[^\W\d_][^\s\d(),;]*(?:\s+[^\W\d_][^\s\d(),;]*){0,5})\s*$"
# A ranking word, then the rival's name, right before the parenthesis.
_RIVAL: Final = re.compile(
    rf"(?:^|[\s,])(?:chỉ\s+)?(?:đứng\s+|xếp\s+)?{_RANKED_BY}\s+{_RIVAL_NAME}", re.IGNORECASE
)
# A second rival of the same ranking, after the first one's parenthesis: "vượt gạo (1,2 tỉ
# USD) và hạt điều (1,5 tỉ USD)".
_NEXT_RIVAL: Final = re.compile(
    rf"(?:^|[\s,]){_RANKED_BY}\s+[^\W\d_][^()]{{0,40}}\([^()]*\)\s*(?:,|và)\s+{_RIVAL_NAME}",
    re.IGNORECASE,
)
# Words of a rival that make it no name: a time, an amount, a plan.
_NOT_RIVAL: Final = re.compile(
    r"\b(?:năm|tháng|quý|kỳ|cùng|kế hoạch|dự toán|mức|đó|này|khi|đây|với|so)\b", re.IGNORECASE
)
# The measures a rival is ranked by; for a trade, its goods follow ("xuất khẩu nông lâm thủy
# sản"), which the rival's name replaces; for the others, what is measured stays ("diện
# tích nuôi tôm") and the rival (a place) is put after it.
_TRADE: Final = re.compile(
    r"^(?:tổng\s+)?(?:(?:kim ngạch|giá trị)\s+)?(?:xuất khẩu|nhập khẩu)\b", re.IGNORECASE
)
_MEASURE: Final = re.compile(
    r"^(?:diện tích|sản lượng|năng suất|doanh thu|giá trị sản xuất|lượt khách|số lượt khách"
    r"|tổng vốn|vốn đầu tư|thu ngân sách)\b[^,;()]*",
    re.IGNORECASE,
)
# Whose the figure before was ("của huyện", "tại Bạc Liêu"): the rival is another owner.
_OWNER: Final = re.compile(r"\s+(?:của|tại|ở|trên địa bàn)\b.*$", re.IGNORECASE)
_LEADING: Final = re.compile(r"^(?:dù|mặc dù|tuy|còn|riêng|trong đó|và)\s+", re.IGNORECASE)


def rival_before(words: str) -> str:
    """The rival named right before a parenthesis (`words` end there), or ""."""
    found = _RIVAL.search(words) or _NEXT_RIVAL.search(words)
    if found is None:
        return ""
    rival = found.group("rival")
    return "" if _NOT_RIVAL.search(rival) else rival


def measure_of(named: str) -> str:
    """The measure a rival of the figure named `named` is measured by, or ""."""
    named = _LEADING.sub("", named.strip())
    trade = _TRADE.match(named)
    if trade is not None:
        return trade.group(0)
    found = _MEASURE.match(named)
    return _OWNER.sub("", found.group(0)).strip() if found is not None else ""


def rival_level(draft: Draft, earlier: list[Draft], norm: str) -> str:
    """'kim ngạch xuất khẩu gạo' for '(1,2 tỉ USD)' after 'vượt gạo', or ""."""
    quantity = draft.quantity
    if quantity is None or not draft.in_paren:
        return ""
    opening = norm.rfind("(", max(0, quantity.lead_start - 8), quantity.lead_start + 1)
    if opening < 0 or norm[opening + 1 : quantity.lead_start].strip():
        return ""  # the number opens its parenthesis
    rival = rival_before(norm[max(0, opening - 80) : opening])
    if not rival:
        return ""
    kind = quantity.unit.kind
    for other in reversed(earlier):
        if other.anchor >= draft.anchor or other.in_paren:
            continue
        if other.quantity is None or other.quantity.unit.kind != kind:
            continue
        measure = measure_of(other.indicator)
        if measure:
            return f"{measure} {rival}"
    return ""
