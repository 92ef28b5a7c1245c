"""A rate named with its whole: "tỷ lệ nhập siêu so với tổng kim ngạch xuất khẩu dưới 3%".

"tỷ lệ A so với B" names a ratio, A over B: the "so với" is part of the rate's name, and
the percentage after it is that rate's level ("tỷ lệ nợ công so với GDP khoảng 37%"), not
a share of B. Only a whole that is no basis of time or plan reads so: "tỷ lệ hộ nghèo so
với năm trước giảm 1,5%" still compares with the year before.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.comparisons import basis_of

_RATE_OVER: Final = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)\s+[^\d%,;()]{1,60}?\s+so với\s+"
    r"(?P<whole>[^\d%,;()]{1,60}?)\s*(?:là|đạt|ở mức|chiếm)?\s*"
    r"(?:khoảng|dưới|trên|gần|hơn|không quá|tối thiểu|ít nhất)?\s*$"
)


def rate_over_whole(before: str) -> bool:
    """True when `before` (lower-case text up to a percentage) names a rate over a whole."""
    # Cheap test first: the words every match holds.
    if "so với" not in before or ("tỷ" not in before and "tỉ" not in before):
        return False
    match = _RATE_OVER.search(before[-180:])
    return match is not None and basis_of(match.group("whole").strip()) == "other"
