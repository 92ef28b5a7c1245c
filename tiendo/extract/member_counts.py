"""A body said to consist of people: "Ban Chấp hành khóa mới gồm 11 đồng chí".

"<body> gồm N <people>" counts the members of the body: the name is the members of that
body ("ủy viên Ban Chấp hành khóa mới", "thành viên Đoàn Chủ tịch Đại hội"), not the verb
that set it up ("bầu", "được chỉ định") nor the people counted.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# The people a membership counts, right after the number.
_PEOPLE: Final = frozenset({"đồng chí", "người", "thành viên", "ủy viên", "uỷ viên"})
# What a body's name starts with; a committee's members are "ủy viên", others "thành viên".
_BODY: Final = re.compile(
    r"(?:^|[\s,])(?P<body>(?P<head>Ban (?:Chấp hành|Thường vụ|Kiểm tra|Chỉ đạo)|Ủy ban|Uỷ ban"
    r"|Đảng ủy|Đảng uỷ|Đoàn Chủ tịch|Hội đồng|Tổ|Đoàn|Ban)\b[^,;:()]*?)"
    r"(?:\s+(?:nhiệm kỳ|khóa|khoá)\s+[\dIVXL][^\s,;:]*(?:\s*[-–]\s*\d{4})?)?"
    r"(?:\s+(?:mới\s+)?được\s+[^\d,;:]{2,30}?)?\s+(?:bao\s+)?gồm\s*$"
)
_COMMITTEES: Final = ("Ban Chấp hành", "Ban Thường vụ", "Ban Kiểm tra", "Ủy ban", "Uỷ ban", "Đảng")


def members_of_body(draft: Draft, norm: str) -> str:
    """'ủy viên Ban Chấp hành khóa mới' for 'bầu Ban Chấp hành khóa mới gồm 11 đồng chí',
    or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text not in _PEOPLE:
        return ""
    start = max(draft.clause_start, quantity.lead_start - 160)
    pre = norm[start : quantity.lead_start]
    if "gồm" not in pre[-12:]:  # the cheap test first
        return ""
    found = _BODY.search(pre)
    if found is None:
        return ""
    body = " ".join(found.group("body").split())
    members = "ủy viên" if found.group("head").startswith(_COMMITTEES) else "thành viên"
    return f"{members} {body}"
