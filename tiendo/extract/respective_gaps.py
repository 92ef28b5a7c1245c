"""A 'lần lượt' list whose percentages each name their own basis, right after one figure:
"ước 23.341 tỷ đồng, lần lượt tăng 0,6% so với tháng trước và 17,7% so với cùng kỳ"
compares that one figure with each basis in turn, so the words between it and the first
percentage add no subject.

>>> respective_gap(", lần lượt "), respective_gap(", tăng lần lượt "), respective_gap(", ")
(True, True, False)
>>> respective_gap(", nhập khẩu lần lượt ")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import transparent

_RESPECTIVE: Final = re.compile(
    r"\b(?:(?:tăng|giảm|đạt|bằng)\s+)?lần lượt(?:\s+(?:tăng|giảm|đạt|bằng))?\b"
)


def respective_gap(gap: str) -> bool:
    """Whether `gap`, between a figure and a comparison, holds only a 'lần lượt' (and its
    verb) besides what any comparison may follow."""
    if "lần lượt" not in gap:
        return False  # the cheap test first
    return transparent(_RESPECTIVE.sub(" ", gap, count=1))
