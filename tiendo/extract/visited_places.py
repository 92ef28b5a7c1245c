"""The place that receives visitors, named as the clause's subject: "Lâm Đồng đón khoảng 6,5
triệu lượt khách", "Trung tâm du lịch Phong Nha - Kẻ Bàng đón trên 602.000 lượt khách".

A named place that receives ("đón", "đón tiếp", "phục vụ") is where the visitors came, so
the count is of tourists to that place: "lượt khách du lịch đến Lâm Đồng". An unnamed
subject ("tỉnh", "toàn tỉnh", "ngành du lịch") adds nothing to "lượt khách du lịch".

>>> visited("Lâm Đồng đón khoảng ")
'lượt khách du lịch đến Lâm Đồng'
>>> visited("Năm 2019, Trung tâm du lịch Phong Nha - Kẻ Bàng đón trên ")
'lượt khách du lịch đến Trung tâm du lịch Phong Nha - Kẻ Bàng'
>>> visited("toàn tỉnh ước đón ")
'lượt khách du lịch'
"""

from __future__ import annotations

import re
from typing import Final

_TOURISTS: Final = "lượt khách du lịch"
# The subject: a name (words with capitals, "-" between them), after the kind of place it
# is when one is said; then the verb, and a bound of the number.
_RECEIVING_PLACE: Final = re.compile(
    r"(?:^|[,;:]\s*)(?P<place>(?:(?:[Tt]rung tâm du lịch|[Kk]hu du lịch|[Qq]uảng trường|[Cc]ảng"
    r"|TP\.?|[Tt]ỉnh|[Tt]hành phố|[Hh]uyện)\s+)?[A-ZĐ][^\W\d_]*(?:\s*[-–]?\s*[A-ZĐ][^\W\d_]*){1,5})"
    r"\s+(?:(?:ước|đã|dự kiến|vừa|cũng)\s+)*(?:đón tiếp|đón|phục vụ)"
    r"(?:\s+(?:khoảng|hơn|trên|gần|chừng|xấp xỉ))?\s*$"
)


def visited(before: str) -> str:
    """The name of a bare count of visitors ("lượt khách"), with the place that received
    them when the clause before the number (`before`) names it as its subject."""
    if "đón" not in before and "phục vụ" not in before:
        return _TOURISTS
    match = _RECEIVING_PLACE.search(before)
    return f"{_TOURISTS} đến {match.group('place')}" if match else _TOURISTS
