"""Parts of a whole listed in parentheses right after it.

"lượt khách do cơ sở lưu trú phục vụ ước 3,8 triệu lượt (quốc tế 1,2 triệu lượt, nội địa
2,6 triệu lượt)": each part names only what sets it apart; it is the whole's measure, for
that part ("lượt khách do cơ sở lưu trú phục vụ quốc tế").

>>> bare_part(" (quốc tế ")
'quốc tế'
>>> bare_part(", trong đó ")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft

# A part named by a few plain words: "quốc tế", "bắt buộc", "tự nguyện", "nội địa".
_PART: Final = re.compile(r"^[\s(,;]*(?P<part>[^\W\d_A-ZĐ][^\W\d_]*(?: [^\W\d_]+){0,2})\s*:?\s*$")
_NOT_PART: Final = re.compile(
    r"\b(?:trong đó|gồm|bao gồm|riêng|năm|tháng|quý|cùng kỳ|kế hoạch|kh|dự toán|tăng|giảm|"
    r"đạt|bằng|chiếm|so|với|còn|ước|khoảng|trên|dưới|gần|hơn|là|chỉ tiêu|mục tiêu)\b"
)


def bare_part(pre: str) -> str:
    """The few plain words that name a part, or ""."""
    found = _PART.match(pre)
    if found is None or _NOT_PART.search(found.group("part").lower()):
        return ""
    part = found.group("part")
    return "" if names_measure(part) else part


def paren_part(draft: Draft, named: str, earlier: list[Draft], low: str, norm: str) -> str:
    """The name of a part listed in parentheses after its whole, or ""."""
    quantity = draft.quantity
    if quantity is None or not draft.in_paren:
        return ""
    part = bare_part(norm[draft.item_start : quantity.lead_start])
    if not part or not named.lower().startswith(part.lower()):
        return ""  # "(lúa 3.200 ha, ...)" already named "diện tích lúa" from the list
    wholes = [d for d in earlier if d.anchor < draft.anchor and not d.in_paren]
    whole = wholes[-1] if wholes else None
    if whole is None or whole.quantity is None or not whole.indicator:
        return ""
    if whole.quantity.unit.text != quantity.unit.text:
        return ""
    opened = low.rfind("(", whole.anchor, draft.anchor)
    if opened < 0 or ")" in low[opened : draft.anchor]:
        return ""  # the part stands in the parenthesis that follows the whole
    if low[whole.quantity.extent_end : opened].strip(" ,"):
        return ""
    return f"{whole.indicator} {part}"
