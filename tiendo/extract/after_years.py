"""Results stated "after N years" of a span are as of the span's last year.

"Sau 10 năm (2010 - 2019) xây dựng nông thôn mới, Thái Bình có 100% số xã đạt chuẩn",
"Sau 5 năm thực hiện Chương trình ... giai đoạn 2011 - 2015, Tiền Giang có 12 xã ...":
the opening phrase counts the years of a programme and names them; what the sentence
then says the province has is where things stood when those years ended, in the span's
last year (the year only: no months are named). So are years counted on from a starting
year ("Từ nền tảng xã nông thôn mới năm 2015, sau gần 06 năm, xã đã đạt 18 tiêu chí": 2021).
A span named elsewhere in the sentence, or years counted with no span named ("Sau 5 năm
thực hiện Nghị quyết, ..."), say no such year.

>>> [tuple(m) for m in years_after("sau 10 năm (2010 - 2019) xây dựng nông thôn mới, tỉnh có")]
[(0, 24, 2019)]
>>> [m.year for m in years_after("qua 3 năm triển khai chương trình giai đoạn 2011 - 2015, tỉnh")]
[2014]
>>> [m.year for m in years_after("sau 5 năm thực hiện chương trình giai đoạn 2011 - 2015, tỉnh")]
[2015]
>>> years_after("sau 5 năm thực hiện nghị quyết, xã đạt")
[]
>>> [m.year for m in years_after("từ một xã nghèo năm 2010, sau 10 năm, xã đạt")]
[2020]
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from tiendo.extract.lexicon import NUMBER_VALUES, number_words

# "sau (hơn|gần) 10 năm" + (words of the programme) + "(2010 - 2019)" or "giai đoạn
# 2011 - 2015", all before the opening phrase's comma.
_AFTER_SPAN: Final = re.compile(
    r"(?:^|(?<=[\s,(]))(?:sau|qua)\s+(?:hơn\s+|gần\s+)?"
    rf"(?P<count>\d{{1,2}}|{number_words(2, 10)})\s+năm"
    r"[^,;.:()]{0,120}?(?:\(\s*|giai đoạn\s+)(?:từ\s+)?(?:năm\s+)?"
    r"(?P<first>\d{4})\s*[-–]\s*(?P<last>\d{4})\)?"
)


# "Từ (nền tảng|một xã nghèo|chỗ …) năm 2015, sau (gần) 6 năm": years counted on from a
# starting year named after "từ", in the same opening phrase; "qua 10 năm", "trải qua 7
# năm" count them the same way.
_AFTER_START: Final = re.compile(
    r"từ(?<=\btừ)\s[^,;.:()]{0,80}?\bnăm\s+(\d{4})\s*,\s*(?:thì\s+)?(?P<after>sau|trải qua|qua)\s+"
    r"(?:hơn\s+|gần\s+)?"
    rf"(?P<count>\d{{1,2}}|{number_words(2, 10)})\s+năm\b"
)


class YearAfter(NamedTuple):
    start: int
    end: int
    year: int


def _years(count: str) -> int:
    return int(count) if count.isdigit() else NUMBER_VALUES[count]


def years_after(text: str) -> list[YearAfter]:
    """The spans of years counted "after" in lower-case `text`, with their last year."""
    found: list[YearAfter] = []
    for match in _AFTER_SPAN.finditer(text):
        first, last = int(match.group("first")), int(match.group("last"))
        if 1900 < first < last <= first + 30:
            # "Qua 3 năm triển khai Chương trình ... giai đoạn 2011 - 2015": fewer years
            # than the programme's are counted on from its first year (2014), not to its end.
            years = _years(match.group("count"))
            found.append(YearAfter(match.start(), match.end(), min(last, first + years)))
    for match in _AFTER_START.finditer(text) if "từ" in text else ():
        years = _years(match.group("count"))
        if 1 <= years <= 30:
            # The count of years dates what follows it; the starting year stays the year of
            # a level said with it ("Từ chỗ chỉ có 2 xã đạt chuẩn năm 2012, sau 8 năm, ...").
            found.append(YearAfter(match.start("after"), match.end(), int(match.group(1)) + years))
    return found
