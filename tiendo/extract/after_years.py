"""Results stated "after N years" of a span are as of the span's last year.

"Sau 10 năm (2010 - 2019) xây dựng nông thôn mới, Thái Bình có 100% số xã đạt chuẩn",
"Sau 5 năm thực hiện Chương trình ... giai đoạn 2011 - 2015, Tiền Giang có 12 xã ...":
the opening phrase counts the years of a programme and names them; what the sentence
then says the province has is where things stood when those years ended, in the span's
last year (the year only: no months are named). A span named elsewhere in the sentence,
or years counted with no span named ("Sau 5 năm thực hiện Nghị quyết, ..."), say no such
year.

>>> [tuple(m) for m in years_after("sau 10 năm (2010 - 2019) xây dựng nông thôn mới, tỉnh có")]
[(0, 24, 2019)]
>>> [m.year for m in years_after("sau 5 năm thực hiện chương trình giai đoạn 2011 - 2015, tỉnh")]
[2015]
>>> years_after("sau 5 năm thực hiện nghị quyết, xã đạt")
[]
"""

from __future__ import annotations

import re
from typing import NamedTuple

# "sau (hơn|gần) 10 năm" + (words of the programme) + "(2010 - 2019)" or "giai đoạn
# 2011 - 2015", all before the opening phrase's comma.
_AFTER_SPAN = re.compile(
    r"(?:^|(?<=[\s,(]))(?:sau|qua)\s+(?:hơn\s+|gần\s+)?(?:\d{1,2}|hai|ba|bốn|năm|mười)\s+năm"
    r"[^,;.:()]{0,120}?(?:\(\s*|giai đoạn\s+)(?:từ\s+)?(?:năm\s+)?(\d{4})\s*[-–]\s*(\d{4})\)?"
)


class YearAfter(NamedTuple):
    start: int
    end: int
    year: int


def years_after(text: str) -> list[YearAfter]:
    """The spans of years counted "after" in lower-case `text`, with their last year."""
    found: list[YearAfter] = []
    for match in _AFTER_SPAN.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if 1900 < first < last <= first + 30:
            found.append(YearAfter(match.start(), match.end(), last))
    return found
