"""A verb that puts a measure at a level is no part of the measure's name: "nâng tỷ lệ
che phủ rừng lên 62%" is the forest cover rate, "được giao kế hoạch vốn năm 2024 là 280
tỷ đồng" the capital plan.

A target named as such ("mục tiêu vốn giải ngân") keeps its noun. Verbs that name a
change ("giảm tỷ lệ hộ nghèo 1,5%") or an act counted ("kết nạp 80 đảng viên") stay:
there the verb says what the number measures.

>>> without_lead_verb("nâng tỷ lệ che phủ rừng")
'tỷ lệ che phủ rừng'
>>> without_lead_verb("giao kế hoạch vốn"), without_lead_verb("giảm tỷ lệ hộ nghèo")
('kế hoạch vốn', 'giảm tỷ lệ hộ nghèo')
>>> without_lead_verb("duy trì tỷ lệ")
'duy trì tỷ lệ'
"""

from __future__ import annotations

import re
from typing import Final

_LEAD: Final = re.compile(
    r"^(?:(?:tiếp tục|phấn đấu)\s+)?(?:nâng|đưa|duy trì|giữ vững|giữ|được giao|giao"
    r"|hướng tới|hướng đến)\s+(?=(?:kế hoạch vốn|thu ngân sách)\b|(?:tỷ lệ|tỉ lệ|tỷ trọng"
    r"|tỉ trọng|giá trị|thu nhập|tốc độ|kim ngạch|sản lượng|diện tích|doanh thu|tổng|số|mức"
    r"|chỉ số|năng suất|vốn)\s+\S)",
    re.IGNORECASE,
)

# The first letters of _LEAD's words, in lower case (its matches ignore case).
_LEAD_FIRST_LETTERS: Final = frozenset("tpnđdgh")


# A condition that opens the clause: "Nếu loại trừ tiền sử dụng đất, thu nội địa đạt …" is
# domestic revenue without land fees; the subject comes first, what it leaves out after.
_CONDITION: Final = re.compile(
    r"^(?:nếu|khi)?\s*((?:loại trừ|không kể|không tính|không bao gồm)\b.*),\s*(?=\S)",
    re.IGNORECASE,
)


def without_lead_verb(indicator: str) -> str:
    """`indicator` without a verb that only puts its measure at a level, and with an
    opening condition ("Nếu loại trừ …,") after the subject.

    >>> without_lead_verb("Nếu loại trừ tiền sử dụng đất, thu nội địa")
    'thu nội địa loại trừ tiền sử dụng đất'
    """
    if " " not in indicator:
        return indicator
    # Each pattern only where what every match of it holds stands (most names hold none):
    # a comma, a lead verb's first letter at the start, "ước".
    condition = _CONDITION.match(indicator) if "," in indicator else None
    if condition:
        indicator = f"{indicator[condition.end() :]} {condition.group(1)}"
    if indicator[:1].lower() in _LEAD_FIRST_LETTERS:
        # _LEAD opens with "^": its one replacement is the text after a match at the start,
        # and a match costs less than sub's search, list and join.
        lead = _LEAD.match(indicator)
        if lead is not None:
            indicator = indicator[lead.end() :]
    return _TRAILING_ESTIMATE.sub("", indicator) if "ước" in indicator else indicator


# An estimate's word left at the end of a name ("Tổng vốn đầu tư ước cả năm 21.000 tỷ
# đồng"): it says the kind, not the measure ("cả năm" stays, as the corpus writes it).
_TRAILING_ESTIMATE: Final = re.compile(r"(?<=\S)\s+ước(?: tính| đạt)?(?=(?:\s+cả năm)?$)")
