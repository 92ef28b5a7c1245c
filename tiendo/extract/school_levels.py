"""The levels of schooling, which education reports list by in small letters as other
reports list by place: "mầm non 97,2%, tiểu học 98,1%, THCS 99%", "mầm non có 141 trường
đạt chuẩn (51,8%), tiểu học 206 (75,2%)". A level word may open them ("cấp tiểu học",
"bậc mầm non", "khối THPT").

>>> is_school_level("tiểu học"), is_school_level("cấp THCS"), is_school_level("nhập khẩu")
(True, True, False)
"""

from __future__ import annotations

import re
from typing import Final

# The levels, in small letters (the patterns ignore case: "THCS").
_LEVELS: Final = (
    "mầm non", "nhà trẻ", "mẫu giáo", "tiểu học", "trung học cơ sở", "trung học phổ thông",
    "thcs", "thpt",
)  # fmt: skip
_LEVEL_WORDS: Final = "(?:" + "|".join(_LEVELS) + ")"
_LEVEL: Final = re.compile(r"(?:(?:cấp|bậc|khối)[ \t]+)?" + _LEVEL_WORDS + "$", re.IGNORECASE)


# The level a list's first item is named with, at the end of its name ("tỷ lệ phòng học kiên
# cố ở cấp mầm non"): the next level takes its place.
_LAST_LEVEL: Final = re.compile(
    r"(?:\s+(?:ở|tại|của))?(?:\s+(?:cấp|bậc|khối))?\s+" + _LEVEL_WORDS + "$", re.IGNORECASE
)


# The last syllables of the levels, in small letters.
_LEVEL_ENDS: Final = tuple(sorted({level.split()[-1] for level in _LEVELS}))


def may_end_with_level(words: str) -> bool:
    """False when `words`, in small letters, cannot end with a level: a cheap test before
    the patterns (`words.rstrip()` also passes a last line end, as `$` does)."""
    return words.rstrip().endswith(_LEVEL_ENDS)


def is_school_level(words: str) -> bool:
    """True when `words` (stripped) name a level of schooling and nothing else."""
    return _LEVEL.match(words) is not None


def without_level(name: str) -> str:
    """`name` without the level of schooling it ends with, if any.

    >>> without_level("tỷ lệ phòng học kiên cố ở cấp mầm non"), without_level("thu nội địa")
    ('tỷ lệ phòng học kiên cố', 'thu nội địa')
    """
    last = _LAST_LEVEL.search(name)
    return name[: last.start()] if last is not None and last.start() > 0 else name
