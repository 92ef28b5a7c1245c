"""Subjects that name no measure of their own, only when or where the measure stated just
before stood: "the same months of an earlier year", or "down to" a later level.

>>> same_period_subject("(cùng kỳ năm 2012 là").group(1)
'2012'
>>> later_level_subject(", năm 2023 xuống còn") is not None
True
>>> same_period_subject("kim ngạch xuất khẩu") is None
True
"""

from __future__ import annotations

import re
from typing import Final

# "... giảm từ 56,84% năm 2017 còn 52,09% năm 2018": the same measure, later.
_TO_LEVEL_SUBJECT: Final = re.compile(
    r"^[\s,]*(?:(?:năm\s+)?\d{4}\s*)?,?\s*(?:xuống|còn|lên)(?:\s+(?:còn|mức|tới|đến))?"
    r"\s*(?:trên|dưới|gần)?\s*$"
)
_SAME_PERIOD_SUBJECT: Final = re.compile(
    r"^\W*(?:(?:năm (?:trước|ngoái) )?cùng k[ỳì]|cùng vụ(?=\s+năm)"
    r"|(?:vụ\s+)?(?:đông xuân|hè thu|thu đông|mùa|chiêm)(?=\s+năm))"
    r"(?:\s+(?:năm\s+)?(?:trước|ngoái|(\d{4})))?\W*(?:là|đạt|chỉ)?\W*$"
    # "..., trong khi năm trước chỉ đạt 280 triệu USD": last year's level, set against.
    r"|^\W*(?:trong khi\s+|còn\s+)?(?:năm|vụ)\s+(?:trước|ngoái)\W*"
    r"(?:là|đạt|chỉ|chỉ đạt|mới đạt|mới có|chỉ có|có)?\W*$"
)


def same_period_subject(pre_lower: str) -> re.Match[str] | None:
    """The match of the lower-cased words before a figure when they say "the same months of
    an earlier year" ("cùng kỳ 2012 là"; its group 1 is the year named), or None."""
    # Every match holds one of these words: most subjects hold none, and a plain look-up
    # for each costs less than the pattern.
    if not (
        "cùng" in pre_lower
        or "trước" in pre_lower
        or "ngoái" in pre_lower
        or "đông xuân" in pre_lower
        or "hè thu" in pre_lower
        or "thu đông" in pre_lower
        or "mùa" in pre_lower
        or "chiêm" in pre_lower
    ):
        return None
    return _SAME_PERIOD_SUBJECT.match(pre_lower.strip())


def later_level_subject(pre_lower: str) -> bool:
    """Whether the lower-cased words before a figure say only that the measure went down or
    up to it ("xuống còn", "năm 2023 lên")."""
    # (each match holds "còn", "lên" or "xuống": plain look-ups first)
    if not ("còn" in pre_lower or "lên" in pre_lower or "xuống" in pre_lower):
        return False
    return _TO_LEVEL_SUBJECT.match(pre_lower) is not None
