"""The scale of a map or a plan: "bản đồ địa chính tỷ lệ 1/2.000", "quy hoạch chi tiết
1/500", "quy hoạch phân khu tỷ lệ 1:2.000".

"1/500" there says how the drawing is scaled, no count ("1 of 500") and no quantity of
its own; its digits name no measure either ("1:2.000 cho 12 khu đô thị" counts the urban
areas). A scale is one over a round denominator of a hundred or more, after the words of
a map or a plan.

>>> low = "đồ án quy hoạch chi tiết 1/500 khu dân cư"
>>> scale_end(low, low.index("1/"), 0) == low.index(" khu")
True
>>> low = "đạt 1/5 chỉ tiêu"
>>> scale_end(low, low.index("1/"), 0) is None
True
"""

from __future__ import annotations

import re
from typing import Final

# One, a slash or a colon, and a denominator of a hundred or more.
_SCALE: Final = re.compile(r"1[ \t]*[/:][ \t]*(\d{1,3}(?:\.\d{3})+|\d{3,7})(?![\d.,])")
# The words of a map or a plan the scale is of, before it.
_MAPPED: Final = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ|bản đồ|quy hoạch|đồ án|địa chính|địa hình|chi tiết|phân khu)\b"
)


def scale_end(low: str, first: int, start: int) -> int | None:
    """Where the scale that opens at the number at `first` ends, or None when no scale
    opens there."""
    if not low.startswith("1", first):
        return None  # the cheap test first: a scale opens with "1"
    scale = _SCALE.match(low, first)
    if scale is None or int(scale.group(1).replace(".", "")) < 100:
        return None
    if _MAPPED.search(low, max(start, first - 40), first) is None:
        return None
    return scale.end()
