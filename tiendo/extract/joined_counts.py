"""A count after "và" that opens a clause of its own: "sản lượng lúa vượt kế hoạch và 3 xã
được công nhận đạt chuẩn", "có 10 chỉ tiêu đạt kế hoạch và 1 chỉ tiêu đúng hướng". The words
before "và" already hold their verb, and the things counted are the subject of a predicate
after them, so "và" joins two statements, not two subjects: the count's words start after
it, and none of the statement before names it.

>>> low = "năm 2022 sản lượng lúa vượt kế hoạch và 3 xã được công nhận đạt chuẩn"
>>> start = low.index("3 xã")
>>> low[joined_start(low, 0, start, start + 4):start]
''
>>> low = "năm 2023 huyện có 120 hộ và 35 hộ thoát nghèo"
>>> start = low.index("35")
>>> joined_start(low, 0, start, start + 5)
0
"""

from __future__ import annotations

import re
from typing import Final

# "và" right before the count, after the words of a statement with its own verb.
_JOINED: Final = re.compile(r"\b(?:đạt|vượt|hoàn thành|tăng|giảm|được)\b(?:[^\W\d_]|\s)*?\svà\s+$")
# The count's own predicate, within a few words of its noun: "3 xã được công nhận",
# "1 chỉ tiêu đúng hướng", "5 chỉ tiêu không đạt", "1 chỉ tiêu cơ bản hoàn thành".
_OWN_PREDICATE: Final = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:được|đã|đạt|vượt|không|chưa|đúng|tiệm cận|hoàn thành)\b"
)


def own_predicate(tail: str) -> bool:
    """True when the words after a counted noun open with a predicate of their own.

    >>> own_predicate("cơ bản hoàn thành"), own_predicate("hoạt động không chuyên trách")
    (True, False)
    """
    return _PREDICATE_FIRST.match(tail.lower()) is not None


# A predicate as the first words after the noun ("chưa hoàn thành", "cơ bản hoàn thành",
# "được chuyển sinh hoạt"), not an adjective further in ("người hoạt động không chuyên
# trách").
_PREDICATE_FIRST: Final = re.compile(
    r"(?:(?:cơ bản|đều|đã|vẫn|chỉ)\s+)?(?:được|bị|đạt|vượt|chưa|không đạt|không hoàn thành"
    r"|đúng hướng|tiệm cận|hoàn thành)\b"
)


def joined_start(low: str, segment_start: int, lead_start: int, unit_end: int) -> int:
    """Where the words of a count start: right after a "và" that joins its statement to
    the one before, or `segment_start`."""
    if not low.endswith("và ", segment_start, lead_start):
        return segment_start  # most counts follow no "và"
    window = max(segment_start, lead_start - 80)
    joined = _JOINED.search(low, window, lead_start)
    if joined is None or _OWN_PREDICATE.match(low, unit_end, unit_end + 40) is None:
        return segment_start
    return lead_start
