"""A share said of an amount, with no basis of its own, is a share of the basis its
sentence stated once.

"Năm 2023, thu ngân sách đạt 108% dự toán, chi ngân sách đạt 96%, giải ngân vốn đầu tư công
đạt 91%": each item after the first is a share of the budget too (a basis stated once for a
list applies to each figure), not a level of 96%; so is a part after "trong đó" ("tổng thu
… bằng 108% dự toán, trong đó thu nội địa bằng 112%"). Only an item whose measure is an
amount takes the basis: an amount has no level in percent, where a rate has one ("tỷ lệ che
phủ rừng đạt 42%", "bảo hiểm y tế đạt 92%" stay levels).

>>> low = "thu ngân sách đạt 108% dự toán, chi ngân sách đạt "
>>> names_amount(low, low.index(", chi"), len(low) - 4)
True
>>> low = "thu ngân sách đạt 108% dự toán, tỷ lệ che phủ rừng đạt "
>>> names_amount(low, low.index(", tỷ"), len(low) - 4)
False
"""

from __future__ import annotations

import re
from typing import Final

# The words that open an item, then the head of an amount: "trong đó thu nội địa", "chi
# ngân sách", "giải ngân vốn đầu tư công", "doanh thu lữ hành", "kim ngạch xuất khẩu".
_AMOUNT_ITEM: Final = re.compile(
    r"[\s,;:]*(?:(?:trong đó|riêng|còn|và|cụ thể)\s*,?\s*)*(?:tổng\s+)?"
    r"(?:thu(?!\s+(?:hoạch|nhập|gom|hồi|dung))|chi(?!\s+(?:bộ|hội|nhánh|đoàn|cục))"
    r"|giải ngân|vốn|nguồn vốn|doanh thu|doanh số|kim ngạch|giá trị|sản lượng|diện tích"
    r"|xuất khẩu|nhập khẩu|khối lượng|dư nợ|kinh phí|huy động|nộp ngân sách)\b"
    r"[^\d%,;:.()]*$"
)
# A rate named anywhere in the item: its percentage is its level.
_RATE: Final = re.compile(r"\b(?:tỷ lệ|tỉ lệ|tốc độ|tỷ trọng|tỉ trọng|cơ cấu|chỉ số)\b")


def names_amount(low: str, start: int, verb_start: int) -> bool:
    """True when low[start:verb_start], the words before a share's verb, name an item whose
    measure is an amount of its own (the subject the share is said of)."""
    subject = low[start:verb_start]
    return _AMOUNT_ITEM.match(subject) is not None and _RATE.search(subject) is None
