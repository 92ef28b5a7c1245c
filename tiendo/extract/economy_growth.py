"""Whether a bare rise has the economy itself for subject: then it is the economy's growth rate.

"Năm 2023, kinh tế tỉnh tăng 7,14%." The economy has no level a text gives beside its
product, so "kinh tế … tăng x%" says how fast it grew: the level "tốc độ tăng kinh tế",
as "kinh tế tỉnh tăng trưởng 14,3%" is. Counted over the readable golds, a bare rise whose
clause opens with the economy (no basis in its clause) is a level 2 times of 2; where the
economy is only a qualifier ("khu vực kinh tế", "quy mô nền kinh tế", "các ngành kinh tế")
the subject is something else and is not asked about. Read before any basis was stated,
that growth leaves the passage's bare rises of a whole year on the year before, as a bare
rise read first does ("Năm 2023, kinh tế tỉnh tăng 7,14%. … Thu ngân sách tăng 12%.").

>>> economy_grows("năm 2023, kinh tế tỉnh ")
True
>>> economy_grows("nửa đầu năm 2019, kinh tế bắc kạn ")
True
>>> economy_grows("giá trị tăng thêm của ba khu vực kinh tế ")
False
>>> economy_grows("quy mô nền kinh tế ")
False
"""

from __future__ import annotations

import re
from typing import Final

# The clause's opening: a time lead-in ("Năm 2023,", "Nửa đầu năm 2019,"), then "(nền) kinh
# tế" and what names whose it is ("tỉnh", "Bắc Kạn", "của thành phố"), a year, an estimate.
_ECONOMY_SUBJECT: Final = re.compile(
    r"[\s,;:]*(?:(?:nửa đầu |cả |trong |tính chung )?(?:năm|quý|\d+ tháng)[^,;:.%]{0,30},\s*)?"
    r"(?:nền\s+)?kinh tế(?:\s+của)?(?:\s+[^\W\d][^\W\d]*){0,4}?"
    r"(?:\s+năm\s+\d{4})?(?:\s+(?:ước tính|ước|đã|chỉ|vẫn))?\s*"
)


def economy_grows(words: str) -> bool:
    """True when `words` (lower-cased, from the clause's start to its verb) name the economy."""
    return _ECONOMY_SUBJECT.fullmatch(words) is not None
