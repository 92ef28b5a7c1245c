"""A month named by its word: "tháng Một", "tháng Tám", "tháng Mười Hai", "tháng Giêng".

Statistics releases name the month of a report in words as often as in digits: "tổng thu
ngân sách nhà nước tháng Một ước đạt 370,7 nghìn tỷ đồng" is January's, as "tháng 1" is.
The word after "tháng" is then the month's name, not a count: a count stands before
"tháng" ("hai tháng"). "tháng năm" is left out (it is also "ngày tháng năm"), and so is a
word that counts something after it ("mỗi tháng hai lần").
"""

from __future__ import annotations

import re
from typing import Final

_NAMES: Final = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
MONTH_NAME: Final = re.compile(
    r"tháng(?<=\btháng)\s+(mười một|mười hai|mười|giêng|một|hai|ba|tư|sáu|bảy|tám|chín|chạp)"
    r"(?![^\W_])(?!\s+(?:lần|đợt|kỳ|ngày|tuần|tháng|năm(?!\s+\d{4})|[^\W\d_]*\s*(?:lần|đợt)\b))"
    r"(?:\s*(?:/|-|–|năm)\s*(\d{4}))?"
)
# A count or "mỗi" right before "tháng": "6 tháng hai năm", "mỗi tháng một lần". A point
# in the month ("đến cuối tháng ba") is left too: in lower case it is as often part of a
# name as a period (ninth-round probe), where a report's month stands on its own.
_COUNTED_BEFORE: Final = re.compile(
    r"(?:\d|\bmỗi|\bhằng|\bhàng|\bcác|\bnhững|\bcuối|\bđầu|\bgiữa)\s*$"
)


def month_named(text: str, match: re.Match[str]) -> int | None:
    """The month (1 to 12) a MONTH_NAME match names, or None when "tháng" is counted."""
    if _COUNTED_BEFORE.search(text, max(0, match.start() - 10), match.start()):
        return None
    return _NAMES.get(match.group(1))
